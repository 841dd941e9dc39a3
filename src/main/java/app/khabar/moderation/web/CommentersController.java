package app.khabar.moderation.web;

import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.khabar.moderation.CommenterData;
import app.khabar.moderation.CommenterData.FoundBy;
import app.khabar.web.Notice;

/**
 * {@code /admin/commenters} (admins only, by the staff chain): find a commenter by
 * receipt, name or client hash, download everything stored about them as JSON, or erase
 * it. Lookups are posts, so a receipt or a name never lands in an address bar or a log.
 */
@Controller
class CommentersController {

	private final CommenterData data;

	private final DeskPages pages;

	CommentersController(CommenterData data, DeskPages pages) {
		this.data = data;
		this.pages = pages;
	}

	@GetMapping("/admin/commenters")
	String page(CsrfToken csrf, Model model) {
		model.addAttribute("page",
				new CommentersView(Csrf.of(csrf), FoundBy.RECEIPT, "", null, data.retention().toDays()));
		return "moderation/commenters";
	}

	@PostMapping("/admin/commenters")
	String find(@RequestParam(defaultValue = "RECEIPT") String by, @RequestParam(defaultValue = "") String key,
			CsrfToken csrf, Model model) {
		FoundBy foundBy = DeskController.parse(FoundBy.class, by, FoundBy.RECEIPT);
		model.addAttribute("page",
				new CommentersView(Csrf.of(csrf), foundBy, key, data.find(foundBy, key), data.retention().toDays()));
		return "moderation/commenters";
	}

	@PostMapping("/admin/commenters/export")
	ResponseEntity<Map<String, Object>> export(@RequestParam(defaultValue = "RECEIPT") String by,
			@RequestParam(defaultValue = "") String key) {
		Map<String, Object> document = data.export(DeskController.parse(FoundBy.class, by, FoundBy.RECEIPT), key);
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("commenter-data.json").build().toString())
			.body(document);
	}

	@PostMapping("/admin/commenters/erase")
	String erase(@RequestParam(defaultValue = "RECEIPT") String by, @RequestParam(defaultValue = "") String key,
			@RequestParam(defaultValue = "") String confirm, RedirectAttributes redirect) {
		// erasure cannot be undone: the admin ticks that they know it, even without the
		// browser's own check of the box
		if (!"yes".equals(confirm)) {
			Notice.refused(redirect, "moderation.error.erase-unconfirmed");
			return "redirect:/admin/commenters";
		}
		int erased = data.erase(pages.moderator(), DeskController.parse(FoundBy.class, by, FoundBy.RECEIPT), key);
		Notice.done(redirect, "moderation.done.commenter-erased", erased);
		return "redirect:/admin/commenters";
	}

}
