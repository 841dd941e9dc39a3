package app.khabar.moderation.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import app.khabar.comment.ReviewedComment;
import app.khabar.moderation.CommenterData.FoundBy;

/**
 * The commenter data page: the lookup form, and what a lookup found (null before one).
 * Template {@code moderation/commenters}.
 */
public record CommentersView(Csrf csrf, FoundBy by, String key, @Nullable List<ReviewedComment> found,
		long retentionDays) {
}
