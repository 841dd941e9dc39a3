package app.khabar.moderation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One reader's report of a comment, as moderators see it (without the reporter's hash).
 */
public record ReaderReport(long id, long commentId, ReportReason reason, @Nullable String note, Instant reportedAt) {
}
