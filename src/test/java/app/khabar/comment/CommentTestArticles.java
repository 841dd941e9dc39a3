package app.khabar.comment;

import java.time.Instant;
import java.util.List;

import app.khabar.article.ArticleImport;
import app.khabar.article.ArticleKind;
import app.khabar.article.ArticleStatus;
import app.khabar.article.Byline;
import app.khabar.article.CommentSettings;
import app.khabar.article.Media;
import app.khabar.article.ModerationMode;
import app.khabar.article.NewArticle;
import app.khabar.article.Source;

/** Articles for comment tests, written for them (no demo content). */
final class CommentTestArticles {

	static final Instant PUBLISHED = Instant.parse("2026-11-20T06:30:00Z");

	private CommentTestArticles() {
	}

	static long article(ArticleImport articles, CommentSettings comments) {
		return article(articles, comments, ArticleStatus.PUBLISHED, "بررسی بودجهٔ سال آینده در کمیسیون مجلس");
	}

	static long article(ArticleImport articles, CommentSettings comments, ArticleStatus status, String title) {
		articles.ensureSection("economy", "اقتصاد");
		return articles.store(new NewArticle("economy", ArticleKind.STORY, null, title,
				"نمایندگان دربارهٔ سهم استان‌ها از بودجه گفت‌وگو کردند.",
				"<p>کمیسیون برنامه و بودجه امروز دربارهٔ لایحه تصمیم گرفت.</p>", new Source("خبر", null), Byline.NONE,
				List.of("بودجه"), Media.NONE, status, comments, status == ArticleStatus.PUBLISHED ? PUBLISHED : null,
				"test:" + System.nanoTime()));
	}

	static CommentSettings premoderated() {
		return CommentSettings.DEFAULT;
	}

	static CommentSettings postmoderated() {
		return new CommentSettings(true, ModerationMode.POST, null);
	}

	static CommentSettings closed() {
		return new CommentSettings(false, ModerationMode.PRE, null);
	}

}
