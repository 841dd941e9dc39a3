package app.khabar.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchEvaluationTests {

	// relevant: a, b, c; ranking: a x b y z ... (c never retrieved)
	static final List<String> RANKING = List.of("a", "x", "b", "y", "z", "p", "q", "r", "s", "t", "c");

	static final Set<String> RELEVANT = Set.of("a", "b", "c");

	@Test
	void averagePrecisionCountsUnretrievedRelevantDocuments() {
		// (1/1 + 2/3 + 3/11) / 3
		assertThat(RankingMetrics.averagePrecision(RANKING, RELEVANT)).isCloseTo((1 + 2.0 / 3 + 3.0 / 11) / 3,
				within(1e-9));
		assertThat(RankingMetrics.averagePrecision(List.of("x"), Set.of())).isZero();
	}

	@Test
	void ndcgAndPrecisionAtTen() {
		// DCG = 1/log2(2) + 1/log2(4) = 1.5; ideal = 1 + 1/log2(3) + 1/log2(4)
		double ideal = 1 + 1 / (Math.log(3) / Math.log(2)) + 0.5;
		assertThat(RankingMetrics.ndcg(RANKING, RELEVANT, 10)).isCloseTo(1.5 / ideal, within(1e-9));
		assertThat(RankingMetrics.precision(RANKING, RELEVANT, 10)).isCloseTo(0.2, within(1e-9));
		assertThat(RankingMetrics.ndcg(List.of("a", "b", "c"), RELEVANT, 10)).isCloseTo(1, within(1e-9));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "نهنگ ها|نهنگ\u200Cها|نهنگها", //
			"راه هاي ارتباطي|راه\u200Cهاي ارتباطي|راههاي ارتباطي", //
			"مي كند|مي\u200Cكند|ميكند", //
			"پرفروش ترين كتاب|پرفروش\u200Cترين كتاب|پرفروشترين كتاب", //
			"بيانيه اي  تازه|بيانيه\u200Cاي تازه|بيانيهاي تازه", //
			"بازسازي شهر زلزله زده بم|بازسازي شهر زلزله زده بم|بازسازي شهر زلزله زده بم" })
	void retypesQueryAffixes(String given, String zwnj, String glued) {
		assertThat(Typings.QueryTyping.AFFIXES_ZWNJ.retype.apply(given)).isEqualTo(zwnj);
		assertThat(Typings.QueryTyping.AFFIXES_GLUED.retype.apply(given)).isEqualTo(glued);
	}

	@Test
	void retypesLettersAndDocuments() {
		assertThat(Typings.QueryTyping.PERSIAN_LETTERS.retype.apply("كتاب هاي")).isEqualTo("کتاب های");
		String document = "مي\u00A0كند پيش\u00A0بيني";
		assertThat(Typings.DocumentTyping.AS_GIVEN.retype.apply(document)).isEqualTo(document);
		assertThat(Typings.DocumentTyping.NBSP_TO_ZWNJ.retype.apply(document)).isEqualTo("مي\u200Cكند پيش\u200Cبيني");
		assertThat(Typings.DocumentTyping.NBSP_REMOVED.retype.apply(document)).isEqualTo("ميكند پيشبيني");
	}

}
