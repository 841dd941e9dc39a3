package app.khabar.newsroom.web;

import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.khabar.account.AccountManagement;
import app.khabar.account.AccountSummary;
import app.khabar.account.CurrentStaff;
import app.khabar.account.StaffMember;
import app.khabar.article.ArticleDesk;
import app.khabar.newsroom.NewsroomPermissions;
import app.khabar.shared.PageRequest;

/**
 * {@code /newsroom/audit}: every editorial action, newest first, for those who may read
 * it.
 */
@Controller
class AuditController {

	private final ArticleDesk desk;

	private final NewsroomPermissions permissions;

	private final CurrentStaff current;

	private final AccountManagement accounts;

	AuditController(ArticleDesk desk, NewsroomPermissions permissions, CurrentStaff current,
			AccountManagement accounts) {
		this.desk = desk;
		this.accounts = accounts;
		this.permissions = permissions;
		this.current = current;
	}

	@GetMapping("/newsroom/audit")
	String showAudit(@RequestParam(defaultValue = "1") int page, Model model) {
		StaffMember staff = permissions.member(current.current());
		NewsroomPermissions.require(permissions.canReadAudit(staff));
		var names = accounts.all()
			.stream()
			.collect(Collectors.toMap(AccountSummary::username, AccountSummary::displayName, (a, b) -> a));
		model.addAttribute("page", new AuditPage(desk.auditLog(PageRequest.of(page, 50)), names));
		return "newsroom/audit";
	}

}
