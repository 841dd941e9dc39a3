package app.khabar.cluster;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The nodes' places in the change feed ({@code cluster_node}): each node writes its own
 * now and then, the pruner reads the lowest among the nodes seen lately.
 */
@Repository
class ClusterNodes {

	private static final String UPDATE = """
			UPDATE cluster_node SET position = :position, seen_at = :now WHERE node_id = :node
			""";

	private static final String INSERT = """
			INSERT INTO cluster_node (node_id, position, seen_at) VALUES (:node, :position, :now) ON CONFLICT DO NOTHING
			""";

	private static final String LOWEST = "SELECT MIN(position) FROM cluster_node WHERE seen_at >= :since";

	private static final String FORGET = "DELETE FROM cluster_node WHERE seen_at < :before";

	private final JdbcClient jdbc;

	ClusterNodes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records that {@code node} has applied every change up to {@code position}. */
	void report(String node, long position, Instant now) {
		var at = now.atOffset(ZoneOffset.UTC);
		if (jdbc.sql(UPDATE).param("node", node).param("position", position).param("now", at).update() == 0) {
			jdbc.sql(INSERT).param("node", node).param("position", position).param("now", at).update();
		}
	}

	/** The lowest position of the nodes seen since {@code since}, if any was. */
	Optional<Long> lowestSince(Instant since) {
		return jdbc.sql(LOWEST).param("since", since.atOffset(ZoneOffset.UTC)).query(Long.class).optional();
	}

	/** Drops the rows of nodes not seen since {@code before}. */
	int forgetBefore(Instant before) {
		return jdbc.sql(FORGET).param("before", before.atOffset(ZoneOffset.UTC)).update();
	}

}
