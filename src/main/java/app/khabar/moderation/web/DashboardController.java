package app.khabar.moderation.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import app.khabar.moderation.ModerationDashboard;

/** {@code /moderation/dashboard}: comments per hour over the last day and the queue's age. */
@Controller
class DashboardController {

	private final ModerationDashboard dashboard;

	private final DeskPages pages;

	DashboardController(ModerationDashboard dashboard, DeskPages pages) {
		this.dashboard = dashboard;
		this.pages = pages;
	}

	@GetMapping("/moderation/dashboard")
	ResponseEntity<byte[]> show() {
		return pages.render("moderation/dashboard", DashboardView.of(dashboard.snapshot()));
	}

}
