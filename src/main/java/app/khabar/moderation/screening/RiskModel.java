package app.khabar.moderation.screening;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.jspecify.annotations.Nullable;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

import app.khabar.comment.spi.Risk;
import app.khabar.persian.PersianText;

/**
 * The offensive-comment model: logistic regression (liblinear) over
 * {@link CommentFeatures}, weighted by log term frequency and inverse document frequency
 * and normalized per comment, plus the site's word lists as two features
 * ({@link Lexicon}). Its log-odds are {@link Calibration calibrated} on 3-fold
 * cross-validated scores of the training comments, which also suggest thresholds: the one
 * with the best F1 of the offensive class, and the pass thresholds below which at most 1
 * % and 5 % of the offensive comments fall.
 */
public final class RiskModel {

	private static final int MAGIC = 0x4B525331;

	private static final int FORMAT = 2;

	/**
	 * The lexicon's features, after the hashed slots: a banned entry matches, a suspect
	 * one does.
	 */
	private static final int BANNED = CommentFeatures.DIMENSION;

	private static final int SUSPECT = CommentFeatures.DIMENSION + 1;

	/** The bias, after the lexicon's features. */
	private static final int BIAS = CommentFeatures.DIMENSION + 2;

	/**
	 * liblinear's inverse regularization: 16 did better than 1 or 4 on both shared sets
	 * and across them (bench/RESULTS.md), 64 no better.
	 */
	static final double COST = 16;

	private static final int FOLDS = 3;

	/**
	 * Below this many comments the cross-validated scores are too few to calibrate on (a
	 * handful that separate perfectly would make every score 0 or 1): the model's own
	 * probabilities are kept.
	 */
	static final int MIN_CALIBRATED = 500;

	private static final int MAX_WORDS = 3;

	/** A word weighs "most" only when it moves the log-odds by at least this much. */
	private static final double MIN_WEIGHT = 0.15;

	/** One labelled comment. */
	public record Example(String text, boolean offensive) {
	}

	/**
	 * Thresholds suggested by cross-validation on the training comments.
	 *
	 * @param bestF1 the score at or above which the offensive class's F1 is best
	 * @param pass1 below it, at most 1 % of offensive comments fall
	 * @param pass5 below it, at most 5 % of offensive comments fall
	 */
	public record Suggested(double bestF1, double pass1, double pass5) {
	}

	/**
	 * How the model did on its own training comments, each scored by a model of the
	 * cross-validation that did not see it, at the {@link Suggested#bestF1} threshold.
	 */
	public record Measured(double precision, double recall, double f1, double rocAuc) {
	}

	private final float[] weights;

	private final float[] idf;

	private final float unseenIdf;

	private final float bias;

	private final float bannedWeight;

	private final float suspectWeight;

	private final Calibration calibration;

	private final Suggested suggested;

	private final Measured measured;

	private final Instant trainedAt;

	private final int examples;

	private RiskModel(float[] weights, float[] idf, float unseenIdf, float bias, float bannedWeight,
			float suspectWeight, Calibration calibration, Suggested suggested, Measured measured, Instant trainedAt,
			int examples) {
		this.weights = weights;
		this.idf = idf;
		this.unseenIdf = unseenIdf;
		this.bias = bias;
		this.bannedWeight = bannedWeight;
		this.suspectWeight = suspectWeight;
		this.calibration = calibration;
		this.measured = measured;
		this.suggested = suggested;
		this.trainedAt = trainedAt;
		this.examples = examples;
	}

	public Suggested suggested() {
		return suggested;
	}

	public Measured measured() {
		return measured;
	}

	/** When it was trained, to the millisecond, as its file keeps it. */
	public Instant trainedAt() {
		return trainedAt;
	}

	public int examples() {
		return examples;
	}

	/** How likely the comment is offensive, 0-1, without word lists. */
	public double probability(String text) {
		return probability(text, Lexicon.NONE);
	}

	/** How likely the comment is offensive, 0-1, the site's word lists read too. */
	public double probability(String text, Lexicon lexicon) {
		return score(text, lexicon, false).score();
	}

