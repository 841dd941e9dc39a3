package app.khabar.search;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Query;
import org.jspecify.annotations.Nullable;

/**
 * Reads what the hits of one search show, all from doc values and postings (nothing to decompress): id, path,
 * section, time, the title with its matches marked and a snippet. Hits are read segment by segment, in increasing
 * document order within a segment, so each segment's iterators are made once and only move forward.
 */
final class HitReader {

	/** Where an index of format 1 kept the text a hit shows. */
	private static final Set<String> STORED_BEFORE_FORMAT_2 = Set.of(ArticleIndex.TITLE, ArticleIndex.LEAD,
			ArticleIndex.BODY);

	private final SnippetHighlighter highlighter;

	private @Nullable LeafReaderContext leaf;

	private Segment segment = Segment.NONE;

	/** @param query the text query (without filters), whose terms are marked */
	HitReader(Query query) {
		this.highlighter = new SnippetHighlighter(query);
	}

	SearchHit read(LeafReaderContext leaf, int doc) throws IOException {
		if (leaf != this.leaf) {
			this.leaf = leaf;
			this.segment = Segment.of(leaf.reader());
		}
		Segment s = segment;
		Shown shown = s.titles == null ? stored(leaf.reader(), doc)
				: new Shown(text(s.titles, doc), text(s.leads, doc), text(s.bodies, doc));
		long id = s.ids.advanceExact(doc) ? s.ids.longValue() : 0;
		String section = s.sections.advanceExact(doc) ? s.sections.lookupOrd(s.sections.nextOrd()).utf8ToString() : "";
		long published = s.published.advanceExact(doc) ? s.published.nextValue() : 0;
		return new SearchHit(id, title(leaf, doc, shown), text(s.paths, doc), section, text(s.sectionNames, doc),
				Instant.ofEpochMilli(published), snippet(leaf, doc, shown));
	}

	private Snippet title(LeafReaderContext leaf, int doc, Shown shown) throws IOException {
		List<int[]> matches = highlighter.matches(leaf, doc, SnippetHighlighter.TITLE, shown.title().length());
		return matches.isEmpty() ? Snippet.plain(shown.title()) : SnippetFormatter.snippet(shown.title(), matches, 0);
	}

	/** Around the first match in the body's start, else in the lead; else (a title or tag hit) the lead's start. */
	private Snippet snippet(LeafReaderContext leaf, int doc, Shown shown) throws IOException {
		List<int[]> body = highlighter.matches(leaf, doc, SnippetHighlighter.BODY, shown.body().length());
		if (!body.isEmpty()) {
			return SnippetFormatter.snippet(shown.body(), body, SnippetHighlighter.SNIPPET_CHARS);
		}
		List<int[]> lead = highlighter.matches(leaf, doc, SnippetHighlighter.LEAD, shown.lead().length());
		if (!lead.isEmpty()) {
			return SnippetFormatter.snippet(shown.lead(), lead, SnippetHighlighter.SNIPPET_CHARS);
		}
		String start = !shown.lead().isBlank() ? shown.lead() : shown.body();
		return SnippetFormatter.snippet(start, List.of(), SnippetHighlighter.SNIPPET_CHARS);
	}

	/** A segment an older Khabar wrote (format 1): the shown text is in stored fields. */
	private static Shown stored(LeafReader reader, int doc) throws IOException {
		Document stored = reader.storedFields().document(doc, STORED_BEFORE_FORMAT_2);
		return new Shown(orEmpty(stored.get(ArticleIndex.TITLE)), orEmpty(stored.get(ArticleIndex.LEAD)),
				orEmpty(stored.get(ArticleIndex.BODY)));
	}

	private static String text(BinaryDocValues values, int doc) throws IOException {
		return values.advanceExact(doc) ? values.binaryValue().utf8ToString() : "";
	}

	private static String orEmpty(@Nullable String value) {
		return value == null ? "" : value;
	}

	private record Shown(String title, String lead, String body) {
	}

	/** One segment's doc values; {@code titles} (and the other shown text) is null in a segment of format 1. */
	private record Segment(NumericDocValues ids, BinaryDocValues paths, SortedSetDocValues sections,
			BinaryDocValues sectionNames, SortedNumericDocValues published, @Nullable BinaryDocValues titles,
			BinaryDocValues leads, BinaryDocValues bodies) {

		static final Segment NONE = new Segment(DocValues.emptyNumeric(), DocValues.emptyBinary(),
				DocValues.emptySortedSet(), DocValues.emptyBinary(), DocValues.emptySortedNumeric(), null,
				DocValues.emptyBinary(), DocValues.emptyBinary());

		static Segment of(LeafReader reader) throws IOException {
			boolean shown = reader.getFieldInfos().fieldInfo(ArticleIndex.SHOWN_TITLE) != null;
			return new Segment(DocValues.getNumeric(reader, ArticleIndex.ID),
					DocValues.getBinary(reader, ArticleIndex.PATH), DocValues.getSortedSet(reader, ArticleIndex.SECTION),
					DocValues.getBinary(reader, ArticleIndex.SECTION_NAME),
					DocValues.getSortedNumeric(reader, ArticleIndex.PUBLISHED),
					shown ? DocValues.getBinary(reader, ArticleIndex.SHOWN_TITLE) : null,
					DocValues.getBinary(reader, ArticleIndex.SHOWN_LEAD),
					DocValues.getBinary(reader, ArticleIndex.SHOWN_BODY));
		}

	}

}
