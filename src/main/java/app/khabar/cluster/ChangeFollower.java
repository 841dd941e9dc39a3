package app.khabar.cluster;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import app.khabar.shared.BackgroundThreads;
import app.khabar.shared.StartupPhases;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Keeps this node in step with the others (DESIGN.md "Scale"): one thread reads the
 * change feed from where it stopped and publishes what committed as
 * {@link ChangesCommitted}, which every node-local projection follows. It reads when
 * woken: on PostgreSQL by {@code LISTEN/NOTIFY} the moment a change commits on any node
 * ({@link ChangeNotifications}), at once after a commit on this node, and otherwise every
 * {@code poll-interval} (H2, or while the listening connection is down), or every
 * {@code listening-poll-interval} as the safety net under a lost notification.
 * <p>
 * It also writes this node's position to {@code cluster_node} (the lowest of its own and
 * every {@link FeedFollower}'s), and one node at a time, by lease, prunes the rows that
 * every node seen within {@code node-timeout} has passed. Should this node find itself
 * below the pruned rows (it was cut off longer than that), it publishes
 * {@link ChangesMissed} and goes on from the head.
 * <p>
 * For measuring: the timer {@code khabar.cluster.feed.delay} records, for every change
 * this node applies, the time from its append on the writing node to here (cross-node
 * staleness; the nodes' clocks must agree), and {@code khabar.cluster.feed.notifications}
 * counts the notifications received. The gauges {@code khabar.cluster.feed.position}
 * (this node's place, as it reports it in {@code cluster_node}) and
 * {@code khabar.cluster.feed.head} (the newest change it has read), both tagged with the
 * node's name, show how far behind it is.
 */
@Component
@EnableConfigurationProperties(ClusterSettings.class)
class ChangeFollower implements SmartLifecycle {

	static final int BATCH = 500;

	static final String PRUNE_LEASE = "change-feed-prune";

	private static final Logger log = LoggerFactory.getLogger(ChangeFollower.class);

	private final ChangeFeed feed;

	private final ClusterNodes nodes;

	private final NodeLeases leases;

	private final ClusterSettings settings;

	private final ApplicationEventPublisher events;

	private final List<FeedFollower> followers;

	private final Clock clock;

	private final @Nullable ChangeNotifications notifications;

	private final Timer delay;

	private FeedCursor cursor = new FeedCursor(0, Duration.ZERO);

	private Instant nextHeartbeat = Instant.MIN;

	private Instant nextPrune = Instant.MIN;

	private volatile boolean running;

	private volatile @Nullable Thread worker;

	private volatile boolean failing;

	ChangeFollower(ChangeFeed feed, ClusterNodes nodes, NodeLeases leases, ClusterSettings settings,
			ApplicationEventPublisher events, List<FeedFollower> followers, Clock clock,
			ObjectProvider<JdbcConnectionDetails> database, MeterRegistry meters) {
		this.feed = feed;
		this.nodes = nodes;
		this.leases = leases;
		this.settings = settings;
		this.events = events;
		this.followers = List.copyOf(followers);
		this.clock = clock;
		this.delay = Timer.builder("khabar.cluster.feed.delay")
			.description("From a change's append on any node to its application on this one")
			.publishPercentileHistogram()
			.register(meters);
		Gauge.builder("khabar.cluster.feed.position", this, follower -> follower.position())
			.description("Every change up to here is applied on this node, by every projection")
			.tag("node", leases.node())
			.register(meters);
		Gauge.builder("khabar.cluster.feed.head", feed, ChangeFeed::newestSeen)
			.description("The newest change this node has read from the feed")
			.tag("node", leases.node())
			.register(meters);
		JdbcConnectionDetails details = database.getIfAvailable();
		this.notifications = settings.listen() && details != null && details.getJdbcUrl().startsWith("jdbc:postgresql:")
				? new ChangeNotifications(details, feed::ring,
						Counter.builder("khabar.cluster.feed.notifications").register(meters))
				: null;
	}

	/**
	 * Publishes every committed change after the position; returns when it has seen them
	 * all.
	 */
	synchronized void catchUp() {
		while (feed.next(cursor, BATCH, this::publish)) {
			// the next page
		}
	}

	/**
	 * Now and then: writes this node's position, and the holder of the pruning lease
	 * prunes what every live node has passed.
	 */
	synchronized void tend() {
		Instant now = clock.instant();
		if (now.isBefore(nextHeartbeat)) {
			return;
		}
		nextHeartbeat = now.plus(settings.heartbeat());
		heartbeat(now);
		if (!now.isBefore(nextPrune)) {
			nextPrune = now.plus(settings.pruneInterval());
			prune(now);
		}
	}

	/**
	 * Writes this node's position; a node found below the pruned rows first starts over
	 * from the head.
	 */
	synchronized void heartbeat(Instant now) {
		long floor = feed.prunedThrough();
		if (cursor.position() < floor) {
			log.warn(
					"This node was away longer than khabar.cluster.node-timeout ({}): changes {} to {} were pruned"
							+ " before it read them, so its caches and search index start over",
					settings.nodeTimeout(), cursor.position() + 1, floor);
			long missed = cursor.position();
			cursor = new FeedCursor(feed.positionBefore(now.minus(settings.settle())), settings.settle());
			events.publishEvent(new ChangesMissed(missed, floor));
		}
		nodes.report(leases.node(), position(), now);
	}

	/**
	 * With the pruning lease: forgets the nodes not seen within the timeout and prunes
	 * the rows every other node has passed.
	 */
	synchronized void prune(Instant now) {
		if (!leases.tryAcquire(PRUNE_LEASE, settings.pruneInterval())) {
			return;
		}
		int gone = nodes.forgetBefore(now.minus(settings.nodeTimeout()));
		if (gone > 0) {
			log.info("Forgot {} node(s) not seen for {}: they rebuild when they return", gone, settings.nodeTimeout());
		}
		nodes.lowestSince(now.minus(settings.nodeTimeout()))
			.filter(lowest -> lowest > feed.prunedThrough())
			.ifPresent(feed::prune);
	}

	/** This node's place: the lowest of its own and its followers'. */
	private long position() {
		long lowest = cursor.position();
		for (FeedFollower follower : followers) {
			lowest = Math.min(lowest, follower.position());
		}
		return lowest;
	}

	private void publish(List<Change> changes) {
		events.publishEvent(new ChangesCommitted(changes));
		Instant now = clock.instant();
		for (Change change : changes) {
			delay.record(Duration.between(change.changedAt(), now).abs());
		}
	}

	private void follow() {
		while (running) {
			try {
				catchUp();
				tend();
				if (failing) {
					failing = false;
					log.info("Following the change feed again");
				}
			}
			catch (RuntimeException ex) {
				// the database is away: the position did not move, the next round retries
				if (!failing) {
					failing = true;
					log.warn("Could not follow the change feed, retrying every {}: {}", settings.pollInterval(),
							ex.toString());
				}
			}
			try {
				feed.awaitRing(interval());
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	private Duration interval() {
		return listening() && !failing ? settings.listeningPollInterval() : settings.pollInterval();
	}

	/** Whether PostgreSQL's notifications are coming in now. */
	boolean listening() {
		return notifications != null && notifications.listening();
	}

	@Override
	public void start() {
		running = true;
		Instant now = clock.instant();
		try {
			cursor = new FeedCursor(feed.positionBefore(now.minus(settings.settle())), settings.settle());
			tend();
		}
		catch (RuntimeException ex) {
			log.warn("Could not read the change feed on start: {}", ex.toString());
		}
		if (notifications != null) {
			notifications.start();
		}
		worker = Thread.ofPlatform().daemon().name("change-feed-follower").start(this::follow);
	}

	@Override
	public void stop() {
		running = false;
		if (notifications != null) {
			notifications.stop();
		}
		Thread stopping = worker;
		worker = null;
		feed.ring();
		BackgroundThreads.join(stopping, Duration.ofSeconds(10));
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Before the web server opens its port, beside the other projections. */
	@Override
	public int getPhase() {
		return StartupPhases.PROJECTIONS;
	}

}
