package app.khabar.moderation.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.khabar.moderation.BanKind;
import app.khabar.moderation.ModerationError;
import app.khabar.moderation.ModerationRules;
import app.khabar.moderation.SiteDefaults;
import app.khabar.moderation.WordListImport;
import app.khabar.moderation.WordListKind;
import app.khabar.shared.KhabarException;
import app.khabar.web.Notice;

/**
 * {@code /moderation/rules}: the word lists (typed in, or imported from a file), the bans
 * and the site defaults, edited by plain forms.
 */
@Controller
class RulesController {

	private static final String RULES = "/moderation/rules";

	private final ModerationRules rules;

	private final DeskPages pages;

	RulesController(ModerationRules rules, DeskPages pages) {
		this.rules = rules;
		this.pages = pages;
	}

	@GetMapping(RULES)
	String show(CsrfToken csrf, Model model) {
		model.addAttribute("page", new RulesView(Csrf.of(csrf), rules.words(), rules.bans(), rules.siteDefaults()));
		return "moderation/rules";
	}

	/**
	 * A word list file: what it added comes back as a notice; a file that is no word list
	 * (too large, not UTF-8, empty, another type) shows the page again with the reason
	 * and the failure's 4xx status.
	 */
	@PostMapping(RULES + "/words/import")
	String importWords(@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(defaultValue = "SUSPECT") String list, CsrfToken csrf, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		WordListKind kind = DeskController.parse(WordListKind.class, list, WordListKind.SUSPECT);
		try (InputStream in = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
			if (file == null || file.isEmpty()) {
				throw new KhabarException(ModerationError.IMPORT_EMPTY);
			}
			WordListImport outcome = rules.importWords(pages.moderator(), kind, file.getOriginalFilename(), in);
			Notice.done(redirect, "moderation.done.imported", outcome.added(), outcome.present(), outcome.skipped());
			return DeskPages.redirect(RULES);
		}
		catch (KhabarException ex) {
			if (!(ex.code() instanceof ModerationError)) {
				throw ex;
			}
			response.setStatus(ex.code().kind().httpStatus());
			model.addAttribute(Notice.ATTRIBUTE, Notice.of(ex));
			return show(csrf, model);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@PostMapping(RULES + "/words")
	String addWord(@RequestParam String list, @RequestParam String word, RedirectAttributes redirect) {
		WordListKind kind = DeskController.parse(WordListKind.class, list, WordListKind.SUSPECT);
		return done(redirect, "moderation.done.word-added", () -> rules.addWord(pages.moderator(), kind, word));
	}

	@PostMapping(RULES + "/words/{id}/delete")
	String removeWord(@PathVariable long id, RedirectAttributes redirect) {
		return done(redirect, "moderation.done.word-removed", () -> rules.removeWord(id));
	}

	@PostMapping(RULES + "/bans")
	String ban(@RequestParam String kind, @RequestParam String value, @RequestParam(defaultValue = "") String note,
			RedirectAttributes redirect) {
		BanKind what = DeskController.parse(BanKind.class, kind, BanKind.NAME);
		return done(redirect, "moderation.done.banned", () -> rules.ban(pages.moderator(), what, value, note));
	}

	@PostMapping(RULES + "/bans/{id}/delete")
	String unban(@PathVariable long id, RedirectAttributes redirect) {
		return done(redirect, "moderation.done.unbanned", () -> rules.unban(id));
	}

	@PostMapping(RULES + "/defaults")
	String defaults(@RequestParam(defaultValue = "") String autoCloseDays, RedirectAttributes redirect) {
		return done(redirect, "moderation.done.defaults", () -> {
			@Nullable Long days = DeskController.number(autoCloseDays);
			if (!autoCloseDays.isBlank() && days == null) {
				throw new KhabarException(ModerationError.DAYS_INVALID);
			}
			rules.setSiteDefaults(new SiteDefaults(days == null ? null : (int) Math.clamp(days, -1, 100_000)));
		});
	}

	/**
	 * Runs a change; its own errors (an empty word, a malformed ban) come back as a
	 * notice on the page.
	 */
	private static String done(RedirectAttributes redirect, String doneKey, Runnable change) {
		try {
			change.run();
			Notice.done(redirect, doneKey);
		}
		catch (KhabarException ex) {
			if (!(ex.code() instanceof ModerationError)) {
				throw ex;
			}
			Notice.refused(redirect, ex);
		}
		return DeskPages.redirect(RULES);
	}

}
