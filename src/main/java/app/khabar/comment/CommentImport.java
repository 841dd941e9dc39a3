package app.khabar.comment;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.khabar.article.Article;
import app.khabar.article.ArticleCatalog;
import app.khabar.article.Section;
import app.khabar.persian.PersianText;

/**
 * Stores comments that arrive whole, already decided (demo content, imports, benchmarks),
 * with their counters in the same transaction. Readers' comments go through posting and
 * screening instead.
 */
@Service
public class CommentImport {

	private final Comments comments;

	private final CommentCounters counters;

	private final ArticleCatalog articles;

	private final ApplicationEventPublisher events;

	CommentImport(Comments comments, CommentCounters counters, ArticleCatalog articles,
			ApplicationEventPublisher events) {
		this.comments = comments;
		this.counters = counters;
		this.articles = articles;
		this.events = events;
	}

	@Transactional
	public long store(long articleId, @Nullable Long parentId, @Nullable String authorName, String text,
			@Nullable String countryCode, CommentStatus status, Instant createdAt, int likes, int dislikes) {
		return store(articleId, parentId, authorName, text, countryCode, status, createdAt, likes, dislikes, null);
	}

	/**
	 * Like the other {@code store}, with a note for moderators on why it has its status
	 * (an import's «وارد شده از وردپرس»).
	 */
	@Transactional
	public long store(long articleId, @Nullable Long parentId, @Nullable String authorName, String text,
			@Nullable String countryCode, CommentStatus status, Instant createdAt, int likes, int dislikes,
			@Nullable String note) {
		String name = authorName == null ? null : PersianText.normalize(authorName);
		String body = PersianText.normalize(text);
		long id = comments
			.insertAll(List.of(new Comments.NewRow(articleId, parentId, name, body, countryCode, status, likes,
					dislikes, createdAt, null, null, note)))
			.getFirst();
		counters.count(articleId, status);
		// imported comments reach the moderation queue like readers' ones, already
		// decided or pending
		Section section = articles.find(articleId).map(Article::section).orElse(null);
		events.publishEvent(new CommentsSubmitted(List.of(new CommentSubmitted(id, articleId, section, parentId, status,
				null, note, createdAt, name, body, null))));
		events.publishEvent(new CommentThreadChanged(articleId));
		return id;
	}

}
