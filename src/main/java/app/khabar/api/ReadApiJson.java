package app.khabar.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

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
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What the read API answers, as records of its own: only what the site shows readers,
 * paths relative to the site's origin, times in ISO-8601 (UTC) beside the site's Jalali
 * form. Names are unique across the document (the schemas are named after them).
 */
final class ReadApiJson {

	private ReadApiJson() {
	}

	@Schema(description = "api.schema.article-list")
	record ArticleList(List<ArticleItem> items,
			@Schema(description = "api.schema.next", nullable = true) @Nullable String next) {
	}

	@Schema(description = "api.schema.article-item")
	record ArticleItem(long id, String path, String kind, @Nullable String kicker, String title, String lead,
			SectionRef section, @Nullable String image, String publishedAt, String publishedAtJalali) {

		static ArticleItem of(ArticleSummary a) {
			return new ArticleItem(a.id(), a.path(), a.kind().name(), a.kicker(), a.title(), a.lead(),
					new SectionRef(a.sectionSlug(), a.sectionName(), "/service/" + a.sectionSlug()), a.imageRef(),
					a.publishedAt().toString(), JalaliDates.format(a.publishedAt()));
		}

	}

	@Schema(description = "api.schema.article")
	record ArticleDetail(long id, String path, String shortPath, String kind, @Nullable String kicker, String title,
			String lead, @Schema(description = "api.schema.body") String bodyHtml, SectionRef section,
			SourceLine source, BylineJson byline, List<TagRef> tags, @Nullable MainMedia media,
			@Schema(description = "api.schema.images") List<Image> images, String publishedAt, String publishedAtJalali,
			String updatedAt, String updatedAtJalali, @Schema(description = "api.schema.updated") boolean updated,
			CommentSummary comments) {

		static ArticleDetail of(Article a, CommentCounts counts, boolean open) {
			Instant published = a.publishedAt() != null ? a.publishedAt() : a.updatedAt();
			return new ArticleDetail(a.id(), a.path(), ShortLinks.path(a.id()), a.kind().name(), a.kicker(), a.title(),
					a.lead(), a.bodyHtml(), SectionRef.of(a.section()),
					new SourceLine(a.source().outlet(), a.source().agency()), BylineJson.of(a.byline()),
					a.tagList().stream().map(TagRef::of).toList(), MainMedia.of(a.media()), images(a),
					published.toString(), JalaliDates.format(published), a.updatedAt().toString(),
					JalaliDates.format(a.updatedAt()), a.updatedAfterPublication(),
					CommentSummary.of(a.id(), counts, open));
		}

		/** The main image first, then the body's images in their order. */
		private static List<Image> images(Article a) {
			List<Image> images = new ArrayList<>();
			if (a.media().type() == Media.Type.IMAGE && a.media().ref() != null) {
				images.add(new Image(a.media().ref(), a.media().caption(), Pictures.srcset(a.media().ref())));
			}
			for (Element img : Jsoup.parseBodyFragment(a.bodyHtml()).select("img[src]")) {
				String alt = img.attr("alt");
				images.add(new Image(img.attr("src"), alt.isBlank() ? null : alt, Pictures.srcset(img.attr("src"))));
			}
			return List.copyOf(images);
		}

	}

	record SectionRef(String slug, String name, String path) {

		static SectionRef of(Section section) {
			return new SectionRef(section.slug(), section.name(), "/service/" + section.slug());
		}

	}

	@Schema(description = "api.schema.source")
	record SourceLine(@Nullable String outlet, @Nullable String agency) {
	}

	@Schema(description = "api.schema.byline")
	record BylineJson(List<AuthorRef> authors,
			@Schema(description = "api.schema.byline-text", nullable = true) @Nullable String text) {

		static BylineJson of(Byline byline) {
			return new BylineJson(byline.authors()
				.stream()
				.map(author -> new AuthorRef(author.handle(), author.name(), author.path(),
						articlesBy(author.handle())))
				.toList(), byline.text());
		}

	}

	record AuthorRef(String handle, String name, String path,
			@Schema(description = "api.schema.author-articles") String articles) {
	}

	@Schema(description = "api.schema.tag")
	record TagRef(String name, @Schema(description = "api.schema.tag-key") String key, String path,
			@Schema(description = "api.schema.tag-articles") String articles) {

		static TagRef of(Tag tag) {
			return new TagRef(tag.name(), tag.key(), tag.path(),
					"/api/v1/articles?tag=" + URLEncoder.encode(tag.name(), StandardCharsets.UTF_8));
		}

	}

	@Schema(description = "api.schema.tag-use")
	record TagJson(String name, @Schema(description = "api.schema.tag-key") String key, String path,
			@Schema(description = "api.schema.tag-count") long count, String lastPublishedAt,
			@Schema(description = "api.schema.tag-articles") String articles) {

		static TagJson of(TagUse use) {
			TagRef tag = TagRef.of(use.tag());
			return new TagJson(tag.name(), tag.key(), tag.path(), use.articles(), use.lastPublishedAt().toString(),
					tag.articles());
		}

	}

	@Schema(description = "api.schema.author")
	record AuthorJson(String handle, String name, String bio, @Nullable Image photo, String path,
			@Schema(description = "api.schema.author-articles") String articles) {

		static AuthorJson of(AuthorProfile author) {
			String photo = author.photoRef();
			return new AuthorJson(author.handle(), author.name(), author.bio(),
					photo == null ? null : new Image(photo, author.name(), Pictures.srcset(photo)), author.path(),
					articlesBy(author.handle()));
		}

	}

	/** A page of the tags, numbered from 1. */
	@Schema(description = "api.schema.tags")
	record TagList(List<TagJson> items, int page, int pages, long total) {

		static TagList of(Page<TagUse> page) {
			return new TagList(page.items().stream().map(TagJson::of).toList(), page.request().number(),
					page.totalPages(), page.total());
		}

	}

	/** A page of the authors, numbered from 1. */
	@Schema(description = "api.schema.authors")
	record AuthorList(List<AuthorJson> items, int page, int pages, long total) {

		static AuthorList of(Page<AuthorProfile> page) {
			return new AuthorList(page.items().stream().map(AuthorJson::of).toList(), page.request().number(),
					page.totalPages(), page.total());
		}

	}

	private static String articlesBy(String handle) {
		return "/api/v1/articles?author=" + URLEncoder.encode(handle, StandardCharsets.UTF_8);
	}

	@Schema(description = "api.schema.media")
	record MainMedia(String type, String url, @Nullable String caption, @Nullable String srcset) {

		static @Nullable MainMedia of(Media media) {
			if (media.type() == Media.Type.NONE || media.ref() == null) {
				return null;
			}
			return new MainMedia(media.type().name(), media.ref(), media.caption(), Pictures.srcset(media.ref()));
		}

	}

	@Schema(description = "api.schema.image")
	record Image(String url, @Nullable String caption,
			@Schema(description = "api.schema.srcset") @Nullable String srcset) {
	}

	@Schema(description = "api.schema.comment-summary")
	record CommentSummary(@Schema(description = "api.schema.open") boolean open, int published, int pending,
			int rejected, String path) {

		static CommentSummary of(long articleId, CommentCounts counts, boolean open) {
			return new CommentSummary(open, counts.published(), counts.pending(), counts.rejected(),
					"/api/v1/articles/" + articleId + "/comments");
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

	record SectionJson(String slug, String name, String path,
			@Schema(description = "api.schema.section-articles") String articles) {

		static SectionJson of(Section section) {
			return new SectionJson(section.slug(), section.name(), "/service/" + section.slug(),
					"/api/v1/articles?section=" + section.slug());
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
