package app.khabar.web;

import java.io.Serializable;
import java.util.List;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.khabar.shared.KhabarException;

/**
 * The message a staff page shows once after a form post redirected to it
 * (post/redirect/get, as petclinic does): a message key with its arguments, good news or
 * a refusal. A controller adds it to the redirect with {@link #done} or {@link #refused};
 * Spring puts it into the next page's model as {@value #ATTRIBUTE}, and the page template
 * declares {@code @param Notice notice = null} and renders it with
 * {@code partial/notice}. Serializable because flash attributes live in the staff
 * session, which is stored in the database.
 */
public record Notice(String key, List<Object> args, boolean error) implements Serializable {

	/** The model attribute, and the template parameter, that holds the notice. */
	public static final String ATTRIBUTE = "notice";

	public Notice {
		args = List.copyOf(args);
	}

	/** Tells the next page what was done. */
	public static void done(RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute(ATTRIBUTE, new Notice(key, List.of(args), false));
	}

	/** Tells the next page why nothing was done. */
	public static void refused(RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute(ATTRIBUTE, new Notice(key, List.of(args), true));
	}

	/** Tells the next page why nothing was done: the failure's own message. */
	public static void refused(RedirectAttributes redirect, KhabarException failure) {
		redirect.addFlashAttribute(ATTRIBUTE, of(failure));
	}

	/**
	 * A refusal shown on the page that is rendered again (no redirect): the failure's own
	 * message.
	 */
	public static Notice of(KhabarException failure) {
		return new Notice(failure.code().messageKey(), failure.arguments(), true);
	}

	/** An error shown on the page that is rendered again (no redirect). */
	public static Notice error(String key, Object... args) {
		return new Notice(key, List.of(args), true);
	}

	/** Good news shown without a redirect (the login page's "signed out"). */
	public static Notice info(String key, Object... args) {
		return new Notice(key, List.of(args), false);
	}

	/** The arguments, as {@code ui.t(key, args)} takes them. */
	public Object[] arguments() {
		return args.toArray();
	}

}
