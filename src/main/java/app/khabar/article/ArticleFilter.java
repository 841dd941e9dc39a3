package app.khabar.article;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Which published articles a list holds: of one section, with one tag (as stored, after
 * {@link app.khabar.persian.PersianText#normalize}), published at or after {@code since}
 * and before {@code until}; a null field does not filter. Lists run newest first and are
 * read page by page from a {@link Position}, so a page never repeats or skips an article
 * when newer ones are published meanwhile.
 */
public record ArticleFilter(@Nullable Section section, @Nullable Tag tag, @Nullable AuthorProfile author,
		@Nullable Instant since, @Nullable Instant until) {

	public static final ArticleFilter ALL = new ArticleFilter(null, null, null, null, null);

	/**
	 * Where a page ended: the publication time and id of its last article; the next page
	 * holds what comes after it, older or, at the same time, with a smaller id.
	 */
	public record Position(Instant publishedAt, long id) {

		public static Position after(ArticleSummary last) {
			return new Position(last.publishedAt(), last.id());
		}

	}

}
