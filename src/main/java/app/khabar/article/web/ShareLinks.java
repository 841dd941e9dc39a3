package app.khabar.article.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where the article page's share links lead: plain links to each service's own share
 * page, no script of theirs on ours.
 *
 * @param url the absolute link that is shared (the article's short link)
 */
public record ShareLinks(String url, String telegram, String whatsapp, String x) {

	public static ShareLinks of(String url, String title) {
		String u = encode(url);
		String t = encode(title);
		return new ShareLinks(url, "https://t.me/share/url?url=" + u + "&text=" + t,
				"https://wa.me/?text=" + t + "%20" + u, "https://x.com/intent/post?url=" + u + "&text=" + t);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
