package app.khabar.account;

import java.util.Arrays;
import java.util.List;

/**
 * The staff's desks, in the staff bar's order: each opens to the roles the staff chain
 * lets in ({@link SecurityConfiguration}).
 */
public enum StaffDesk {

	/** Writing, reviewing, curating: editors, reporters, admins. */
	NEWSROOM("/newsroom", Role.EDITOR, Role.REPORTER),
	/** The comment queue: moderators, admins. */
	MODERATION("/moderation", Role.MODERATOR),
	/** Accounts and roles: admins. */
	ACCOUNTS("/admin/accounts", Role.ADMIN);

	private final String path;

	private final List<Role> roles;

	StaffDesk(String path, Role... roles) {
		this.path = path;
		this.roles = List.of(roles);
	}

	/** The desk's first page. */
	public String path() {
		return path;
	}

	/** The message key of the desk's name. */
	public String messageKey() {
		return "staff.desk." + name();
	}

	/** Whether a request path is on this desk ({@code /admin/**} for accounts). */
	public boolean holds(String requestPath) {
		String root = this == ACCOUNTS ? "/admin" : path;
		return requestPath.equals(root) || requestPath.startsWith(root + "/");
	}

	/** The desks the member may open, in the bar's order. */
	public static List<StaffDesk> of(StaffMember member) {
		return Arrays.stream(values()).filter(desk -> desk.roles.stream().anyMatch(member::can)).toList();
	}

	/**
	 * Where a member starts after signing in: an admin at the accounts, else their first
	 * desk; a member with no role at the public home.
	 */
	public static String home(StaffMember member) {
		if (member.roles().contains(Role.ADMIN)) {
			return ACCOUNTS.path;
		}
		return of(member).stream().findFirst().map(StaffDesk::path).orElse("/");
	}

}
