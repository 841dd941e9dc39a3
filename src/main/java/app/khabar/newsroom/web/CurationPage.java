package app.khabar.newsroom.web;

import java.util.List;

import app.khabar.article.ArticleSummary;
import app.khabar.article.DeskRow;
import app.khabar.feed.Box;

/** The editors' picks: each box with its articles in order, and published articles found by title to add. */
public record CurationPage(Csrf csrf, List<BoxView> boxes, String query, List<DeskRow> found) {

	public record BoxView(Box box, List<ArticleSummary> items) {
	}

}
