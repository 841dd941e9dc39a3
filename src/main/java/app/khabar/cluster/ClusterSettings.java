package app.khabar.cluster;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code khabar.cluster.*}: how this node follows the change feed
 * ({@link ChangeFollower}).
 *
 * @param listen on PostgreSQL, be woken by {@code LISTEN/NOTIFY} the moment a change
 * commits on any node (ignored on H2, which only polls)
 * @param pollInterval how often the feed is read while no notification can come (H2, or
 * PostgreSQL while the listening connection is down)
 * @param listeningPollInterval how often it is read anyway while listening: the safety
 * net under a lost notification
 * @param settle how long a hole in the feed (an id whose transaction is still open) is
 * waited for before it is given up as rolled back
 * @param heartbeat how often this node writes its position to {@code cluster_node}
 * @param nodeTimeout a node not seen for this long no longer holds feed rows back; when
 * it returns it rebuilds its projections (search index, caches) if rows it needed were
 * pruned
 * @param pruneInterval how often one node (by lease) prunes the rows every live node has
 * passed
 */
@ConfigurationProperties("khabar.cluster")
record ClusterSettings(@DefaultValue("true") boolean listen, @DefaultValue("1s") Duration pollInterval,
		@DefaultValue("15s") Duration listeningPollInterval, @DefaultValue("30s") Duration settle,
		@DefaultValue("5s") Duration heartbeat, @DefaultValue("1h") Duration nodeTimeout,
		@DefaultValue("5m") Duration pruneInterval) {
}
