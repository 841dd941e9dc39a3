package app.khabar.moderation;

/**
 * A decision on the desk resolved a comment's open reports (in its transaction).
 */
record ReportsResolved(long commentId) {
}
