package app.khabar.comment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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
		return storeAll(articleId, List
			.of(new Imported(parentId, -1, authorName, text, countryCode, status, createdAt, likes, dislikes, null)))
			.getFirst();
	}

	/**
	 * A comment of a batch: it answers a stored comment ({@code parentId}), an earlier
	 * one of the same batch ({@code parentIndex}, its position in the list) or the
	 * article (neither).
	 */
	public record Imported(@Nullable Long parentId, int parentIndex, @Nullable String authorName, String text,
			@Nullable String countryCode, CommentStatus status, Instant createdAt, int likes, int dislikes,
			@Nullable String note) {
	}

	/**
	 * Stores one article's comments, parents before their replies: one batch insert per
	 * depth of the threads, the counters moved once and one event of each kind, so a
	 * large import costs a few statements per article instead of several per comment.
	 * Returns the stored ids in the list's order.
	 */
	@Transactional
	public List<Long> storeAll(long articleId, List<Imported> imported) {
		if (imported.isEmpty()) {
			return List.of();
		}
		long[] ids = new long[imported.size()];
		int[] depth = new int[imported.size()];
		int deepest = 0;
		for (int i = 0; i < imported.size(); i++) {
			int parent = imported.get(i).parentIndex();
			if (parent >= i) {
				throw new IllegalArgumentException("comment " + i + " comes before its parent " + parent);
			}
			depth[i] = parent < 0 ? 0 : depth[parent] + 1;
			deepest = Math.max(deepest, depth[i]);
		}
		String[] names = new String[imported.size()];
		String[] bodies = new String[imported.size()];
		int[] delta = new int[CommentStatus.values().length];
		for (int level = 0; level <= deepest; level++) {
			var rows = new ArrayList<Comments.NewRow>();
			var positions = new ArrayList<Integer>();
			for (int i = 0; i < imported.size(); i++) {
				if (depth[i] != level) {
					continue;
				}
				Imported comment = imported.get(i);
				names[i] = comment.authorName() == null ? null : PersianText.normalize(comment.authorName());
				bodies[i] = PersianText.normalize(comment.text());
				Long parent = parentOf(comment, ids);
				rows.add(new Comments.NewRow(articleId, parent, names[i], bodies[i], comment.countryCode(),
						comment.status(), comment.likes(), comment.dislikes(), comment.createdAt(), null, null,
						comment.note(), null));
				positions.add(i);
				delta[comment.status().ordinal()]++;
			}
			List<Long> stored = comments.insertAll(rows);
			for (int k = 0; k < stored.size(); k++) {
				ids[positions.get(k)] = stored.get(k);
			}
		}
		counters.add(articleId, delta);
		// imported comments reach the moderation queue like readers' ones, already
		// decided or pending
		Section section = articles.find(articleId).map(Article::section).orElse(null);
		var submitted = new ArrayList<CommentSubmitted>(imported.size());
		for (int i = 0; i < imported.size(); i++) {
			Imported comment = imported.get(i);
			submitted.add(new CommentSubmitted(ids[i], articleId, section, parentOf(comment, ids), comment.status(),
					null, comment.note(), comment.createdAt(), names[i], bodies[i], null));
		}
		events.publishEvent(new CommentsSubmitted(submitted));
		events.publishEvent(new CommentThreadChanged(articleId));
		return Arrays.stream(ids).boxed().toList();
	}

	private static @Nullable Long parentOf(Imported comment, long[] ids) {
		return comment.parentIndex() < 0 ? comment.parentId() : Long.valueOf(ids[comment.parentIndex()]);
	}

}
