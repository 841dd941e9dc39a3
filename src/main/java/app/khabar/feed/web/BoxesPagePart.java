package app.khabar.feed.web;

import java.util.Map;

import org.springframework.stereotype.Component;

import app.khabar.article.Article;
import app.khabar.article.spi.ArticlePagePart;
import app.khabar.feed.Box;
import app.khabar.feed.Curation;
import app.khabar.feed.FrontVersion;
import app.khabar.web.Ui;
import gg.jte.Content;
import gg.jte.TemplateEngine;

/**
 * The four editors' boxes under every article: don't miss, featured video, sports picks,
 * featured photo.
 */
@Component
class BoxesPagePart implements ArticlePagePart {

	private final Curation curation;

	private final FrontVersion frontVersion;

	private final TemplateEngine templates;

	private final Ui ui;

	BoxesPagePart(Curation curation, FrontVersion frontVersion, TemplateEngine templates, Ui ui) {
		this.curation = curation;
		this.frontVersion = frontVersion;
		this.templates = templates;
		this.ui = ui;
	}

	@Override
	public int order() {
		return 200;
	}

	@Override
	public String version(Article article) {
		return frontVersion.current();
	}

	@Override
	public Content render(Article article) {
		var view = new BoxesView(Box.UNDER_ARTICLE.stream()
			.map(box -> new BoxesView.Item(box,
					curation.box(box).stream().filter(summary -> summary.id() != article.id()).toList()))
			.toList());
		return output -> templates.render("feed/boxes.jte", Map.of("ui", ui, "view", view), output);
	}

}
