package app.khabar.article;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What lists, fronts and boxes show of an article.
 */
public record ArticleSummary(long id, String slug, String sectionSlug, String sectionName, ArticleKind kind,
		@Nullable String kicker, String title, String lead, @Nullable String imageRef, Instant publishedAt) {

	public String path() {
		return ArticlePaths.of(id, slug);
	}

}
