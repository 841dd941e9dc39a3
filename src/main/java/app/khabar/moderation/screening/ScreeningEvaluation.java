package app.khabar.moderation.screening;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import app.khabar.moderation.phase.WordList;

/**
 * {@code screening-eval}: trains the risk model on labelled CSV files and measures it on
 * another, offline, before and without Spring:
 * {@code java -jar khabar.jar screening-eval --train A.csv[,B.csv] --test C.csv
 * [--text-column tweet] [--label-column label] [--positive OFF] [--keywords list.txt]
 * [--word-list suspect.txt] [--banned-list banned.txt]}. Prints precision, recall and F1
 * of the offensive class and macro-F1 at the threshold picked on the training data, ROC
 * AUC, and the triage figure: the share of harmless test comments below the pass
 * threshold that lets at most 1 % (5 %) of the training data's offensive comments
 * through, with the share of test offensive comments that did slip. With
 * {@code --keywords}, the same figures for a keyword list matched on folded whole words,
 * as an anchor. It also prints the model's cross-validated F1 on its own training
 * comments (3 folds): the figure to choose settings by, as the test file must not be.
 * With {@code --word-list} (and {@code --banned-list}), the model reads those lists as a
 * site reads its suspect (and banned) words: as features, in training and in the test, as
 * when an operator imports a published list into the site. Also printed, as a diagnostic
 * only (it peeks at the test labels and is never a figure to report): the best F1 any
 * threshold reaches on the test file, which tells a threshold that transfers badly from
 * features that do.
 */
public final class ScreeningEvaluation {

	public static final String NAME = "screening-eval";

	/** Classification figures of the offensive class. */
	public record Figures(double precision, double recall, double f1, double macroF1) {
	}

	/** One evaluation. */
	public record Report(int trainSize, int testSize, Figures model, double rocAuc, double pass1Harmless,
			double pass1Slipped, double pass5Harmless, double pass5Slipped, @Nullable Figures keywords,
			long trainMillis, double microsPerComment, double cpuMicrosPerComment, double threshold,
			double diagnosticBestF1, double diagnosticBestThreshold, double trainCrossValidatedF1) {
	}

	/** Scoring's own CPU time: on a shared machine the steadier figure than the clock. */
	private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

	private ScreeningEvaluation() {
	}

	/** The command; returns the exit status. */
	public static int run(String[] args, PrintStream out) {
		Map<String, String> options = new HashMap<>();
		for (int i = 1; i + 1 < args.length; i += 2) {
			if (!args[i].startsWith("--")) {
				return usage(out);
			}
			options.put(args[i].substring(2), args[i + 1]);
		}
		if (!options.containsKey("train") || !options.containsKey("test")) {
			return usage(out);
		}
		try {
			String text = options.getOrDefault("text-column", "tweet");
			String label = options.getOrDefault("label-column", "label");
			String positive = options.get("positive");
			List<RiskModel.Example> train = new ArrayList<>();
			for (String file : options.get("train").split(",")) {
				train.addAll(LabelledComments.read(Path.of(file), text, label, positive));
			}
			List<RiskModel.Example> test = LabelledComments.read(Path.of(options.get("test")), text, label, positive);
			List<String> keywords = options.containsKey("keywords") ? lines(options.get("keywords")) : null;
			var lexicon = new Lexicon(WordList.of(lines(options.get("banned-list"))),
					WordList.of(lines(options.get("word-list"))));
			print(out, options.get("train"), options.get("test"), evaluate(train, test, keywords, lexicon));
			return 0;
		}
		catch (IOException | IllegalArgumentException ex) {
			out.println(NAME + ": " + ex.getMessage());
			return 1;
		}
	}

	/** The entries of a list file, one a line; none without a file. */
	private static List<String> lines(@Nullable String file) throws IOException {
		if (file == null) {
			return List.of();
		}
		return Files.readAllLines(Path.of(file), StandardCharsets.UTF_8).stream().filter(w -> !w.isBlank()).toList();
	}

	private static int usage(PrintStream out) {
		out.println("usage: " + NAME
				+ " --train A.csv[,B.csv] --test C.csv [--text-column tweet] [--label-column label]"
				+ " [--positive OFF] [--keywords list.txt] [--word-list suspect.txt] [--banned-list banned.txt]");
		return 2;
	}

	/** Trains on {@code train}, measures on {@code test}. */
	public static Report evaluate(List<RiskModel.Example> train, List<RiskModel.Example> test,
			@Nullable List<String> keywords) {
		return evaluate(train, test, keywords, Lexicon.NONE);
	}

