package app.khabar.moderation;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import app.khabar.article.Article;
import app.khabar.article.CommentSettings;
import app.khabar.comment.spi.CommentScreening;
import app.khabar.comment.spi.Risk;
import app.khabar.comment.spi.ScreeningRequest;
import app.khabar.comment.spi.Verdict;
import app.khabar.moderation.phase.Links;
import app.khabar.moderation.phase.ScreeningPipeline;
import app.khabar.moderation.phase.ScreeningRules;
import app.khabar.moderation.phase.Submission;

/**
 * Moderation's answer to the comment module: gathers what the phases need (bans, word
 * lists and site defaults as moderators set them on the desk, the link count, the
 * screening model's risk and the thresholds in force on the article) and runs the
 * {@link ScreeningPipeline}, whose verdict carries the risk to the queue; and says
 * whether an article takes comments now, its own settings and the site's auto-close
 * together.
 */
@Component
class ScreeningService implements CommentScreening {

	private final ModerationSettings settings;

	private final Supplier<ScreeningLists> lists;

	private final LongFunction<RiskThresholds> articleRisk;

	private final Function<String, Optional<Risk>> model;

	@Autowired
	ScreeningService(ModerationSettings settings, ModerationRules rules, ScreeningModels models) {
		this(settings, rules::lists, rules::effectiveRisk, models::risk);
	}

	/**
	 * @param articleRisk the thresholds in force on an article (its own over the site's)
	 * @param model the model's risk of a text, empty without a model
	 */
	ScreeningService(ModerationSettings settings, Supplier<ScreeningLists> lists,
			LongFunction<RiskThresholds> articleRisk, Function<String, Optional<Risk>> model) {
		this.settings = settings;
		this.lists = lists;
		this.articleRisk = articleRisk;
		this.model = model;
	}

	@Override
	public Verdict screen(ScreeningRequest request) {
		ScreeningLists current = lists.get();
		RiskThresholds thresholds = current.riskModelOn() ? articleRisk.apply(request.articleId())
				: RiskThresholds.INHERIT;
		var pipeline = ScreeningPipeline.standard(
				new ScreeningRules(current.banned(), current.suspect(), settings.holdAtLinks(), settings.floodLimit(),
						settings.floodWindow(), thresholds.low(), thresholds.hold(), thresholds.reject()));
		var name = request.name() == null || request.name().isBlank() ? null : request.name().strip();
		Risk risk = current.riskModelOn() ? model.apply(request.text()).orElse(null) : null;
		return pipeline
			.screen(new Submission(request.mode(), request.text(), name, Links.count(request.text()),
					request.recentTextsOnArticle(), request.recentSubmissions(), request.submittedAt(),
					current.bannedClients().contains(request.client().value()),
					name != null && current.bannedNames().contains(ModerationRules.nameKey(name)), risk))
			.withRisk(risk);
	}

	/**
	 * The site's auto-close applies to articles that set no auto-close of their own; a
	 * closed article stays closed.
	 */
	@Override
	public boolean acceptsComments(Article article, Instant now) {
		CommentSettings own = article.comments();
		@Nullable Integer days = own.closeAfterDays() != null ? own.closeAfterDays() : lists.get().autoCloseDays();
		return new CommentSettings(own.open(), own.mode(), days).acceptsCommentsAt(now, article.publishedAt());
	}

}
