package app.khabar.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * Reads what the hits of one search show, all from doc values and postings (nothing to
 * decompress): id, path, section, time, the title with its matches marked and a snippet.
 * Hits are read segment by segment, in increasing document order within a segment, so
 * each segment's iterators are made once and only move forward.
 */
final class HitReader {

	/** Where an index of format 1 kept the text a hit shows. */
	private static final Set<String> STORED_BEFORE_FORMAT_2 = Set.of(ArticleIndex.TITLE, ArticleIndex.LEAD,
			ArticleIndex.BODY);

	private final SnippetHighlighter highlighter;

	private @Nullable LeafReaderContext leaf;

	private Segment segment = Segment.NONE;

	/**
	 * @param query the text query (without filters), whose terms are marked
	 */
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
				: new Shown(new Text(s.titles, doc), new Text(s.leads, doc), new Text(s.bodies, doc));
		long id = s.ids.advanceExact(doc) ? s.ids.longValue() : 0;
		String section = s.sections.advanceExact(doc) ? s.sections.lookupOrd(s.sections.nextOrd()).utf8ToString() : "";
		long published = s.published.advanceExact(doc) ? s.published.nextValue() : 0;
		return new SearchHit(id, title(leaf, doc, shown.title().get()), new Text(s.paths, doc).get(), section,
				new Text(s.sectionNames, doc).get(), Instant.ofEpochMilli(published), snippet(leaf, doc, shown));
	}

	private Snippet title(LeafReaderContext leaf, int doc, String title) throws IOException {
		List<int[]> matches = highlighter.matches(leaf, doc, SnippetHighlighter.TITLE, title.length());
		return matches.isEmpty() ? Snippet.plain(title) : SnippetFormatter.snippet(title, matches, 0);
	}

	/**
	 * Around the first match in the body's start, else in the lead; else (a title or tag
	 * hit) the lead's start.
	 */
	private Snippet snippet(LeafReaderContext leaf, int doc, Shown shown) throws IOException {
		List<int[]> body = matches(leaf, doc, SnippetHighlighter.BODY, shown.body());
		if (!body.isEmpty()) {
			return SnippetFormatter.snippet(shown.body().get(), body, SnippetHighlighter.SNIPPET_CHARS);
		}
		List<int[]> lead = matches(leaf, doc, SnippetHighlighter.LEAD, shown.lead());
		if (!lead.isEmpty()) {
			return SnippetFormatter.snippet(shown.lead().get(), lead, SnippetHighlighter.SNIPPET_CHARS);
		}
		String start = !shown.lead().get().isBlank() ? shown.lead().get() : shown.body().get();
		return SnippetFormatter.snippet(start, List.of(), SnippetHighlighter.SNIPPET_CHARS);
	}

	/**
	 * The matches within the text kept to show, which is decoded only if there are any.
	 */
	private List<int[]> matches(LeafReaderContext leaf, int doc, int field, Text text) throws IOException {
		List<int[]> matches = highlighter.matches(leaf, doc, field, text.maxLength());
		if (!matches.isEmpty()) {
			int length = text.get().length();
			matches.removeIf(match -> match[1] > length);
		}
		return matches;
	}

	/** A segment an older Khabar wrote (format 1): the shown text is in stored fields. */
	private static Shown stored(LeafReader reader, int doc) throws IOException {
		Document stored = reader.storedFields().document(doc, STORED_BEFORE_FORMAT_2);
		return new Shown(new Text(stored.get(ArticleIndex.TITLE)), new Text(stored.get(ArticleIndex.LEAD)),
				new Text(stored.get(ArticleIndex.BODY)));
	}

	private record Shown(Text title, Text lead, Text body) {
	}

	/**
	 * One field of the hit being read, decoded from UTF-8 only when asked (a snippet from
	 * the body never needs the lead). Valid until the next hit is read: the doc values
	 * move on.
	 */
	private static final class Text {

		private final @Nullable BinaryDocValues values;

		private final int doc;

		private @Nullable String decoded;

		Text(BinaryDocValues values, int doc) {
			this.values = values;
			this.doc = doc;
		}

		Text(@Nullable String decoded) {
			this.values = null;
			this.doc = -1;
			this.decoded = decoded == null ? "" : decoded;
		}

		String get() throws IOException {
			if (decoded == null) {
				BytesRef bytes = values != null && values.advanceExact(doc) ? values.binaryValue() : null;
				decoded = bytes == null ? ""
						: new String(bytes.bytes, bytes.offset, bytes.length, StandardCharsets.UTF_8);
			}
			return decoded;
		}

		/** At least the length in characters: the UTF-8 length, until decoded. */
		int maxLength() throws IOException {
			if (decoded != null) {
				return decoded.length();
			}
			return values != null && values.advanceExact(doc) ? values.binaryValue().length : 0;
		}

	}

	/**
	 * One segment's doc values; {@code titles} (and the other shown text) is null in a
	 * segment of format 1.
	 */
	private record Segment(NumericDocValues ids, BinaryDocValues paths, SortedSetDocValues sections,
			BinaryDocValues sectionNames, SortedNumericDocValues published, @Nullable BinaryDocValues titles,
			BinaryDocValues leads, BinaryDocValues bodies) {

		static final Segment NONE = new Segment(DocValues.emptyNumeric(), DocValues.emptyBinary(),
				DocValues.emptySortedSet(), DocValues.emptyBinary(), DocValues.emptySortedNumeric(), null,
				DocValues.emptyBinary(), DocValues.emptyBinary());

		static Segment of(LeafReader reader) throws IOException {
			boolean shown = reader.getFieldInfos().fieldInfo(ArticleIndex.SHOWN_TITLE) != null;
			return new Segment(DocValues.getNumeric(reader, ArticleIndex.ID),
					DocValues.getBinary(reader, ArticleIndex.PATH),
					DocValues.getSortedSet(reader, ArticleIndex.SECTION),
					DocValues.getBinary(reader, ArticleIndex.SECTION_NAME),
					DocValues.getSortedNumeric(reader, ArticleIndex.PUBLISHED),
					shown ? DocValues.getBinary(reader, ArticleIndex.SHOWN_TITLE) : null,
					DocValues.getBinary(reader, ArticleIndex.SHOWN_LEAD),
					DocValues.getBinary(reader, ArticleIndex.SHOWN_BODY));
		}

	}

}
