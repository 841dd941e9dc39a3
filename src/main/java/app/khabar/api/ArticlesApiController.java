package app.khabar.api;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.khabar.article.Article;
import app.khabar.article.ArticleCatalog;
import app.khabar.article.ArticleError;
import app.khabar.article.ArticleFilter;
import app.khabar.article.ArticleStatus;
import app.khabar.article.ArticleSummary;
import app.khabar.article.AuthorDirectory;
import app.khabar.article.AuthorProfile;
import app.khabar.article.Section;
import app.khabar.article.Tag;
import app.khabar.api.ReadApiJson.ArticleDetail;
import app.khabar.api.ReadApiJson.ArticleItem;
import app.khabar.api.ReadApiJson.ArticleList;
import app.khabar.api.ReadApiJson.CommentJson;
import app.khabar.api.ReadApiJson.CommentSummary;
import app.khabar.api.ReadApiJson.CommentThreadJson;
import app.khabar.comment.CommentCounts;
import app.khabar.comment.CommentPosting;
import app.khabar.comment.CommentThread;
import app.khabar.comment.CommentThreads;
import app.khabar.feed.FrontVersion;
import app.khabar.shared.KhabarException;
import app.khabar.web.CachedPages;
import app.khabar.web.SiteAddress;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/articles}: published articles, newest first, filtered and paged by
 * cursor; one article whole; its published comments, threaded. Each answer is cached like
 * a page, under a version that moves when what it shows changes: a list with the fronts'
 * version, an article with its own version, its comment counters' version and whether it
 * takes comments.
 */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "articles", description = "api.tag.articles")
class ArticlesApiController {

	private final ArticleCatalog catalog;

	private final AuthorDirectory authors;

	private final CommentThreads threads;

	private final CommentPosting posting;

	private final FrontVersion fronts;

	private final CachedPages pages;

	private final JsonMapper json;

	private final SiteAddress site;

	ArticlesApiController(ArticleCatalog catalog, AuthorDirectory authors, CommentThreads threads,
			CommentPosting posting, FrontVersion fronts, CachedPages pages, JsonMapper json, SiteAddress site) {
		this.site = site;
		this.catalog = catalog;
		this.authors = authors;
		this.threads = threads;
		this.posting = posting;
		this.fronts = fronts;
		this.pages = pages;
		this.json = json;
	}

