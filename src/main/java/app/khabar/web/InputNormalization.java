package app.khabar.web;

import java.beans.PropertyEditorSupport;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import app.khabar.persian.PersianText;

/**
 * Normalizes Persian text once, at the boundary: every String bound from a request (form
 * fields, request parameters, path variables) goes through {@link #normalize(String)}, so
 * what is stored, indexed and matched agrees. JSON bodies ({@code @RequestBody}) are not
 * bound here; their controllers normalize explicitly.
 */
@ControllerAdvice
class InputNormalization {

	@InitBinder
	void normalizeStrings(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new NormalizingEditor());
	}

	/**
	 * Surrounding whitespace (including no-break spaces) out, then the one Persian
	 * normalizer.
	 */
	static String normalize(String text) {
		return PersianText.normalize(stripSpaces(text));
	}

	private static String stripSpaces(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && isSpace(text.charAt(start))) {
			start++;
		}
		while (end > start && isSpace(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(start, end);
	}

	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
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
