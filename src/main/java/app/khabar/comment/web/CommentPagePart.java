package app.khabar.comment.web;

import java.util.Map;

import org.springframework.stereotype.Component;

import app.khabar.article.Article;
import app.khabar.article.spi.ArticlePagePart;
import app.khabar.comment.CommentPosting;
import app.khabar.comment.CommentThreads;
import app.khabar.web.Ui;
import gg.jte.Content;
import gg.jte.TemplateEngine;

/**
 * Puts the comment form and the published thread under every article.
 */
@Component
class CommentPagePart implements ArticlePagePart {

	private final CommentThreads threads;

	private final TemplateEngine templates;

	private final Ui ui;

	private final CommentPosting posting;

	CommentPagePart(CommentThreads threads, TemplateEngine templates, Ui ui, CommentPosting posting) {
		this.threads = threads;
		this.posting = posting;
		this.templates = templates;
		this.ui = ui;
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	public String version(Article article) {
		// whether comments are open can change with time alone (auto-close after N days,
		// the article's or the site's):
		// the version is asked on every request that misses the hot cache, so a close
		// shows within its short TTL
		return threads.countsOf(article.id()).version() + (open(article) ? "o" : "c");
	}

	@Override
	public Content render(Article article) {
		var section = new CommentSection(article.id(), article.path(), open(article), threads.of(article.id()),
				CommentForm.empty(article.id(), article.path(), posting.maxLength(), posting.maxNameLength()));
		return output -> templates.render("comment/section.jte", Map.of("ui", ui, "section", section), output);
	}

	/**
	 * No form in the newsroom's preview: a comment there would be a real one, on an
	 * article readers cannot see yet.
	 */
	@Override
	public Content preview(Article article) {
		return output -> templates.render("comment/preview.jte", Map.of("ui", ui), output);
	}

	private boolean open(Article article) {
		return posting.acceptsComments(article);
	}

}
