package app.khabar.persian;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Lucene's and Hazm's Persian test vectors (read from the shared data folder, never
 * copied) run against our normalizer and folding where they apply. Lucene writes its
 * normal form with Arabic ي/ك and Hazm with Persian letters, so a vector agrees when both
 * sides fold alike; Hazm's storage-level vectors are also compared exactly.
 */
@Tag("shared-data")
class PersianTextVectorsTests {

	/**
	 * Hazm functions whose vectors describe normalization or spacing; the rest (stemming,
	 * lemmas, verb parts) do not.
	 */
	static final Set<String> HAZM_NORMALIZER_FUNCTIONS = Set.of("test_normalize", "test_correct_spacing",
			"test_remove_diacritics", "test_remove_specials_chars", "test_decrease_repeated_chars",
			"test_persian_style", "test_persian_number", "test_unicodes_replacement", "test_seperate_mi",
			"test_token_spacing");

	/**
	 * The vectors that our design must agree with: letters, diacritics, digits, ZWNJ and
	 * the می prefix.
	 */
	static final Set<String> HAZM_MUST_AGREE = Set.of("test_remove_diacritics", "test_unicodes_replacement",
			"test_persian_number", "test_seperate_mi");

	static Path vectors() {
		return SharedTestData.folder("persian-text");
	}

	@Test
	void luceneNormalizationVectorsAllFoldAlike() {
		List<JsonNode> vectors = SharedTestData.jsonLines(vectors().resolve("lucene-persian-test-vectors.jsonl"))
			.stream()
			.filter(v -> v.get("path").asString().contains("NormalizationFilter"))
			.toList();
		List<String> failures = new ArrayList<>();
		for (JsonNode vector : vectors) {
			String input = vector.get("input").asString();
			String expected = vector.get("expected_tokens").get(0).asString();
			if (!PersianText.fold(input).equals(PersianText.fold(expected))) {
				failures.add(vector.get("test_method").asString() + ": " + vector.get("input_escaped").asString());
			}
		}
		report("lucene normalization-filter vectors (folded)", vectors.size(), failures);
		assertThat(vectors.size()).isGreaterThanOrEqualTo(25);
		assertThat(failures).isEmpty();
	}

	@Test
	void luceneTokenizerVectorsFoldAlike() {
		List<JsonNode> vectors = SharedTestData.jsonLines(vectors().resolve("lucene-persian-test-vectors.jsonl"))
			.stream()
			.filter(v -> v.get("test_method").asString().equals("TestNormalizer")
					|| v.get("test_method").asString().equalsIgnoreCase("testDigits"))
			.toList();
		List<String> failures = new ArrayList<>();
		for (JsonNode vector : vectors) {
			List<String> expected = new ArrayList<>();
			vector.get("expected_tokens").forEach(t -> expected.add(PersianText.fold(t.asString())));
			if (!PersianText.foldedTokens(vector.get("input").asString()).equals(expected)) {
				failures.add(vector.get("test_method").asString() + ": " + vector.get("input").asString());
			}
		}
		report("lucene normalizer/digit token vectors (folded)", vectors.size(), failures);
		assertThat(failures).isEmpty();
	}

	@Test
	void hazmNormalizerVectorsMostlyFoldAlike() {
		List<JsonNode> vectors = SharedTestData.jsonLines(vectors().resolve("hazm-test-vectors.jsonl"))
			.stream()
			.filter(v -> !v.get("expected_failure").asBoolean())
			.filter(v -> HAZM_NORMALIZER_FUNCTIONS.contains(v.get("test_function").asString()))
			.toList();
		List<String> failures = new ArrayList<>();
		List<String> mustAgreeFailures = new ArrayList<>();
		for (JsonNode vector : vectors) {
			JsonNode params = vector.get("params");
			String function = vector.get("test_function").asString();
			String input = text(params.get("text"));
			String expected = text(params.get("expected"));
			if (!PersianText.fold(input).equals(PersianText.fold(expected))) {
				failures.add(function + ": " + input + " → " + expected);
				if (HAZM_MUST_AGREE.contains(function)) {
					mustAgreeFailures.add(function + ": " + input);
				}
			}
		}
		report("hazm normalizer vectors (folded)", vectors.size(), failures);
		assertThat(mustAgreeFailures).isEmpty();
		// not ours by design: Persian quotes and ellipsis, decimal separator,
		// letter-digit spacing, repeated
		// letters, non-affix compounds (زمین لرزه), ﷺ kept; measured 48/58 when written
		assertThat(vectors.size() - failures.size()).isGreaterThanOrEqualTo(48);
	}

	@Test
	void hazmStorageVectorsNormalizeExactly() {
		Predicate<JsonNode> storage = v -> Set.of("test_remove_diacritics", "test_unicodes_replacement")
			.contains(v.get("test_function").asString());
		List<JsonNode> vectors = SharedTestData.jsonLines(vectors().resolve("hazm-test-vectors.jsonl"))
			.stream()
			.filter(storage)
			.toList();
		List<String> failures = new ArrayList<>();
		for (JsonNode vector : vectors) {
			String input = vector.get("params").get("text").asString();
			String expected = vector.get("params").get("expected").asString();
			if (!PersianText.normalize(input).equals(expected)) {
				failures.add(input);
			}
		}
		report("hazm storage vectors (normalize, exact)", vectors.size(), failures);
		assertThat(vectors.size()).isPositive();
		assertThat(failures).isEmpty();
	}

	/**
	 * Hazm's token-list vectors are joined with spaces: the words as a person would type
	 * them apart.
	 */
	static String text(JsonNode node) {
		if (node.isArray()) {
			List<String> words = new ArrayList<>();
			node.forEach(word -> words.add(word.asString()));
			return String.join(" ", words);
		}
		return node.asString();
	}

	static void report(String what, int total, List<String> failures) {
		System.out.printf("%s: %d/%d agree%n", what, total - failures.size(), total);
		failures.forEach(failure -> System.out.println("  differs: " + failure));
	}

}
