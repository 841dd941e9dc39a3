package app.khabar.cluster;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Leases for jobs that must run on one node at a time (scheduled publishing, cleanups),
 * kept in the shared database: a node holds a named lease until it expires, renews it
 * while it works, and another node takes it over only once it has expired. A node that
 * dies loses its leases after their time to live.
 */
@Component
public class NodeLeases {

	private static final String CREATE = """
			INSERT INTO cluster_lease (name, holder, expires_at) VALUES (:name, '', :epoch) ON CONFLICT DO NOTHING
			""";

	// One statement decides: the row lock makes racing nodes take turns, and the loser's
	// WHERE no longer matches.
	private static final String TAKE = """
			UPDATE cluster_lease SET holder = :me, expires_at = :until
			WHERE name = :name AND (expires_at < :now OR holder = :me)
			""";

	private static final String RELEASE = """
			UPDATE cluster_lease SET expires_at = :epoch WHERE name = :name AND holder = :me
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final String node;

	NodeLeases(JdbcClient jdbc, Clock clock, @Value("${khabar.cluster.node-id:}") String node) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.node = node.isBlank() ? UUID.randomUUID().toString() : node;
	}

	/** This node's name in lease rows. */
	public String node() {
		return node;
	}

	/** Takes or renews the lease for {@code ttl}; false if another node holds it. */
	public boolean tryAcquire(String name, Duration ttl) {
		Instant now = clock.instant();
		jdbc.sql(CREATE).param("name", name).param("epoch", Instant.EPOCH.atOffset(ZoneOffset.UTC)).update();
		return jdbc.sql(TAKE)
			.param("name", name)
			.param("me", node)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("until", now.plus(ttl).atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	/** Gives the lease up early, if this node holds it. */
	public void release(String name) {
		jdbc.sql(RELEASE)
			.param("name", name)
			.param("me", node)
			.param("epoch", Instant.EPOCH.atOffset(ZoneOffset.UTC))
			.update();
	}

}
