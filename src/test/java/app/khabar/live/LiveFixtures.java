package app.khabar.live;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

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
 * Published live pages for the live tests; {@code @Import} it with
 * {@link MutableClock.Config}.
 */
class LiveFixtures {

	final MutableClock clock;

	private final ArticleImport articles;

	private final LiveDesk desk;

	LiveFixtures(ArticleImport articles, LiveDesk desk, MutableClock clock) {
		this.articles = articles;
		this.desk = desk;
		this.clock = clock;
	}

	/** A published LIVE article whose coverage has started. */
	long livePage(String title) {
		String slug = "live" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
		articles.ensureSection(slug, "سرویس " + slug);
		long id = articles.store(new NewArticle(slug, ArticleKind.LIVE, null, title, "خلاصهٔ " + title,
				"<p>آنچه تا این لحظه می‌دانیم</p>", new Source("خبر", null), Byline.NONE, List.of(), Media.NONE,
				ArticleStatus.PUBLISHED, CommentSettings.DEFAULT, clock.instant().minus(Duration.ofMinutes(5)), null));
		desk.start(id);
		return id;
	}

	/** A published ordinary story. */
	long story(String title) {
		String slug = "story" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
		articles.ensureSection(slug, "سرویس " + slug);
		return articles.store(new NewArticle(slug, ArticleKind.STORY, null, title, "لید", "<p>متن</p>",
				new Source("خبر", null), Byline.NONE, List.of(), Media.NONE, ArticleStatus.PUBLISHED,
				CommentSettings.DEFAULT, clock.instant(), null));
	}

}
