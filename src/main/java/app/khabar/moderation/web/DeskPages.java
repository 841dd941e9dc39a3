package app.khabar.moderation.web;

import java.net.URI;

import org.springframework.stereotype.Component;

import app.khabar.account.CurrentStaff;
import app.khabar.account.StaffMember;

/**
 * What every desk controller shares: the current moderator and safe redirects back to the
 * desk.
 */
@Component
class DeskPages {

	private final CurrentStaff staff;

	DeskPages(CurrentStaff staff) {
		this.staff = staff;
	}

	StaffMember moderator() {
		return staff.require();
	}

	/**
	 * A redirect to {@code back} when it is a desk path, else to the queue: never to
	 * another site.
	 */
	static String redirect(String back) {
		boolean desk = back.startsWith("/moderation") && !back.startsWith("//") && !back.contains("\\")
				&& back.chars().noneMatch(Character::isISOControl);
		try {
			return "redirect:" + URI.create(desk ? back : "/moderation");
		}
		catch (IllegalArgumentException malformed) {
			return "redirect:/moderation";
		}
	}

}
