package app.khabar.comment.web;

import org.jspecify.annotations.Nullable;

/**
 * The comment form as a template draws it: under the article (empty), on the
 * no-JavaScript reply page (reply mode, the parent's name filled in) or again after a
 * refusal (the reader's text kept, the message shown).
 *
 * @param articleId the article commented on; the form posts to
 * {@code /news/{articleId}/comments}
 * @param articlePath the article's page, for the cancel link
 * @param parentId the comment replied to, or null
 * @param parentName the shown name of that comment's author (anonymous already resolved),
 * or null
 * @param name the name typed so far
 * @param text the text typed so far
 * @param message a refusal to show above the form, already in Persian, or null
 * @param maxLength most characters in a comment
 * @param maxNameLength most characters in a name
 * @param standalone true on the small uncached pages: the cancel of reply mode is a link,
 * not a script button
 */
public record CommentForm(long articleId, String articlePath, @Nullable Long parentId, @Nullable String parentName,
		String name, String text, @Nullable String message, int maxLength, int maxNameLength, boolean standalone) {

	/** The empty form under an article. */
	public static CommentForm empty(long articleId, String articlePath, int maxLength, int maxNameLength) {
		return new CommentForm(articleId, articlePath, null, null, "", "", null, maxLength, maxNameLength, false);
	}

	public String action() {
		return "/news/" + articleId + "/comments";
	}

	public boolean replying() {
		return parentId != null;
	}

}
