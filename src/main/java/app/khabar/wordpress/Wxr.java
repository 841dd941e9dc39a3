package app.khabar.wordpress;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a WXR file says, as WordPress's exporter writes it (wp-admin/includes/export.php):
 * the channel with the site's address, authors and terms, then one item per post, page or
 * attachment with its terms, meta and comments. Text is as stored in WordPress; empty
 * elements are empty strings.
 */
final class Wxr {

	private Wxr() {
	}

	/** The channel's header. */
	record Channel(String title, String link, String baseSiteUrl, String wxrVersion, List<Author> authors,
			List<Term> categories, List<Term> tags) {

		/** The site's own address: {@code base_site_url}, else the channel's link. */
		String siteUrl() {
			return baseSiteUrl.isBlank() ? link : baseSiteUrl;
		}

	}

	record Author(String login, String email, String displayName, String firstName, String lastName) {
	}

	/** A category or tag; {@code slug} as WordPress stores it (percent-encoded). */
	record Term(long termId, String slug, String parentSlug, String name) {
	}

	/**
	 * A term an item is filed under: {@code domain} is category, post_tag or another
	 * taxonomy.
	 */
	record ItemTerm(String domain, String slug, String name) {
	}

	record Item(int line, String title, String link, String pubDate, String creator, String guid, String content,
			String excerpt, long postId, String postDate, String postDateGmt, String commentStatus, String postName,
			String status, long postParent, String postType, boolean sticky, String attachmentUrl, List<ItemTerm> terms,
			Map<String, String> meta, List<Comment> comments) {

		List<ItemTerm> terms(String domain) {
			return terms.stream().filter(term -> term.domain().equals(domain)).toList();
		}

		@Nullable String meta(String key) {
			return meta.get(key);
		}

	}

	record Comment(long id, String author, String authorEmail, String authorUrl, String date, String dateGmt,
			String content, String approved, String type, long parent) {
	}

}
