package app.khabar.feed.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import app.khabar.article.ArticleSummary;
import app.khabar.article.Section;
import app.khabar.feed.TickerLine;
import app.khabar.shared.Page;
import app.khabar.web.PageMeta;

/**
 * The home page (no section) or a section front: lead stories, the latest stories with
 * paging, and the boxes; the home page also has the breaking-news ticker and the
 * most-read and most-commented lists.
 */
public record FrontPage(PageMeta meta, List<Section> sections, @Nullable Section section, List<ArticleSummary> lead,
		Page<ArticleSummary> latest, BoxesView boxes, @Nullable TickerLine ticker, List<ArticleSummary> mostRead,
		List<ArticleSummary> mostCommented) {

	public String pagePath(int number) {
		String base = section == null ? "/" : "/service/" + section.slug();
		return number <= 1 ? base : base + "?page=" + number;
	}

}
