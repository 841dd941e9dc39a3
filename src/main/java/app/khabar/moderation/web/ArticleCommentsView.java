package app.khabar.moderation.web;

import java.util.List;

import app.khabar.article.Article;
import app.khabar.article.ModerationMode;

/**
 * The moderator's page of one article's comment settings; {@code acceptsNow} is whether
 * readers can comment now, after the article's and the site's auto-close (an open article
 * can be closed by time).
 */
public record ArticleCommentsView(Csrf csrf, Article article, boolean acceptsNow) {

	public List<ModerationMode> modes() {
		return List.of(ModerationMode.values());
	}

	public String closeAfterDays() {
		Integer days = article.comments().closeAfterDays();
		return days == null ? "" : days.toString();
	}

	public String queueUrl() {
		return "/moderation?article=" + article.id();
	}

}
