package app.khabar.live.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.khabar.article.ArticleCatalog;
import app.khabar.article.ArticleKind;
import app.khabar.live.LiveCoverage;
import app.khabar.live.LiveEntry;
import app.khabar.live.LiveError;
import app.khabar.live.LiveStreams;
import app.khabar.shared.KhabarException;
import app.khabar.web.CachedPages;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /live/{id}/updates?after={entry}}: what a reader who has entries up to
 * {@code after} lacks, as JSON (how many, their markup, whether the coverage ended).
 * Polled by an open page every few seconds, so it is served like a page: from memory,
 * keyed by the stream's version, a 304 for an {@code If-None-Match} that still holds, and
 * dropped on every node when the stream changes. Polling with ETags rather than
 * Server-Sent Events: every answer is the same for all readers with the same
 * {@code after}, so nginx or a CDN can hold it, and no connection stays open per reader.
 */
@RestController
class LiveUpdatesController {

	/** Entries sent at most; a reader further behind gets the newest ones and a count. */
	static final int MAX_SENT = 50;

	private static final MediaType JSON = new MediaType("application", "json", StandardCharsets.UTF_8);

	/** Readers check every few seconds: caches in front may hold an answer for one. */
	private static final CacheControl CACHING = CacheControl.maxAge(Duration.ofSeconds(1)).cachePublic();

	private final LiveStreams streams;

	private final ArticleCatalog catalog;

	private final LiveEntryViews views;

	private final CachedPages pages;

	private final JsonMapper json;

	LiveUpdatesController(LiveStreams streams, ArticleCatalog catalog, LiveEntryViews views, CachedPages pages,
			JsonMapper json) {
		this.streams = streams;
		this.catalog = catalog;
		this.views = views;
		this.pages = pages;
		this.json = json;
	}

	@GetMapping("/live/{id}/updates")
	ResponseEntity<byte[]> updates(@PathVariable String id, @RequestParam(defaultValue = "0") String after,
			HttpServletRequest request) {
		LiveCoverage coverage = number(id)
			.filter(articleId -> catalog.findPublished(articleId)
				.filter(article -> article.kind() == ArticleKind.LIVE)
				.isPresent())
			.flatMap(streams::of)
			.orElseThrow(() -> new KhabarException(LiveError.NOT_FOUND));
		// a reader ahead of the stream (its newest entry was removed) has all there is
		long has = Math.min(number(after).orElseThrow(() -> new KhabarException(LiveError.AFTER_INVALID)),
				coverage.latestId());
		return pages.respond(request, LiveStreams.updatesKey(coverage.articleId(), has),
				Long.toString(coverage.version()), JSON, CACHING, () -> body(coverage, has));
	}

	private byte[] body(LiveCoverage coverage, long has) {
		List<LiveEntry> missing = coverage.after(has);
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("latest", coverage.latestId());
		answer.put("count", missing.size());
		answer.put("ended", coverage.ended());
		answer.put("html", views.html(missing.subList(0, Math.min(MAX_SENT, missing.size()))));
		// what changed among the entries the reader has: the script swaps corrected ones
		// and drops the ones no longer listed, when the reader asks, as it adds new ones
		List<LiveEntry> had = coverage.entries().stream().filter(entry -> entry.id() <= has).toList();
		answer.put("visible", had.stream().map(LiveEntry::id).toList());
		answer.put("corrected",
				had.stream()
					.filter(LiveEntry::corrected)
					.sorted(Comparator.comparing(LiveEntry::correctedAt).reversed())
					.limit(MAX_SENT)
					.map(entry -> Map.of("id", entry.id(), "at", entry.correctedAt().toString(), "html",
							views.html(List.of(entry))))
					.toList());
		return json.writeValueAsBytes(answer);
	}

	private static java.util.Optional<Long> number(String text) {
		if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(Long.parseLong(text));
	}

}
