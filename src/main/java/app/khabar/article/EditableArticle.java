package app.khabar.article;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An article as the newsroom sees it, read fresh from the database (never from a cache,
 * so version checks see the truth): the article, who created it and when it is due if
 * scheduled.
 */
public record EditableArticle(Article article, @Nullable String createdBy, @Nullable Instant scheduledAt) {

	public long id() {
		return article.id();
	}

	public long version() {
		return article.version();
	}

	public ArticleStatus status() {
		return article.status();
	}

}
