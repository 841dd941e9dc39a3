/**
 * Uploaded images and videos: recognized by their bytes, size-limited, images decoded and
 * written again at the standard widths, stored once per content under content-addressed
 * names ({@code media_file} records what exists), served at {@code /media/**} as
 * immutable, and the {@code srcset} and the pixel size of an uploaded image for
 * templates, link previews and feeds. It does not know who uploads (callers check
 * permissions) nor where a file is used: an article keeps only the path.
 */
@ApplicationModule(displayName = "media", allowedDependencies = { "shared", "persian" })
@NullMarked
package app.khabar.media;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
