package app.khabar.feed;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.khabar.cluster.ChangesCommitted;
import app.khabar.cluster.ChangesMissed;
import app.khabar.persian.PersianText;
import app.khabar.shared.AfterCommit;
import app.khabar.shared.ReadThroughCache;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * The breaking-news ticker editors set and clear. Readers get it from memory (read once,
 * refreshed on a change on any node); a change publishes {@link CurationChanged} so
 * {@link FrontVersion} and every cached page that shows it move. {@link #version()} also
 * moves when the line expires, with no change at all.
 */
@Service
public class Ticker implements MeterBinder {

	public static final int MAX_TEXT = 300;

	private static final String FIND = "SELECT text, link, expires_at FROM feed_ticker WHERE id = 1";

	private static final String CLEAR = "DELETE FROM feed_ticker WHERE id = 1";

	private static final String INSERT = """
			INSERT INTO feed_ticker (id, text, link, expires_at, updated_by, updated_at)
			VALUES (1, :text, :link, :expires, :by, :at)
			""";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	// another node's change evicts it through the change feed
	private final ReadThroughCache<Integer, Optional<TickerLine>> cached;

	Ticker(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.cached = ReadThroughCache.of(Caffeine.newBuilder().recordStats().expireAfterWrite(Duration.ofSeconds(30)),
				key -> jdbc.sql(FIND).query(Ticker::map).optional());
	}

	/** The line readers see now, if any (set and not expired). */
	public Optional<TickerLine> current() {
		Instant now = clock.instant();
		return stored().filter(line -> line.shownAt(now));
	}

	/** The line as stored, expired or not (for the newsroom). */
	public Optional<TickerLine> stored() {
		return cached.get(1);
	}

	/** A part of page cache keys: changes when the line is set, cleared or expires. */
	public String version() {
		return current().map(line -> "t" + Integer.toHexString(line.hashCode())).orElse("-");
	}

	/**
	 * Whether {@code link} may lead from the ticker: a path on this site or an https
	 * address.
	 */
	public static boolean safeLink(String link) {
		return link.length() <= 500
				&& (link.startsWith("/") && !link.startsWith("//") && !link.startsWith("/\\")
						|| link.startsWith("https://"))
				&& link.chars().noneMatch(c -> c <= ' ' || c == '"' || c == '<');
	}

	/**
	 * Sets the line; {@code text} must be 1 to {@link #MAX_TEXT} characters and
	 * {@code link} {@link #safeLink}.
	 */
	@Transactional
	public void set(String actor, String text, @Nullable String link, @Nullable Instant expiresAt) {
		String clean = PersianText.normalize(text).strip();
		if (clean.isEmpty() || clean.length() > MAX_TEXT
				|| link != null && !link.isBlank() && !safeLink(link.strip())) {
			throw new IllegalArgumentException("Not a ticker line");
		}
		jdbc.sql(CLEAR).update();
		jdbc.sql(INSERT)
			.param("text", clean)
			.param("link", link == null || link.isBlank() ? null : link.strip())
			.param("expires", expiresAt == null ? null : expiresAt.atOffset(ZoneOffset.UTC))
			.param("by", actor)
			.param("at", clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		events.publishEvent(new CurationChanged(null));
	}

	@Transactional
	public void clear(String actor) {
		jdbc.sql(CLEAR).update();
		events.publishEvent(new CurationChanged(null));
	}

	@EventListener
	void on(CurationChanged event) {
		AfterCommit.run(cached::invalidateAll);
	}

	/** The ticker may have changed on another node. */
	@EventListener
	void on(ChangesCommitted event) {
		if (event.touches(CurationChangeFeed.TOPIC)) {
			cached.invalidateAll();
		}
	}

	@EventListener
	void on(ChangesMissed event) {
		cached.invalidateAll();
	}

	private static TickerLine map(ResultSet rs, int row) throws SQLException {
		OffsetDateTime expires = rs.getObject("expires_at", OffsetDateTime.class);
		return new TickerLine(rs.getString("text"), rs.getString("link"), expires == null ? null : expires.toInstant());
	}

	/** Its cache's hits and misses ({@code cache.gets}, README "Metrics"). */
	@Override
	public void bindTo(MeterRegistry meters) {
		CaffeineCacheMetrics.monitor(meters, cached.async(), "feed.ticker");
	}

}
