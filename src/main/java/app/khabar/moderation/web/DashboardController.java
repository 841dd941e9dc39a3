package app.khabar.moderation.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import app.khabar.moderation.ModerationDashboard;

/**
 * {@code /moderation/dashboard}: comments per hour over the last day and the queue's age.
 */
@Controller
class DashboardController {

	private final ModerationDashboard dashboard;

	DashboardController(ModerationDashboard dashboard) {
		this.dashboard = dashboard;
	}

	@GetMapping("/moderation/dashboard")
	String show(Model model) {
		model.addAttribute("page", DashboardView.of(dashboard.snapshot()));
		return "moderation/dashboard";
	}

}
