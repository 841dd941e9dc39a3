package app.khabar.feed;

/**
 * An editor changed a box: every page that shows boxes may differ.
 */
public record CurationChanged(Box box) {
}
