package app.khabar.feed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.benmanes.caffeine.cache.Caffeine;

import app.khabar.shared.AfterCommit;
import app.khabar.shared.KhabarException;
import app.khabar.shared.ReadThroughCache;
import app.khabar.article.ArticleCatalog;
import app.khabar.article.ArticleChanged;
import app.khabar.article.ArticleError;
import app.khabar.article.ArticleKind;
import app.khabar.article.ArticleSummary;
import app.khabar.cluster.ChangesCommitted;
import app.khabar.cluster.ChangesMissed;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * The editors' picks: which articles stand in each {@link Box}, in order, and the rules
 * of changing them. Each box has a version that every editor's change names, so two
 * editors reordering a box never lose a change. Readers get the published ones from a
 * node-local cache that changes to boxes and to articles evict, on every node (through
 * the cluster's change feed).
 */
@Service
public class Curation implements MeterBinder {

	private final BoxItems items;

	private final ArticleCatalog catalog;

	private final ApplicationEventPublisher events;

	private final ReadThroughCache<Box, List<ArticleSummary>> boxes;

	Curation(BoxItems items, ArticleCatalog catalog, ApplicationEventPublisher events) {
		this.items = items;
		this.catalog = catalog;
		this.events = events;
		this.boxes = ReadThroughCache.of(Caffeine.newBuilder().recordStats().expireAfterWrite(Duration.ofSeconds(30)),
				box -> catalog.summaries(items.idsOf(box)));
	}

	/** The published articles of a box, in the editors' order. */
	public List<ArticleSummary> box(Box box) {
		return boxes.get(box);
	}

	public List<Long> articleIdsOf(Box box) {
		return items.idsOf(box);
	}

	/** The box as an editor changes it: its ids in order and its version. */
	@Transactional(readOnly = true)
	public BoxOrder order(Box box) {
		return new BoxOrder(box, items.versionOf(box), items.idsOf(box));
	}

	/**
	 * An editor's change to one article of a box, made on a page that showed the box at
	 * {@code version}. Refused with {@link FeedError#BOX_CHANGED} when the box changed
	 * since (the editor sees the new order and decides again), with
	 * {@link FeedError#WRONG_KIND_FOR_BOX} when the article does not fit the box, and
	 * with {@link ArticleError#NOT_FOUND} when an added article is not published.
	 */
	@Transactional
	public void change(Box box, long version, BoxMove move, long articleId) {
		change(box, version, move, articleId, null);
	}

	/**
	 * The same, with the place an added or placed article goes to: 1 is first, a place
	 * past the end is last, none is last for an addition.
	 * @return the box's order and version after the change
	 */
	@Transactional
	public BoxOrder change(Box box, long version, BoxMove move, long articleId, @Nullable Integer place) {
		// the version check comes first: it locks the box's row, so the order read below
		// is the one being changed
		if (!items.bump(box, version)) {
			throw new KhabarException(FeedError.BOX_CHANGED);
		}
		List<Long> ids = new ArrayList<>(items.idsOf(box));
		int at = ids.indexOf(articleId);
		switch (move) {
			case ADD -> {
				requireFits(box, articleId);
				if (at < 0) {
					ids.add(index(place, ids.size() + 1), articleId);
				}
			}
			case PLACE -> {
				if (at >= 0) {
					Long moved = ids.remove(at);
					ids.add(index(place, ids.size() + 1), moved);
				}
			}
			case REMOVE -> ids.remove(Long.valueOf(articleId));
			case UP -> {
				if (at > 0) {
					ids.add(at - 1, ids.remove(at));
				}
			}
			case DOWN -> {
				if (at >= 0 && at < ids.size() - 1) {
					ids.add(at + 1, ids.remove(at));
				}
			}
		}
		items.write(box, ids);
		events.publishEvent(new CurationChanged(box));
		return new BoxOrder(box, version + 1, List.copyOf(ids));
	}

	/** A 1-based place among {@code places} as a list index; none is the last. */
	private static int index(@Nullable Integer place, int places) {
		return place == null ? places - 1 : Math.clamp(place - 1, 0, places - 1);
	}

	/** The photo and video boxes are fed by galleries and videos only. */
	private void requireFits(Box box, long articleId) {
		ArticleKind kind = catalog.findPublished(articleId)
			.orElseThrow(() -> new KhabarException(ArticleError.NOT_FOUND))
			.kind();
		if (!box.fits(kind)) {
			throw new KhabarException(FeedError.WRONG_KIND_FOR_BOX);
		}
	}

	/** Version of all boxes together, for caches of pages that show them. */
	public long version() {
		return items.version();
	}

	/** Sets a box's articles whatever its version (demo content, imports). */
	@Transactional
	public void replace(Box box, List<Long> articleIds) {
		items.replace(box, articleIds.stream().distinct().toList());
		events.publishEvent(new CurationChanged(box));
	}

	@EventListener
	void on(CurationChanged event) {
		Box box = event.box();
		if (box != null) {
			AfterCommit.run(() -> boxes.invalidate(box));
		}
	}

	@EventListener
	void on(ArticleChanged event) {
		// a retracted or edited article may stand in any box
		AfterCommit.run(boxes::invalidateAll);
	}

	/** Boxes or articles changed on any node (the feed brings this node's own too). */
	@EventListener
	void on(ChangesCommitted event) {
		if (CurationChangeFeed.touchesFronts(event)) {
			boxes.invalidateAll();
		}
	}

	@EventListener
	void on(ChangesMissed event) {
		boxes.invalidateAll();
	}

	/** Its cache's hits and misses ({@code cache.gets}, README "Metrics"). */
	@Override
	public void bindTo(MeterRegistry meters) {
		CaffeineCacheMetrics.monitor(meters, boxes.async(), "feed.boxes");
	}

}
