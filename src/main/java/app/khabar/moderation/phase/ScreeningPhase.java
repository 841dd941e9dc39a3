package app.khabar.moderation.phase;

import java.util.Optional;

import app.khabar.comment.spi.Verdict;

/**
 * One small check of the screening pipeline: a firm verdict, or empty to let the next
 * phase decide.
 */
public interface ScreeningPhase {

	Optional<Verdict> apply(Submission submission);

}
