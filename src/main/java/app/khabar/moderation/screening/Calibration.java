package app.khabar.moderation.screening;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.SolverType;

/**
 * Platt scaling: the model's log-odds mapped to a probability that means what it says
 * ({@code slope × logit + offset} through the logistic function), fitted on the
 * cross-validated log-odds of the training comments, so that a site's thresholds (hold at
 * 0.8) read as "at least 80 % likely offensive" and do not move with the regularization
 * or the class weights the model was trained with.
 */
record Calibration(double slope, double offset) {

	static final Calibration IDENTITY = new Calibration(1, 0);

	/** Next to no regularization: two parameters, thousands of comments. */
	private static final double COST = 1000;

	double probability(double logit) {
		return 1 / (1 + Math.exp(-(slope * logit + offset)));
	}

	/** Fits the two parameters by liblinear's logistic regression on one feature. */
	static Calibration fit(double[] logits, double[] labels) {
		Feature[][] x = new Feature[logits.length][];
		for (int i = 0; i < logits.length; i++) {
			x[i] = new Feature[] { new FeatureNode(1, logits[i]), new FeatureNode(2, 1) };
		}
		double[] w = RiskModel.offensiveWeights(x, labels, 2, new Parameter(SolverType.L2R_LR, COST, 1e-4));
		return new Calibration(w[0], w[1]);
	}

}
