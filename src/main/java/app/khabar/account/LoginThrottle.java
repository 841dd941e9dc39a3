package app.khabar.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import app.khabar.web.ClientHash;

/**
 * Failed sign-ins with exponential back-off, counted in the database so they hold on
 * every node. An attempt is claimed, and counted as a failure, before any password is
 * hashed; the claim locks each of its counters' rows in one transaction, so concurrent
 * attempts on any number of nodes are evaluated at most as often as the limits allow.
 * Nobody can lock an account for everyone: a device that signed in to the account before
 * is counted on its own, and the account-wide counter slows only clients it has never
 * seen.
 * <p>
 * The sign-in flow (and any later factor) uses it so: {@link #tryAttempt} before checking
 * anything costly (empty: refuse at once); once every factor was right
 * {@link #succeeded}, on a wrong one nothing (the claim already counted it);
 * {@link #abandoned} when the attempt was never evaluated.
 */
@Component
class LoginThrottle {

	/** Who signs in, as far as the throttle cares. */
	sealed interface Client {

	}

	/**
	 * A device holding a cookie signed when it signed in to this account
	 * ({@link DeviceCookies}).
	 */
	record KnownDevice(String id) implements Client {
	}

	/** Any other client, by its address (an IPv6 client by its /64). */
	record Address(ClientHash hash) implements Client {
	}

	/**
	 * A counter: its row's key, the account it belongs to (none for a client's own) and
	 * its free failures.
	 */
	record Key(String value, @Nullable String username, int freeFailures) {
	}

	/**
	 * A claimed attempt: {@code own} is this client's counter on the account,
	 * {@code shared} the others.
	 */
	record Attempt(String username, Key own, List<Key> shared) {

		List<Key> all() {
			var all = new ArrayList<Key>(shared);
			all.add(own);
			return all;
		}

	}

	private static final String EXISTS = "SELECT COUNT(*) FROM account_login_throttle WHERE throttle_key = :key";

	private static final String CREATE = """
			INSERT INTO account_login_throttle (throttle_key, username, failures, last_failure_at, blocked_until)
			VALUES (:key, :username, 0, :now, NULL)
			""";

	private static final String LOCK = """
			SELECT failures, last_failure_at, blocked_until FROM account_login_throttle
			WHERE throttle_key = :key FOR UPDATE
			""";

	private static final String COUNT = """
			UPDATE account_login_throttle
			SET failures = :failures, last_failure_at = :now, blocked_until = :blockedUntil
			WHERE throttle_key = :key
			""";

	private static final String REFUND = """
			UPDATE account_login_throttle SET failures = failures - 1 WHERE throttle_key = :key AND failures > 0
			""";

	private static final String CLEAR = "DELETE FROM account_login_throttle WHERE throttle_key = :key";

	private static final String CLEAR_ACCOUNT = "DELETE FROM account_login_throttle WHERE username = :username";

	private static final String BACKED_OFF = """
			SELECT DISTINCT username FROM account_login_throttle WHERE username IS NOT NULL AND blocked_until > :now
			""";

	private static final String DELETE_STALE = """
			DELETE FROM account_login_throttle
			WHERE last_failure_at < :forgotten AND (blocked_until IS NULL OR blocked_until < :now)
			""";

	private record Counter(int failures, OffsetDateTime lastFailureAt, @Nullable OffsetDateTime blockedUntil) {
	}

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final AccountSettings settings;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, TransactionTemplate transactions, AccountSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * The form a typed username is counted under: as stored (lower-case), cut to the
	 * column's length.
	 */
	static String normalize(String username) {
		var normalized = username.strip().toLowerCase(Locale.ROOT);
		return normalized.substring(0, Math.min(normalized.length(), 64));
	}

	/**
	 * Claims an attempt and counts it as a failure; empty while any of its counters is
	 * backed off.
	 */
	Optional<Attempt> tryAttempt(String typedUsername, Client client) {
		var attempt = attempt(normalize(typedUsername), client);
		var now = now();
		// rows are locked in key order, so two claims never wait on each other's rows
		var keys = attempt.all().stream().sorted(Comparator.comparing(Key::value)).toList();
		keys.forEach(key -> create(key, now));
		return transactions.execute(status -> {
			for (var key : keys) {
				if (!count(key, now)) {
					status.setRollbackOnly();
					return Optional.<Attempt>empty();
				}
			}
			return Optional.of(attempt);
		});
	}

