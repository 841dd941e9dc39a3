package app.khabar.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each account's two-factor row ({@code account_two_factor}) and its recovery codes
 * ({@code account_recovery_code}). A code check reads its row {@code FOR UPDATE}: checks
 * of one account run one after the other on every node, so concurrent guesses cannot all
 * pass the throttle before the first failure is counted.
 */
@Repository
class TwoFactors {

	/** A stored two-factor row; {@code secret} is still sealed. */
	record Row(AccountId account, String secret, @Nullable Instant confirmedAt, long lastStep, int failures,
			@Nullable Instant lockedUntil) {

		boolean confirmed() {
			return confirmedAt != null;
		}

	}

	/** An enabled two-factor as the admin screen lists it. */
	record Enabled(AccountId account, Instant since, int recoveryCodesLeft) {
	}

	private static final String COLUMNS = "account_id, secret, confirmed_at, last_step, failures, locked_until";

	private static final String FIND = "SELECT " + COLUMNS + " FROM account_two_factor WHERE account_id = :id";

	private static final String INSERT = """
			INSERT INTO account_two_factor (account_id, secret, created_at) VALUES (:id, :secret, :now)
			""";

	private static final String CONFIRM = """
			UPDATE account_two_factor SET confirmed_at = :now, last_step = :step, failures = 0, locked_until = NULL
			WHERE account_id = :id AND confirmed_at IS NULL
			""";

	private static final String ACCEPTED = """
			UPDATE account_two_factor SET last_step = :step, failures = 0, locked_until = NULL WHERE account_id = :id
			""";

	private static final String FAILED = """
			UPDATE account_two_factor SET failures = :failures, locked_until = :lockedUntil WHERE account_id = :id
			""";

	private static final String DELETE = "DELETE FROM account_two_factor WHERE account_id = :id";

	private static final String ALL_ENABLED = """
			SELECT t.account_id, t.confirmed_at,
			       (SELECT COUNT(*) FROM account_recovery_code c WHERE c.account_id = t.account_id AND c.used_at IS NULL)
			         AS codes_left
			FROM account_two_factor t WHERE t.confirmed_at IS NOT NULL
			""";

	private static final String IS_ENABLED = """
			SELECT COUNT(*) FROM account_two_factor WHERE account_id = :id AND confirmed_at IS NOT NULL
			""";

	private static final String MUST_ENROL = """
			SELECT COUNT(*) FROM account_two_factor_role r
			WHERE r.role IN (:roles)
			  AND NOT EXISTS (SELECT 1 FROM account_two_factor t WHERE t.account_id = :id AND t.confirmed_at IS NOT NULL)
			""";

	private static final String DELETE_CODES = "DELETE FROM account_recovery_code WHERE account_id = :id";

	private static final String INSERT_CODE = "INSERT INTO account_recovery_code (account_id, code_hash) VALUES (:id, :hash)";

	private static final String USE_CODE = """
			UPDATE account_recovery_code SET used_at = :now
			WHERE account_id = :id AND code_hash = :hash AND used_at IS NULL
			""";

	private static final String CODES_LEFT = """
			SELECT COUNT(*) FROM account_recovery_code WHERE account_id = :id AND used_at IS NULL
			""";

	private final JdbcClient jdbc;

	TwoFactors(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Row> find(AccountId id) {
		return jdbc.sql(FIND).param("id", id.value()).query(TwoFactors::map).optional();
	}

	/** The row, locked until the surrounding transaction ends. */
	Optional<Row> lock(AccountId id) {
		return jdbc.sql(FIND + " FOR UPDATE").param("id", id.value()).query(TwoFactors::map).optional();
	}

	/**
	 * Starts an enrolment; a second one for the same account fails with the primary-key
	 * violation.
	 */
	void insert(AccountId id, String sealedSecret, Instant now) {
		jdbc.sql(INSERT).param("id", id.value()).param("secret", sealedSecret).param("now", utc(now)).update();
	}

	boolean confirm(AccountId id, long step, Instant now) {
		return jdbc.sql(CONFIRM).param("id", id.value()).param("step", step).param("now", utc(now)).update() == 1;
	}

	void accepted(AccountId id, long step) {
		jdbc.sql(ACCEPTED).param("id", id.value()).param("step", step).update();
	}

	void failed(AccountId id, int failures, @Nullable Instant lockedUntil) {
		jdbc.sql(FAILED)
			.param("id", id.value())
			.param("failures", failures)
			.param("lockedUntil", lockedUntil == null ? null : utc(lockedUntil), Types.TIMESTAMP_WITH_TIMEZONE)
			.update();
	}

	/**
	 * Removes the account's two-factor and its recovery codes; false when it had none.
	 */
	boolean delete(AccountId id) {
		jdbc.sql(DELETE_CODES).param("id", id.value()).update();
		return jdbc.sql(DELETE).param("id", id.value()).update() == 1;
	}

	boolean enabled(AccountId id) {
		return jdbc.sql(IS_ENABLED).param("id", id.value()).query(Long.class).single() > 0;
	}

	/**
	 * Whether one of the roles must use two-factor and the account has not enabled it.
	 */
	boolean mustEnrol(AccountId id, Collection<Role> roles) {
		if (roles.isEmpty()) {
			return false;
		}
		return jdbc.sql(MUST_ENROL)
			.param("id", id.value())
			.param("roles", roles.stream().map(Role::name).toList())
			.query(Long.class)
			.single() > 0;
	}

	List<Enabled> allEnabled() {
		return jdbc.sql(ALL_ENABLED)
			.query((rs, row) -> new Enabled(new AccountId(rs.getLong("account_id")), instant(rs, "confirmed_at"),
					rs.getInt("codes_left")))
			.list();
	}

	void replaceRecoveryCodes(AccountId id, Collection<String> hashes) {
		jdbc.sql(DELETE_CODES).param("id", id.value()).update();
		hashes.forEach(hash -> jdbc.sql(INSERT_CODE).param("id", id.value()).param("hash", hash).update());
	}

	/**
	 * Spends an unused recovery code: true exactly once per code, however many try it at
	 * the same time.
	 */
	boolean useRecoveryCode(AccountId id, String hash, Instant now) {
		return jdbc.sql(USE_CODE).param("id", id.value()).param("hash", hash).param("now", utc(now)).update() == 1;
	}

	int recoveryCodesLeft(AccountId id) {
		return jdbc.sql(CODES_LEFT).param("id", id.value()).query(Long.class).single().intValue();
	}

	private static Row map(ResultSet rs, int row) throws SQLException {
		var lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
		var confirmedAt = rs.getObject("confirmed_at", OffsetDateTime.class);
		return new Row(new AccountId(rs.getLong("account_id")), rs.getString("secret"),
				confirmedAt == null ? null : confirmedAt.toInstant(), rs.getLong("last_step"), rs.getInt("failures"),
				lockedUntil == null ? null : lockedUntil.toInstant());
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
