package app.khabar.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

import app.khabar.shared.BackgroundThreads;
import io.micrometer.core.instrument.Counter;

/**
 * PostgreSQL's {@code LISTEN/NOTIFY} as the change feed's doorbell: a connection of its
 * own (not one of the pool's, which serve requests) listens on {@value #CHANNEL}, which a
 * trigger on {@code cluster_change} notifies when an append commits, and rings for each
 * notification. When the connection breaks (PostgreSQL restarted, the network) it says so
 * once, connects again every second and rings once listening again, for what committed
 * meanwhile; the follower polls more often while it is down.
 */
final class ChangeNotifications {

	static final String CHANNEL = "khabar_change";

	private static final Logger log = LoggerFactory.getLogger(ChangeNotifications.class);

	/** How long one wait for notifications lasts: bounds how late a stop is noticed. */
	private static final int WAIT_MILLIS = 500;

	/** Silence longer than this is checked with a query: a dead peer sends nothing. */
	private static final Duration CHECK_AFTER = Duration.ofSeconds(10);

	/** How long to wait before connecting again. */
	private static final Duration RETRY = Duration.ofSeconds(1);

	/** The listening connection's name in {@code pg_stat_activity}. */
	static final String APPLICATION_NAME = "khabar-change-listener";

	private final JdbcConnectionDetails database;

	private final Runnable ring;

	private final Counter received;

	private volatile boolean running;

	private volatile boolean listening;

	private volatile @Nullable Thread worker;

	ChangeNotifications(JdbcConnectionDetails database, Runnable ring, Counter received) {
		this.database = database;
		this.ring = ring;
		this.received = received;
	}

	/** Whether the connection is up and listening now. */
	boolean listening() {
		return listening;
	}

	void start() {
		running = true;
		worker = Thread.ofPlatform().daemon().name("change-feed-listener").start(this::run);
	}

	void stop() {
		running = false;
		Thread stopping = worker;
		worker = null;
		BackgroundThreads.join(stopping, Duration.ofSeconds(5));
	}

	private void run() {
		boolean lost = false;
		while (running) {
			try (Connection connection = DriverManager.getConnection(database.getJdbcUrl(), connectionProperties())) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("LISTEN " + CHANNEL);
				}
				listening = true;
				if (lost) {
					log.info("Listening for change feed notifications again");
					lost = false;
				}
				ring.run();
				listen(connection);
			}
			catch (SQLException ex) {
				if (running && !lost) {
					log.warn("Lost the change feed notifications, reconnecting every {} and polling meanwhile: {}",
							RETRY, ex.toString());
					lost = true;
				}
			}
			finally {
				listening = false;
			}
			sleep(RETRY);
		}
	}

	private Properties connectionProperties() {
		var properties = new Properties();
		if (database.getUsername() != null) {
			properties.setProperty("user", database.getUsername());
		}
		if (database.getPassword() != null) {
			properties.setProperty("password", database.getPassword());
		}
		properties.setProperty("ApplicationName", APPLICATION_NAME);
		return properties;
	}

	private void listen(Connection connection) throws SQLException {
		PGConnection postgres = connection.unwrap(PGConnection.class);
		long quietSince = System.nanoTime();
		while (running) {
			PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
			if (notifications != null && notifications.length > 0) {
				received.increment(notifications.length);
				ring.run();
				quietSince = System.nanoTime();
			}
			else if (System.nanoTime() - quietSince > CHECK_AFTER.toNanos()) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("SELECT 1");
				}
				quietSince = System.nanoTime();
			}
		}
	}

	private void sleep(Duration duration) {
		if (!running) {
			return;
		}
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			running = false;
		}
	}

}
