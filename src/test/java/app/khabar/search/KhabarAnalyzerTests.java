package app.khabar.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KhabarAnalyzerTests {

	static final String ZWNJ = "\u200C";

	static final String NBSP = "\u00A0";

	static Stream<Arguments> sameTokens() {
		return Stream.of(Arguments.of("مي" + ZWNJ + "روم", "می" + ZWNJ + "روم"), //
				Arguments.of("می روم", "میروم"), //
				Arguments.of("همکاریها", "همکاری" + ZWNJ + "ها"), //
				Arguments.of("همکاری ها", "همکاری" + ZWNJ + "ها"), //
				Arguments.of("همکاري" + NBSP + "ها", "همکاری‌ها"), //
				Arguments.of("بیانیه ای", "بیانیه" + ZWNJ + "ای"), //
				Arguments.of("بیانیهای", "بیانیه" + ZWNJ + "ای"), //
				Arguments.of("میبرند", "می" + ZWNJ + "برند"), //
				Arguments.of("گفت وگو", "گفت" + ZWNJ + "وگو"), //
				Arguments.of("بزرگ ترین", "بزرگترین"), //
				Arguments.of("بزرگ" + ZWNJ + "تر", "بزرگتر"), //
				Arguments.of("كتابهاي", "کتاب‌های"), //
				Arguments.of("سال ۱۴۰۲", "سال 1402"), //
				Arguments.of("سال ١٤٠٢", "سال 1402"), //
				Arguments.of("اِعلامِ نــتیجه", "اعلام نتیجه"), //
				Arguments.of("\uFEB3\uFEFC\uFEE1", "سلام"));
	}

	@ParameterizedTest
	@MethodSource("sameTokens")
	void tokenizesTypingVariantsAlike(String one, String other) {
		assertThat(terms(new KhabarAnalyzer(), one)).isEqualTo(terms(new KhabarAnalyzer(), other)).isNotEmpty();
	}

	@Test
	void doesNotOverStemCommonNouns() {
		assertThat(terms(new PersianAnalyzer(), "زبان")).containsExactly("زب");
		for (String noun : List.of("زبان", "ایران", "تهران", "حیات", "زندگی", "دختر", "کیلومتر", "خیابان", "میز")) {
			assertThat(terms(new KhabarAnalyzer(), noun)).as(noun).containsExactly(noun);
		}
	}

	@Test
	void stripsPluralsAndComparatives() {
		assertThat(terms(new KhabarAnalyzer(), "همکاری‌ها کتابهایشان کودکان بزرگ‌ترین انتخابات نمایندگان دانشجویان"))
			.containsExactly("همکاری", "کتاب", "کودک", "بزرگ", "انتخاب", "نماینده", "دانشجو");
	}

	@Test
	void givesBothReadingsOfAGluedHeyAndDropsStopwords() {
		assertThat(terms(new KhabarAnalyzer(), "در بیانیه‌ای از این کشورها")).containsExactly("بیانی", "بیانیه", "کشور");
	}

	@Test
	void givesTheGluedWholeAndThePartsOfASoftCompound() {
		assertThat(terms(new KhabarAnalyzer(), "کتاب" + ZWNJ + "فروشی")).containsExactly("کتابفروشی", "کتاب", "فروشی");
		assertThat(terms(new KhabarAnalyzer(), "کتاب" + NBSP + "فروشی")).containsExactly("کتابفروشی", "کتاب", "فروشی");
		assertThat(terms(new KhabarAnalyzer(), "کتابفروشی")).containsExactly("کتابفروشی");
	}

	@Test
	void gluesWordPairsOnlyInQueries() {
		assertThat(terms(new KhabarAnalyzer(), "زلزله زده")).containsExactly("زلزله", "زده");
		assertThat(terms(KhabarAnalyzer.forQueries(), "زلزله زده در بم")).containsExactly("زلزله", "زلزلهزده", "زده", "بم");
	}

	@Test
	void keepsOffsetsOfTheOriginalText() throws IOException {
		String text = "«همکاري ها» و می‌برند";
		List<String> spans = new ArrayList<>();
		try (TokenStream stream = new KhabarAnalyzer().tokenStream("body", text)) {
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				spans.add(text.substring(offset.startOffset(), offset.endOffset()));
			}
			stream.end();
		}
		assertThat(spans).containsExactly("همکاري ها", "می‌برند");
	}

	static List<String> terms(Analyzer analyzer, String text) {
		List<String> terms = new ArrayList<>();
		try (analyzer; TokenStream stream = analyzer.tokenStream("body", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
		return terms;
	}

}
