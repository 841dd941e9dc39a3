package app.khabar.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fa.PersianAnalyzer;

import app.khabar.persian.PersianText;

/**
 * Khabar's Persian analyzer: one analyzer for indexed text and queries, built on
 * {@link PersianText#fold} so that what is stored, indexed and searched agree.
 * <ul>
 * <li>Words are folded: Persian yeh/kaf, no diacritics or tatweel, Latin digits, lower
 * case.</li>
 * <li>Affixes written with ZWNJ, space, NBSP or nothing ({@code همکاری‌ها},
 * {@code همکاری ها}, {@code همکاریها}; {@code می‌برند}, {@code می برند}, {@code میبرند})
 * become one word, by {@link PersianText#fold}'s rule.</li>
 * <li>Other ZWNJ or NBSP joints ({@code پیش‌بینی}) give the parts and the glued whole, so
 * the compound matches whether it is typed apart or glued; a compound glued in the text
 * is matched by the query side instead ({@link #forQueries()}).</li>
 * <li>Persian stopwords (Lucene's list, folded) out; then a light stemmer
 * ({@link PersianLightStemmer}) that strips plural and comparative suffixes but leaves
 * nouns such as {@code زبان} alone.</li>
 * </ul>
 */
public final class KhabarAnalyzer extends Analyzer {

	private static final CharArraySet STOPWORDS = foldedStopwords();

	/**
	 * The token type of a term that stands for a word the text already gave (a second
	 * reading of an ambiguous word); {@link SearchQueries#anyTerm} weighs it lower.
	 */
	public static final String ALTERNATIVE = PersianWordTokenizer.ALTERNATIVE;

	/**
	 * The token type (queries only) of two words typed apart, glued: at the first word's
	 * position with position length 2. {@link SearchQueries#anyTerm} counts it as an
	 * occurrence of each of the two words.
	 */
	public static final String GLUED = PersianWordTokenizer.GLUED;

	private final boolean forQueries;

	/** The analyzer for indexed text. */
	public KhabarAnalyzer() {
		this(false);
	}

	private KhabarAnalyzer(boolean forQueries) {
		this.forQueries = forQueries;
	}

	/**
	 * The analyzer for queries: the same words, plus each two words typed apart glued
	 * into one ({@link #GLUED}; not when both are stopwords, but {@code بین المللی} does
	 * glue), so that {@code زلزله زده} also finds a text that writes {@code زلزلهزده}
	 * with neither space nor ZWNJ. Use with {@link SearchQueries#anyTerm}, which counts
	 * the glued form as an occurrence of each of its two words.
	 */
	public static KhabarAnalyzer forQueries() {
		return new KhabarAnalyzer(true);
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		PersianWordTokenizer source = new PersianWordTokenizer(forQueries, STOPWORDS);
		TokenStream stream = new StopFilter(source, STOPWORDS);
		stream = new PersianLightStemFilter(stream);
		return new TokenStreamComponents(source, stream);
	}

	/**
	 * Lucene's bundled Persian stopwords (written with Arabic yeh), folded like
	 * everything else.
	 */
	static CharArraySet foldedStopwords() {
		CharArraySet folded = new CharArraySet(400, false);
		for (Object word : PersianAnalyzer.getDefaultStopSet()) {
			String stopword = PersianText.fold(new String((char[]) word));
			if (!stopword.isEmpty() && stopword.indexOf(' ') < 0) {
				folded.add(stopword);
			}
		}
		return CharArraySet.unmodifiableSet(folded);
	}

}
