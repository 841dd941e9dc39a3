package app.khabar.cluster;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cluster's change feed (DESIGN.md "Scale"): an append-only table of changes in the
 * shared database. Writers append in their own transaction, so a change is in the feed
 * exactly when the data it announces is committed; every node reads it from its own
 * position ({@link FeedCursor} deals with ids that commit out of order).
 */
@Component
public class ChangeFeed {

	private static final String APPEND = """
			INSERT INTO cluster_change (topic, entity_id, changed_at) VALUES (:topic, :entity, :now)
			""";

	private static final String SINCE = """
			SELECT id, topic, entity_id, changed_at FROM cluster_change WHERE id > :position ORDER BY id LIMIT :limit
			""";

	private static final String HEAD_BEFORE = """
			SELECT COALESCE(MAX(id), 0) FROM cluster_change WHERE changed_at < :time
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	ChangeFeed(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Appends a change of {@code entityId} under {@code topic}, in the caller's
	 * transaction when there is one.
	 */
	@Transactional
	public void append(String topic, long entityId) {
		jdbc.sql(APPEND)
			.param("topic", topic)
			.param("entity", entityId)
			.param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
			.update();
	}

	/** Up to {@code limit} committed changes after {@code position}, in feed order. */
	@Transactional(readOnly = true)
	public List<Change> since(long position, int limit) {
		return jdbc.sql(SINCE).param("position", position).param("limit", limit).query(ChangeFeed::map).list();
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

	private static Change map(ResultSet rs, int row) throws SQLException {
		return new Change(rs.getLong("id"), rs.getString("topic"), rs.getLong("entity_id"),
				rs.getObject("changed_at", OffsetDateTime.class).toInstant());
	}

}
