package app.khabar.moderation.phase;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import app.khabar.article.ModerationMode;
import app.khabar.comment.spi.Risk;

/**
 * Everything the screening phases look at, gathered before the pipeline runs so the
 * phases stay pure.
 *
 * @param mode the article's moderation mode
 * @param text the comment, normalized
 * @param name the given name, or null for anonymous
 * @param linkCount links in the text ({@link Links#count})
 * @param recentTexts texts this client submitted on this article recently
 * @param recentSubmissions when this client submitted recently, any article
 * @param submittedAt now
 * @param clientBanned the client's hash is banned
 * @param nameBanned the name is banned
 * @param risk the screening model's risk, null when no model scored the comment
 */
public record Submission(ModerationMode mode, String text, @Nullable String name, int linkCount,
		List<String> recentTexts, List<Instant> recentSubmissions, Instant submittedAt, boolean clientBanned,
		boolean nameBanned, @Nullable Risk risk) {

	public Submission {
		recentTexts = List.copyOf(recentTexts);
		recentSubmissions = List.copyOf(recentSubmissions);
	}

}
