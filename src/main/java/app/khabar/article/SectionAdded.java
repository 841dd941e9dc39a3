package app.khabar.article;

/**
 * A section was created (an import met a new one): the node's list of sections is read
 * again, and answers that list sections are dropped.
 */
public record SectionAdded(String slug) {
}