	@GetMapping("/api/v1/articles")
	@Operation(summary = "api.articles.list.summary", description = "api.articles.list.description")
	@ApiResponse(responseCode = "200", description = "api.response.ok",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = ArticleList.class)))
	@ReadApiAnswers.Filtered
	@ApiResponse(responseCode = "404", description = "api.response.no-section",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = ReadApiJson.ErrorBody.class)))
	ResponseEntity<byte[]> list(
			@Parameter(description = "api.param.section") @RequestParam(required = false) @Nullable String section,
			@Parameter(description = "api.param.tag") @RequestParam(required = false) @Nullable String tag,
			@Parameter(description = "api.param.author") @RequestParam(required = false) @Nullable String author,
			@Parameter(description = "api.param.since") @RequestParam(required = false) @Nullable String since,
			@Parameter(description = "api.param.until") @RequestParam(required = false) @Nullable String until,
			@Parameter(description = "api.param.limit",
					schema = @Schema(type = "integer", minimum = "1", defaultValue = "20")) @RequestParam(
							required = false) @Nullable String limit,
			@Parameter(description = "api.param.cursor") @RequestParam(required = false) @Nullable String cursor,
			HttpServletRequest request) {
		ArticleFilter filter = new ArticleFilter(section(section), tag(tag), author(author),
				ApiParameters.instant(since), ApiParameters.instant(until));
		if (filter.since() != null && filter.until() != null && !filter.since().isBefore(filter.until())) {
			throw new KhabarException(ApiError.EMPTY_RANGE);
		}
		ArticleFilter.Position after = ApiParameters.position(cursor);
		int size = ApiParameters.limit(limit);
		// the key names the list by its meaning, so spellings of one query share an entry
		String key = "api:articles:" + (filter.section() != null ? filter.section().slug() : "") + '|'
				+ (filter.tag() != null ? filter.tag().key() : "") + '|'
				+ (filter.author() != null ? filter.author().id() : "") + '|' + time(filter.since()) + '|'
				+ time(filter.until()) + '|' + (after != null ? ApiParameters.cursor(after) : "") + '|' + size;
		return respond(request, key, fronts.current(), () -> {
			// one more than asked tells whether a next page exists
			List<ArticleSummary> found = catalog.published(filter, after, size + 1);
			List<ArticleSummary> page = found.subList(0, Math.min(size, found.size()));
			String next = found.size() > size ? ApiParameters.cursor(ArticleFilter.Position.after(page.getLast()))
					: null;
			return new ArticleList(page.stream().map(item -> ArticleItem.of(item, site)).toList(), next);
		});
	}

	@GetMapping("/api/v1/articles/{id}")
	@Operation(summary = "api.article.summary", description = "api.article.description")
	@ApiResponse(responseCode = "200", description = "api.response.ok",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = ArticleDetail.class)))
	@ReadApiAnswers.OneArticle
	ResponseEntity<byte[]> article(@Parameter(description = "api.param.id") @PathVariable String id,
			HttpServletRequest request) {
		Article article = published(id);
		CommentCounts counts = threads.countsOf(article.id());
		boolean open = posting.acceptsComments(article);
		return respond(request, ReadApiCacheKeys.article(article.id()),
				article.version() + "." + article.byline().fingerprint() + "." + commentsVersion(counts, open),
				() -> ArticleDetail.of(article, counts, open, site));
	}

	@GetMapping("/api/v1/articles/{id}/comments")
	@Operation(summary = "api.comments.summary", description = "api.comments.description")
	@ApiResponse(responseCode = "200", description = "api.response.ok",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = CommentThreadJson.class)))
	@ReadApiAnswers.OneArticle
	ResponseEntity<byte[]> comments(@Parameter(description = "api.param.id") @PathVariable String id,
			HttpServletRequest request) {
		Article article = published(id);
		CommentThread thread = threads.of(article.id());
		boolean open = posting.acceptsComments(article);
		return respond(request, ReadApiCacheKeys.comments(article.id()), commentsVersion(thread.counts(), open),
				() -> new CommentThreadJson(article.id(), CommentSummary.of(article.id(), thread.counts(), open, site),
						thread.comments().stream().map(CommentJson::of).toList()));
	}

	private ResponseEntity<byte[]> respond(HttpServletRequest request, String key, String version,
			Supplier<Object> body) {
		return pages.respond(request, key, ReadApiCacheKeys.FORMAT + version, MediaType.APPLICATION_JSON,
				() -> json.writeValueAsBytes(body.get()));
	}

	/**
	 * What readers see of the comments moves with the counters and with whether the
	 * article takes comments (which can change with time alone), as on its page.
	 */
	private static String commentsVersion(CommentCounts counts, boolean open) {
		return counts.version() + (open ? "o" : "c");
	}

	/** A published article; a retracted one is gone (410), any other is not found. */
	private Article published(String id) {
		Article article = catalog.find(ApiParameters.id(id))
			.orElseThrow(() -> new KhabarException(ArticleError.NOT_FOUND));
		if (article.status() == ArticleStatus.RETRACTED) {
			throw new KhabarException(ApiError.RETRACTED);
		}
		if (!article.status().isPublic()) {
			throw new KhabarException(ArticleError.NOT_FOUND);
		}
		return article;
	}

	/** A section by slug from the cached list (no query); an unknown one is a 404. */
	private @Nullable Section section(@Nullable String slug) {
		if (slug == null || slug.isBlank()) {
			return null;
		}
		return catalog.sections()
			.stream()
			.filter(s -> s.slug().equals(slug.strip()))
			.findFirst()
			.orElseThrow(() -> new KhabarException(ArticleError.SECTION_NOT_FOUND));
	}

	/**
	 * A tag by any of its spellings ({@link Tag#key}); one that no published article
	 * carries is a 404, as its page is.
	 */
	private @Nullable Tag tag(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return catalog.tag(text).orElseThrow(() -> new KhabarException(ArticleError.TAG_NOT_FOUND));
	}

	private @Nullable AuthorProfile author(@Nullable String handle) {
		if (handle == null || handle.isBlank()) {
			return null;
		}
		return authors.findByHandle(handle.strip())
			.orElseThrow(() -> new KhabarException(ArticleError.AUTHOR_NOT_FOUND));
	}

	private static String time(@Nullable Instant instant) {
		return instant != null ? instant.toString() : "";
	}

}
