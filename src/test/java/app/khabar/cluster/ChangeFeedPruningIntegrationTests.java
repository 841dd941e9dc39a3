package app.khabar.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The feed keeps what some live node still needs and no more: rows every node seen lately
 * has passed are pruned, a node away longer than the timeout is forgotten (and no longer
 * holds rows back), and a node that finds itself below the pruned rows starts over with
 * {@link ChangesMissed}.
 */
@SpringBootTest(properties = { "khabar.newsroom.scheduled-publishing=false", "khabar.search.follow=false" })
@RecordApplicationEvents
class ChangeFeedPruningIntegrationTests {

	@Autowired
	ChangeFeed feed;

	@Autowired
	ChangeFollower follower;

	@Autowired
	ClusterNodes nodes;

	@Autowired
	ClusterSettings settings;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	MeterRegistry meters;

	@Autowired
	ApplicationEvents events;

	@Autowired
	NodeLeases leases;

	/** Only this context's node: the rows other tests wrote would hold pruning back. */
	@BeforeEach
	void onlyThisNode() {
		jdbc.sql("DELETE FROM cluster_node WHERE node_id <> :me").param("me", leases.node()).update();
	}

	List<Long> append(int count) {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			feed.append("test", i);
			ids.add(jdbc.sql("SELECT MAX(id) FROM cluster_change").query(Long.class).single());
		}
		return ids;
	}

	List<Long> remaining() {
		return feed.since(0, 10_000).stream().map(Change::id).toList();
	}

	/** A node of its own on this database, not started: the test moves it by hand. */
	ChangeFollower node(String name) {
		return new ChangeFollower(feed, nodes, new NodeLeases(jdbc, Clock.systemUTC(), name), settings, context,
				List.of(), Clock.systemUTC(), context.getBeanProvider(JdbcConnectionDetails.class), meters);
	}

	@Test
	void prunesTheRowsEveryLiveNodeHasPassed() {
		List<Long> ids = append(5);
		Instant now = Instant.now();
		nodes.report("node-slow", ids.get(2), now);
		follower.catchUp();
		follower.heartbeat(now);

		follower.prune(now);

		assertThat(feed.prunedThrough()).isEqualTo(ids.get(2));
		assertThat(remaining()).doesNotContainAnyElementsOf(ids.subList(0, 3))
			.containsAll(ids.subList(3, 5))
			.allMatch(id -> id > ids.get(2));
	}

	@Test
	void forgetsANodeAwayLongerThanTheTimeoutAndPrunesPastIt() {
		List<Long> ids = append(3);
		Instant now = Instant.now();
		nodes.report("node-gone", ids.getFirst(), now.minus(settings.nodeTimeout()).minusSeconds(1));
		follower.catchUp();
		follower.heartbeat(now);

		follower.prune(now);

		assertThat(
				jdbc.sql("SELECT COUNT(*) FROM cluster_node WHERE node_id = 'node-gone'").query(Integer.class).single())
			.isZero();
		assertThat(feed.prunedThrough()).isGreaterThanOrEqualTo(ids.getLast());
		assertThat(remaining()).doesNotContainAnyElementsOf(ids);
	}

	@Test
	void aNodeBelowThePrunedRowsStartsOver() {
		ChangeFollower late = node("node-late");
		late.catchUp();
		List<Long> ids = append(3);
		// the other nodes went on and pruned while this one was cut off
		follower.catchUp();
		feed.prune(ids.getLast());

		late.heartbeat(Instant.now());

		assertThat(events.stream(ChangesMissed.class)).singleElement().satisfies(missed -> {
			assertThat(missed.position()).isLessThan(ids.getFirst());
			assertThat(missed.prunedThrough()).isEqualTo(ids.getLast());
		});
		// it follows on from the head: the next heartbeat finds nothing missed
		late.heartbeat(Instant.now());
		assertThat(events.stream(ChangesMissed.class)).hasSize(1);
	}

	@Test
	void aNewFollowerStartsAtThePrunedFloorAtTheLeast() {
		List<Long> ids = append(2);
		follower.catchUp();
		feed.prune(ids.getLast());
		assertThat(feed.positionBefore(Instant.now().minus(Duration.ofDays(1)))).isEqualTo(ids.getLast());
	}

}
