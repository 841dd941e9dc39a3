package app.khabar.moderation.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import app.khabar.article.Article;
import app.khabar.article.ModerationMode;
import app.khabar.moderation.RiskThresholds;

/**
 * The moderator's page of one article's comment settings; {@code acceptsNow} is whether
 * readers can comment now, after the article's and the site's auto-close (an open article
 * can be closed by time). The screening model's thresholds of the article's own, as typed
 * (blank inherits the site's, shown beside them).
 */
public record ArticleCommentsView(Csrf csrf, Article article, boolean acceptsNow, String riskLow, String riskHold,
		String riskReject, RiskThresholds siteRisk) {

	/** A site threshold as the page shows it: Persian digits, or "off". */
	public String site(@Nullable Double threshold) {
		return ModelController.text(threshold);
	}

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
