package app.khabar.cluster;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The cluster's change feed (DESIGN.md "Scale"): an append-only table of changes in the
 * shared database. Writers append in their own transaction, so a change is in the feed
 * exactly when the data it announces is committed; every node reads it from its own
 * position ({@link FeedCursor} deals with ids that commit out of order). On PostgreSQL a
 * trigger sends {@code NOTIFY khabar_change} with each append, delivered when it commits
 * ({@link ChangeFollower}). Rows every node has passed are pruned; the floor they leave
 * tells a node that was away longer that it missed some. A transaction's appends are
 * written together, in one batch just before it commits, and the same change twice once:
 * an import of thousands of articles costs a few statements instead of one per change.
 */
@Component
public class ChangeFeed {

	private static final String APPEND = """
			INSERT INTO cluster_change (topic, entity_id, changed_at) VALUES (:topic, :entity, :now)
			""";

	private static final String SINCE = """
			SELECT id, topic, entity_id, changed_at FROM cluster_change WHERE id > :position ORDER BY id LIMIT :limit
			""";

	// never below the pruned rows: a follower starting there would think it missed them
	private static final String HEAD_BEFORE = """
			SELECT GREATEST(COALESCE((SELECT MAX(id) FROM cluster_change WHERE changed_at < :time), 0),
			                (SELECT pruned_through FROM cluster_change_floor WHERE id = 1))
			""";

	private static final String FLOOR = "SELECT pruned_through FROM cluster_change_floor WHERE id = 1";

	private static final String RAISE_FLOOR = """
			UPDATE cluster_change_floor SET pruned_through = :through WHERE id = 1 AND pruned_through < :through
			""";

	private static final String PRUNE = "DELETE FROM cluster_change WHERE id <= :through";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final Clock clock;

	/** Rung when a change committed on this node or was announced from another one. */
	private final Semaphore doorbell = new Semaphore(0);

	/** The highest change id any read on this node has returned. */
	private final AtomicLong newestSeen = new AtomicLong();

	ChangeFeed(JdbcClient jdbc, NamedParameterJdbcTemplate batch, Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.clock = clock;
	}

	/**
	 * Appends a change of {@code entityId} under {@code topic}, in the caller's
	 * transaction when there is one (written when it commits).
	 */
	@Transactional
	public void append(String topic, long entityId) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			write(List.of(new Key(topic, entityId)));
			ring();
			return;
		}
		var pending = (Pending) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			pending = new Pending();
			TransactionSynchronizationManager.bindResource(this, pending);
			TransactionSynchronizationManager.registerSynchronization(pending);
		}
		if (pending.written) {
			// appended while the transaction commits, after the batch went out
			write(List.of(new Key(topic, entityId)));
		}
		else {
			pending.changes.add(new Key(topic, entityId));
		}
	}

	private record Key(String topic, long entityId) {
	}

	private void write(Collection<Key> changes) {
		OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
		batch.batchUpdate(APPEND,
				changes.stream()
					.map(change -> new MapSqlParameterSource().addValue("topic", change.topic())
						.addValue("entity", change.entityId())
						.addValue("now", now))
					.toArray(SqlParameterSource[]::new));
	}

	/**
	 * The changes a transaction appended, written as one batch before it commits. Bound
	 * to the transaction while it runs, unbound while a nested one runs in its place.
	 */
	private final class Pending implements TransactionSynchronization {

		final Set<Key> changes = new LinkedHashSet<>();

		boolean written;

		@Override
		public void suspend() {
			TransactionSynchronizationManager.unbindResource(ChangeFeed.this);
		}

		@Override
		public void resume() {
			TransactionSynchronizationManager.bindResource(ChangeFeed.this, this);
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			write(changes);
			changes.clear();
			written = true;
		}

		@Override
		public void afterCommit() {
			ring();
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(ChangeFeed.this);
		}

	}

	/** Wakes this node's follower: there is something new to read. */
	void ring() {
		doorbell.release();
	}

	/**
	 * Waits up to {@code timeout} for {@link #ring()}; every ring that came meanwhile is
	 * answered by this one return.
	 */
	void awaitRing(Duration timeout) throws InterruptedException {
		doorbell.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
		doorbell.drainPermits();
	}

	/** Up to {@code limit} committed changes after {@code position}, in feed order. */
	@Transactional(readOnly = true)
	public List<Change> since(long position, int limit) {
		List<Change> changes = jdbc.sql(SINCE)
			.param("position", position)
			.param("limit", limit)
			.query(ChangeFeed::map)
			.list();
		if (!changes.isEmpty()) {
			newestSeen.accumulateAndGet(changes.getLast().id(), Math::max);
		}
		return changes;
	}

	/**
	 * The newest change this node has read (its follower reads each one the moment it is
	 * announced, or within a poll): what a projection's lag is measured against, without
	 * a query.
	 */
	public long newestSeen() {
		return newestSeen.get();
	}

	/**
	 * The position of the newest committed change made before {@code time}, 0 if none:
	 * where a projection rebuilt from the data as of now starts following. Starting a
	 * little in the past replays recent changes (projections are idempotent) instead of
	 * missing one whose transaction was still open.
	 */
	@Transactional(readOnly = true)
	public long positionBefore(Instant time) {
		return jdbc.sql(HEAD_BEFORE)
			.param("time", OffsetDateTime.ofInstant(time, ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

	/**
	 * One step of following the feed from {@code cursor}: reads the changes after its
	 * position, hands the ones it has not applied yet to {@code apply} (in feed order,
	 * only when there are any) and records them as applied.
	 * @return whether anything was applied: call again until false to catch up
	 */
	public boolean next(FeedCursor cursor, int limit, Consumer<List<Change>> apply) {
		List<Change> visible = since(cursor.position(), limit);
		List<Change> fresh = cursor.unapplied(visible);
		if (fresh.isEmpty() && visible.size() == limit) {
			// a page of applied changes behind a hole: look past it
			fresh = cursor.unapplied(since(cursor.readFrom(), limit));
			visible = List.of();
		}
		if (!fresh.isEmpty()) {
			apply.accept(fresh);
		}
		cursor.applied(fresh, visible, clock.instant());
		return !fresh.isEmpty();
	}

	/**
	 * Every change up to here has been pruned: a follower whose position is below it
	 * missed changes.
	 */
	public long prunedThrough() {
		return jdbc.sql(FLOOR).query(Long.class).single();
	}

	/** Deletes the changes up to {@code through} (every follower has applied them). */
	@Transactional
	void prune(long through) {
		if (jdbc.sql(RAISE_FLOOR).param("through", through).update() == 1) {
			jdbc.sql(PRUNE).param("through", through).update();
		}
	}

	private static Change map(ResultSet rs, int row) throws SQLException {
		return new Change(rs.getLong("id"), rs.getString("topic"), rs.getLong("entity_id"),
				rs.getObject("changed_at", OffsetDateTime.class).toInstant());
	}

}
