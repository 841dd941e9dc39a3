package app.khabar.moderation.web;

import java.util.Locale;

import app.khabar.moderation.ModelStatus;
import app.khabar.persian.PersianDigits;

/**
 * The model page: its state and figures, and the settings form as typed (so a refused
 * form comes back with the moderator's own values).
 */
public record ModelView(Csrf csrf, ModelStatus status, String low, String hold, String reject, boolean trainAuto) {

	/** A share (0-1) as a Persian decimal with two places: {@code ۰٫۸۳}. */
	public String share(double value) {
		return PersianDigits.toPersian(String.format(Locale.ROOT, "%.2f", value)).replace('.', '٫');
	}

}
