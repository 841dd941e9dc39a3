package app.khabar.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The roles whose members must use two-factor sign-in ({@code account_two_factor_role}),
 * set by an admin.
 */
@Repository
class RequiredRoles {

	private static final String ALL = "SELECT role FROM account_two_factor_role";

	private static final String DELETE_ALL = "DELETE FROM account_two_factor_role";

	private static final String INSERT = """
			INSERT INTO account_two_factor_role (role, required_by, required_at) VALUES (:role, :by, :at)
			""";

	private final JdbcClient jdbc;

	RequiredRoles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Set<Role> all() {
		return Accounts.roles(String.join(",", jdbc.sql(ALL).query(String.class).list()));
	}

	void replace(Set<Role> roles, String by, Instant at) {
		jdbc.sql(DELETE_ALL).update();
		roles.forEach(role -> jdbc.sql(INSERT)
			.param("role", role.name())
			.param("by", by)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update());
	}

}
