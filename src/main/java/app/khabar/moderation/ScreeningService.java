package app.khabar.moderation;

import java.time.Instant;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import app.khabar.article.Article;
import app.khabar.article.CommentSettings;
import app.khabar.comment.spi.CommentScreening;
import app.khabar.comment.spi.ScreeningRequest;
import app.khabar.comment.spi.Verdict;
import app.khabar.moderation.phase.Links;
import app.khabar.moderation.phase.ScreeningPipeline;
import app.khabar.moderation.phase.ScreeningRules;
import app.khabar.moderation.phase.Submission;

/**
 * Moderation's answer to the comment module: gathers what the phases need (bans, word
 * lists and site defaults as moderators set them on the desk, the link count) and runs
 * the {@link ScreeningPipeline}; and says whether an article takes comments now, its own
 * settings and the site's auto-close together.
 */
@Component
class ScreeningService implements CommentScreening {

	private final ModerationSettings settings;

	private final Supplier<ScreeningLists> lists;

	@Autowired
	ScreeningService(ModerationSettings settings, ModerationRules rules) {
		this(settings, rules::lists);
	}

	ScreeningService(ModerationSettings settings, Supplier<ScreeningLists> lists) {
		this.settings = settings;
		this.lists = lists;
	}

	@Override
	public Verdict screen(ScreeningRequest request) {
		ScreeningLists current = lists.get();
		var pipeline = ScreeningPipeline.standard(new ScreeningRules(current.banned(), current.suspect(),
				settings.holdAtLinks(), settings.floodLimit(), settings.floodWindow()));
		var name = request.name() == null || request.name().isBlank() ? null : request.name().strip();
		return pipeline.screen(new Submission(request.mode(), request.text(), name, Links.count(request.text()),
				request.recentTextsOnArticle(), request.recentSubmissions(), request.submittedAt(),
				current.bannedClients().contains(request.client().value()),
				name != null && current.bannedNames().contains(ModerationRules.nameKey(name))));
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
