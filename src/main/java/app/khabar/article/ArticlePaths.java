package app.khabar.article;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Public URLs of articles: {@code /news/{id}/{slug}}, with the slug percent-encoded as
 * browsers send it.
 */
public final class ArticlePaths {

	private ArticlePaths() {
	}

	private static final int MEMO_LIMIT = 50_000;

	/** Every list and box on every render links articles: encode each slug once. */
	private static final Map<String, String> ENCODED = new ConcurrentHashMap<>();

	public static String of(long id, String slug) {
		String encoded = ENCODED.get(slug);
		if (encoded == null) {
			encoded = URLEncoder.encode(slug, StandardCharsets.UTF_8).replace("+", "%20");
			if (ENCODED.size() >= MEMO_LIMIT) {
				ENCODED.clear();
			}
			ENCODED.put(slug, encoded);
		}
		return "/news/" + id + "/" + encoded;
	}

}
