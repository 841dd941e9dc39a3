package app.khabar.account;

/**
 * What a staff member may do. Readers have no role: they comment as guests.
 */
public enum Role {

	/** Accounts, roles and settings; may also do everything below. */
	ADMIN,
	/** Reviews, schedules, publishes and corrects articles; picks the editors' boxes. */
	EDITOR,
	/** Writes articles and submits them for review. */
	REPORTER,
	/** Decides which reader comments are published. */
	MODERATOR;

	/** The Spring Security authority for this role. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** The message key of the role's Persian name. */
	public String messageKey() {
		return "account.role." + name();
	}

}
