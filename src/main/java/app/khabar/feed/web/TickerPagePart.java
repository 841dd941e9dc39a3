package app.khabar.feed.web;

import java.util.Map;

import org.springframework.stereotype.Component;

import app.khabar.article.Article;
import app.khabar.article.spi.ArticlePagePart;
import app.khabar.feed.Ticker;
import app.khabar.web.Ui;
import gg.jte.Content;
import gg.jte.TemplateEngine;

/**
 * The breaking-news ticker above the article (a negative order puts a part under the
 * header).
 */
@Component
class TickerPagePart implements ArticlePagePart {

	private final Ticker ticker;

	private final TemplateEngine templates;

	private final Ui ui;

	TickerPagePart(Ticker ticker, TemplateEngine templates, Ui ui) {
		this.ticker = ticker;
		this.templates = templates;
		this.ui = ui;
	}

	@Override
	public int order() {
		return -100;
	}

	@Override
	public String version(Article article) {
		return ticker.version();
	}

	@Override
	public Content render(Article article) {
		return output -> ticker.current()
			.ifPresent(line -> templates.render("feed/ticker.jte", Map.of("ui", ui, "line", line), output));
	}

}
