package app.khabar.article;

/**
 * An article was created, edited, published, corrected or retracted: anything readers see
 * of it may differ.
 */
public record ArticleChanged(long articleId, ArticleStatus status) {
}
