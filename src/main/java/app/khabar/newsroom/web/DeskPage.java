package app.khabar.newsroom.web;

import java.util.List;

import app.khabar.account.StaffMember;
import app.khabar.article.DeskRow;

/**
 * The newsroom's front: my articles, what waits for review, what is scheduled, what was
 * published last.
 */
public record DeskPage(StaffMember staff, List<DeskRow> mine, List<DeskRow> drafts, List<DeskRow> inReview,
		List<DeskRow> scheduled, List<DeskRow> published, boolean editor) {
}
