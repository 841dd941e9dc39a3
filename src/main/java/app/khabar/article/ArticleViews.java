package app.khabar.article;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

import app.khabar.web.ServedPages;

/**
 * Page views of articles, counted cheaply: a request adds to a node-local counter, and
 * every few seconds the counts are added to {@code article_views} (one row per article
 * and Tehran day) in one batch, so the hot path never writes. Counts of the last seconds
 * before a crash may be lost; a clean shutdown flushes: this bean is destroyed before the
 * DataSource it writes through (and H2 runs with {@code DB_CLOSE_ON_EXIT=FALSE}, so its
 * own exit hook cannot close the database first). Several nodes add to the same rows.
 */
@Component
public class ArticleViews implements ServedPages {

	private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

	private static final String ADD = """
			UPDATE article_views SET views = views + :n WHERE article_id = :article AND view_day = :day
			""";

	private static final String INSERT = """
			INSERT INTO article_views (article_id, view_day, views) VALUES (:article, :day, :n) ON CONFLICT DO NOTHING
			""";

	private static final String MOST_READ = """
			SELECT v.article_id FROM article_views v JOIN article_article a ON a.id = v.article_id
			WHERE v.view_day >= :since AND a.status = 'PUBLISHED'
			GROUP BY v.article_id ORDER BY SUM(v.views) DESC, v.article_id DESC LIMIT :limit
			""";

	/**
	 * Views not yet written, by article; a count is added to and taken atomically, so
	 * none falls between. Counters stay once made (one per article viewed since the
	 * start, a few MB for 100,000 articles): a view then only reads the map and adds, and
	 * never takes the map's lock. Merging into the map per view locked its entry on every
	 * request, and under 64 readers of one article the request threads queued there
	 * (bench/RESULTS.md, "Uncached article page tail").
	 */
	private final Map<Long, AtomicLong> pending = new ConcurrentHashMap<>();

	private final JdbcClient jdbc;

	private final Clock clock;

	ArticleViews(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** One view of an article's page. Memory only; cheap enough for every request. */
	public void record(long articleId) {
		AtomicLong count = pending.get(articleId);
		if (count == null) {
			count = pending.computeIfAbsent(articleId, (unused) -> new AtomicLong());
		}
		count.incrementAndGet();
	}

	/** An article page served from memory, before any controller: still a view. */
	@Override
	public void served(String cacheKey) {
		ArticlePageKey.articleOf(cacheKey).ifPresent(this::record);
	}

	/** Adds the counts so far to the table. Runs every few seconds and on shutdown. */
	@Scheduled(fixedDelayString = "${khabar.article.views-flush:5s}",
			initialDelayString = "${khabar.article.views-flush:5s}")
	@PreDestroy
	public void flush() {
		LocalDate day = LocalDate.ofInstant(clock.instant(), TEHRAN);
		for (Map.Entry<Long, AtomicLong> entry : pending.entrySet()) {
			// a view recorded after this is counted in the next flush
			long n = entry.getValue().getAndSet(0);
			if (n == 0) {
				continue;
			}
			try {
				add(entry.getKey(), day, n);
			}
			catch (RuntimeException failed) {
				entry.getValue().addAndGet(n);
				throw failed;
			}
		}
	}

	/**
	 * Ids of the published articles read most in the last {@code days} Tehran days (today
	 * included), most first.
	 */
	public List<Long> mostRead(int days, int limit) {
		LocalDate since = LocalDate.ofInstant(clock.instant(), TEHRAN).minusDays(Math.max(0, days - 1));
		return jdbc.sql(MOST_READ).param("since", since).param("limit", limit).query(Long.class).list();
	}

	private void add(long articleId, LocalDate day, long n) {
		// update first (the common case), insert when the day's row is new, update again
		// if another node inserted it
		if (jdbc.sql(ADD).param("n", n).param("article", articleId).param("day", day).update() == 0
				&& jdbc.sql(INSERT).param("n", n).param("article", articleId).param("day", day).update() == 0) {
			jdbc.sql(ADD).param("n", n).param("article", articleId).param("day", day).update();
		}
	}

}
