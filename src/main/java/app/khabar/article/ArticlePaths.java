package app.khabar.article;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Public URLs of articles: {@code /news/{id}/{slug}}, with the slug percent-encoded as browsers send it.
 */
public final class ArticlePaths {

	private ArticlePaths() {
	}

	public static String of(long id, String slug) {
		return "/news/" + id + "/" + URLEncoder.encode(slug, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
