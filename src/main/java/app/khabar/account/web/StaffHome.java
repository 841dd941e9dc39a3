package app.khabar.account.web;

import app.khabar.account.Role;
import app.khabar.account.StaffMember;

/** Where a staff member starts: their own area. */
final class StaffHome {

	private StaffHome() {
	}

	static String of(StaffMember member) {
		var roles = member.roles();
		if (roles.contains(Role.ADMIN)) {
			return "/admin/accounts";
		}
		if (roles.contains(Role.EDITOR) || roles.contains(Role.REPORTER)) {
			return "/newsroom";
		}
		if (roles.contains(Role.MODERATOR)) {
			return "/moderation";
		}
		return "/";
	}

}
