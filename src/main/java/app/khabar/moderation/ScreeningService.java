package app.khabar.moderation;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import app.khabar.article.Article;
import app.khabar.article.ArticleCatalog;
import app.khabar.comment.spi.CommentScreening;
import app.khabar.comment.spi.ScreeningRequest;
import app.khabar.comment.spi.Verdict;
import app.khabar.moderation.phase.Links;
import app.khabar.moderation.phase.ScreeningPipeline;
import app.khabar.moderation.phase.ScreeningRules;
import app.khabar.moderation.phase.Submission;

/**
 * Moderation's answer to the comment module: gathers what the phases need (bans, word lists and site defaults as
 * moderators set them on the desk, the link count) and runs the {@link ScreeningPipeline}.
 */
@Component
class ScreeningService implements CommentScreening {

	private final ModerationSettings settings;

	private final Supplier<ScreeningLists> lists;

	private final LongFunction<Optional<Article>> articles;

	@Autowired
	ScreeningService(ModerationSettings settings, ModerationRules rules, ArticleCatalog catalog) {
		this(settings, rules::lists, catalog::find);
	}

	ScreeningService(ModerationSettings settings, Supplier<ScreeningLists> lists,
			LongFunction<Optional<Article>> articles) {
		this.settings = settings;
		this.lists = lists;
		this.articles = articles;
	}

	@Override
	public Verdict screen(ScreeningRequest request) {
		ScreeningLists current = lists.get();
		var pipeline = ScreeningPipeline.standard(new ScreeningRules(settings.minLength(), settings.maxLength(),
				current.banned(), current.suspect(), settings.holdAtLinks(), settings.floodLimit(),
				settings.floodWindow()));
		var name = request.name() == null || request.name().isBlank() ? null : request.name().strip();
		boolean closed = request.articleClosed() || closedBySiteDefault(request, current);
		return pipeline.screen(new Submission(closed, request.mode(), request.text(), name,
				Links.count(request.text()), request.recentTextsOnArticle(), request.recentSubmissions(),
				request.submittedAt(), current.bannedClients().contains(request.client().value()),
				name != null && current.bannedNames().contains(ModerationRules.nameKey(name))));
	}

	/** The site's auto-close applies to articles that set no auto-close of their own. */
	private boolean closedBySiteDefault(ScreeningRequest request, ScreeningLists current) {
		Integer days = current.autoCloseDays();
		if (days == null) {
			return false;
		}
		return articles.apply(request.articleId())
			.filter(article -> article.comments().closeAfterDays() == null && article.publishedAt() != null)
			.map(article -> {
				Instant closesAt = article.publishedAt().plus(Duration.ofDays(days));
				return !request.submittedAt().isBefore(closesAt);
			})
			.orElse(false);
	}

}
