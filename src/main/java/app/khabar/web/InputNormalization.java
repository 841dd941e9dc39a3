package app.khabar.web;

import java.beans.PropertyEditorSupport;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Normalizes Persian text once, at the boundary: every String bound from a request (form fields, request parameters,
 * path variables) goes through {@link #normalize(String)}, so what is stored, indexed and matched agrees. JSON bodies
 * ({@code @RequestBody}) are not bound here; their controllers normalize explicitly.
 */
@ControllerAdvice
class InputNormalization {

	@InitBinder
	void normalizeStrings(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new NormalizingEditor());
	}

	/**
	 * Surrounding whitespace out, then the Persian normalizer. Until {@code persian.PersianText} is on main this only
	 * strips; switch the second line to {@code PersianText.normalize(stripped)} then.
	 */
	static String normalize(String text) {
		String stripped = text.strip();
		return stripped;
	}

	private static final class NormalizingEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(@Nullable String text) {
			setValue(text == null ? null : normalize(text));
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return value == null ? "" : value.toString();
		}

	}

}
