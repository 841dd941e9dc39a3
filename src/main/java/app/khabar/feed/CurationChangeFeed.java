package app.khabar.feed;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import app.khabar.article.ArticleCatalog;
import app.khabar.cluster.ChangeFeed;
import app.khabar.cluster.ChangesCommitted;

/**
 * Puts every {@link CurationChanged} (a box's order, the ticker) into the cluster's
 * change feed, in the editor's transaction, so every node's boxes, ticker and fronts
 * follow it.
 */
@Component
class CurationChangeFeed {

	/** The feed topic of curation; the entity id is the box's ordinal, -1 the ticker. */
	static final String TOPIC = "curation";

	private final ChangeFeed feed;

	CurationChangeFeed(ChangeFeed feed) {
		this.feed = feed;
	}

	/**
	 * Whether these changes may touch what fronts and boxes show: curation, articles or
	 * the authors their bylines name.
	 */
	static boolean touchesFronts(ChangesCommitted event) {
		return event.touches(TOPIC) || !ArticleCatalog.changedArticles(event).isEmpty()
				|| ArticleCatalog.authorsChanged(event);
	}

	@EventListener
	void on(CurationChanged event) {
		Box box = event.box();
		feed.append(TOPIC, box == null ? -1 : box.ordinal());
	}

}
