package app.khabar.newsroom;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import app.khabar.article.ArticleLifecycle;
import app.khabar.cluster.NodeLeases;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Publishes scheduled articles when they are due, every few seconds. With several nodes
 * on one database, the node holding the {@code scheduled-publishing} lease does the work;
 * should two ever run at once (a lease that expired mid-run), each article is still
 * claimed by one conditional update, so it is published exactly once. The articles it
 * published are counted in {@code khabar.newsroom.scheduled.published} (on the node that
 * published them).
 */
@Component
@ConditionalOnProperty(name = "khabar.newsroom.scheduled-publishing", havingValue = "true", matchIfMissing = true)
class ScheduledPublishing {

	static final String LEASE = "scheduled-publishing";

	private static final Logger log = LoggerFactory.getLogger(ScheduledPublishing.class);

	private final ArticleLifecycle lifecycle;

	private final NodeLeases leases;

	private final Counter published;

	ScheduledPublishing(ArticleLifecycle lifecycle, NodeLeases leases, MeterRegistry meters) {
		this.lifecycle = lifecycle;
		this.leases = leases;
		this.published = Counter.builder("khabar.newsroom.scheduled.published")
			.description("Scheduled articles published when they fell due")
			.register(meters);
	}

	@Scheduled(fixedDelayString = "${khabar.newsroom.scheduler-delay:15s}", initialDelayString = "5s")
	void publishDue() {
		// the lease outlives a few runs so a healthy holder keeps it; a dead one loses it
		// within a minute
		if (!leases.tryAcquire(LEASE, Duration.ofSeconds(60))) {
			return;
		}
		List<Long> published = lifecycle.publishDue();
		if (!published.isEmpty()) {
			this.published.increment(published.size());
			log.info("Published scheduled articles {}", published);
		}
	}

}
