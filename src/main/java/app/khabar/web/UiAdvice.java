package app.khabar.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Placeholder until the web branch lands; replaced by it on merge. */
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
