package app.khabar.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.khabar.support.MutableClock;

@SpringBootTest(properties = { "khabar.newsroom.scheduled-publishing=false" })
class NodeLeasesIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void oneNodeHoldsALeaseUntilItExpires() {
		var clock = new MutableClock(Instant.parse("2025-11-26T08:00:00Z"));
		var tehran = new NodeLeases(jdbc, clock, "node-tehran");
		var tabriz = new NodeLeases(jdbc, clock, "node-tabriz");

		assertThat(tehran.tryAcquire("job", Duration.ofSeconds(60))).isTrue();
		assertThat(tabriz.tryAcquire("job", Duration.ofSeconds(60))).isFalse();
		clock.advance(Duration.ofSeconds(30));
		assertThat(tehran.tryAcquire("job", Duration.ofSeconds(60))).as("the holder renews").isTrue();
		clock.advance(Duration.ofSeconds(61));
		assertThat(tabriz.tryAcquire("job", Duration.ofSeconds(60))).as("an expired lease is taken over").isTrue();
		assertThat(tehran.tryAcquire("job", Duration.ofSeconds(60))).isFalse();
		tabriz.release("job");
		assertThat(tehran.tryAcquire("job", Duration.ofSeconds(60))).isTrue();
	}

	@Test
	void leasesOfDifferentJobsAreIndependent() {
		var clock = new MutableClock(Instant.parse("2025-11-26T08:00:00Z"));
		var tehran = new NodeLeases(jdbc, clock, "node-tehran");
		var tabriz = new NodeLeases(jdbc, clock, "node-tabriz");
		assertThat(tehran.tryAcquire("publishing", Duration.ofSeconds(60))).isTrue();
		assertThat(tabriz.tryAcquire("cleanup", Duration.ofSeconds(60))).isTrue();
	}

}
