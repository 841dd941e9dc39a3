package app.khabar.moderation.phase;

import java.util.List;
import java.util.Optional;

import app.khabar.comment.spi.ReasonCode;
import app.khabar.comment.spi.Verdict;

/**
 * The ordered screening phases; the first firm verdict wins. Whether the article takes
 * comments ({@code CommentScreening.acceptsComments}) and whether the text's length is
 * within {@code khabar.comment.*} are settled before, by posting, so a comment that
 * reaches the pipeline is on an open article and of a valid length. The order, and why:
 * <ol>
 * <li>{@link BannedCommenterPhase}: a banned client or name is refused before its text is
 * looked at;</li>
 * <li>{@link BannedWordsPhase}: a banned word makes a comment not publishable (refused),
 * so it comes before every hold;</li>
 * <li>{@link RiskPhase}: the model's score at the reject threshold refuses, at the hold
 * threshold holds; after the banned words, whose reason tells a moderator more;</li>
 * <li>{@link SuspectWordsPhase}, {@link LinksPhase}, {@link RepeatPhase},
 * {@link FloodPhase}: held for a moderator, each with its reason; content reasons first,
 * they tell a moderator more than "too fast";</li>
 * <li>{@link LowRiskPhase}: a comment the model scores below the low threshold is
 * published, whatever the article's mode;</li>
 * <li>{@link ArticleModePhase}: otherwise the article decides, pre-moderation holds,
 * post-moderation publishes.</li>
 * </ol>
 * Nothing is published unless a phase says so: a pipeline whose phases all pass holds for
 * pre-moderation.
 */
public final class ScreeningPipeline {

	private final List<ScreeningPhase> phases;

	public ScreeningPipeline(List<ScreeningPhase> phases) {
		this.phases = List.copyOf(phases);
	}

	/** The standard order with the given rules. */
	public static ScreeningPipeline standard(ScreeningRules rules) {
		return new ScreeningPipeline(List.of(new BannedCommenterPhase(), new BannedWordsPhase(rules.bannedWords()),
				new RiskPhase(rules.riskHold(), rules.riskReject()), new SuspectWordsPhase(rules.suspectWords()),
				new LinksPhase(rules.holdAtLinks()), new RepeatPhase(),
				new FloodPhase(rules.floodLimit(), rules.floodWindow()), new LowRiskPhase(rules.riskLow()),
				new ArticleModePhase()));
	}

	public Verdict screen(Submission submission) {
		return phases.stream()
			.map(phase -> phase.apply(submission))
			.flatMap(Optional::stream)
			.findFirst()
			.orElseGet(() -> new Verdict.Hold(ReasonCode.PREMODERATION));
	}

	List<ScreeningPhase> phases() {
		return phases;
	}

}
