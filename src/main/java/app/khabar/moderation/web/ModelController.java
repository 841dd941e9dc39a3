package app.khabar.moderation.web;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.khabar.moderation.ModerationError;
import app.khabar.moderation.ModerationRules;
import app.khabar.moderation.RiskThresholds;
import app.khabar.moderation.ScreeningModels;
import app.khabar.persian.PersianDigits;
import app.khabar.shared.KhabarException;
import app.khabar.web.Notice;

/**
 * {@code /moderation/model}: the screening model's state and figures, the site's
 * thresholds, the model and the nightly training on or off, and training again from the
 * decisions (in the background: the page answers at once).
 */
@Controller
class ModelController {

	private static final String MODEL = "/moderation/model";

	private final ScreeningModels models;

	private final ModerationRules rules;

	ModelController(ScreeningModels models, ModerationRules rules) {
		this.models = models;
		this.rules = rules;
	}

	@GetMapping(MODEL)
	String show(CsrfToken csrf, Model model) {
		var risk = rules.riskThresholds();
		return page(csrf, model, text(risk.low()), text(risk.hold()), text(risk.reject()), rules.trainAutomatically(),
				null);
	}

	@PostMapping(MODEL + "/settings")
	String settings(@RequestParam(defaultValue = "") String low, @RequestParam(defaultValue = "") String hold,
			@RequestParam(defaultValue = "") String reject, @RequestParam(defaultValue = "false") boolean on,
			@RequestParam(defaultValue = "false") boolean trainAuto, CsrfToken csrf, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			rules.setRiskThresholds(new RiskThresholds(threshold(low), threshold(hold), threshold(reject)));
		}
		catch (KhabarException ex) {
			if (ex.code() != ModerationError.RISK_INVALID) {
				throw ex;
			}
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(csrf, model, low, hold, reject, trainAuto, Notice.of(ex));
		}
		rules.setRiskModelOn(on);
		rules.setTrainAutomatically(trainAuto);
		Notice.done(redirect, "moderation.done.model-settings");
		return DeskPages.redirect(MODEL);
	}

	@PostMapping(MODEL + "/train")
	String train(RedirectAttributes redirect) {
		if (models.trainInBackground()) {
			Notice.done(redirect, "moderation.done.model-training");
		}
		else {
			Notice.refused(redirect, "moderation.error.model-training");
		}
		return DeskPages.redirect(MODEL);
	}

	private String page(CsrfToken csrf, Model model, String low, String hold, String reject, boolean trainAuto,
			@Nullable Notice notice) {
		model.addAttribute("page", new ModelView(Csrf.of(csrf), models.status(), low, hold, reject, trainAuto));
		if (notice != null) {
			model.addAttribute(Notice.ATTRIBUTE, notice);
		}
		return "moderation/model";
	}

	/** A threshold as a moderator reads it: {@code ۰٫۸}, blank when off. */
	static String text(@Nullable Double threshold) {
		return threshold == null ? "" : PersianDigits.toPersian(threshold.toString()).replace('.', '٫');
	}

	/**
	 * A threshold as a moderator types it: blank is off; Persian or Latin digits, with
	 * {@code ٫}, {@code /}, {@code ,} or {@code .} before the decimals.
	 * @throws KhabarException {@link ModerationError#RISK_INVALID} when it is not a
	 * number
	 */
	static @Nullable Double threshold(String typed) {
		if (typed.isBlank()) {
			return null;
		}
		String number = PersianDigits.toLatin(typed.strip()).replace('٫', '.').replace('/', '.').replace(',', '.');
		if (!number.matches("\\d{0,3}(\\.\\d{1,6})?") || number.isEmpty() || number.equals(".")) {
			throw new KhabarException(ModerationError.RISK_INVALID);
		}
		return Double.valueOf(number);
	}

}
