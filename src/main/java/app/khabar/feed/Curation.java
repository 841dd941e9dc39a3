package app.khabar.feed;

import java.time.Duration;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import app.khabar.shared.AfterCommit;
import app.khabar.article.ArticleCatalog;
import app.khabar.article.ArticleChanged;
import app.khabar.article.ArticleSummary;

/**
 * The editors' picks: which articles stand in each {@link Box}, in order. Readers get the published ones from a
 * node-local cache that changes to boxes and to articles evict.
 */
@Service
public class Curation {

	private final BoxItems items;

	private final ArticleCatalog catalog;

	private final ApplicationEventPublisher events;

	private final LoadingCache<Box, List<ArticleSummary>> boxes;

	Curation(BoxItems items, ArticleCatalog catalog, ApplicationEventPublisher events) {
		this.items = items;
		this.catalog = catalog;
		this.events = events;
		this.boxes = Caffeine.newBuilder()
			.expireAfterWrite(Duration.ofSeconds(30))
			.build(box -> catalog.summaries(items.idsOf(box)));
	}

	/** The published articles of a box, in the editors' order. */
	public List<ArticleSummary> box(Box box) {
		return boxes.get(box);
	}

	public List<Long> articleIdsOf(Box box) {
		return items.idsOf(box);
	}

	/** Version of all boxes together, for caches of pages that show them. */
	public long version() {
		return items.version();
	}

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

}
