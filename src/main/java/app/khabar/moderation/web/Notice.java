package app.khabar.moderation.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A message shown once after a redirect: a message key with arguments, good news or an error. Serializable because
 * flash attributes live in the staff session, which is stored in the database.
 */
public record Notice(String key, List<Object> args, boolean error) implements Serializable {

	private static final String FLASH = "moderationNotice";

	public Notice {
		args = List.copyOf(args);
	}

	static void ok(RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute(FLASH, new Notice(key, List.of(args), false));
	}

	static void error(RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute(FLASH, new Notice(key, List.of(args), true));
	}

	static @Nullable Notice of(HttpServletRequest request) {
		Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
		return flash == null ? null : (Notice) flash.get(FLASH);
	}

	public Object[] arguments() {
		return args.toArray();
	}

}