	/** The risk of a comment and the words that weighed most towards it. */
	public Risk risk(String text) {
		return risk(text, Lexicon.NONE);
	}

	/** The risk of a comment, the site's word lists read too. */
	public Risk risk(String text, Lexicon lexicon) {
		return score(text, lexicon, true);
	}

	private Risk score(String text, Lexicon lexicon, boolean explain) {
		CommentFeatures.Extracted extracted = CommentFeatures.of(text);
		CommentFeatures.Counts counts = extracted.counts();
		float[] values = values(counts, idf, unseenIdf);
		Lexicon.Hits hits = lexicon.hits(text);
		double logit = bias + (hits.banned().isPresent() ? bannedWeight : 0)
				+ (hits.suspect().isPresent() ? suspectWeight : 0);
		int[] slots = counts.slots();
		for (int i = 0; i < slots.length; i++) {
			logit += weights[slots[i]] * values[i];
		}
		return new Risk(calibration.probability(logit),
				explain ? strongestWords(extracted, counts, values, listed(hits)) : List.of());
	}

	/** The list entry that matched, when it weighs enough to be named. */
	private @Nullable String listed(Lexicon.Hits hits) {
		if (hits.banned().isPresent() && bannedWeight >= MIN_WEIGHT) {
			return hits.banned().get();
		}
		return hits.suspect().isPresent() && suspectWeight >= MIN_WEIGHT ? hits.suspect().get() : null;
	}

