package app.khabar.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Staff accounts in {@code account_account}. Usernames are stored lower-case, so lookups
 * are exact.
 */
@Repository
class Accounts {

	private static final String COLUMNS = """
			id, username, display_name, password_hash, roles, enabled, must_change_password, created_at, version
			""";

	private static final String FIND_BY_USERNAME = "SELECT " + COLUMNS
			+ " FROM account_account WHERE username = :username";

	private static final String FIND_BY_ID = "SELECT " + COLUMNS + " FROM account_account WHERE id = :id";

	private static final String FIND_ALL = "SELECT " + COLUMNS + " FROM account_account ORDER BY username";

	private static final String COUNT = "SELECT COUNT(*) FROM account_account";

	private static final String INSERT = """
			INSERT INTO account_account
			  (username, display_name, password_hash, roles, enabled, must_change_password, created_at, version)
			VALUES (:username, :displayName, :passwordHash, :roles, TRUE, :mustChange, :createdAt, 0)
			""";

	private static final String UPDATE_ROLES_AND_STATE = """
			UPDATE account_account
			SET display_name = :displayName, roles = :roles, enabled = :enabled, version = version + 1
			WHERE id = :id AND version = :version
			""";

	private static final String UPDATE_PASSWORD = """
			UPDATE account_account
			SET password_hash = :passwordHash, must_change_password = :mustChange, version = version + 1
			WHERE id = :id
			""";

	private final JdbcClient jdbc;

	Accounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Account> findByUsername(String username) {
		return jdbc.sql(FIND_BY_USERNAME).param("username", username).query(Accounts::map).optional();
	}

	Optional<Account> findById(AccountId id) {
		return jdbc.sql(FIND_BY_ID).param("id", id.value()).query(Accounts::map).optional();
	}

	List<Account> findAll() {
		return jdbc.sql(FIND_ALL).query(Accounts::map).list();
	}

	long count() {
		return jdbc.sql(COUNT).query(Long.class).single();
	}

	/**
	 * Inserts an enabled account; a taken username fails with the database's unique-key
	 * violation.
	 */
	AccountId insert(String username, String displayName, String passwordHash, Set<Role> roles, boolean mustChange,
			Instant createdAt) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql(INSERT)
			.param("username", username)
			.param("displayName", displayName)
			.param("passwordHash", passwordHash)
			.param("roles", rolesColumn(roles))
			.param("mustChange", mustChange)
			.param("createdAt", OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC))
			.update(keys, "id");
		return new AccountId(keys.getKeyAs(Number.class).longValue());
	}

	/**
	 * Version-checked: false when someone changed the account since {@code version} was
	 * read.
	 */
	boolean update(AccountId id, int version, String displayName, Set<Role> roles, boolean enabled) {
		return jdbc.sql(UPDATE_ROLES_AND_STATE)
			.param("id", id.value())
			.param("version", version)
			.param("displayName", displayName)
			.param("roles", rolesColumn(roles))
			.param("enabled", enabled)
			.update() == 1;
	}

	void updatePassword(AccountId id, String passwordHash, boolean mustChange) {
		jdbc.sql(UPDATE_PASSWORD)
			.param("id", id.value())
			.param("passwordHash", passwordHash)
			.param("mustChange", mustChange)
			.update();
	}

	private static Account map(ResultSet rs, int row) throws SQLException {
		return new Account(new AccountId(rs.getLong("id")), rs.getString("username"), rs.getString("display_name"),
				rs.getString("password_hash"), roles(rs.getString("roles")), rs.getBoolean("enabled"),
				rs.getBoolean("must_change_password"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getInt("version"));
	}

	private static String rolesColumn(Set<Role> roles) {
		return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
	}

	/**
	 * Role names, comma-separated, as stored; a role removed from the code is skipped.
	 */
	static Set<Role> roles(String column) {
		var roles = EnumSet.noneOf(Role.class);
		Arrays.stream(column.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(name -> {
			try {
				roles.add(Role.valueOf(name));
			}
			catch (IllegalArgumentException ignored) {
				// a role removed from the code is simply no longer granted
			}
		});
		return roles;
	}

}
