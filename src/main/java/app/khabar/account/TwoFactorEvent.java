package app.khabar.account;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One line of the two-factor log: {@code actor} (a username) did {@code kind} to the
 * two-factor of {@code subject} (a username; none for a change of the required roles),
 * with {@code detail} (the roles, for that change).
 */
public record TwoFactorEvent(Instant at, String actor, @Nullable String subject, Kind kind, String detail) {

	/** The roles a {@link Kind#ROLES_REQUIRED} event set (none for any other). */
	public List<Role> roles() {
		return kind == Kind.ROLES_REQUIRED ? List.copyOf(Accounts.roles(detail)) : List.of();
	}

	public enum Kind {

		ENABLED, RECOVERY_CODES_RENEWED, RECOVERY_CODE_USED, LOCKED, RESET, ROLES_REQUIRED;

		/** The message key of the event's Persian description. */
		public String messageKey() {
			return "account.two-factor.event." + name();
		}

	}

}