	/**
	 * The words (or pairs of words) whose features raised the log-odds most; a pair only
	 * when it adds more than its weaker word alone ({@code خفه شو}), so two insults next
	 * to each other are named one by one.
	 */
	private List<String> strongestWords(CommentFeatures.Extracted extracted, CommentFeatures.Counts counts,
			float[] values, @Nullable String listed) {
		int words = extracted.shown().size();
		double[] single = new double[words];
		double[] pair = new double[Math.max(0, words - 1)];
		int[] slots = counts.slots();
		for (int i = 0; i < extracted.size(); i++) {
			int owner = extracted.owners()[i];
			if (owner == CommentFeatures.WHOLE) {
				continue;
			}
			int at = Arrays.binarySearch(slots, extracted.slots()[i]);
			double contribution = weights[slots[at]] * values[at] / counts.counts()[at];
			if (owner >= 0) {
				single[owner] += contribution;
			}
			else {
				pair[-owner - 2] += contribution;
			}
		}
		record Candidate(int from, int to, double weight) {
		}
		List<Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < words; i++) {
			candidates.add(new Candidate(i, i, single[i]));
		}
		for (int i = 0; i < pair.length; i++) {
			if (pair[i] > Math.min(single[i], single[i + 1])) {
				candidates.add(new Candidate(i, i + 1, pair[i] + single[i] + single[i + 1]));
			}
		}
		candidates.sort(Comparator.comparingDouble(Candidate::weight).reversed());
		boolean[] taken = new boolean[words];
		List<String> strongest = new ArrayList<>();
		if (listed != null) {
			strongest.add(listed);
		}
		for (Candidate candidate : candidates) {
			if (strongest.size() == MAX_WORDS || candidate.weight() < MIN_WEIGHT) {
				break;
			}
			if (taken[candidate.from()] || taken[candidate.to()]) {
				continue;
			}
			taken[candidate.from()] = true;
			taken[candidate.to()] = true;
			String shown = String.join(" ", extracted.shown().subList(candidate.from(), candidate.to() + 1));
			if (listed == null || !PersianText.fold(shown).equals(PersianText.fold(listed))) {
				strongest.add(shown);
			}
		}
		return strongest;
	}

	/** (1 + log tf) × idf, scaled to unit length. */
	private static float[] values(CommentFeatures.Counts counts, float[] idf, float unseenIdf) {
		int[] slots = counts.slots();
		float[] values = new float[slots.length];
		double norm = 0;
		for (int i = 0; i < slots.length; i++) {
			float weight = idf[slots[i]];
			values[i] = (float) ((1 + Math.log(counts.counts()[i])) * (weight == 0 ? unseenIdf : weight));
			norm += values[i] * values[i];
		}
		float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
		for (int i = 0; i < values.length; i++) {
			values[i] *= scale;
		}
		return values;
	}

	/**
	 * Fits a model on labelled comments, without word lists; both classes must be
	 * present.
	 */
	public static RiskModel train(List<Example> examples, Instant now) {
		return train(examples, Lexicon.NONE, now);
	}

	/**
	 * Fits a model on labelled comments, the site's word lists as two more features; both
	 * classes must be present.
	 */
	public static RiskModel train(List<Example> examples, Lexicon lexicon, Instant now) {
		long positives = examples.stream().filter(Example::offensive).count();
		if (positives == 0 || positives == examples.size()) {
			throw new IllegalArgumentException("training needs offensive and harmless comments");
		}
		List<CommentFeatures.Counts> counts = examples.stream()
			.map(e -> CommentFeatures.of(e.text()).counts())
			.toList();
		int[] documentFrequency = new int[CommentFeatures.DIMENSION];
		for (CommentFeatures.Counts c : counts) {
			for (int slot : c.slots()) {
				documentFrequency[slot]++;
			}
		}
		int n = examples.size();
		float[] idf = new float[CommentFeatures.DIMENSION];
		for (int slot = 0; slot < idf.length; slot++) {
			if (documentFrequency[slot] > 0) {
				idf[slot] = (float) (Math.log((1.0 + n) / (1.0 + documentFrequency[slot])) + 1);
			}
		}
		float unseenIdf = (float) (Math.log(1.0 + n) + 1);
		Feature[][] rows = new Feature[n][];
		double[] labels = new double[n];
		for (int i = 0; i < n; i++) {
			rows[i] = row(counts.get(i), idf, unseenIdf, lexicon.hits(examples.get(i).text()));
			labels[i] = examples.get(i).offensive() ? 1 : 0;
		}
		// the cross-validation's fits and the final one at once, one a core
		double[][] fits = IntStream.rangeClosed(0, FOLDS)
			.parallel()
			.mapToObj(fold -> fit(rows, labels, fold == FOLDS ? allRows(n) : allBut(fold, n)))
			.toArray(double[][]::new);
		double[] outOfFold = outOfFold(rows, fits);
		Calibration calibration = n >= MIN_CALIBRATED ? Calibration.fit(outOfFold, labels) : Calibration.IDENTITY;
		double[] calibrated = Arrays.stream(outOfFold).map(calibration::probability).toArray();
		double[] w = fits[FOLDS];
		float[] weights = new float[CommentFeatures.DIMENSION];
		for (int slot = 0; slot < weights.length; slot++) {
			weights[slot] = (float) w[slot];
		}
		Suggested suggested = suggest(calibrated, labels);
		boolean[] offensive = new boolean[n];
		for (int i = 0; i < n; i++) {
			offensive[i] = labels[i] == 1;
		}
		var figures = ScreeningEvaluation.figures(offensive, i -> calibrated[i] >= suggested.bestF1());
		var measured = new Measured(figures.precision(), figures.recall(), figures.f1(),
				ScreeningEvaluation.rocAuc(calibrated, offensive));
		return new RiskModel(weights, idf, unseenIdf, (float) w[BIAS], (float) w[BANNED], (float) w[SUSPECT],
				calibration, suggested, measured, now.truncatedTo(ChronoUnit.MILLIS), n);
	}

	/**
	 * liblinear reads features and never changes them: one bias node serves every row.
	 */
	private static final Feature BIAS_FEATURE = new FeatureNode(BIAS + 1, 1);

	/** A comment's liblinear row: its weighted slots, the lexicon's hits, the bias. */
	private static Feature[] row(CommentFeatures.Counts counts, float[] idf, float unseenIdf, Lexicon.Hits hits) {
		float[] values = values(counts, idf, unseenIdf);
		List<Feature> row = new ArrayList<>(values.length + 2);
		for (int j = 0; j < values.length; j++) {
			if (values[j] != 0) {
				row.add(new FeatureNode(counts.slots()[j] + 1, values[j]));
			}
		}
		if (hits.banned().isPresent()) {
			row.add(new FeatureNode(BANNED + 1, 1));
		}
		if (hits.suspect().isPresent()) {
			row.add(new FeatureNode(SUSPECT + 1, 1));
		}
		row.add(BIAS_FEATURE);
		return row.toArray(Feature[]::new);
	}

	private static int[] allRows(int n) {
		int[] all = new int[n];
		Arrays.setAll(all, i -> i);
		return all;
	}

	/** The rows of every fold but one: comment {@code i} is in fold {@code i % FOLDS}. */
	private static int[] allBut(int fold, int n) {
		return IntStream.range(0, n).filter(i -> i % FOLDS != fold).toArray();
	}

	/** Each comment's log-odds from the fold's model that did not see it. */
	private static double[] outOfFold(Feature[][] rows, double[][] fits) {
		int n = rows.length;
		double[] logits = new double[n];
		for (int fold = 0; fold < FOLDS; fold++) {
			double[] w = fits[fold];
			for (int i = fold; i < n; i += FOLDS) {
				double logit = 0; // the bias is the row's last feature
				for (Feature feature : rows[i]) {
					logit += w[feature.getIndex() - 1] * feature.getValue();
				}
				logits[i] = logit;
			}
		}
		return logits;
	}

	/**
	 * Weights of the offensive class, indexed by slot, the lexicon's and the bias last;
	 * liblinear's first label is the positive side of its weights.
	 */
	private static double[] fit(Feature[][] rows, double[] labels, int[] subset) {
		Feature[][] x = new Feature[subset.length][];
		double[] y = new double[subset.length];
		for (int i = 0; i < subset.length; i++) {
			x[i] = rows[subset[i]];
			y[i] = labels[subset[i]];
		}
		return offensiveWeights(x, y, BIAS + 1, new Parameter(SolverType.L2R_LR, COST, 0.01));
	}

	/** Fits liblinear's logistic regression and reads the offensive class's weights. */
	static double[] offensiveWeights(Feature[][] x, double[] y, int dimension, Parameter parameter) {
		Problem problem = new Problem();
		problem.l = x.length;
		problem.n = dimension;
		problem.bias = 1;
		problem.x = x;
		problem.y = y;
		Linear.disableDebugOutput();
		Model model = Linear.train(problem, parameter);
		double[] w = model.getFeatureWeights();
		double sign = model.getLabels()[0] == 1 ? 1 : -1;
		double[] out = new double[dimension];
		for (int i = 0; i < out.length && i < w.length; i++) {
			out[i] = sign * w[i];
		}
		return out;
	}

	static Suggested suggest(double[] scores, double[] labels) {
		Integer[] order = new Integer[scores.length];
		Arrays.setAll(order, i -> i);
		Arrays.sort(order, Comparator.comparingDouble(i -> -scores[i]));
		int positives = 0;
		for (double label : labels) {
			positives += label == 1 ? 1 : 0;
		}
		double bestF1 = -1;
		double bestThreshold = 0.5;
		int truePositives = 0;
		for (int k = 0; k < order.length; k++) {
			truePositives += labels[order[k]] == 1 ? 1 : 0;
			double f1 = 2.0 * truePositives / (k + 1 + positives);
			if (f1 > bestF1 && (k + 1 == order.length || scores[order[k + 1]] < scores[order[k]])) {
				bestF1 = f1;
				bestThreshold = k + 1 == order.length ? scores[order[k]]
						: (scores[order[k]] + scores[order[k + 1]]) / 2;
			}
		}
		double[] offensive = IntStream.range(0, scores.length)
			.filter(i -> labels[i] == 1)
			.mapToDouble(i -> scores[i])
			.sorted()
			.toArray();
		return new Suggested(bestThreshold, passBelow(offensive, 0.01), passBelow(offensive, 0.05));
	}

	/**
	 * The highest score below which at most {@code share} of the offensive scores fall.
	 */
	private static double passBelow(double[] offensiveAscending, double share) {
		int slip = (int) Math.floor(share * offensiveAscending.length);
		return offensiveAscending[Math.min(slip, offensiveAscending.length - 1)];
	}

	/** Writes the model (gzip-compressed, only the slots training saw). */
	public void write(OutputStream out) throws IOException {
		var zip = new GZIPOutputStream(out);
		var data = new DataOutputStream(zip);
		data.writeInt(MAGIC);
		data.writeInt(FORMAT);
		data.writeInt(CommentFeatures.BITS);
		data.writeLong(trainedAt.toEpochMilli());
		data.writeInt(examples);
		data.writeFloat(bias);
		data.writeFloat(bannedWeight);
		data.writeFloat(suspectWeight);
		data.writeDouble(calibration.slope());
		data.writeDouble(calibration.offset());
		data.writeFloat(unseenIdf);
		data.writeDouble(suggested.bestF1());
		data.writeDouble(suggested.pass1());
		data.writeDouble(suggested.pass5());
		data.writeDouble(measured.precision());
		data.writeDouble(measured.recall());
		data.writeDouble(measured.f1());
		data.writeDouble(measured.rocAuc());
		int seen = 0;
		for (float v : idf) {
			seen += v == 0 ? 0 : 1;
		}
		data.writeInt(seen);
		for (int slot = 0; slot < idf.length; slot++) {
			if (idf[slot] != 0) {
				data.writeInt(slot);
				data.writeFloat(idf[slot]);
				data.writeFloat(weights[slot]);
			}
		}
		data.writeInt(MAGIC);
		data.flush();
		zip.finish();
	}

	/**
	 * Reads a model {@link #write written} before.
	 * @throws IOException when the file is not a whole model of this format
	 */
	public static RiskModel read(InputStream in) throws IOException {
		var data = new DataInputStream(new GZIPInputStream(in));
		if (data.readInt() != MAGIC || data.readInt() != FORMAT || data.readInt() != CommentFeatures.BITS) {
			throw new IOException("not a risk model of format " + FORMAT);
		}
		Instant trainedAt = Instant.ofEpochMilli(data.readLong());
		int examples = data.readInt();
		float bias = data.readFloat();
		float bannedWeight = data.readFloat();
		float suspectWeight = data.readFloat();
		var calibration = new Calibration(data.readDouble(), data.readDouble());
		float unseenIdf = data.readFloat();
		var suggested = new Suggested(data.readDouble(), data.readDouble(), data.readDouble());
		var measured = new Measured(data.readDouble(), data.readDouble(), data.readDouble(), data.readDouble());
		int seen = data.readInt();
		if (seen < 0 || seen > CommentFeatures.DIMENSION) {
			throw new IOException("corrupt risk model");
		}
		float[] idf = new float[CommentFeatures.DIMENSION];
		float[] weights = new float[CommentFeatures.DIMENSION];
		for (int i = 0; i < seen; i++) {
			int slot = data.readInt();
			if (slot < 0 || slot >= CommentFeatures.DIMENSION) {
				throw new IOException("corrupt risk model");
			}
			idf[slot] = data.readFloat();
			weights[slot] = data.readFloat();
			if (!Float.isFinite(idf[slot]) || !Float.isFinite(weights[slot])) {
				throw new IOException("corrupt risk model");
			}
		}
		if (data.readInt() != MAGIC || !Float.isFinite(bias) || !Float.isFinite(unseenIdf)
				|| !Float.isFinite(bannedWeight) || !Float.isFinite(suspectWeight)
				|| !Double.isFinite(calibration.slope()) || !Double.isFinite(calibration.offset())) {
			throw new IOException("corrupt risk model");
		}
		return new RiskModel(weights, idf, unseenIdf, bias, bannedWeight, suspectWeight, calibration, suggested,
				measured, trainedAt, examples);
	}

}
