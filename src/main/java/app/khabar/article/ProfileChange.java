package app.khabar.article;

import org.jspecify.annotations.Nullable;

/**
 * What a staff member edits of their own public profile; {@code version} is the one they
 * read.
 */
public record ProfileChange(long version, String name, String bio, @Nullable String photoRef) {
}
