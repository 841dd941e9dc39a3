package app.khabar.newsroom.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import app.khabar.article.ArticleSummary;
import app.khabar.article.DeskRow;
import app.khabar.feed.Box;
import app.khabar.feed.TickerLine;

/**
 * The editors' picks: each box with its articles in order, published articles found by
 * title to add, and the breaking-news ticker as stored (null when none).
 */
public record CurationPage(Csrf csrf, List<BoxView> boxes, String query, List<DeskRow> found,
		@Nullable TickerLine ticker) {

	/** A box as shown, with the version every change made from this page names. */
	public record BoxView(Box box, long version, List<ArticleSummary> items) {
	}

}
