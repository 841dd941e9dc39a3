package app.khabar.article;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Who wrote an article: its staff authors in order (each with a public profile) and/or a
 * free byline text («گروه سیاسی», «خبرنگار اعزامی»). It is not the source line
 * ({@link Source}: the outlet we republish and the agency it quotes).
 */
public record Byline(List<BylineAuthor> authors, @Nullable String text) {

	public static final Byline NONE = new Byline(List.of(), null);

	public Byline {
		authors = List.copyOf(authors);
	}

	/** A byline of free text only. */
	public static Byline text(@Nullable String text) {
		return new Byline(List.of(), text);
	}

	/**
	 * A byline of these author ids, as a form sends it: the names are filled in when the
	 * article is stored, and ids of no author are dropped then.
	 */
	public static Byline ofIds(List<Long> authorIds, @Nullable String text) {
		return new Byline(authorIds.stream().map(id -> new BylineAuthor(id, "", "")).toList(), text);
	}

	public boolean isEmpty() {
		return authors.isEmpty() && text == null;
	}

	public List<Long> authorIds() {
		return authors.stream().map(BylineAuthor::id).toList();
	}

	/**
	 * Part of the version of a page or an answer that shows this byline: the authors'
	 * names come from their profiles, which change without the article's version.
	 */
	public String fingerprint() {
		return Integer.toHexString(hashCode());
	}

}
