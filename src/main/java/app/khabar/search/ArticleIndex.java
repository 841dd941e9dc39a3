package app.khabar.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import app.khabar.web.PagesChanged;

/**
 * This node's Lucene index of public articles, under {@code khabar.search.index-dir}: a
 * projection of the database that can always be rebuilt. Every commit stores the change
 * feed position it reflects in the commit's user data, so documents and position are
 * durable together; readers get near-real-time searchers from a {@link SearcherManager}.
 * Once a commit is searchable, the search pages served from memory are dropped.
 */
@Component
class ArticleIndex implements DisposableBean {

	static final String ID = "id";

	static final String TITLE = "title";

	static final String LEAD = "lead";

	static final String BODY = "body";

	static final String TAGS = "tags";

	static final String SECTION = "section";

	static final String SECTION_NAME = "section_name";

	static final String PATH = "path";

	static final String PUBLISHED = "published";

	/**
	 * The text a hit shows (title, lead, the body's start), as binary doc values: read
	 * without decompressing a stored-field block per hit, which was most of what
	 * highlighting cost (bench/RESULTS.md, issue 5).
	 */
	static final String SHOWN_TITLE = "shown_title";

	static final String SHOWN_LEAD = "shown_lead";

	static final String SHOWN_BODY = "shown_body";

	/**
	 * Text fields, searched and highlighted from the offsets in their postings; not
	 * stored (see SHOWN_*).
	 */
	static final FieldType TEXT = textType();

	/**
	 * Characters of the body kept to show: a match further in shows the lead as its
	 * snippet.
	 */
	static final int BODY_SHOWN = 600;

	/**
	 * What the documents hold, kept in each commit: an index of an older format (format
	 * 1: shown text in stored fields) is rebuilt from the database by
	 * {@link IndexFollower}, and read meanwhile.
	 */
	static final int FORMAT = 2;

	private static final String POSITION = "khabar.feed.position";

	private static final String FORMAT_KEY = "khabar.index.format";

	private static final Logger log = LoggerFactory.getLogger(ArticleIndex.class);

	private final Directory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final ApplicationEventPublisher events;

	/**
	 * Moves once documents changed and a commit made them searchable (not with a commit
	 * that only records the feed position): what is worked out from the index's contents
	 * (related articles) is kept under it.
	 */
	private final AtomicLong generation = new AtomicLong();

	/** Documents added, replaced or removed since the last commit (one writer thread). */
	private boolean changed;

	/** The format of what the index holds: older until a rebuild has cleared it. */
	private volatile int format;

	/** Without telling anyone about commits (tests, commands). */
	ArticleIndex(SearchSettings settings) {
		this(settings, event -> {
		});
	}

	@Autowired
	ArticleIndex(SearchSettings settings, ApplicationEventPublisher events) {
		this.events = events;
		try {
			Files.createDirectories(settings.indexDir());
			directory = FSDirectory.open(settings.indexDir());
			writer = new IndexWriter(directory,
					new IndexWriterConfig(new KhabarAnalyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
						.setRAMBufferSizeMB(64));
			if (!DirectoryReader.indexExists(directory)) {
				writer.setLiveCommitData(Map.of(FORMAT_KEY, Integer.toString(FORMAT)).entrySet());
				writer.commit();
			}
			format = commitValue(FORMAT_KEY).map(Integer::parseInt).orElse(1);
			if (format < FORMAT) {
				log.warn(
						"The search index at {} is of format {}, written by an older Khabar; this one writes format {}."
								+ " It is rebuilt from the database when this node starts following the change feed, or run"
								+ " 'java -jar khabar.jar reindex'.",
						settings.indexDir().toAbsolutePath(), format, FORMAT);
			}
			searchers = new SearcherManager(writer, new SearcherFactory());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open the search index at " + settings.indexDir().toAbsolutePath()
					+ " (another Khabar process on the same data folder holds it?)", ex);
		}
	}

	/**
	 * The change feed position of the last commit: every change up to it is in the index.
	 */
	long position() {
		return commitValue(POSITION).map(Long::parseLong).orElse(0L);
	}

	private java.util.Optional<String> commitValue(String key) {
		Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
		if (data != null) {
			for (Map.Entry<String, String> entry : data) {
				if (key.equals(entry.getKey())) {
					return java.util.Optional.of(entry.getValue());
				}
			}
		}
		return java.util.Optional.empty();
	}

