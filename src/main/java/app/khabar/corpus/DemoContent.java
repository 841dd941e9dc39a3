package app.khabar.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import app.khabar.article.ArticleImport;
import app.khabar.article.ArticleKind;
import app.khabar.article.ArticleStatus;
import app.khabar.article.AuthorDirectory;
import app.khabar.article.Byline;
import app.khabar.article.BylineAuthor;
import app.khabar.article.CommentSettings;
import app.khabar.article.NewArticle;
import app.khabar.comment.CommentImport;
import app.khabar.feed.Box;
import app.khabar.feed.Curation;
import app.khabar.live.EntryText;
import app.khabar.live.LiveImport;
import app.khabar.shared.StartupPhases;
import app.khabar.media.MediaLibrary;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo content written by us ({@code classpath:demo/}): articles in several sections
 * with sources, bylines, tags and pictures (our SVG art, stored as raster uploads by
 * {@link DemoPictures}), comment threads in all three states, and the editors' boxes.
 * Loaded once per database, in one transaction with a marker row, on start (before the
 * port opens) when {@code khabar.demo.enabled} (the embedded database's default); times
 * are relative to the load, so the site looks current.
 */
@Service
public class DemoContent implements SmartLifecycle {

	/** The external id prefix of demo articles. */
	public static final String EXTERNAL_ID_PREFIX = "demo:";

	private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final ArticleImport articles;

	private final CommentImport comments;

	private final Curation curation;

	private final DemoLoads loads;

	private final DemoSettings settings;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final AuthorDirectory authors;

	private final MediaLibrary media;

	private final LiveImport live;

	private volatile boolean running;

	DemoContent(ArticleImport articles, CommentImport comments, Curation curation, DemoLoads loads,
			DemoSettings settings, PlatformTransactionManager transactions, Clock clock, AuthorDirectory authors,
			MediaLibrary media, LiveImport live) {
		this.articles = articles;
		this.live = live;
		this.authors = authors;
		this.media = media;
		this.comments = comments;
		this.curation = curation;
		this.loads = loads;
		this.settings = settings;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** What a call to {@link #load()} did. */
	public record Result(boolean loaded, int articles, int comments) {

		static final Result ALREADY_THERE = new Result(false, 0, 0);

	}

	/**
	 * Loads it before the web server opens its port (and before the search index gets
	 * ready), so the first visitor sees it.
	 */
	@Override
	public void start() {
		running = true;
		if (settings.enabled()) {
			Result result = load();
			if (result.loaded()) {
				log.info("Demo content loaded: {} articles, {} comments", result.articles(), result.comments());
			}
		}
	}

	@Override
	public void stop() {
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return StartupPhases.CONTENT;
	}

	/**
	 * Loads the demo content unless this database has it already; safe to call from
	 * several nodes at once.
	 */
	public Result load() {
		if (loads.loaded()) {
			return Result.ALREADY_THERE;
		}
		List<DemoFiles.ArticleEntry> entries = articleEntries();
		DemoPictures pictures = DemoPictures.store(media, entries);
		try {
			Result result = transaction.execute(status -> loadOnce(entries, pictures));
			return result == null ? Result.ALREADY_THERE : result;
		}
		catch (PessimisticLockingFailureException e) {
			// another node holds the marker row for longer than the database's lock
			// timeout: it is loading
			log.info("Demo content is being loaded by another node");
			return Result.ALREADY_THERE;
		}
	}

	/** Whether this database has had the demo content. */
	public boolean isLoaded() {
		return loads.loaded();
	}

	private Result loadOnce(List<DemoFiles.ArticleEntry> entries, DemoPictures pictures) {
		Instant now = clock.instant();
		if (!loads.claim(now)) {
			return Result.ALREADY_THERE;
		}
		DemoFiles.Index index = read("classpath:demo/content.json", DemoFiles.Index.class);
		index.sections().forEach(section -> articles.ensureSection(section.slug(), section.name()));
		Map<String, BylineAuthor> byHandle = new HashMap<>();
		index.authors()
			.forEach(a -> byHandle.put(a.handle(), authors.ensureImported(a.handle(), a.name(), a.bio()).byline()));
		Map<String, Long> ids = new HashMap<>();
		int commentCount = 0;
		for (DemoFiles.ArticleEntry entry : entries) {
			Instant published = now.minus(entry.ago());
			long id = articles.store(article(entry, published, byHandle, pictures));
			if (ids.put(entry.key(), id) != null) {
				throw new IllegalStateException("demo article key used twice: " + entry.key());
			}
			commentCount += storeThread(id, null, published, entry.threadOrEmpty(), now);
			if (entry.kind() == ArticleKind.LIVE) {
				storeLive(id, published, entry.liveOrEmpty(), now);
			}
		}
		index.boxes().forEach((box, keys) -> fill(box, keys, ids));
		loads.record(ids.size(), commentCount);
		return new Result(true, ids.size(), commentCount);
	}

	private static NewArticle article(DemoFiles.ArticleEntry entry, Instant published,
			Map<String, BylineAuthor> authors, DemoPictures pictures) {
		var byline = new Byline(entry.byline().authors().stream().map(handle -> {
			BylineAuthor author = authors.get(handle);
			if (author == null) {
				throw new IllegalStateException("demo article " + entry.key() + " names no author " + handle);
			}
			return author;
		}).toList(), entry.byline().text());
		return new NewArticle(entry.section(), entry.kind() == null ? ArticleKind.STORY : entry.kind(), entry.kicker(),
				entry.title(), entry.lead(), pictures.body(entry.body()), entry.source(), byline, entry.tags(),
				pictures.media(entry.media()), ArticleStatus.PUBLISHED,
				entry.comments() == null ? CommentSettings.DEFAULT : entry.comments(), published,
				EXTERNAL_ID_PREFIX + entry.key());
	}

	private int storeThread(long articleId, @Nullable Long parentId, Instant after, List<DemoFiles.CommentEntry> thread,
			Instant now) {
		int stored = 0;
		for (DemoFiles.CommentEntry comment : thread) {
			// never in the future, never before what it answers
			Instant created = after.plus(comment.after());
			Instant latest = now.minus(Duration.ofMinutes(1));
			if (created.isAfter(latest)) {
				created = latest.isAfter(after) ? latest : after;
			}
			long id = comments.store(articleId, parentId, comment.name(), comment.text(), comment.country(),
					comment.status(), created, comment.likes(), comment.dislikes());
			stored += 1 + storeThread(articleId, id, created, comment.repliesOrEmpty(), now);
		}
		return stored;
	}

	/** A live page's coverage, started at publication, entries never in the future. */
	private void storeLive(long articleId, Instant published, List<DemoFiles.LiveEntry> entries, Instant now) {
		live.start(articleId, published);
		for (DemoFiles.LiveEntry entry : entries) {
			Instant posted = min(published.plus(entry.after()), now.minus(Duration.ofMinutes(1)));
			long id = live.store(articleId, posted, EntryText.plain(entry.title(), entry.body(), entry.byline()),
					"demo", entry.pinned());
			if (entry.correction() != null) {
				Duration later = entry.correctedAfter() == null ? Duration.ofMinutes(10) : entry.correctedAfter();
				live.correct(articleId, id, min(posted.plus(later), now),
						EntryText.plain(entry.title(), entry.correction(), entry.byline()));
			}
		}
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	private void fill(Box box, List<String> keys, Map<String, Long> ids) {
		if (!curation.articleIdsOf(box).isEmpty()) {
			return; // editors have picked already: their choice stands
		}
		curation.replace(box, keys.stream().map(key -> {
			Long id = ids.get(key);
			if (id == null) {
				throw new IllegalStateException("box " + box + " names an unknown demo article: " + key);
			}
			return id;
		}).toList());
	}

	private List<DemoFiles.ArticleEntry> articleEntries() {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:demo/articles/*.json");
			Arrays.sort(files, Comparator.comparing(Resource::getFilename, Comparator.nullsFirst(String::compareTo)));
			List<DemoFiles.ArticleEntry> entries = new ArrayList<>();
			for (Resource file : files) {
				try (InputStream in = file.getInputStream()) {
					entries.addAll(Arrays.asList(JSON.readValue(in, DemoFiles.ArticleEntry[].class)));
				}
			}
			return entries;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static <T> T read(String location, Class<T> type) {
		try (InputStream in = new PathMatchingResourcePatternResolver().getResource(location).getInputStream()) {
			return JSON.readValue(in, type);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
