package app.khabar.corpus;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import app.khabar.article.ArticleImport;
import app.khabar.article.ArticleKind;
import app.khabar.article.ArticleStatus;
import app.khabar.article.BodySanitizer;
import app.khabar.article.Byline;
import app.khabar.article.CommentSettings;
import app.khabar.article.Media;
import app.khabar.article.NewArticle;
import app.khabar.article.Section;
import app.khabar.article.Source;
import app.khabar.shared.ProgressBar;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a news corpus in JSON Lines, one article a line, as the Iranian news dataset
 * ({@code shared/data/news/iranian-news/news.jsonl}) has it:
 * {@code file, source, title, url, categories, published,
 * doc_id, tags, body}. Every article becomes a published story:
 * <ul>
 * <li>external id {@code iranian-news:<file>}, so importing again adds nothing;</li>
 * <li>section from the categories ({@link NewsSections}), outlet from {@code source}
 * (Persian names);</li>
 * <li>{@code published} is Tehran local time;</li>
 * <li>the body's lines are its sentences: the first (with the second when the first is
 * short) become the lead (the corpus has none), the rest the body's paragraphs;</li>
 * <li>a missing title (the sobhane files) is taken from the first sentence,
 * shortened;</li>
 * <li>a line that cannot be read is reported with its number and skipped; the rest goes
 * on.</li>
 * </ul>
 * Articles are committed in batches; a batch that the database refuses is retried one
 * article at a time, so one bad row costs only itself.
 */
@Service
public class NewsImport {

	/** The prefix of the external ids of imported articles. */
	public static final String EXTERNAL_ID_PREFIX = "iranian-news:";

	static final int BATCH_SIZE = 200;

	static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

	private static final DateTimeFormatter PUBLISHED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final int TITLE_MAX = 400;

	private static final int DERIVED_TITLE_MAX = 120;

	private static final int LEAD_MAX = 600;

	private static final int SHORT_SENTENCE = 80;

	private static final int TAG_MAX = 120;

	private static final int TAGS_MAX = 12;

	private static final Map<String, String> OUTLETS = Map.of("asriran", "عصر ایران", "tabnak", "تابناک", "roozno",
			"روزنو", "sobhane", "صبحانه", "mashregh", "مشرق");

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final ArticleImport articles;

	private final TransactionTemplate transaction;

	NewsImport(ArticleImport articles, PlatformTransactionManager transactions) {
		this.articles = articles;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** One line of the corpus. */
	record NewsLine(@Nullable String file, @Nullable String source, @Nullable String title, @Nullable String url,
			@Nullable List<String> categories, @Nullable String published, @Nullable List<String> tags,
			@Nullable String body) {
	}

	/**
	 * What an import did: articles added, found already present, and lines skipped by
	 * reason; {@code derivedTitles} of the imported had no title;
	 * {@code unknownCategories} were not in the section table.
	 */
	public record Summary(int imported, int alreadyPresent, Map<String, Integer> skipped, int derivedTitles,
			Set<String> unknownCategories, Duration took) {

		public int skippedTotal() {
			return skipped.values().stream().mapToInt(Integer::intValue).sum();
		}

		/** The summary as the command prints it. */
		public String report() {
			var report = new StringBuilder();
			int lines = imported + alreadyPresent + skippedTotal();
			double seconds = Math.max(took.toMillis() / 1000.0, 0.001);
			report.append("News import: %d lines in %s (%.0f lines/s)%n".formatted(lines,
					ProgressBar.clock(took.toSeconds()), lines / seconds));
			report.append("  imported:        %d (%d with a title taken from the first sentence)%n".formatted(imported,
					derivedTitles));
			report.append("  already present: %d%n".formatted(alreadyPresent));
			report.append("  skipped:         %d%n".formatted(skippedTotal()));
			skipped.forEach((reason, count) -> report.append("    %s: %d%n".formatted(reason, count)));
			if (!unknownCategories.isEmpty()) {
				report.append("  categories not in the section table (filed under %s): %s%n"
					.formatted(NewsSections.DEFAULT.slug(), String.join("، ", unknownCategories)));
			}
			return report.toString();
		}

	}

	/** Imports the file without showing progress. */
	public Summary importFile(Path file) throws IOException {
		return importFile(file, ProgressBar.silent());
	}

	Summary importFile(Path file, ProgressBar progress) throws IOException {
		long started = System.nanoTime();
		var run = new Run(progress);
		progress.start(countLines(file));
		for (Section section : NewsSections.ALL) {
			articles.ensureSection(section.slug(), section.name());
		}
		// a reader, not Files.newBufferedReader: bytes that are not UTF-8 become U+FFFD
		// instead of ending the import
		try (var reader = new BufferedReader(
				new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
			List<Parsed> batch = new ArrayList<>(BATCH_SIZE);
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank()) {
					progress.advance(1);
					continue;
				}
				Parsed parsed = parse(number, line, run);
				if (parsed == null) {
					progress.advance(1);
					continue;
				}
				batch.add(parsed);
				if (batch.size() == BATCH_SIZE) {
					store(batch, run);
					batch.clear();
				}
			}
			store(batch, run);
		}
		progress.finish();
		return new Summary(run.imported, run.present, run.skipped, run.derivedTitles, run.unknownCategories,
				Duration.ofNanos(System.nanoTime() - started));
	}

	private record Parsed(int line, NewArticle article, boolean derivedTitle) {
	}

	/** Counts of one import. */
	private static final class Run {

		final ProgressBar progress;

		int imported;

		int present;

		int derivedTitles;

		final Map<String, Integer> skipped = new TreeMap<>();

