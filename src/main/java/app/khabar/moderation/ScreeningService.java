package app.khabar.moderation;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import app.khabar.comment.spi.CommentScreening;
import app.khabar.comment.spi.ScreeningRequest;
import app.khabar.comment.spi.Verdict;
import app.khabar.moderation.phase.Links;
import app.khabar.moderation.phase.ScreeningPipeline;
import app.khabar.moderation.phase.ScreeningRules;
import app.khabar.moderation.phase.Submission;
import app.khabar.moderation.phase.WordList;
import app.khabar.persian.PersianText;

/**
 * Moderation's answer to the comment module: gathers what the phases need (bans, word lists, link count) and runs the
 * {@link ScreeningPipeline}.
 */
@Component
class ScreeningService implements CommentScreening {

	private final ScreeningPipeline pipeline;

	private final Set<String> bannedClients;

	private final Set<String> bannedNames;

	ScreeningService(ModerationSettings settings) {
		this.pipeline = ScreeningPipeline.standard(new ScreeningRules(settings.minLength(), settings.maxLength(),
				WordList.of(settings.bannedWords()), WordList.of(settings.suspectWords()), settings.holdAtLinks(),
				settings.floodLimit(), settings.floodWindow()));
		this.bannedClients = Set.copyOf(settings.bannedClients());
		this.bannedNames = settings.bannedNames().stream().map(ScreeningService::nameKey).collect(Collectors.toSet());
	}

	@Override
	public Verdict screen(ScreeningRequest request) {
		var name = request.name() == null || request.name().isBlank() ? null : request.name().strip();
		return pipeline.screen(new Submission(request.articleClosed(), request.mode(), request.text(), name,
				Links.count(request.text()), request.recentTextsOnArticle(), request.recentSubmissions(),
				request.submittedAt(), bannedClients.contains(request.client().value()),
				name != null && bannedNames.contains(nameKey(name))));
	}

	/** Names compare folded and without separators: «علي رضا» is «علی‌رضا». */
	private static String nameKey(String name) {
		return String.join("", PersianText.foldedTokens(name));
	}

}
