package app.khabar.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriUtils;

import app.khabar.article.Article;
import app.khabar.article.ArticleSummary;
import app.khabar.article.AuthorProfile;
import app.khabar.article.Byline;
import app.khabar.article.Media;
import app.khabar.article.Section;
import app.khabar.article.ShortLinks;
import app.khabar.article.Tag;
import app.khabar.article.TagUse;
import app.khabar.comment.CommentCounts;
import app.khabar.comment.PublishedComment;
import app.khabar.media.Pictures;
import app.khabar.persian.JalaliDates;
import app.khabar.shared.Page;
import app.khabar.web.SiteAddress;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What the read API answers, as records of its own: only what the site shows readers,
 * links absolute ({@link SiteAddress}: the base URL, else the request's origin, as the
 * pages' canonical links; answers are cached per origin like pages), times in ISO-8601
 * (UTC) beside the site's Jalali form. {@code bodyHtml} is the stored body as the page
 * shows it, its own links site paths: resolve them against the article's {@code url}.
 * Names are unique across the document (the schemas are named after them).
 */
final class ReadApiJson {

	private ReadApiJson() {
	}

	@Schema(description = "api.schema.article-list")
	record ArticleList(List<ArticleItem> items,
			@Schema(description = "api.schema.next", nullable = true) @Nullable String next) {
	}

	@Schema(description = "api.schema.article-item")
	record ArticleItem(long id, String url, String kind, @Nullable String kicker, String title, String lead,
			SectionRef section, @Nullable String image, String publishedAt, String publishedAtJalali) {

		static ArticleItem of(ArticleSummary a, SiteAddress site) {
			return new ArticleItem(a.id(), site.absolute(a.path()), a.kind().name(), a.kicker(), a.title(), a.lead(),
					new SectionRef(a.sectionSlug(), a.sectionName(), site.absolute("/service/" + a.sectionSlug())),
					a.imageRef() == null ? null : site.absolute(a.imageRef()), a.publishedAt().toString(),
					JalaliDates.format(a.publishedAt()));
		}

	}

	@Schema(description = "api.schema.article")
	record ArticleDetail(long id, String url, String shortUrl, String kind, @Nullable String kicker, String title,
			String lead, @Schema(description = "api.schema.body") String bodyHtml, SectionRef section,
			SourceLine source, BylineJson byline, List<TagRef> tags, @Nullable MainMedia media,
			@Schema(description = "api.schema.images") List<Image> images, String publishedAt, String publishedAtJalali,
			String updatedAt, String updatedAtJalali, @Schema(description = "api.schema.updated") boolean updated,
			CommentSummary comments) {

		static ArticleDetail of(Article a, CommentCounts counts, boolean open, SiteAddress site) {
			Instant published = a.publishedAt() != null ? a.publishedAt() : a.updatedAt();
			return new ArticleDetail(a.id(), site.absolute(a.path()), site.absolute(ShortLinks.path(a.id())),
					a.kind().name(), a.kicker(), a.title(), a.lead(), a.bodyHtml(), SectionRef.of(a.section(), site),
					new SourceLine(a.source().outlet(), a.source().agency()), BylineJson.of(a.byline(), site),
					a.tagList().stream().map(tag -> TagRef.of(tag, site)).toList(), MainMedia.of(a.media(), site),
					images(a, site), published.toString(), JalaliDates.format(published), a.updatedAt().toString(),
					JalaliDates.format(a.updatedAt()), a.updatedAfterPublication(),
					CommentSummary.of(a.id(), counts, open, site));
		}

		/** The main image first, then the body's images in their order. */
		private static List<Image> images(Article a, SiteAddress site) {
			List<Image> images = new ArrayList<>();
			if (a.media().type() == Media.Type.IMAGE && a.media().ref() != null) {
				images.add(Image.of(a.media().ref(), a.media().caption(), site));
			}
			for (Element img : Jsoup.parseBodyFragment(a.bodyHtml()).select("img[src]")) {
				String alt = img.attr("alt");
				images.add(Image.of(img.attr("src"), alt.isBlank() ? null : alt, site));
			}
			return List.copyOf(images);
		}

	}

	record SectionRef(String slug, String name, String url) {

		static SectionRef of(Section section, SiteAddress site) {
			return new SectionRef(section.slug(), section.name(), site.absolute("/service/" + section.slug()));
		}

	}

	@Schema(description = "api.schema.source")
	record SourceLine(@Nullable String outlet, @Nullable String agency) {
	}

	@Schema(description = "api.schema.byline")
	record BylineJson(List<AuthorRef> authors,
			@Schema(description = "api.schema.byline-text", nullable = true) @Nullable String text) {

		static BylineJson of(Byline byline, SiteAddress site) {
			return new BylineJson(byline.authors()
				.stream()
				.map(author -> new AuthorRef(author.handle(), author.name(), page(author.path(), site),
						articlesBy(author.handle(), site)))
				.toList(), byline.text());
		}

	}

	record AuthorRef(String handle, String name, String url,
			@Schema(description = "api.schema.author-articles") String articles) {
	}

	@Schema(description = "api.schema.tag")
	record TagRef(String name, @Schema(description = "api.schema.tag-key") String key, String url,
			@Schema(description = "api.schema.tag-articles") String articles) {

		static TagRef of(Tag tag, SiteAddress site) {
			return new TagRef(tag.name(), tag.key(), page(tag.path(), site),
					site.absolute("/api/v1/articles?tag=" + URLEncoder.encode(tag.name(), StandardCharsets.UTF_8)));
		}

	}

	@Schema(description = "api.schema.tag-use")
	record TagJson(String name, @Schema(description = "api.schema.tag-key") String key, String url,
			@Schema(description = "api.schema.tag-count") long count, String lastPublishedAt,
			@Schema(description = "api.schema.tag-articles") String articles) {

		static TagJson of(TagUse use, SiteAddress site) {
			TagRef tag = TagRef.of(use.tag(), site);
			return new TagJson(tag.name(), tag.key(), tag.url(), use.articles(), use.lastPublishedAt().toString(),
					tag.articles());
		}

	}

	@Schema(description = "api.schema.author")
	record AuthorJson(String handle, String name, String bio, @Nullable Image photo, String url,
			@Schema(description = "api.schema.author-articles") String articles) {

		static AuthorJson of(AuthorProfile author, SiteAddress site) {
			String photo = author.photoRef();
			return new AuthorJson(author.handle(), author.name(), author.bio(),
					photo == null ? null : Image.of(photo, author.name(), site), page(author.path(), site),
					articlesBy(author.handle(), site));
		}

	}

	/** A page of the tags, numbered from 1. */
	@Schema(description = "api.schema.tags")
	record TagList(List<TagJson> items, int page, int pages, long total) {

		static TagList of(Page<TagUse> page, SiteAddress site) {
			return new TagList(page.items().stream().map(use -> TagJson.of(use, site)).toList(),
					page.request().number(), page.totalPages(), page.total());
		}

	}

	/** A page of the authors, numbered from 1. */
	@Schema(description = "api.schema.authors")
	record AuthorList(List<AuthorJson> items, int page, int pages, long total) {

		static AuthorList of(Page<AuthorProfile> page, SiteAddress site) {
			return new AuthorList(page.items().stream().map(author -> AuthorJson.of(author, site)).toList(),
					page.request().number(), page.totalPages(), page.total());
		}

	}

	private static String articlesBy(String handle, SiteAddress site) {
		return site.absolute("/api/v1/articles?author=" + URLEncoder.encode(handle, StandardCharsets.UTF_8));
	}

	/**
	 * A page's URL with its path percent-encoded (tag and author paths hold Persian
	 * letters), as the pages' own canonical links.
	 */
	private static String page(String path, SiteAddress site) {
		return site.absolute(UriUtils.encodePath(path, StandardCharsets.UTF_8));
	}

	/** A {@code srcset} with absolute URLs; null stays null. */
	private static @Nullable String absoluteSrcset(@Nullable String srcset, SiteAddress site) {
		if (srcset == null) {
			return null;
		}
		StringBuilder out = new StringBuilder();
		for (String candidate : srcset.split(", ")) {
			out.append(out.isEmpty() ? "" : ", ").append(site.absolute(candidate));
		}
		return out.toString();
	}

	@Schema(description = "api.schema.media")
	record MainMedia(String type, String url, @Nullable String caption, @Nullable String srcset) {

		static @Nullable MainMedia of(Media media, SiteAddress site) {
			if (media.type() == Media.Type.NONE || media.ref() == null) {
				return null;
			}
			return new MainMedia(media.type().name(), site.absolute(media.ref()), media.caption(),
					absoluteSrcset(Pictures.srcset(media.ref()), site));
		}

	}

	@Schema(description = "api.schema.image")
	record Image(String url, @Nullable String caption,
			@Schema(description = "api.schema.srcset") @Nullable String srcset) {

		static Image of(String ref, @Nullable String caption, SiteAddress site) {
			return new Image(site.absolute(ref), caption, absoluteSrcset(Pictures.srcset(ref), site));
		}

	}

	@Schema(description = "api.schema.comment-summary")
	record CommentSummary(@Schema(description = "api.schema.open") boolean open, int published, int pending,
			int rejected, String url) {

		static CommentSummary of(long articleId, CommentCounts counts, boolean open, SiteAddress site) {
			return new CommentSummary(open, counts.published(), counts.pending(), counts.rejected(),
					site.absolute("/api/v1/articles/" + articleId + "/comments"));
		}

	}

	@Schema(description = "api.schema.comment-thread")
	record CommentThreadJson(long articleId, CommentSummary counts, List<CommentJson> comments) {
	}

	@Schema(description = "api.schema.comment")
	record CommentJson(long id, @Nullable Long parentId,
			@Schema(description = "api.schema.author-name", nullable = true) @Nullable String authorName, String text,
			@Schema(description = "api.schema.country", nullable = true) @Nullable String country, String createdAt,
			String createdAtJalali, int likes, int dislikes, List<CommentJson> replies) {

		static CommentJson of(PublishedComment c) {
			return new CommentJson(c.id(), c.parentId(), c.authorName(), c.text(), c.countryCode(),
					c.createdAt().toString(), JalaliDates.format(c.createdAt()), c.likes(), c.dislikes(),
					c.replies().stream().map(CommentJson::of).toList());
		}

	}

	record SectionJson(String slug, String name, String url,
			@Schema(description = "api.schema.section-articles") String articles) {

		static SectionJson of(Section section, SiteAddress site) {
			return new SectionJson(section.slug(), section.name(), site.absolute("/service/" + section.slug()),
					site.absolute("/api/v1/articles?section=" + section.slug()));
		}

	}

	@Schema(description = "api.schema.sections")
	record SectionList(List<SectionJson> items) {
	}

	/** The body of every refusal, as the web shell writes it. */
	@Schema(description = "api.schema.error")
	record ErrorBody(int status, String code, @Schema(description = "api.schema.error-message") String message) {
	}

}
