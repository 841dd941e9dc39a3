package app.khabar.search;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

import app.khabar.search.Typings.DocumentTyping;
import app.khabar.search.Typings.QueryTyping;

/**
 * {@code search-eval}: ranking quality of Khabar's analyzer beside Lucene's stock
 * {@link PersianAnalyzer} (both BM25) on a TREC-style test collection, as a matrix of
 * query typings × document typings. Runs before and without Spring:
 * {@code java -jar khabar.jar search-eval --corpus DIR --topics FILE --qrels FILE}.
 */
public final class SearchEvaluation {

	static final String FIELD = "body";

	static final int DEPTH = 1000;

	record Scores(double map, double ndcg10, double p10) {
	}

	/** The scores of one analyzer in every cell. */
	record Matrix(String analyzer, Map<QueryTyping, Map<DocumentTyping, Scores>> cells) {

		Scores cell(QueryTyping query, DocumentTyping documents) {
			return cells.get(query).get(documents);
		}

		Scores worst() {
			return new Scores(all().mapToDouble(Scores::map).min().orElse(0),
					all().mapToDouble(Scores::ndcg10).min().orElse(0), all().mapToDouble(Scores::p10).min().orElse(0));
		}

		private Stream<Scores> all() {
			return cells.values().stream().flatMap(row -> row.values().stream());
		}

	}

	record Topic(String id, String query) {
	}

	private SearchEvaluation() {
	}

	/**
	 * The command: parses its arguments, runs the matrix, prints it; returns the exit
	 * status.
	 */
	public static int run(String[] args, PrintStream out) {
		Map<String, String> options = new HashMap<>();
		for (int i = 1; i + 1 < args.length; i += 2) {
			options.put(args[i], args[i + 1]);
		}
		if (!options.keySet().containsAll(List.of("--corpus", "--topics", "--qrels"))) {
			out.println("usage: java -jar khabar.jar search-eval --corpus DIR --topics FILE --qrels FILE");
			return 2;
		}
		Path corpus = Path.of(options.get("--corpus"));
		List<Matrix> matrices = evaluate(corpus, Path.of(options.get("--topics")), Path.of(options.get("--qrels")),
				out);
		out.println(report(matrices));
		return 0;
	}

	/**
	 * An analyzer for the index and one for queries (the same for the stock analyzer),
	 * and how a query is made of a topic's text.
	 */
	record Analyzers(Supplier<Analyzer> index, Supplier<Analyzer> query, Queries queries) {
	}

	/** A query from the query analyzer, the field, the text and the index searched. */
	interface Queries {

		Query of(Analyzer analyzer, String field, String text, IndexReader reader);

	}

	static Map<String, Analyzers> analyzers() {
		Map<String, Analyzers> analyzers = new LinkedHashMap<>();
		// the stock analyzer as a bag of its terms; Khabar's query as the site ranks it
		analyzers.put("Lucene PersianAnalyzer (stock)", new Analyzers(PersianAnalyzer::new, PersianAnalyzer::new,
				(analyzer, field, text, reader) -> SearchQueries.anyTerm(analyzer, field, text)));
		analyzers.put("KhabarAnalyzer",
				new Analyzers(KhabarAnalyzer::new, KhabarAnalyzer::forQueries, SearchQueries::ranked));
		return analyzers;
	}