	/**
	 * Every factor was right: this client's counter on the account starts over, the
	 * shared ones are refunded.
	 */
	void succeeded(Attempt attempt) {
		transactions.executeWithoutResult(status -> {
			jdbc.sql(CLEAR).param("key", attempt.own().value()).update();
			attempt.shared().forEach(this::refund);
		});
	}

	/**
	 * The attempt was claimed but never evaluated (the node was too busy to hash): it
	 * does not count.
	 */
	void abandoned(Attempt attempt) {
		transactions.executeWithoutResult(status -> attempt.all().forEach(this::refund));
	}

	/** An admin lifts every back-off of an account, for every client. */
	void unlock(String username) {
		jdbc.sql(CLEAR_ACCOUNT).param("username", normalize(username)).update();
	}

	/** The usernames that some client (or every unknown one) must wait for now. */
	Set<String> backedOff() {
		return Set.copyOf(jdbc.sql(BACKED_OFF).param("now", now()).query(String.class).list());
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void deleteStale() {
		var now = now();
		jdbc.sql(DELETE_STALE).param("forgotten", now.minus(settings.window())).param("now", now).update();
	}

	private Attempt attempt(String username, Client client) {
		return switch (client) {
			case KnownDevice device -> new Attempt(username,
					new Key("d:" + username + ":" + device.id(), username, settings.maxFailuresPerUser()), List.of());
			case Address address -> new Attempt(username,
					new Key("a:" + username + ":" + address.hash(), username, settings.maxFailuresPerUser()),
					List.of(new Key("u:" + username, username, settings.maxFailuresPerAccount()),
							new Key("c:" + address.hash(), null, settings.maxFailuresPerClient())));
		};
	}

	/**
	 * Makes the key's row, outside the claim's transaction (and only when missing): of
	 * two claims racing to make it, the one that loses gets a unique-key violation, which
	 * on PostgreSQL would abort a transaction.
	 */
	private void create(Key key, OffsetDateTime now) {
		if (jdbc.sql(EXISTS).param("key", key.value()).query(Long.class).single() > 0) {
			return;
		}
		try {
			jdbc.sql(CREATE).param("key", key.value()).param("username", key.username()).param("now", now).update();
		}
		catch (DuplicateKeyException raced) {
			// the other claim made it: both count on it now
		}
	}

	/**
	 * Counts one failure on a locked row; false, changing nothing, while the key is
	 * backed off.
	 */
	private boolean count(Key key, OffsetDateTime now) {
		var locked = jdbc.sql(LOCK).param("key", key.value()).query(LoginThrottle::counter).optional();
		if (locked.isEmpty()) {
			// the hourly clean-up took a stale row since create(): refused once, the next
			// claim makes it again
			return false;
		}
		var counter = locked.get();
		boolean forgotten = counter.lastFailureAt().isBefore(now.minus(settings.window()));
		if (!forgotten && counter.blockedUntil() != null && now.isBefore(counter.blockedUntil())) {
			return false;
		}
		int failures = forgotten ? 1 : counter.failures() + 1;
		var blockedUntil = failures >= key.freeFailures() ? now.plus(delay(failures - key.freeFailures())) : null;
		jdbc.sql(COUNT)
			.param("key", key.value())
			.param("failures", failures)
			.param("now", now)
			.param("blockedUntil", blockedUntil)
			.update();
		return true;
	}

	/**
	 * The wait after the free failures and {@code beyond} more: the first delay, doubled
	 * each time, capped.
	 */
	Duration delay(int beyond) {
		long millis = settings.firstDelay().toMillis() << Math.min(beyond, 30);
		return Duration.ofMillis(Math.min(millis, settings.maxDelay().toMillis()));
	}

	private void refund(Key key) {
		jdbc.sql(REFUND).param("key", key.value()).update();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

	private static Counter counter(ResultSet rs, int row) throws SQLException {
		return new Counter(rs.getInt("failures"), rs.getObject("last_failure_at", OffsetDateTime.class),
				rs.getObject("blocked_until", OffsetDateTime.class));
	}

}