		final Set<String> unknownCategories = new LinkedHashSet<>();

		Run(ProgressBar progress) {
			this.progress = progress;
		}

		void skip(int line, String reason, String detail) {
			skipped.merge(reason, 1, Integer::sum);
			progress.note("line %d skipped: %s%s".formatted(line, reason, detail.isEmpty() ? "" : " (" + detail + ")"));
		}

	}

	private @Nullable Parsed parse(int number, String line, Run run) {
		NewsLine news;
		try {
			news = JSON.readValue(line, NewsLine.class);
		}
		catch (JacksonException e) {
			run.skip(number, "malformed JSON", e.getOriginalMessage());
			return null;
		}
		if (news == null || news.file() == null || news.file().isBlank()) {
			run.skip(number, "no file name to identify it", "");
			return null;
		}
		List<String> sentences = news.body() == null ? List.of()
				: news.body().lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
		if (sentences.isEmpty()) {
			run.skip(number, "empty body", news.file());
			return null;
		}
		LocalDateTime published;
		try {
			published = LocalDateTime.parse(String.valueOf(news.published()).strip(), PUBLISHED);
		}
		catch (DateTimeParseException e) {
			run.skip(number, "unreadable published time", String.valueOf(news.published()));
			return null;
		}
		List<String> categories = news.categories() == null ? List.of() : news.categories();
		categories.stream()
			.filter(c -> !NewsSections.isKnown(c))
			.map(String::strip)
			.forEach(run.unknownCategories::add);

		boolean derived = news.title() == null || news.title().isBlank();
		String title = derived ? shorten(sentences.getFirst(), DERIVED_TITLE_MAX)
				: shorten(news.title().strip(), TITLE_MAX);
		int leadSentences = sentences.size() > 2 && sentences.getFirst().length() < SHORT_SENTENCE ? 2 : 1;
		String lead = shorten(String.join(" ", sentences.subList(0, leadSentences)), LEAD_MAX);
		List<String> rest = sentences.size() > leadSentences ? sentences.subList(leadSentences, sentences.size())
				: sentences;
		var article = new NewArticle(NewsSections.slugFor(categories), ArticleKind.STORY, null, title, lead,
				BodySanitizer.paragraphs(String.join("\n", rest)), new Source(outlet(news.source()), null), Byline.NONE,
				tags(news.tags()), Media.NONE, ArticleStatus.PUBLISHED, CommentSettings.DEFAULT,
				published.atZone(TEHRAN).toInstant(), EXTERNAL_ID_PREFIX + news.file().strip());
		return new Parsed(number, article, derived);
	}

	private void store(List<Parsed> batch, Run run) {
		if (batch.isEmpty()) {
			return;
		}
		try {
			int[] counts = transaction.execute(status -> {
				int[] c = new int[3];
				for (Parsed parsed : batch) {
					int outcome = storeOne(parsed);
					c[outcome]++;
					if (outcome == 0 && parsed.derivedTitle()) {
						c[2]++;
					}
				}
				return c;
			});
			tally(batch, counts, run);
		}
		catch (DataAccessException e) {
			// one row spoiled the batch: store one at a time so that it costs only itself
			for (Parsed parsed : batch) {
				try {
					int outcome = transaction.execute(status -> storeOne(parsed));
					boolean derived = outcome == 0 && parsed.derivedTitle();
					tally(List.of(parsed), new int[] { outcome == 0 ? 1 : 0, outcome, derived ? 1 : 0 }, run);
				}
				catch (DataAccessException rowError) {
					run.skip(parsed.line(), "refused by the database", rootMessage(rowError));
					run.progress.advance(1);
				}
			}
		}
	}

	/** 0 when stored now, 1 when it was there already. */
	private int storeOne(Parsed parsed) {
		String externalId = parsed.article().externalId();
		if (externalId != null && articles.findByExternalId(externalId).isPresent()) {
			return 1;
		}
		articles.store(parsed.article());
		return 0;
	}

	private static void tally(List<Parsed> stored, int[] counts, Run run) {
		run.imported += counts[0];
		run.present += counts[1];
		run.derivedTitles += counts[2];
		run.progress.advance(stored.size());
	}

	private static String outlet(@Nullable String source) {
		if (source == null || source.isBlank()) {
			return "ناشناس";
		}
		return OUTLETS.entrySet()
			.stream()
			.filter(entry -> source.startsWith(entry.getKey()))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(source.strip());
	}

	private static List<String> tags(@Nullable List<String> tags) {
		if (tags == null) {
			return List.of();
		}
		return tags.stream()
			.filter(tag -> tag != null && !tag.isBlank())
			.map(tag -> shorten(tag.strip(), TAG_MAX))
			.distinct()
			.limit(TAGS_MAX)
			.toList();
	}

	/**
	 * The text cut at a word boundary to at most {@code max} characters, with an ellipsis
	 * when cut.
	 */
	static String shorten(String text, int max) {
		if (text.length() <= max) {
			return text;
		}
		int cut = text.lastIndexOf(' ', max - 1);
		if (cut < max / 2) {
			cut = max - 1;
		}
		return text.substring(0, cut).strip() + "…";
	}

	private static long countLines(Path file) throws IOException {
		long lines = 0;
		int last = '\n';
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
			int b;
			while ((b = in.read()) != -1) {
				if (b == '\n') {
					lines++;
				}
				last = b;
			}
		}
		return last == '\n' ? lines : lines + 1;
	}

	private static String rootMessage(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		String message = String.valueOf(root.getMessage());
		return message.length() > 200 ? message.substring(0, 200) : message;
	}

}
