package app.khabar.search;

import java.io.IOException;
import java.util.Map;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Lucene's unified highlighter reading match offsets from the postings (no re-analysis), one passage per field
 * spanning the whole text; {@link SnippetFormatter} cuts the window. Titles are kept whole.
 */
final class SnippetHighlighter extends UnifiedHighlighter {

	static final int SNIPPET_CHARS = 220;

	private static final String[] FIELDS = { ArticleIndex.TITLE, ArticleIndex.LEAD, ArticleIndex.BODY };

	private static final int[] PASSAGES = { 1, 1, 1 };

	// offsets come from the postings: the analyzer is only a fallback the index never needs
	private static final KhabarAnalyzer ANALYZER = new KhabarAnalyzer();

	private static final SnippetFormatter WHOLE = new SnippetFormatter(0);

	private static final SnippetFormatter WINDOW = new SnippetFormatter(SNIPPET_CHARS);

	SnippetHighlighter(IndexSearcher searcher) {
		super(UnifiedHighlighter.builder(searcher, ANALYZER)
			.withBreakIterator(WholeBreakIterator::new)
			.withMaxNoHighlightPassages(0)
			.withHighlightPhrasesStrictly(false));
	}

	/** Snippets (or null where a field had no match) of title, lead and body for each doc, by field. */
	Map<String, Object[]> highlight(Query query, int[] docs) throws IOException {
		return highlightFieldsAsObjects(FIELDS, query, docs, PASSAGES);
	}

	@Override
	protected PassageFormatter getFormatter(String field) {
		return ArticleIndex.TITLE.equals(field) ? WHOLE : WINDOW;
	}

}
