package app.khabar.moderation.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import app.khabar.moderation.ReportReason;

/**
 * The form a reader fills in to report a published comment. Template
 * {@code moderation/report}.
 *
 * @param backPath the comment on its article, null when the article is gone
 */
public record ReportForm(long commentId, @Nullable String authorName, String text, @Nullable String backPath,
		List<ReportReason> reasons, int maxNote) {
}
