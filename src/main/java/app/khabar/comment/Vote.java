package app.khabar.comment;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** A reader's vote on a published comment. */
public enum Vote {

	LIKE, DISLIKE;

	/** {@code like} or {@code dislike} (any case), as forms and the API send it. */
	public static Optional<Vote> parse(@Nullable String value) {
		if (value == null) {
			return Optional.empty();
		}
		return switch (value.strip().toLowerCase(Locale.ROOT)) {
			case "like" -> Optional.of(LIKE);
			case "dislike" -> Optional.of(DISLIKE);
			default -> Optional.empty();
		};
	}

}
