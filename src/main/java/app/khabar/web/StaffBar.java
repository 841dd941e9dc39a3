package app.khabar.web;

import java.util.List;

/**
 * The bar on top of every staff page ({@code layout/staff-bar}): the desks the member's
 * roles open, their name, and sign-out (a form post with the CSRF token). The account
 * module puts one in the model of staff pages as {@code staffBar}; the shell draws it.
 *
 * @param accountPath the member's own account settings
 */
public record StaffBar(List<Desk> desks, String name, String accountPath, String csrfParameter, String csrfToken) {

	/** One desk: where it starts, its name's message key, and whether it is open now. */
	public record Desk(String path, String labelKey, boolean current) {
	}

	public StaffBar {
		desks = List.copyOf(desks);
	}

}
