package app.khabar.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import app.khabar.support.TestDatabases;

/**
 * {@link TwoNodesIntegrationTests} on PostgreSQL with both nodes listening and polling
 * only every ten minutes: what B shows within the wait came by {@code NOTIFY}.
 */
@ActiveProfiles(TestDatabases.POSTGRES_PROFILE)
@TestPropertySource(properties = { "khabar.cluster.listen=true", "khabar.cluster.poll-interval=10m",
		"khabar.cluster.listening-poll-interval=10m", "khabar.search.poll-interval=10m" })
class TwoNodesPostgresIntegrationTests extends TwoNodesIntegrationTests {

	@Override
	void assertMechanism(double notificationsBefore) {
		assertThat(nodeB.getBean(ChangeFollower.class).listening()).isTrue();
		assertThat(notificationsOnB()).isGreaterThan(notificationsBefore);
	}

}
