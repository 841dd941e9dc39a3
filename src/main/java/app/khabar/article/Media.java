package app.khabar.article;

import org.jspecify.annotations.Nullable;

/**
 * The article's main image or video: a reference (a stored media path or an allowed embed
 * URL) and a caption.
 */
public record Media(Type type, @Nullable String ref, @Nullable String caption) {

	public static final Media NONE = new Media(Type.NONE, null, null);

	public enum Type {

		NONE, IMAGE, VIDEO

	}

}