	static List<Matrix> evaluate(Path corpus, Path topicsFile, Path qrelsFile, PrintStream progress) {
		Map<String, String> documents = readCorpus(corpus);
		List<Topic> topics = readTopics(topicsFile);
		Map<String, Set<String>> qrels = readQrels(qrelsFile);
		progress.printf("%d documents, %d topics, %d judged relevant%n", documents.size(), topics.size(),
				qrels.values().stream().mapToInt(Set::size).sum());
		List<Matrix> matrices = new ArrayList<>();
		analyzers().forEach((name, analyzer) -> {
			Map<QueryTyping, Map<DocumentTyping, Scores>> cells = new EnumMap<>(QueryTyping.class);
			for (DocumentTyping documentTyping : DocumentTyping.values()) {
				long started = System.nanoTime();
				try (Analyzer a = analyzer.index().get();
						Analyzer q = analyzer.query().get();
						ByteBuffersDirectory directory = index(documents, documentTyping, a);
						DirectoryReader reader = DirectoryReader.open(directory)) {
					IndexSearcher searcher = new IndexSearcher(reader);
					for (QueryTyping queryTyping : QueryTyping.values()) {
						Scores scores = score(searcher, q, analyzer.queries(), topics, queryTyping, qrels);
						cells.computeIfAbsent(queryTyping, unused -> new EnumMap<>(DocumentTyping.class))
							.put(documentTyping, scores);
					}
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				progress.printf("%s, %s: %d ms%n", name, documentTyping.label,
						(System.nanoTime() - started) / 1_000_000);
			}
			matrices.add(new Matrix(name, cells));
		});
		return matrices;
	}

	private static ByteBuffersDirectory index(Map<String, String> documents, DocumentTyping typing, Analyzer analyzer)
			throws IOException {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(128))) {
			for (Map.Entry<String, String> document : documents.entrySet()) {
				Document doc = new Document();
				doc.add(new StringField("id", document.getKey(), Field.Store.YES));
				doc.add(new TextField(FIELD, typing.retype.apply(document.getValue()), Field.Store.NO));
				writer.addDocument(doc);
			}
		}
		return directory;
	}

	private static Scores score(IndexSearcher searcher, Analyzer analyzer, Queries queries, List<Topic> topics,
			QueryTyping typing, Map<String, Set<String>> qrels) throws IOException {
		StoredFields stored = searcher.storedFields();
		double map = 0;
		double ndcg = 0;
		double p10 = 0;
		for (Topic topic : topics) {
			Set<String> relevant = qrels.getOrDefault(topic.id(), Set.of());
			List<String> ranking = new ArrayList<>();
			Query query = queries.of(analyzer, FIELD, typing.retype.apply(topic.query()), searcher.getIndexReader());
			for (ScoreDoc hit : searcher.search(query, DEPTH).scoreDocs) {
				ranking.add(stored.document(hit.doc).get("id"));
			}
			map += RankingMetrics.averagePrecision(ranking, relevant);
			ndcg += RankingMetrics.ndcg(ranking, relevant, 10);
			p10 += RankingMetrics.precision(ranking, relevant, 10);
		}
		int n = Math.max(1, topics.size());
		return new Scores(map / n, ndcg / n, p10 / n);
	}

	/**
	 * One document per file, recursively; the file name without its extension is the
	 * document id.
	 */
	static Map<String, String> readCorpus(Path folder) {
		Map<String, String> documents = new LinkedHashMap<>();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				String name = file.getFileName().toString();
				int dot = name.lastIndexOf('.');
				documents.put(dot > 0 ? name.substring(0, dot) : name, Files.readString(file, StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return documents;
	}

	/** {@code qid<TAB>query} per line. */
	static List<Topic> readTopics(Path file) {
		return lines(file).stream()
			.map(line -> line.split("\t", 2))
			.filter(fields -> fields.length == 2)
			.map(fields -> new Topic(fields[0].strip(), fields[1].strip()))
			.toList();
	}

	/** TREC qrels, {@code qid 0 docid rel} per line; rel above 0 is relevant. */
	static Map<String, Set<String>> readQrels(Path file) {
		Map<String, Set<String>> qrels = new HashMap<>();
		for (String line : lines(file)) {
			String[] fields = line.trim().split("\\s+");
			if (fields.length >= 4 && Integer.parseInt(fields[3]) > 0) {
				qrels.computeIfAbsent(fields[0], q -> new HashSet<>()).add(fields[2]);
			}
		}
		return qrels;
	}

	private static List<String> lines(Path file) {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The matrices as Markdown tables, cells {@code MAP / nDCG@10 / P@10}, then the
	 * targets.
	 */
	static String report(List<Matrix> matrices) {
		StringBuilder out = new StringBuilder();
		for (Matrix matrix : matrices) {
			out.append("\n#### ")
				.append(matrix.analyzer())
				.append(", BM25: MAP / nDCG@10 / P@10\n\n| query \\ documents |");
			for (DocumentTyping documents : DocumentTyping.values()) {
				out.append(' ').append(documents.label).append(" |");
			}
			out.append("\n|---|---|---|---|\n");
			for (QueryTyping query : QueryTyping.values()) {
				out.append("| ").append(query.label).append(" |");
				for (DocumentTyping documents : DocumentTyping.values()) {
					Scores s = matrix.cell(query, documents);
					out.append(String.format(Locale.ROOT, " %.3f / %.3f / %.3f |", s.map(), s.ndcg10(), s.p10()));
				}
				out.append('\n');
			}
			Scores worst = matrix.worst();
			out.append(String.format(Locale.ROOT, "\nworst cell: MAP %.3f, nDCG@10 %.3f, P@10 %.3f%n", worst.map(),
					worst.ndcg10(), worst.p10()));
		}
		return out.toString();
	}

}
