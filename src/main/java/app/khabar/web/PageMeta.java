package app.khabar.web;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * What the layout puts in a page's head: the title, the description, the canonical link,
 * whether search engines may index it, and what link previews and crawlers read
 * (OpenGraph, Twitter card, feeds, structured data). Texts are already localized (pass
 * {@code ui.t(...)} results or content).
 *
 * @param title the page title, without the site name (the layout adds it)
 * @param description a sentence or two for search results and link previews; for an
 * article, its lead
 * @param canonicalPath the path of the page's one true URL (e.g. {@code /news/12/slug});
 * the layout makes it absolute
 * @param indexable false for pages that search engines should not index (search results,
 * errors, staff screens)
 * @param image the picture of link previews, null for none
 * @param article what an article page adds to OpenGraph ({@code og:type=article}), null
 * on other pages ({@code og:type=website})
 * @param feeds the page's own feeds, linked as {@code rel="alternate"} (the site's feeds
 * are linked on every indexable page)
 * @param structuredData JSON-LD blocks
 */
public record PageMeta(String title, @Nullable String description, @Nullable String canonicalPath, boolean indexable,
		@Nullable Image image, @Nullable Article article, List<Feed> feeds, List<JsonLd> structuredData) {

	public PageMeta {
		feeds = List.copyOf(feeds);
		structuredData = List.copyOf(structuredData);
	}

	public PageMeta(String title, @Nullable String description, @Nullable String canonicalPath, boolean indexable) {
		this(title, description, canonicalPath, indexable, null, null, List.of(), List.of());
	}

	/** An indexable public page with its canonical path. */
	public static PageMeta of(String title, @Nullable String description, String canonicalPath) {
		return new PageMeta(title, description, canonicalPath, true);
	}

	/**
	 * A page search engines should skip: errors, search results, forms, staff screens.
	 */
	public static PageMeta noIndex(String title) {
		return new PageMeta(title, null, null, false);
	}

	public PageMeta withImage(@Nullable Image image) {
		return new PageMeta(title, description, canonicalPath, indexable, image, article, feeds, structuredData);
	}

	public PageMeta withArticle(Article article) {
		return new PageMeta(title, description, canonicalPath, indexable, image, article, feeds, structuredData);
	}

	public PageMeta withFeeds(List<Feed> more) {
		return new PageMeta(title, description, canonicalPath, indexable, image, article,
				Stream.concat(feeds.stream(), more.stream()).toList(), structuredData);
	}

	public PageMeta withStructuredData(JsonLd... blocks) {
		return new PageMeta(title, description, canonicalPath, indexable, image, article, feeds,
				Stream.concat(structuredData.stream(), Stream.of(blocks)).toList());
	}

	/** {@code og:type}. */
	public String type() {
		return article != null ? "article" : "website";
	}

	/**
	 * A link preview's picture.
	 *
	 * @param path a site path or an absolute URL
	 * @param width pixels, 0 when not known
	 * @param height pixels, 0 when not known
	 * @param alt what the picture shows
	 */
	public record Image(String path, int width, int height, String alt) {

		public boolean sized() {
			return width > 0 && height > 0;
		}

	}

	/**
	 * OpenGraph's article properties.
	 *
	 * @param authorUrls the authors' profile pages (absolute), or their names when there
	 * is no page
	 */
	public record Article(Instant publishedTime, Instant modifiedTime, String section, List<String> tags,
			List<String> authorUrls) {

		public Article {
			tags = List.copyOf(tags);
			authorUrls = List.copyOf(authorUrls);
		}

		public String published() {
			return JsonLd.dateTime(publishedTime);
		}

		public String modified() {
			return JsonLd.dateTime(modifiedTime);
		}

	}

	/**
	 * A feed of the page, e.g. a section's RSS.
	 *
	 * @param mediaType {@code application/rss+xml} or {@code application/atom+xml}
	 */
	public record Feed(String title, String mediaType, String path) {

		/** The RSS and the Atom feed at {@code /rss…} and {@code /atom…}. */
		public static List<Feed> rssAndAtom(String title, String rssPath, String atomPath) {
			return List.of(new Feed(title, "application/rss+xml", rssPath),
					new Feed(title, "application/atom+xml", atomPath));
		}

	}

}
