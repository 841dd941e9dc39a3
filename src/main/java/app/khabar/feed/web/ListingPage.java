package app.khabar.feed.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import app.khabar.article.ArticleSummary;
import app.khabar.article.AuthorProfile;
import app.khabar.article.Section;
import app.khabar.shared.Page;
import app.khabar.web.PageMeta;

/**
 * A list of published articles under a heading: an author's page (with their profile), a
 * tag's page or an archive page (with links to the period before, after and around it).
 *
 * @param basePath the first page's path, with its query (e.g. {@code ?section=sports})
 * @param author the author whose page it is, or null
 * @param empty what the page says when it lists nothing (an archive day without news)
 * @param links the archive's neighbours, empty elsewhere
 */
public record ListingPage(PageMeta meta, List<Section> sections, String heading, String empty,
		@Nullable AuthorProfile author, Page<ArticleSummary> articles, String basePath, List<Link> links) {

	public String pagePath(int number) {
		return pagePath(basePath, number);
	}

	/** Page {@code number} of a listing whose first page is {@code basePath}. */
	static String pagePath(String basePath, int number) {
		return number <= 1 ? basePath : basePath + (basePath.contains("?") ? "&" : "?") + "page=" + number;
	}

	/** A link to a neighbouring archive page: {@code rel} is prev, next or up. */
	public record Link(String rel, String href, String text) {
	}

}
