package app.khabar.feed.web;

import java.util.List;

import app.khabar.article.ArticleSummary;
import app.khabar.feed.Box;

/**
 * One editors' box with its articles.
 */
public record BoxesView(List<Item> boxes) {

	public record Item(Box box, List<ArticleSummary> articles) {
	}

}
