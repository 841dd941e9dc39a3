package app.khabar.account;

import java.io.Serializable;

/**
 * The key of a staff account inside this module (its table, the admin screens). Other
 * modules store no account reference but the actor key of their logs, the username
 * ({@link StaffMember}).
 */
public record AccountId(long value) implements Serializable {

	@Override
	public String toString() {
		return Long.toString(value);
	}

}
