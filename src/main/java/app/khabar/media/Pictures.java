package app.khabar.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Responsive images for templates. An uploaded image is stored at every standard width
 * below its own plus one at its own width (capped at the largest), as
 * {@code /media/<key>-<width>.<ext>}; the reference an article keeps is the largest, so
 * the whole {@code srcset} follows from it without a lookup. The standard widths are a
 * code constant: changing them would leave older images' sets pointing at files that were
 * never made.
 */
public final class Pictures {

	/** The widths uploads are resized to, in pixels, smallest first. */
	public static final List<Integer> WIDTHS = List.of(480, 960, 1600);

	/**
	 * {@code sizes} of the article page's main figure (the article column is at most
	 * 42rem).
	 */
	public static final String ARTICLE_SIZES = "(max-width: 44rem) 100vw, 42rem";

	/** {@code sizes} of a thumbnail in story lists. */
	public static final String STORY_SIZES = "(min-width: 48rem) 10rem, 7.5rem";

	/** {@code sizes} of the lead story's wide image. */
	public static final String LEAD_SIZES = "(max-width: 62rem) 100vw, 60rem";

	private static final Pattern REF = Pattern.compile("/media/([0-9a-f]{32})-(\\d{1,5})\\.(jpg|png)");

	private Pictures() {
	}

	/** The widths to make of an image {@code originalWidth} pixels wide. */
	public static List<Integer> widthsFor(int originalWidth) {
		int top = Math.min(originalWidth, WIDTHS.getLast());
		List<Integer> widths = new ArrayList<>();
		for (int width : WIDTHS) {
			if (width < top) {
				widths.add(width);
			}
		}
		widths.add(top);
		return List.copyOf(widths);
	}

	/**
	 * The {@code srcset} of an uploaded image's reference; null for anything else (a demo
	 * SVG, an https URL).
	 */
	public static @Nullable String srcset(@Nullable String ref) {
		if (ref == null) {
			return null;
		}
		Matcher m = REF.matcher(ref);
		if (!m.matches()) {
			return null;
		}
		int top = Integer.parseInt(m.group(2));
		return widthsFor(top).stream()
			.map(w -> path(m.group(1), w, m.group(3)) + " " + w + "w")
			.collect(Collectors.joining(", "));
	}

	/**
	 * The key and width of an uploaded image's reference, empty for anything else.
	 */
	static java.util.Optional<Map.Entry<String, Integer>> keyAndWidth(@Nullable String ref) {
		Matcher m = ref == null ? null : REF.matcher(ref);
		if (m == null || !m.matches()) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(Map.entry(m.group(1), Integer.parseInt(m.group(2))));
	}

	/** The {@code sizes} to print next to {@link #srcset}: null when there is no set. */
	public static @Nullable String sizes(@Nullable String ref, String sizes) {
		return srcset(ref) == null ? null : sizes;
	}

	static String key(String sha256) {
		return sha256.substring(0, 32);
	}

	static String path(String key, int width, String extension) {
		return "/media/" + key + "-" + width + "." + extension;
	}

}
