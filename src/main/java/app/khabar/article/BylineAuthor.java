package app.khabar.article;

/**
 * One staff author as a byline shows them: the Persian display name, linked to their
 * page.
 */
public record BylineAuthor(long id, String handle, String name) {

	/** The author's public page, {@code /author/{handle}}. */
	public String path() {
		return AuthorProfile.pathOf(handle);
	}

}
