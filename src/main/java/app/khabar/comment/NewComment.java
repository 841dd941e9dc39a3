package app.khabar.comment;

import org.jspecify.annotations.Nullable;

/**
 * What a reader submits: the article, the comment replied to (if any), an optional name
 * and the text, as typed (posting normalizes them).
 */
public record NewComment(long articleId, @Nullable Long parentId, @Nullable String name, @Nullable String text) {
}
