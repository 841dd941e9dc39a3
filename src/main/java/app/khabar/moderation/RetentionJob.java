package app.khabar.moderation;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import app.khabar.cluster.NodeLeases;

/**
 * Clears client hashes and kept originals past the site's retention period, every hour,
 * on the node holding the {@value #LEASE} lease. The update is idempotent, so two nodes
 * running it at once would only repeat each other.
 */
@Component
class RetentionJob {

	static final String LEASE = "commenter-retention";

	private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

	private final CommenterData data;

	private final NodeLeases leases;

	RetentionJob(CommenterData data, NodeLeases leases) {
		this.data = data;
		this.leases = leases;
	}

	@Scheduled(fixedDelayString = "${khabar.moderation.retention-interval:1h}", initialDelayString = "1m")
	void run() {
		if (!leases.tryAcquire(LEASE, Duration.ofMinutes(10))) {
			return;
		}
		int expired = data.expire();
		if (expired > 0) {
			log.info("Retention: dropped the client hash or kept original of {} comments", expired);
		}
	}

}
