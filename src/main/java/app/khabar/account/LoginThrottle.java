package app.khabar.account;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import app.khabar.web.ClientHash;

/**
 * Counts failed logins per username and per client in the database, so a lock holds on every node. Each counter
 * change is one atomic statement: concurrent failures on several nodes are all counted.
 */
@Component
class LoginThrottle {

	private static final String IS_LOCKED = """
			SELECT COUNT(*) FROM account_login_failure WHERE throttle_key = :key AND locked_until > :now
			""";

	private static final String COUNT_FAILURE = """
			UPDATE account_login_failure
			SET failures = CASE WHEN window_start < :windowStart THEN 1 ELSE failures + 1 END,
			    window_start = CASE WHEN window_start < :windowStart THEN :now ELSE window_start END
			WHERE throttle_key = :key
			""";

	private static final String INSERT_FAILURE = """
			INSERT INTO account_login_failure (throttle_key, failures, window_start, locked_until)
			VALUES (:key, 1, :now, NULL)
			""";

	private static final String LOCK_WHEN_OVER = """
			UPDATE account_login_failure SET locked_until = :lockedUntil, failures = 0, window_start = :now
			WHERE throttle_key = :key AND failures >= :max
			""";

	private static final String CLEAR = "DELETE FROM account_login_failure WHERE throttle_key = :key";

	private static final String DELETE_STALE = """
			DELETE FROM account_login_failure
			WHERE window_start < :windowStart AND (locked_until IS NULL OR locked_until < :now)
			""";

	private final JdbcClient jdbc;

	private final AccountSettings settings;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, AccountSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	static String userKey(String username) {
		var normalized = username.strip().toLowerCase(Locale.ROOT);
		return "u:" + normalized.substring(0, Math.min(normalized.length(), 100));
	}

	static String clientKey(ClientHash client) {
		return "c:" + client.value();
	}

	boolean isLocked(String username, ClientHash client) {
		var now = now();
		return locked(userKey(username), now) || locked(clientKey(client), now);
	}

	void failed(String username, ClientHash client) {
		count(userKey(username), settings.maxFailuresPerUser());
		count(clientKey(client), settings.maxFailuresPerClient());
	}

	void succeeded(String username) {
		jdbc.sql(CLEAR).param("key", userKey(username)).update();
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void deleteStale() {
		var now = now();
		jdbc.sql(DELETE_STALE).param("windowStart", now.minus(settings.window())).param("now", now).update();
	}

	private boolean locked(String key, OffsetDateTime now) {
		return jdbc.sql(IS_LOCKED).param("key", key).param("now", now).query(Long.class).single() > 0;
	}

	private void count(String key, int max) {
		var now = now();
		var windowStart = now.minus(settings.window());
		if (jdbc.sql(COUNT_FAILURE).param("key", key).param("now", now).param("windowStart", windowStart).update() == 0) {
			try {
				jdbc.sql(INSERT_FAILURE).param("key", key).param("now", now).update();
			}
			catch (DuplicateKeyException raced) {
				jdbc.sql(COUNT_FAILURE).param("key", key).param("now", now).param("windowStart", windowStart).update();
			}
		}
		jdbc.sql(LOCK_WHEN_OVER)
			.param("key", key)
			.param("max", max)
			.param("now", now)
			.param("lockedUntil", now.plus(settings.lockDuration()))
			.update();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
	}

}
