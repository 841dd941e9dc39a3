package app.khabar.newsroom.web;

import app.khabar.article.AuditEntry;
import app.khabar.shared.Page;

/** The audit log of editorial actions, newest first. */
public record AuditPage(Page<AuditEntry> entries) {
}
