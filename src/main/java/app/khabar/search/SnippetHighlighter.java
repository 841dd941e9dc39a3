package app.khabar.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * Finds where the query's terms are in the text a hit shows, from the offsets kept in the
 * postings of title, lead and body: no re-analysis, and each term is looked up once per
 * index segment for all the hits in it. The article query is a bag of term (and synonym)
 * queries, so its terms, field by field, are all there is to mark.
 * {@link SnippetFormatter} then cuts the window.
 * <p>
 * Hits must be asked for segment by segment, in increasing document order within a
 * segment.
 */
final class SnippetHighlighter {

	static final int SNIPPET_CHARS = 220;

	/** The highlighted fields, in the order of {@link #matches}' field index. */
	static final String[] FIELDS = { ArticleIndex.TITLE, ArticleIndex.LEAD, ArticleIndex.BODY };

	static final int TITLE = 0;

	static final int LEAD = 1;

	static final int BODY = 2;

	/** Per field: the query's terms in it. */
	private final BytesRef[][] terms = new BytesRef[FIELDS.length][];

	private @Nullable LeafReaderContext leaf;

	/**
	 * Per field, per term: the postings with offsets in the current segment, null where
	 * the term is absent.
	 */
	private final @Nullable PostingsEnum[][] postings = new PostingsEnum[FIELDS.length][];

	SnippetHighlighter(Query query) {
		Set<Term> all = new HashSet<>();
		query.visit(QueryVisitor.termCollector(all));
		for (int f = 0; f < FIELDS.length; f++) {
			String field = FIELDS[f];
			terms[f] = all.stream()
				.filter(term -> term.field().equals(field))
				.map(Term::bytes)
				.toArray(BytesRef[]::new);
			postings[f] = new PostingsEnum[terms[f].length];
		}
	}

	/**
	 * The {@code [start, end)} offsets of the query's terms in one field of a document,
	 * those that end within the first {@code length} characters (the text kept to show),
	 * in no particular order.
	 */
	List<int[]> matches(LeafReaderContext leaf, int doc, int field, int length) throws IOException {
		if (leaf != this.leaf) {
			open(leaf);
		}
		List<int[]> matches = new ArrayList<>();
		for (PostingsEnum term : postings[field]) {
			if (term == null || term.docID() > doc || term.docID() < doc && term.advance(doc) != doc) {
				continue;
			}
			for (int i = term.freq(); i > 0; i--) {
				term.nextPosition();
				int start = term.startOffset();
				int end = term.endOffset();
				if (start >= length) {
					break; // a term's offsets grow with its positions: the rest is past
							// the text kept
				}
				if (start >= 0 && start < end && end <= length) {
					matches.add(new int[] { start, end });
				}
			}
		}
		return matches;
	}

	private void open(LeafReaderContext leaf) throws IOException {
		this.leaf = leaf;
		for (int f = 0; f < FIELDS.length; f++) {
			Terms indexed = leaf.reader().terms(FIELDS[f]);
			TermsEnum iterator = indexed == null ? null : indexed.iterator();
			for (int t = 0; t < terms[f].length; t++) {
				postings[f][t] = iterator != null && iterator.seekExact(terms[f][t])
						? iterator.postings(null, PostingsEnum.OFFSETS) : null;
			}
		}
	}

}
