package app.khabar.moderation.web;

import java.util.List;

import app.khabar.moderation.RejectReason;
import app.khabar.moderation.ReportedComment;

/**
 * The «گزارش‌شده» queue. Template {@code moderation/reports}.
 *
 * @param count how many published comments have open reports (all of them, not only this
 * page's)
 */
public record ReportsView(Csrf csrf, List<ReportedComment> reported, long count, List<RejectReason> rejectReasons) {
}
