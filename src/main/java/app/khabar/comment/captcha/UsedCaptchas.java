package app.khabar.comment.captcha;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/**
 * Solutions already accepted, kept until their challenge expires, so each is accepted
 * once on every node: the primary key decides which of two concurrent uses wins. Uses
 * join the caller's transaction; a conflict does not abort it (no exception on
 * PostgreSQL).
 */
@Repository
class UsedCaptchas {

	private static final String INSERT = """
			INSERT INTO comment_captcha_used (signature, expires_at) VALUES (:signature, :expiresAt)
			ON CONFLICT DO NOTHING
			""";

	private static final String DELETE_EXPIRED = "DELETE FROM comment_captcha_used WHERE expires_at < :now";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final Clock clock;

	UsedCaptchas(JdbcClient jdbc, NamedParameterJdbcTemplate batch, Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.clock = clock;
	}

	/**
	 * Records the uses of valid checks in one statement batch (one round trip); for each,
	 * false when it was already used, before or earlier in the list.
	 */
	boolean[] markAllUsed(List<CaptchaCheck> checks) {
		if (checks.isEmpty()) {
			return new boolean[0];
		}
		SqlParameterSource[] rows = checks.stream()
			.map(check -> new MapSqlParameterSource("signature", check.key()).addValue("expiresAt",
					OffsetDateTime.ofInstant(Objects.requireNonNull(check.expiresAt()), ZoneOffset.UTC)))
			.toArray(SqlParameterSource[]::new);
		int[] counts = batch.batchUpdate(INSERT, rows);
		boolean[] fresh = new boolean[counts.length];
		for (int i = 0; i < counts.length; i++) {
			fresh[i] = counts[i] == 1;
		}
		return fresh;
	}

	@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
	int deleteExpired() {
		return jdbc.sql(DELETE_EXPIRED)
			.param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
			.update();
	}

}
