package app.khabar.live.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import app.khabar.article.Article;
import app.khabar.article.ArticleCatalog;
import app.khabar.article.ArticleKind;
import app.khabar.live.LiveCoverage;
import app.khabar.live.LiveEntry;
import app.khabar.live.LiveError;
import app.khabar.live.LiveStreams;
import app.khabar.shared.KhabarException;
import app.khabar.web.CachedPages;
import app.khabar.web.Excerpt;
import app.khabar.web.HtmlText;
import app.khabar.web.SiteAddress;
import app.khabar.web.Ui;

/**
 * {@code /live/{id}/rss}: a live page's entries as RSS 2.0 items, newest first, each
 * linking to its place on the page; cached like the page and dropped with it.
 */
@RestController
class LiveFeedController {

	static final int ITEMS = 50;

	private static final MediaType RSS = new MediaType("application", "rss+xml", StandardCharsets.UTF_8);

	private final LiveStreams streams;

	private final ArticleCatalog catalog;

	private final CachedPages pages;

	private final SiteAddress site;

	private final Ui ui;

	LiveFeedController(LiveStreams streams, ArticleCatalog catalog, CachedPages pages, SiteAddress site, Ui ui) {
		this.streams = streams;
		this.catalog = catalog;
		this.pages = pages;
		this.site = site;
		this.ui = ui;
	}

	@GetMapping("/live/{id}/rss")
	ResponseEntity<byte[]> feed(@PathVariable long id, HttpServletRequest request) {
		Article article = catalog.findPublished(id)
			.filter(found -> found.kind() == ArticleKind.LIVE)
			.orElseThrow(() -> new KhabarException(LiveError.NOT_FOUND));
		LiveCoverage coverage = streams.of(id).orElseThrow(() -> new KhabarException(LiveError.NOT_FOUND));
		return pages.respond(request, LiveStreams.updatesKey(id, -1), coverage.version() + "." + article.version(), RSS,
				() -> write(article, coverage));
	}

	private byte[] write(Article article, LiveCoverage coverage) {
		String page = site.absolute(article.path());
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType("rss_2.0");
		feed.setTitle(ui.t("live.feed.title", article.title()));
		feed.setDescription(article.lead().isBlank() ? article.title() : article.lead());
		feed.setLink(page);
		feed.setLanguage("fa");
		feed.setPublishedDate(Date.from(coverage.lastUpdate()));
		List<SyndEntry> items = new ArrayList<>();
		for (LiveEntry entry : coverage.entries().subList(0, Math.min(ITEMS, coverage.entries().size()))) {
			SyndEntry item = new SyndEntryImpl();
			String text = HtmlText.plain(entry.bodyHtml());
			item.setTitle(entry.title() != null ? entry.title() : Excerpt.of(text, LiveEntry.HEADLINE_MAX));
			item.setLink(page + "#" + entry.anchor());
			item.setUri(page + "#" + entry.anchor());
			item.setAuthor(entry.byline());
			item.setPublishedDate(Date.from(entry.postedAt()));
			if (entry.correctedAt() != null) {
				item.setUpdatedDate(Date.from(entry.correctedAt()));
			}
			var description = new SyndContentImpl();
			description.setType("text/html");
			description.setValue(HtmlText.withAbsoluteLinks(entry.bodyHtml(), site.absolute("/")));
			item.setDescription(description);
			items.add(item);
		}
		feed.setEntries(items);
		try {
			var out = new ByteArrayOutputStream(16 * 1024);
			new SyndFeedOutput().output(feed, new OutputStreamWriter(out, StandardCharsets.UTF_8));
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (FeedException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
