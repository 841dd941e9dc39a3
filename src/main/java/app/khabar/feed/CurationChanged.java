package app.khabar.feed;

import org.jspecify.annotations.Nullable;

/**
 * An editor changed a box or the ticker ({@code box} null): every page that shows them
 * may differ.
 */
public record CurationChanged(@Nullable Box box) {
}
