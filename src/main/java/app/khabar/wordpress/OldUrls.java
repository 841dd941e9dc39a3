package app.khabar.wordpress;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import app.khabar.article.Article;
import app.khabar.article.ArticleCatalog;
import app.khabar.article.AuthorProfile;
import app.khabar.article.Tag;

/**
 * Where an imported WordPress site's public URL is now, for a 301: any permalink
 * structure WordPress offers ({@code /%postname%/}, dated ones in Gregorian or WP-Parsi's
 * Jalali digits, {@code /archives/%post_id%}, {@code /%category%/%postname%/}), with or
 * without its trailing slash, percent-encoded or raw, under the path the site was
 * installed in; {@code ?p=ID}; {@code /category/…}, {@code /tag/…}, {@code /author/…} and
 * {@code /feed/}. A post is found by its slug (the last segment) or its id through the
 * import records' indexes, never by a scan; what matches nothing is simply not found.
 */
@Service
public class OldUrls {

	private static final int PATH_MAX = 2000;

	private static final Duration SITES_TTL = Duration.ofSeconds(30);

	private final ImportRecords records;

	private final ArticleCatalog catalog;

	private volatile List<ImportRecords.Site> sites = List.of();

	private volatile long sitesReadAt;

	OldUrls(ImportRecords records, ArticleCatalog catalog) {
		this.records = records;
		this.catalog = catalog;
	}

	/**
	 * Where {@code rawPath} (as it arrived, percent-encoded or not) is now, if it is an
	 * imported site's URL.
	 */
	public Optional<String> resolve(String rawPath) {
		if (rawPath.length() > PATH_MAX || sites().isEmpty()) {
			return Optional.empty();
		}
		String path = stripSitePrefix(decode(rawPath));
		List<String> segments = new ArrayList<>();
		for (String segment : path.split("/")) {
			if (!segment.isBlank()) {
				segments.add(segment.strip());
			}
		}
		boolean feed = !segments.isEmpty() && "feed".equals(segments.getLast());
		if (feed) {
			segments.removeLast();
		}
		if (segments.isEmpty()) {
			return feed ? Optional.of("/rss") : Optional.empty();
		}
		String first = segments.getFirst();
		String last = latinDigits(segments.getLast().replaceFirst("\\.html?$", ""));
		if (segments.size() >= 2) {
			switch (first) {
				case "category" -> {
					return records.term("category", WxrImport.slugKey(last))
						.map(section -> (feed ? "/rss/" : "/service/") + encode(section));
				}
				case "tag" -> {
					return records.term("post_tag", WxrImport.slugKey(last))
						.map(tag -> Tag.PATH_PREFIX + encode(Tag.segment(tag)));
				}
				case "author" -> {
					return records.term("author", WxrImport.slugKey(last))
						.map(handle -> AuthorProfile.PATH_PREFIX + encode(handle));
				}
				case "archives" -> {
					if (segments.size() == 2 && isNumber(last)) {
						return byWordPressId(Long.parseLong(last));
					}
				}
				default -> {
				}
			}
		}
		if (feed) {
			return Optional.empty();
		}
		Optional<String> bySlug = records.articlesBySlug(WxrImport.slugKey(last))
			.stream()
			.findFirst()
			.flatMap(this::articlePath);
		if (bySlug.isPresent() || !isNumber(last)) {
			return bySlug;
		}
		return byWordPressId(Long.parseLong(last));
	}

	/** {@code /?p=ID} (and {@code ?page_id}, {@code ?attachment_id}'s post). */
	public Optional<String> resolvePostId(String id) {
		String number = latinDigits(id.strip());
		if (!isNumber(number) || sites().isEmpty()) {
			return Optional.empty();
		}
		return byWordPressId(Long.parseLong(number));
	}

	private Optional<String> byWordPressId(long wpId) {
		return records.articleByWordPressId(wpId).flatMap(this::articlePath);
	}

	private Optional<String> articlePath(long articleId) {
		return catalog.find(articleId).map(Article::path);
	}

	private String stripSitePrefix(String path) {
		for (ImportRecords.Site site : sites()) {
			String prefix = site.pathPrefix();
			if (!prefix.isEmpty() && (path.equals(prefix) || path.startsWith(prefix + "/"))) {
				return path.substring(prefix.length());
			}
		}
		return path;
	}

	private List<ImportRecords.Site> sites() {
		long now = System.nanoTime();
		if (now - sitesReadAt > SITES_TTL.toNanos() || sitesReadAt == 0) {
			sites = records.sites();
			sitesReadAt = now;
		}
		return sites;
	}

	/** Forgets the cached sites, after an import made one. */
	void sitesChanged() {
		sitesReadAt = 0;
	}

	/**
	 * Percent-decoding as UTF-8 that never fails: a raw character stands for itself (also
	 * one Tomcat passed as Latin-1 bytes), a broken escape is kept as text.
	 */
	static String decode(String raw) {
		var bytes = new ByteArrayOutputStream(raw.length());
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c == '%' && i + 2 < raw.length() && hex(raw.charAt(i + 1)) >= 0 && hex(raw.charAt(i + 2)) >= 0) {
				bytes.write(hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2)));
				i += 2;
			}
			else if (c < 0x100) {
				bytes.write(c);
			}
			else {
				int codePoint = raw.codePointAt(i);
				bytes.writeBytes(Character.toString(codePoint).getBytes(StandardCharsets.UTF_8));
				i += Character.charCount(codePoint) - 1;
			}
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}

	/** Persian and Arabic-Indic digits as Latin ones (WP-Parsi may write either). */
	private static String latinDigits(String text) {
		var out = new StringBuilder(text.length());
		text.chars()
			.forEach(c -> out.append(c >= '۰' && c <= '۹' ? (char) ('0' + c - '۰')
					: c >= '٠' && c <= '٩' ? (char) ('0' + c - '٠') : (char) c));
		return out.toString();
	}

	private static int hex(char c) {
		return Character.digit(c, 16);
	}

	private static boolean isNumber(String text) {
		return !text.isEmpty() && text.length() <= 18 && text.chars().allMatch(c -> c >= '0' && c <= '9');
	}

	private static String encode(String segment) {
		return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
