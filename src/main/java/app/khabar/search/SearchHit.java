package app.khabar.search;

import java.time.Instant;

/**
 * One article found: {@code title} with its matches marked, where it lives, and a
 * {@link Snippet} of its text around the first match (or its lead when the match is
 * elsewhere).
 */
public record SearchHit(long id, Snippet title, String path, String sectionSlug, String sectionName,
		Instant publishedAt, Snippet snippet) {

	/** The title, escaped, with matches in {@code <mark>}. */
	public String titleHtml() {
		return title.html();
	}

	/** The snippet, escaped, with matches in {@code <mark>}. */
	public String snippetHtml() {
		return snippet.html();
	}

}
