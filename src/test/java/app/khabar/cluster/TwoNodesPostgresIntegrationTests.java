package app.khabar.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import app.khabar.article.CommentSettings;
import app.khabar.support.TestDatabases;

/**
 * {@link TwoNodesIntegrationTests} on PostgreSQL with both nodes listening and polling
 * only every ten minutes: what B shows within the wait came by {@code NOTIFY}.
 */
@ActiveProfiles(TestDatabases.POSTGRES_PROFILE)
@TestPropertySource(properties = { "khabar.cluster.listen=true", "khabar.cluster.poll-interval=10m",
		"khabar.cluster.listening-poll-interval=10m", "khabar.search.poll-interval=10m" })
class TwoNodesPostgresIntegrationTests extends TwoNodesIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Override
	void assertMechanism(double notificationsBefore) {
		assertThat(nodeB.getBean(ChangeFollower.class).listening()).isTrue();
		assertThat(notificationsOnB()).isGreaterThan(notificationsBefore);
	}

	/** As when PostgreSQL restarts: the server ends the listening connections. */
	@Test
	void theListenersConnectAgainWhenTheDatabaseDropsThem() throws Exception {
		List<Integer> ended = jdbc.sql("""
				SELECT pid FROM pg_stat_activity WHERE application_name = :name AND datname = current_database()
				""").param("name", ChangeNotifications.APPLICATION_NAME).query(Integer.class).list();
		assertThat(ended).as("node A's and node B's listeners").hasSize(2);
		ended.forEach(
				pid -> jdbc.sql("SELECT pg_terminate_backend(:pid)").param("pid", pid).query(Boolean.class).single());
		// both listen again on new connections
		await().atMost(WAIT)
			.until(() -> jdbc.sql("""
					SELECT COUNT(*) FROM pg_stat_activity
					WHERE application_name = :name AND datname = current_database() AND pid NOT IN (:ended)
					AND query LIKE 'LISTEN %'
					""")
				.param("name", ChangeNotifications.APPLICATION_NAME)
				.param("ended", ended)
				.query(Integer.class)
				.single() == 2);

		long id = article("خبری که پس از قطع اتصال منتشر شد", CommentSettings.DEFAULT);
		changeOnAShowsOnB(id,
				() -> lifecycle.retract("editor", id, current(id).version(), "پس از اتصال دوباره پس گرفته شد"), 410,
				"پس از اتصال دوباره پس گرفته شد");
	}

}
