package app.khabar.article;

/**
 * The outcome of an autosave: the work is stored as a revision either way; {@code stale}
 * says the article was saved by someone else since the editor opened it
 * ({@code storedVersion} is its version now).
 */
public record AutosaveResult(long revisionId, boolean stale, long storedVersion) {
}
