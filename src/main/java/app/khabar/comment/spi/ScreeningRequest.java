package app.khabar.comment.spi;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import app.khabar.article.ModerationMode;
import app.khabar.web.ClientHash;

/**
 * What the comment module knows about a submission when it asks for screening: one on an
 * article that takes comments ({@link CommentScreening#acceptsComments}), with a text
 * within the length bounds, both checked before.
 *
 * @param articleId the article commented on
 * @param mode the article's moderation mode
 * @param name the name the reader gave, already normalized; null or blank for anonymous
 * @param text the comment, already normalized
 * @param client the reader's keyed address hash
 * @param recentTextsOnArticle texts this client submitted on this article recently (any
 * status), newest first
 * @param recentSubmissions when this client submitted comments recently (any article),
 * for flood detection
 * @param submittedAt now
 */
public record ScreeningRequest(long articleId, ModerationMode mode, @Nullable String name, String text,
		ClientHash client, List<String> recentTextsOnArticle, List<Instant> recentSubmissions, Instant submittedAt) {

	public ScreeningRequest {
		recentTextsOnArticle = List.copyOf(recentTextsOnArticle);
		recentSubmissions = List.copyOf(recentSubmissions);
	}

}
