package app.khabar.newsroom.web;

import app.khabar.feed.TickerLine;

import java.util.List;

import app.khabar.article.ArticleSummary;
import app.khabar.article.DeskRow;
import app.khabar.feed.Box;

/**
 * The editors' picks: each box with its articles in order, published articles found by title to add, and the
 * breaking-news ticker as stored (null when none).
 */
public record CurationPage(Csrf csrf, List<BoxView> boxes, String query, List<DeskRow> found,
		@org.jspecify.annotations.Nullable TickerLine ticker) {

	public record BoxView(Box box, List<ArticleSummary> items) {
	}

}
