package app.khabar.article;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import app.khabar.cluster.ChangeFeed;

/**
 * Puts every {@link ArticleChanged} and {@link AuthorChanged} into the cluster's change
 * feed, in the transaction that made the change, so that each node's projections (search
 * index, caches) follow imports, edits, publishing, corrections and retractions, and a
 * node that was down catches up. Synchronous on purpose: the change and its feed entry
 * commit or roll back together.
 */
@Component
class ArticleChangeFeed {

	/**
	 * The feed topic of article changes; the entity id is the article id
	 * ({@link ArticleCatalog#changedArticle}).
	 */
	static final String TOPIC = "article";

	/**
	 * The feed topic of author profile changes (bylines show the name); the entity id is
	 * the author id ({@link ArticleCatalog#authorsChanged}).
	 */
	static final String AUTHOR_TOPIC = "author";

	private final ChangeFeed feed;

	ArticleChangeFeed(ChangeFeed feed) {
		this.feed = feed;
	}

	@EventListener
	void on(ArticleChanged event) {
		feed.append(TOPIC, event.articleId());
	}

	@EventListener
	void on(AuthorChanged event) {
		feed.append(AUTHOR_TOPIC, event.authorId());
	}

}
