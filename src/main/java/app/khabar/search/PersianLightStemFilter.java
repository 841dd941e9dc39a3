package app.khabar.search;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Replaces each word with its {@link PersianLightStemmer stems}; a second stem goes at
 * the same position.
 */
final class PersianLightStemFilter extends TokenFilter {

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

	private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

	private final TypeAttribute type = addAttribute(TypeAttribute.class);

	private AttributeSource.State pending;

	private String pendingStem;

	PersianLightStemFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (pendingStem != null) {
			restoreState(pending);
			term.setEmpty().append(pendingStem);
			increment.setPositionIncrement(0);
			if (!PersianWordTokenizer.GLUED.equals(type.type()) && !PersianWordTokenizer.COMPOUND.equals(type.type())) {
				type.setType(PersianWordTokenizer.ALTERNATIVE);
			}
			pendingStem = null;
			return true;
		}
		if (!input.incrementToken()) {
			return false;
		}
		if (keyword.isKeyword()) {
			return true;
		}
		List<String> stems = PersianLightStemmer.stems(term.toString());
		term.setEmpty().append(stems.getFirst());
		if (stems.size() > 1) {
			pending = captureState();
			pendingStem = stems.get(1);
		}
		return true;
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		pending = null;
		pendingStem = null;
	}

}
