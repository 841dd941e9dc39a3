package app.khabar.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import app.khabar.search.SearchQueries.QueryTerm;

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
		assertThat(terms(new KhabarAnalyzer(), "در بیانیه‌ای از این کشورها")).containsExactly("بیانی", "بیانیه",
				"کشور");
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
		// a pair with one stopword is glued too (بین‌المللی), two stopwords are not (از
		// این)
		assertThat(terms(KhabarAnalyzer.forQueries(), "زلزله زده در بم")).containsExactly("زلزله", "زلزلهزده", "زده",
				"زدهدر", "دربم", "بم");
		assertThat(terms(KhabarAnalyzer.forQueries(), "از اين")).isEmpty();
	}

	@Test
	void aQueryWordCountsTheGluedPairsItIsPartOf() {
		assertThat(SearchQueries.terms(KhabarAnalyzer.forQueries(), "body", "شهر زلزله زده", 10)).containsExactly(
				new QueryTerm("شهر", false, Set.of("شهرزلزله"), Set.of()),
				new QueryTerm("زلزله", false, Set.of("شهرزلزله", "زلزلهزده"), Set.of()),
				new QueryTerm("زده", false, Set.of("زلزلهزده"), Set.of()));
		// Arabic yeh, a stopword first (بین), a plural typed apart: the glued form is
		// folded and stemmed alike
		assertThat(SearchQueries.terms(KhabarAnalyzer.forQueries(), "body", "نمايشگاه بين المللي", 10)).containsExactly(
				new QueryTerm("نمایشگاه", false, Set.of("نمایشگاهبین"), Set.of()),
				new QueryTerm("المللی", false, Set.of("بینالمللی"), Set.of()));
		assertThat(SearchQueries.terms(KhabarAnalyzer.forQueries(), "body", "فارغ التحصيلان دانشگاه", 10))
			.extracting(QueryTerm::text, QueryTerm::glued)
			.containsExactly(tuple("فارغ", Set.of("فارغالتحصیل")),
					tuple("التحصیل", Set.of("فارغالتحصیل", "التحصیلاندانشگاه")),
					tuple("دانشگاه", Set.of("التحصیلاندانشگاه")));
	}

	@Test
	void aThreePartCompoundTypedApartCountsItsGluedWholeForBothWords() {
		// و is a stopword: only the halves are terms; the second one also matches
		// حملونقل,
		// with a lower weight (a compound form)
		assertThat(SearchQueries.terms(KhabarAnalyzer.forQueries(), "body", "حمل و نقل", 10)).containsExactly(
				new QueryTerm("حمل", false, Set.of("حملو"), Set.of()),
				new QueryTerm("نقل", false, Set.of("ونقل"), Set.of("حملونقل")));
		// a stopword half (بعد) still glues; two stopwords around a joiner do not
		assertThat(SearchQueries.terms(KhabarAnalyzer.forQueries(), "body", "بعد از ظهر", 10))
			.containsExactly(new QueryTerm("ظهر", false, Set.of("ازظهر"), Set.of("بعدازظهر")));
		assertThat(SearchQueries.terms(KhabarAnalyzer.forQueries(), "body", "این به آن", 10)).isEmpty();
		// the index side gives no glued forms
		assertThat(terms(new KhabarAnalyzer(), "حمل و نقل")).containsExactly("حمل", "نقل");
	}

	@Test
	void theQueryPhraseKeepsAStopwordsPlace() {
		assertThat(SearchQueries.analyze(KhabarAnalyzer.forQueries(), "body", "حمل و نقل شهری", 10).phrase("body"))
			.hasToString("body:\"حمل ? نقل شهری\"");
		assertThat(SearchQueries.analyze(KhabarAnalyzer.forQueries(), "body", "حمل", 10).phrase("body")).isNull();
	}

	@Test
	void findsACompoundGluedInTheTextByItsWordsTypedApart() throws IOException {
		List<String> texts = List.of("كمك به مردم زلزلهزده بم رسيد", // glued, Arabic yeh
																		// and kaf
				"کمک به مردم زلزله" + ZWNJ + "زده بم رسید", // ZWNJ
				"زلزله در ژاپن", // one of the words, in a shorter text
				"خبر ورزشی امروز", "خبر سیاسی امروز", "روز بارانی در تهران");
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new KhabarAnalyzer()))) {
				for (String text : texts) {
					Document doc = new Document();
					doc.add(new TextField("body", text, Field.Store.YES));
					writer.addDocument(doc);
				}
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				List<String> found = new ArrayList<>();
				for (ScoreDoc hit : searcher
					.search(SearchQueries.anyTerm(KhabarAnalyzer.forQueries(), "body", "زلزله زده"), 10).scoreDocs) {
					found.add(searcher.storedFields().document(hit.doc).get("body"));
				}
				// the glued compound ranks with the ZWNJ one, above the texts that have
				// only one of the words
				assertThat(found).hasSize(3);
				assertThat(found.subList(0, 2)).containsExactlyInAnyOrder(texts.get(0), texts.get(1));
			}
		}
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
