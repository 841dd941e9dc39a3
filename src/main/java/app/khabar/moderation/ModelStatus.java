package app.khabar.moderation;

import org.jspecify.annotations.Nullable;

/**
 * What the operator's page shows of the screening model.
 *
 * @param loaded the model file this node reads, null without one (or with one that does
 * not read)
 * @param on whether moderators left the model on
 * @param figures how the loaded model did on its own training comments (cross-validated),
 * null without a model
 * @param training whether a training started from the page is running
 * @param lastFailure why the last training from the page failed (a message key), null
 * when it did not
 */
public record ModelStatus(@Nullable ModelInfo loaded, boolean on, @Nullable Figures figures, boolean training,
		@Nullable String lastFailure) {

	/**
	 * Precision, recall and F1 of the offensive class at the threshold training
	 * suggested, and ROC AUC, each comment scored by a cross-validation model that did
	 * not see it.
	 */
	public record Figures(double precision, double recall, double f1, double rocAuc, double suggestedHold) {
	}

}
