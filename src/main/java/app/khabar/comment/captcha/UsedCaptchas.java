package app.khabar.comment.captcha;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/**
 * Solutions already accepted, kept until their challenge expires, so each is accepted once on every node: the
 * primary key decides which of two concurrent uses wins.
 */
@Repository
class UsedCaptchas {

	private static final String INSERT = """
			INSERT INTO comment_captcha_used (signature, expires_at) VALUES (:signature, :expiresAt)
			ON CONFLICT DO NOTHING
			""";

	private static final String DELETE_EXPIRED = "DELETE FROM comment_captcha_used WHERE expires_at < :now";

	private final JdbcClient jdbc;

	private final Clock clock;

	UsedCaptchas(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records the use; false when it was already used. Joins the caller's transaction, if any: a conflict does not
	 * abort it (no exception on PostgreSQL).
	 */
	boolean markUsed(String signature, Instant expiresAt) {
		return jdbc.sql(INSERT)
			.param("signature", signature)
			.param("expiresAt", OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC))
			.update() == 1;
	}

	@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
	int deleteExpired() {
		return jdbc.sql(DELETE_EXPIRED)
			.param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
			.update();
	}

}