	/**
	 * The format of the documents in the index: {@link #FORMAT} unless an older Khabar
	 * wrote them.
	 */
	int format() {
		return format;
	}

	/**
	 * Adds or replaces these articles and removes those ids; searchers see it after
	 * {@link #commit(long)}.
	 */
	void update(Collection<IndexedArticle> upserts, Collection<Long> removals) {
		try {
			for (IndexedArticle article : upserts) {
				writer.updateDocument(idTerm(article.id()), document(article));
			}
			for (long id : removals) {
				writer.deleteDocuments(idTerm(id));
			}
			changed |= !upserts.isEmpty() || !removals.isEmpty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Starts a rebuild: every document goes (not visible to searches before
	 * {@link #commit(long)}).
	 */
	void clear() {
		try {
			writer.deleteAll();
			changed = true;
			// what is added from now on is of this format; it is recorded with the next
			// commit
			format = FORMAT;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Merges the index into one segment (after a rebuild, before its commit): every
	 * search looks each term up once per segment and sets up scorers per segment, which
	 * was a tenth of a search on a rebuilt index of eight segments.
	 */
	void merge() {
		try {
			writer.forceMerge(1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Whether the index holds no commit of a position and no article: a new node, or a
	 * deleted index folder.
	 */
	boolean isNew() {
		return position() == 0 && writer.getDocStats().numDocs == 0;
	}

	/**
	 * Makes every change so far durable and searchable, as of change feed
	 * {@code position}.
	 */
	void commit(long position) {
		try {
			writer.setLiveCommitData(
					Map.of(POSITION, Long.toString(position), FORMAT_KEY, Integer.toString(format)).entrySet());
			writer.commit();
			// blocking: the commit must be searchable before the pages that lack it are
			// dropped
			searchers.maybeRefreshBlocking();
			// after the refresh: whoever reads the new generation then acquires a
			// searcher that has the changes
			if (changed) {
				changed = false;
				generation.incrementAndGet();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		events.publishEvent(PagesChanged.startingWith(ArticleSearch.PAGE_KEY_PREFIX));
	}

	/**
	 * The generation of the index's documents: changes with every commit that added,
	 * replaced or removed one. Read it before {@link #acquire()}, so the searcher has at
	 * least what it names.
	 */
	long generation() {
		return generation.get();
	}

	IndexSearcher acquire() {
		try {
			return searchers.acquire();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void release(IndexSearcher searcher) {
		try {
			searchers.release(searcher);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void destroy() throws IOException {
		searchers.close();
		writer.close();
		directory.close();
	}

	static Term idTerm(long id) {
		return new Term(ID, Long.toString(id));
	}

	static Document document(IndexedArticle article) {
		Document doc = new Document();
		doc.add(new StringField(ID, Long.toString(article.id()), Field.Store.NO));
		doc.add(new Field(TITLE, article.title(), TEXT));
		doc.add(new Field(LEAD, article.lead(), TEXT));
		doc.add(new Field(BODY, article.body(), TEXT));
		doc.add(new BinaryDocValuesField(SHOWN_TITLE, new BytesRef(article.title())));
		doc.add(new BinaryDocValuesField(SHOWN_LEAD, new BytesRef(article.lead())));
		doc.add(new BinaryDocValuesField(SHOWN_BODY, new BytesRef(prefix(article.body(), BODY_SHOWN))));
		for (String tag : article.tags()) {
			doc.add(new Field(TAGS, tag, TEXT));
		}
		// what a hit shows comes from doc values: no stored fields at all
		doc.add(new NumericDocValuesField(ID, article.id()));
		doc.add(new KeywordField(SECTION, article.sectionSlug(), Field.Store.NO));
		doc.add(new BinaryDocValuesField(SECTION_NAME, new BytesRef(article.sectionName())));
		doc.add(new BinaryDocValuesField(PATH, new BytesRef(article.path())));
		doc.add(new LongField(PUBLISHED, article.publishedAt().toEpochMilli(), Field.Store.NO));
		return doc;
	}

	/**
	 * The text up to {@code max} characters, cut before a whitespace so no word is cut.
	 */
	static String prefix(String text, int max) {
		if (text.length() <= max) {
			return text;
		}
		int end = max;
		while (end > 0 && !Character.isWhitespace(text.charAt(end))) {
			end--;
		}
		return text.substring(0, end == 0 ? max : end);
	}

	private static FieldType textType() {
		FieldType type = new FieldType();
		type.setTokenized(true);
		type.setStored(false);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
	}

}
