package app.khabar.article;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An author's public profile: the {@code handle} of their page ({@code /author/{handle}},
 * lower case, never changes), the Persian display name, a short bio and an optional photo
 * (the path of an upload in {@code media}). {@code username} is the staff account the
 * profile belongs to, null for an author an import brought.
 */
public record AuthorProfile(long id, String handle, @Nullable String username, String name, String bio,
		@Nullable String photoRef, long version, Instant updatedAt) {

	public static final String PATH_PREFIX = "/author/";

	public static String pathOf(String handle) {
		return PATH_PREFIX + handle;
	}

	public String path() {
		return pathOf(handle);
	}

	public BylineAuthor byline() {
		return new BylineAuthor(id, handle, name);
	}

}
