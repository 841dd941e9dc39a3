package app.khabar.live;

/**
 * A live page's coverage or entries changed (in the publishing transaction): its stream,
 * page and update checks move on every node.
 */
public record LiveChanged(long articleId) {
}
