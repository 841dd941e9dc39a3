package app.khabar.corpus;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import app.khabar.article.ArticleKind;
import app.khabar.article.CommentSettings;
import app.khabar.article.Media;
import app.khabar.article.Source;
import app.khabar.comment.CommentStatus;
import app.khabar.feed.Box;

/**
 * The shape of the demo content files under {@code classpath:demo/}: {@code content.json}
 * holds the sections and the boxes, {@code articles/*.json} the articles with their
 * comment threads. Times are relative to the load: an article was published {@code ago}
 * before it, a comment {@code after} its article (a reply: after its parent). A picture
 * (the main image, an {@code <img>} in a body) names our SVG art by its static path,
 * {@code /demo/NAME.svg}; the load stores it as a raster upload ({@link DemoPictures}).
 */
final class DemoFiles {

	private DemoFiles() {
	}

	record Index(List<AuthorEntry> authors, List<SectionEntry> sections, Map<Box, List<String>> boxes) {
	}

	/** A demo author's public profile (no account: nobody signs in as one). */
	record AuthorEntry(String handle, String name, String bio) {
	}

	/** The authors by handle, in order, and the free byline text. */
	record BylineEntry(List<String> authors, @Nullable String text) {
	}

	record SectionEntry(String slug, String name) {
	}

	record ArticleEntry(String key, String section, @Nullable ArticleKind kind, @Nullable String kicker, String title,
			String lead, List<String> body, Source source, BylineEntry byline, List<String> tags, @Nullable Media media,
			Duration ago, @Nullable CommentSettings comments, @Nullable List<CommentEntry> thread,
			@Nullable List<LiveEntry> live) {

		List<CommentEntry> threadOrEmpty() {
			return thread == null ? List.of() : thread;
		}

		List<LiveEntry> liveOrEmpty() {
			return live == null ? List.of() : live;
		}

	}

	/**
	 * An entry of a live page, {@code after} the page's publication; {@code correction}
	 * replaces its body {@code correctedAfter} later.
	 */
	record LiveEntry(Duration after, @Nullable String title, String body, String byline, boolean pinned,
			@Nullable String correction, @Nullable Duration correctedAfter) {
	}

	record CommentEntry(@Nullable String name, @Nullable String country, CommentStatus status, Duration after,
			int likes, int dislikes, String text, @Nullable List<CommentEntry> replies) {

		List<CommentEntry> repliesOrEmpty() {
			return replies == null ? List.of() : replies;
		}

	}

}
