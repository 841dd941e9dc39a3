package app.khabar.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts {@link Ui} into every MVC model, so every template can declare
 * {@code @param app.khabar.web.Ui ui}.
 */
@ControllerAdvice
class UiAdvice {

	private final Ui ui;

	UiAdvice(Ui ui) {
		this.ui = ui;
	}

	@ModelAttribute("ui")
	Ui ui() {
		return ui;
	}

}
