package app.khabar.comment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
	 * Stores one article's comments, parents before their replies (see
	 * {@link #storeAll(Map)}). Returns the stored ids in the list's order.
	 */
	@Transactional
	public List<Long> storeAll(long articleId, List<Imported> imported) {
		return storeAll(Map.of(articleId, imported)).getOrDefault(articleId, List.of());
	}

	/**
	 * Stores the comments of many articles, each list parents before their replies: one
	 * batch insert per depth of the threads for all of them, the counters moved in one
	 * batch and one event of each kind, so a large import costs a few statements per
	 * batch of articles instead of several per comment. Returns each article's stored ids
	 * in its list's order.
	 */
	@Transactional
	public Map<Long, List<Long>> storeAll(Map<Long, List<Imported>> byArticle) {
		var articleOf = new ArrayList<Long>();
		var all = new ArrayList<Imported>();
		var parentIndex = new ArrayList<Integer>();
		for (var thread : byArticle.entrySet()) {
			int offset = all.size();
			for (int i = 0; i < thread.getValue().size(); i++) {
				Imported comment = thread.getValue().get(i);
				int parent = comment.parentIndex();
				if (parent >= i) {
					throw new IllegalArgumentException("comment " + i + " comes before its parent " + parent);
				}
				articleOf.add(thread.getKey());
				all.add(comment);
				parentIndex.add(parent < 0 ? -1 : offset + parent);
			}
		}
		if (all.isEmpty()) {
			return Map.of();
		}
		long[] ids = new long[all.size()];
		int[] depth = new int[all.size()];
		int deepest = 0;
		for (int i = 0; i < all.size(); i++) {
			int parent = parentIndex.get(i);
			depth[i] = parent < 0 ? 0 : depth[parent] + 1;
			deepest = Math.max(deepest, depth[i]);
		}
		String[] names = new String[all.size()];
		String[] bodies = new String[all.size()];
		var deltas = new LinkedHashMap<Long, int[]>();
		for (int level = 0; level <= deepest; level++) {
			var rows = new ArrayList<Comments.NewRow>();
			var positions = new ArrayList<Integer>();
			for (int i = 0; i < all.size(); i++) {
				if (depth[i] != level) {
					continue;
				}
				Imported comment = all.get(i);
				names[i] = comment.authorName() == null ? null : PersianText.normalize(comment.authorName());
				bodies[i] = PersianText.normalize(comment.text());
				rows.add(new Comments.NewRow(articleOf.get(i), parentOf(comment, parentIndex.get(i), ids), names[i],
						bodies[i], comment.countryCode(), comment.status(), comment.likes(), comment.dislikes(),
						comment.createdAt(), null, null, comment.note(), null));
				positions.add(i);
				deltas.computeIfAbsent(articleOf.get(i), a -> new int[CommentStatus.values().length])[comment.status()
					.ordinal()]++;
			}
			List<Long> stored = comments.insertAll(rows);
			for (int k = 0; k < stored.size(); k++) {
				ids[positions.get(k)] = stored.get(k);
			}
		}
		counters.addAll(deltas);
		// imported comments reach the moderation queue like readers' ones, already
		// decided or pending
		Map<Long, Section> sections = articles.sectionsOf(deltas.keySet());
		var submitted = new ArrayList<CommentSubmitted>(all.size());
		var result = new LinkedHashMap<Long, List<Long>>();
		for (int i = 0; i < all.size(); i++) {
			Imported comment = all.get(i);
			long articleId = articleOf.get(i);
			submitted.add(new CommentSubmitted(ids[i], articleId, sections.get(articleId),
					parentOf(comment, parentIndex.get(i), ids), comment.status(), null, comment.note(),
					comment.createdAt(), names[i], bodies[i], null));
			result.computeIfAbsent(articleId, a -> new ArrayList<>()).add(ids[i]);
		}
		events.publishEvent(new CommentsSubmitted(submitted));
		deltas.keySet().forEach(articleId -> events.publishEvent(new CommentThreadChanged(articleId)));
		return result;
	}

	private static @Nullable Long parentOf(Imported comment, int parentIndex, long[] ids) {
		return parentIndex < 0 ? comment.parentId() : Long.valueOf(ids[parentIndex]);
	}

}
