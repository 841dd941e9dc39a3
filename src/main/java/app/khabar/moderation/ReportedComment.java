package app.khabar.moderation;

import java.util.List;

/** A published comment in the «گزارش‌شده» queue, with its open reports, oldest first. */
public record ReportedComment(QueueEntry comment, List<ReaderReport> reports) {
}
