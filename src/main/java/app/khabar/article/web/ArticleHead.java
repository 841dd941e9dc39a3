package app.khabar.article.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import app.khabar.article.Article;
import app.khabar.article.Byline;
import app.khabar.article.BylineAuthor;
import app.khabar.article.Media;
import app.khabar.media.MediaLibrary;
import app.khabar.media.PixelSize;
import app.khabar.web.JsonLd;
import app.khabar.web.PageMeta;
import app.khabar.web.SiteAddress;
import app.khabar.web.Ui;

/**
 * The head of a public article page: title, lead and canonical link, the link preview
 * (OpenGraph article properties, the main image with its size), the section's feeds, and
 * schema.org {@code NewsArticle} and {@code BreadcrumbList} blocks for search engines.
 */
@Component
class ArticleHead {

	/** The publisher's logo ({@code static/img/logo.svg}) and its size. */
	static final String LOGO = "/img/logo.svg";

	private final Ui ui;

	private final SiteAddress site;

	private final MediaLibrary media;

	ArticleHead(Ui ui, SiteAddress site, MediaLibrary media) {
		this.ui = ui;
		this.site = site;
		this.media = media;
	}

	/** The head, with the parts' {@code extra} properties over the main block's. */
	PageMeta meta(Article article, Map<String, Object> extra) {
		PageMeta.Image image = image(article);
		Map<String, Object> main = newsArticle(article, image);
		main.putAll(extra);
		var meta = new PageMeta(article.title(), article.lead().isBlank() ? null : article.lead(), article.path(), true)
			.withImage(image)
			.withFeeds(PageMeta.Feed.rssAndAtom(article.section().name(), "/rss/" + article.section().slug(),
					"/atom/" + article.section().slug()))
			.withStructuredData(JsonLd.of(main), JsonLd.of(breadcrumbs(article)));
		if (article.publishedAt() != null) {
			meta = meta.withArticle(new PageMeta.Article(article.publishedAt(), article.updatedAt(),
					article.section().name(), article.tags(),
					article.byline().authors().stream().map(author -> site.absoluteEncoded(author.path())).toList()));
		}
		return meta;
	}

	private PageMeta.@Nullable Image image(Article article) {
		Media main = article.media();
		if (main.type() != Media.Type.IMAGE || main.ref() == null) {
			return null;
		}
		PixelSize size = media.imageSize(main.ref()).orElse(new PixelSize(0, 0));
		return new PageMeta.Image(main.ref(), size.width(), size.height(),
				main.caption() != null ? main.caption() : article.title());
	}

	private Map<String, Object> newsArticle(Article article, PageMeta.@Nullable Image image) {
		String url = site.absolute(article.path());
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@type", "NewsArticle");
		data.put("mainEntityOfPage", Map.of("@type", "WebPage", "@id", url));
		data.put("url", url);
		data.put("headline", article.title());
		if (!article.lead().isBlank()) {
			data.put("description", article.lead());
		}
		if (article.publishedAt() != null) {
			data.put("datePublished", JsonLd.dateTime(article.publishedAt()));
		}
		data.put("dateModified", JsonLd.dateTime(article.updatedAt()));
		data.put("author", authors(article));
		data.put("publisher", publisher());
		if (image != null) {
			data.put("image", imageObject(image.path(), image.width(), image.height(), image.alt()));
		}
		data.put("articleSection", article.section().name());
		if (!article.tags().isEmpty()) {
			data.put("keywords", article.tags());
		}
		data.put("inLanguage", "fa");
		data.put("isAccessibleForFree", true);
		return data;
	}

	/**
	 * Each staff author as a Person with their page; a free byline text (a desk, «گروه
	 * سیاسی») as an Organization; with no byline, the site.
	 */
	private List<Map<String, Object>> authors(Article article) {
		Byline byline = article.byline();
		List<Map<String, Object>> authors = new ArrayList<>();
		for (BylineAuthor author : byline.authors()) {
			Map<String, Object> person = new LinkedHashMap<>();
			person.put("@type", "Person");
			person.put("name", author.name());
			person.put("url", site.absoluteEncoded(author.path()));
			authors.add(person);
		}
		if (byline.text() != null && !byline.text().isBlank()) {
			Map<String, Object> desk = new LinkedHashMap<>();
			desk.put("@type", "Organization");
			desk.put("name", byline.text());
			authors.add(desk);
		}
		return authors.isEmpty() ? List.of(organization()) : authors;
	}

	private Map<String, Object> publisher() {
		Map<String, Object> publisher = organization();
		publisher.put("logo", imageObject(LOGO, 600, 60, ui.t("site.name")));
		return publisher;
	}

	private Map<String, Object> organization() {
		Map<String, Object> organization = new LinkedHashMap<>();
		organization.put("@type", "Organization");
		organization.put("name", ui.t("site.name"));
		organization.put("url", site.absolute("/"));
		return organization;
	}

	private Map<String, Object> imageObject(String path, int width, int height, String caption) {
		Map<String, Object> image = new LinkedHashMap<>();
		image.put("@type", "ImageObject");
		image.put("url", site.absolute(path));
		if (width > 0 && height > 0) {
			image.put("width", width);
			image.put("height", height);
		}
		image.put("caption", caption);
		return image;
	}

	private Map<String, Object> breadcrumbs(Article article) {
		List<Map<String, Object>> items = new ArrayList<>();
		items.add(crumb(1, ui.t("article.breadcrumb.home"), "/"));
		items.add(crumb(2, article.section().name(), "/service/" + article.section().slug()));
		items.add(crumb(3, article.title(), article.path()));
		Map<String, Object> list = new LinkedHashMap<>();
		list.put("@type", "BreadcrumbList");
		list.put("itemListElement", items);
		return list;
	}

	private Map<String, Object> crumb(int position, String name, String path) {
		Map<String, Object> crumb = new LinkedHashMap<>();
		crumb.put("@type", "ListItem");
		crumb.put("position", position);
		crumb.put("name", name);
		crumb.put("item", site.absolute(path));
		return crumb;
	}

}
