package app.khabar.feed;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.khabar.article.ArticleImport;
import app.khabar.article.ArticleKind;
import app.khabar.article.ArticleStatus;
import app.khabar.article.Byline;
import app.khabar.article.CommentSettings;
import app.khabar.article.Media;
import app.khabar.article.NewArticle;
import app.khabar.article.Source;
import app.khabar.support.MutableClock;

/**
 * Sections, articles and the clock the tests move, for the fronts' tests; {@code @Import}
 * it with {@link MutableClock.Config}. Every feed test class carries the same
 * annotations, so they share one application context per database.
 */
class FeedFixtures {

	final MutableClock clock;

	private final ArticleImport articles;

	FeedFixtures(ArticleImport articles, MutableClock clock) {
		this.articles = articles;
		this.clock = clock;
	}

	/** A section of its own, so that what its front shows is this test's alone. */
	String section(String prefix) {
		String slug = prefix + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
		articles.ensureSection(slug, "سرویس " + slug);
		return slug;
	}

	/** A published article, published {@code ago} before now. */
	long published(String section, String title, Duration ago) {
		return store(section, title, ArticleStatus.PUBLISHED, clock.instant().minus(ago));
	}

	long draft(String section, String title) {
		return store(section, title, ArticleStatus.DRAFT, null);
	}

	private long store(String section, String title, ArticleStatus status, Instant publishedAt) {
		return articles.store(new NewArticle(section, ArticleKind.STORY, null, title, "لید " + title, "<p>متن خبر</p>",
				new Source("خبر", null), Byline.NONE, List.of(), Media.NONE, status, CommentSettings.DEFAULT,
				publishedAt, null));
	}

	static String html(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	/** The part of a page from {@code start} to the end of its section. */
	static String part(String html, String start) {
		int from = html.indexOf(start);
		if (from < 0) {
			return "";
		}
		int to = html.indexOf("</section>", from);
		return html.substring(from, to < 0 ? html.length() : to);
	}

}
