package app.khabar.article;

import java.time.Instant;

/**
 * A published article as sitemaps list it: its address, title, publication and last
 * change (an edit or a correction).
 */
public record PublishedArticle(long id, String slug, String title, Instant publishedAt, Instant updatedAt) {

	public String path() {
		return ArticlePaths.of(id, slug);
	}

}
