package app.khabar.persian;

/** Placeholder until the persian branch lands; replaced by it on merge. */
public final class PersianText {

	private PersianText() {
	}

	public static String normalize(String text) {
		return text.replace('ي', 'ی').replace('ك', 'ک');
	}

	public static String fold(String text) {
		return normalize(text).replace("\u200c", "");
	}

	public static String slug(String title) {
		String slug = normalize(title).strip().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
		return slug.isEmpty() ? "news" : slug.length() > 80 ? slug.substring(0, 80) : slug;
	}

}
