package app.khabar.search.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jspecify.annotations.Nullable;

import app.khabar.article.Section;
import app.khabar.search.SearchResults;
import app.khabar.web.PageMeta;

/**
 * The search page: the form as the reader filled it, the results (null when there was
 * nothing to search or the input was refused), and the message key of a refused input.
 */
public record SearchPage(PageMeta meta, Form form, List<Section> sections, @Nullable SearchResults results,
		@Nullable String errorKey) {

	/**
	 * The form's fields as typed (already normalized by the web shell); shown back
	 * escaped by the template.
	 */
	public record Form(String q, String section, String from, String to, String sort) {

		/**
		 * The path of this search at another page, or with another query (for the
		 * suggestion).
		 */
		public String path(String query, int page) {
			StringBuilder path = new StringBuilder("/search?q=").append(encode(query));
			append(path, "section", section);
			append(path, "from", from);
			append(path, "to", to);
			if (!sort.isEmpty() && !"relevance".equals(sort)) {
				append(path, "sort", sort);
			}
			if (page > 1) {
				path.append("&page=").append(page);
			}
			return path.toString();
		}

		public String pagePath(int page) {
			return path(q, page);
		}

		private static void append(StringBuilder path, String name, String value) {
			if (!value.isEmpty()) {
				path.append('&').append(name).append('=').append(encode(value));
			}
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

}
