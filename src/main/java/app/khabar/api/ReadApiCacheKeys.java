package app.khabar.api;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import app.khabar.article.SectionAdded;
import app.khabar.comment.CommentThreadChanged;
import app.khabar.web.PagesChanged;

/**
 * The cache keys of the API's answers, and their eviction from the hot path when what
 * they show changes: an article's answers with its comment thread, the sections with a
 * new one (a change to an article itself already drops every hot answer: the fronts'
 * {@link PagesChanged#all()}).
 */
@Component
class ReadApiCacheKeys {

	/**
	 * Part of every version: raise it when the JSON of an answer changes, so that a new
	 * release never answers 304 to a client holding the old shape.
	 */
	static final String FORMAT = "2.";

	static final String SECTIONS = "api:sections";

	private final ApplicationEventPublisher events;

	ReadApiCacheKeys(ApplicationEventPublisher events) {
		this.events = events;
	}

	/** The keys of one article's answers all start with this (the id ends with ':'). */
	static String ofArticle(long articleId) {
		return "api:article:" + articleId + ":";
	}

	static String article(long articleId) {
		return ofArticle(articleId);
	}

	static String comments(long articleId) {
		return ofArticle(articleId) + "comments";
	}

	@EventListener
	void on(SectionAdded event) {
		events.publishEvent(PagesChanged.of(SECTIONS));
	}

	@EventListener
	void on(CommentThreadChanged event) {
		events.publishEvent(PagesChanged.startingWith(ofArticle(event.articleId())));
	}

}
