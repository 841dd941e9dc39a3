package app.khabar.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import app.khabar.persian.PersianText;
import app.khabar.persian.SharedTestData;
import app.khabar.search.SearchEvaluation.Matrix;
import app.khabar.search.SearchEvaluation.Scores;
import app.khabar.search.Typings.DocumentTyping;
import app.khabar.search.Typings.QueryTyping;
import tools.jackson.databind.JsonNode;

/**
 * The analyzer against Lucene's and Hazm's stemming vectors, and the Hamshahri dev-set
 * targets of issue 5.
 */
@Tag("shared-data")
class SearchSharedDataTests {

	@Test
	void stemmingVectorsWhereTheyApply() {
		Path folder = SharedTestData.folder("persian-text");
		List<String> failures = new ArrayList<>();
		int total = 0;
		for (JsonNode v : SharedTestData.jsonLines(folder.resolve("lucene-persian-test-vectors.jsonl"))) {
			String method = v.get("test_method").asString();
			if (v.get("path").asString().contains("PersianStemFilter") && !method.equals("TestEmptyTerm")
					&& !method.equals("TestWithKeywordAttribute")) {
				total++;
				check(v.get("input").asString(), v.get("expected_tokens").get(0).asString(), method, failures);
			}
		}
		for (JsonNode v : SharedTestData.jsonLines(folder.resolve("hazm-test-vectors.jsonl"))) {
			String expected = v.get("params").path("expected").asString("");
			if (v.get("test_function").asString().equals("test_stem") && !expected.isBlank()) {
				total++;
				check(v.get("params").get("word").asString(), expected, "hazm stem", failures);
			}
		}
		System.out.printf("stemming vectors (lucene PersianStemFilter + hazm stem): %d/%d agree%n",
				total - failures.size(), total);
		failures.forEach(f -> System.out.println("  differs: " + f));
		// by design we keep ی-adjectives (شادمانی, کتابی), یی (علیرضایی) and clitic ش
		// (قدمش); measured 10/17
		assertThat(total - failures.size()).isGreaterThanOrEqualTo(10);
	}

	private static void check(String input, String expected, String what, List<String> failures) {
		List<String> terms = KhabarAnalyzerTests.terms(new KhabarAnalyzer(), input);
		if (!terms.contains(PersianText.fold(expected))) {
			failures.add(what + ": " + input + " → " + terms + ", expected " + expected);
		}
	}

	@Test
	void meetsTheSearchQualityTargetsOnTheHamshahriDevSet() {
		Path hamshahri = SharedTestData.folder("search-eval/hamshahri");
		List<Matrix> matrices = SearchEvaluation.evaluate(hamshahri.resolve("corpus"),
				hamshahri.resolve("topics-dev.tsv"), hamshahri.resolve("qrels-dev.trec"),
				new PrintStream(OutputStream.nullOutputStream()));
		System.out.println(SearchEvaluation.report(matrices));
		Matrix stock = matrices.get(0);
		Matrix khabar = matrices.get(1);
		Scores stockAsGiven = stock.cell(QueryTyping.AS_GIVEN, DocumentTyping.AS_GIVEN);
		assertThat(stockAsGiven.map()).isBetween(0.80, 0.82);
		for (QueryTyping query : QueryTyping.values()) {
			for (DocumentTyping documents : DocumentTyping.values()) {
				Scores cell = khabar.cell(query, documents);
				assertThat(cell.ndcg10()).as("nDCG@10 %s / %s", query, documents)
					.isGreaterThanOrEqualTo(stockAsGiven.ndcg10() - 0.01);
				// issue 5's target, glued documents included: stock as-given MAP - 0.01
				assertThat(cell.map()).as("MAP %s / %s", query, documents)
					.isGreaterThanOrEqualTo(stockAsGiven.map() - 0.01);
				// issue 10: no cell below the figures before it (bench/RESULTS.md), to
				// the third decimal the matrix prints
				Scores before = documents == DocumentTyping.NBSP_REMOVED ? new Scores(0.815, 0.891, 0.820)
						: new Scores(0.810, 0.880, 0.808);
				assertThat(cell.map()).as("MAP %s / %s", query, documents)
					.isGreaterThanOrEqualTo(before.map() - 0.0005);
				assertThat(cell.ndcg10()).as("nDCG@10 %s / %s", query, documents)
					.isGreaterThanOrEqualTo(before.ndcg10() - 0.0005);
				assertThat(cell.p10()).as("P@10 %s / %s", query, documents)
					.isGreaterThanOrEqualTo(before.p10() - 0.0005);
			}
		}
		assertThat(khabar.worst().map()).isGreaterThan(stock.worst().map());
		assertThat(khabar.worst().ndcg10()).isGreaterThan(stock.worst().ndcg10());
	}

}
