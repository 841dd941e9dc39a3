package app.khabar.article;

/**
 * A section was created (an import met a new one): the node's list of sections is read
 * again.
 */
record SectionAdded(String slug) {
}