	/** Trains on {@code train}, measures on {@code test}, the lists read as a site's. */
	public static Report evaluate(List<RiskModel.Example> train, List<RiskModel.Example> test,
			@Nullable List<String> keywords, Lexicon lexicon) {
		long started = System.nanoTime();
		RiskModel model = RiskModel.train(train, lexicon, Instant.now());
		long trainMillis = (System.nanoTime() - started) / 1_000_000;
		double[] scores = new double[test.size()];
		boolean[] offensive = new boolean[test.size()];
		started = System.nanoTime();
		long cpuStarted = CPU.getCurrentThreadCpuTime();
		for (int i = 0; i < test.size(); i++) {
			scores[i] = model.risk(test.get(i).text(), lexicon).score();
			offensive[i] = test.get(i).offensive();
		}
		double micros = (System.nanoTime() - started) / 1000.0 / Math.max(1, test.size());
		double cpuMicros = (CPU.getCurrentThreadCpuTime() - cpuStarted) / 1000.0 / Math.max(1, test.size());
		var suggested = model.suggested();
		Figures figures = figures(offensive, i -> scores[i] >= suggested.bestF1());
		double[] labels = new double[test.size()];
		Arrays.setAll(labels, i -> offensive[i] ? 1 : 0);
		double peeked = RiskModel.suggest(scores, labels).bestF1();
		Figures anchor = null;
		if (keywords != null) {
			WordList list = WordList.of(keywords.stream().filter(w -> !w.isBlank()).toList());
			anchor = figures(offensive, i -> list.firstMatch(test.get(i).text()).isPresent());
		}
		return new Report(train.size(), test.size(), figures, rocAuc(scores, offensive),
				share(scores, offensive, false, suggested.pass1()), share(scores, offensive, true, suggested.pass1()),
				share(scores, offensive, false, suggested.pass5()), share(scores, offensive, true, suggested.pass5()),
				anchor, trainMillis, micros, cpuMicros, suggested.bestF1(),
				figures(offensive, i -> scores[i] >= peeked).f1(), peeked, model.measured().f1());
	}

	static Figures figures(boolean[] offensive, Predicate<Integer> flagged) {
		int tp = 0;
		int fp = 0;
		int fn = 0;
		int tn = 0;
		for (int i = 0; i < offensive.length; i++) {
			boolean f = flagged.test(i);
			if (f && offensive[i]) {
				tp++;
			}
			else if (f) {
				fp++;
			}
			else if (offensive[i]) {
				fn++;
			}
			else {
				tn++;
			}
		}
		double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
		double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
		double f1 = f1(tp, fp, fn);
		return new Figures(precision, recall, f1, (f1 + f1(tn, fn, fp)) / 2);
	}

	private static double f1(int tp, int fp, int fn) {
		return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
	}

	/** The probability that an offensive comment scores above a harmless one. */
	static double rocAuc(double[] scores, boolean[] offensive) {
		Integer[] order = new Integer[scores.length];
		Arrays.setAll(order, i -> i);
		Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
		double rankSum = 0;
		long positives = 0;
		int i = 0;
		while (i < order.length) {
			int j = i;
			while (j + 1 < order.length && scores[order[j + 1]] == scores[order[i]]) {
				j++;
			}
			double rank = (i + j) / 2.0 + 1;
			for (int k = i; k <= j; k++) {
				if (offensive[order[k]]) {
					rankSum += rank;
					positives++;
				}
			}
			i = j + 1;
		}
		long negatives = scores.length - positives;
		if (positives == 0 || negatives == 0) {
			return 0.5;
		}
		return (rankSum - positives * (positives + 1) / 2.0) / (positives * (double) negatives);
	}

	/** The share of one class's comments scored below the threshold. */
	private static double share(double[] scores, boolean[] offensive, boolean ofOffensive, double threshold) {
		int all = 0;
		int below = 0;
		for (int i = 0; i < scores.length; i++) {
			if (offensive[i] == ofOffensive) {
				all++;
				below += scores[i] < threshold ? 1 : 0;
			}
		}
		return all == 0 ? 0 : (double) below / all;
	}

	private static void print(PrintStream out, String train, String test, Report r) {
		out.printf(Locale.ROOT,
				"train %s (%d) -> test %s (%d), trained in %d ms, scoring %.1f us per comment (%.1f us of CPU)%n",
				train, r.trainSize(), test, r.testSize(), r.trainMillis(), r.microsPerComment(),
				r.cpuMicrosPerComment());
		out.printf(Locale.ROOT,
				"threshold picked on the training data %.3f (cross-validated F1 there %.3f); diagnostic only (peeks at the test labels):"
						+ " best F1 on the test file %.3f at %.3f%n",
				r.threshold(), r.trainCrossValidatedF1(), r.diagnosticBestF1(), r.diagnosticBestThreshold());
		out.println(
				"| | precision | recall | F1 (offensive) | macro-F1 | ROC AUC | passable harmless @1% slip (slipped) "
						+ "| @5% slip (slipped) |");
		out.println("|---|---|---|---|---|---|---|---|");
		Figures m = r.model();
		out.printf(Locale.ROOT,
				"| model | %.3f | %.3f | %.3f | %.3f | %.3f | %.1f %% (%.1f %%) | %.1f %% (%.1f %%) |%n", m.precision(),
				m.recall(), m.f1(), m.macroF1(), r.rocAuc(), 100 * r.pass1Harmless(), 100 * r.pass1Slipped(),
				100 * r.pass5Harmless(), 100 * r.pass5Slipped());
		if (r.keywords() != null) {
			Figures k = r.keywords();
			out.printf(Locale.ROOT, "| keyword list | %.3f | %.3f | %.3f | %.3f | | | |%n", k.precision(), k.recall(),
					k.f1(), k.macroF1());
		}
	}

}
