package app.khabar.article;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import app.khabar.cluster.ChangeFeed;

/**
 * Puts every {@link ArticleChanged} into the cluster's change feed, in the transaction
 * that made the change, so that each node's projections (search index, caches) follow
 * imports, edits, publishing, corrections and retractions, and a node that was down
 * catches up. Synchronous on purpose: the change and its feed entry commit or roll back
 * together.
 */
@Component
class ArticleChangeFeed {

	/**
	 * The feed topic of article changes; the entity id is the article id
	 * ({@link ArticleCatalog#changedArticle}).
	 */
	static final String TOPIC = "article";

	private final ChangeFeed feed;

	ArticleChangeFeed(ChangeFeed feed) {
		this.feed = feed;
	}

	@EventListener
	void on(ArticleChanged event) {
		feed.append(TOPIC, event.articleId());
	}

}
