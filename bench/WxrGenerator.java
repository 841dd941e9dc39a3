// Writes a WordPress export (WXR 1.2) of generated Persian posts with threaded comments, streamed, for
// bench/wxr-import.sh. Run: java bench/WxrGenerator.java out.xml POSTS COMMENTS
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

public class WxrGenerator {

	static final String[] WORDS = { "دولت", "مجلس", "اقتصاد", "بازار", "ورزش", "تیم", "ملی", "رقابت‌های", "آسیایی",
			"فرهنگ", "سینما", "کتاب", "دانشگاه", "پژوهش", "سلامت", "می‌شود", "گزارش", "تهران", "استان", "شهرداری" };

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	public static void main(String[] args) throws Exception {
		Path out = Path.of(args[0]);
		int posts = Integer.parseInt(args[1]);
		long comments = Long.parseLong(args[2]);
		LocalDateTime start = LocalDateTime.of(2022, 1, 1, 8, 0);
		long commentId = 1;
		try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
			w.write("""
					<?xml version="1.0" encoding="UTF-8" ?>
					<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
					 xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
					 xmlns:wp="http://wordpress.org/export/1.2/">
					<channel><title>سایت آزمایشی</title><link>https://bench.example.ir</link>
					<wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://bench.example.ir</wp:base_site_url>
					<wp:author><wp:author_login><![CDATA[editor]]></wp:author_login><wp:author_display_name><![CDATA[دبیر خبر]]></wp:author_display_name></wp:author>
					""");
			for (int p = 1; p <= posts; p++) {
				LocalDateTime at = start.plusMinutes(37L * p);
				long share = comments / posts + (p <= comments % posts ? 1 : 0);
				w.write("<item><title><![CDATA[" + words(p, 7) + "]]></title><dc:creator><![CDATA[editor]]></dc:creator>");
				w.write("<guid isPermaLink=\"false\">https://bench.example.ir/?p=" + p + "</guid>");
				w.write("<content:encoded><![CDATA[" + words(p, 30) + ".\n\n" + words(p + 1, 40) + ".\n" + words(p + 2, 25)
						+ ".]]></content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded>");
				w.write("<wp:post_id>" + p + "</wp:post_id><wp:post_date>" + DATE.format(at.plusMinutes(210))
						+ "</wp:post_date><wp:post_date_gmt>" + DATE.format(at) + "</wp:post_date_gmt>");
				w.write("<wp:comment_status>open</wp:comment_status><wp:post_name>post-" + p
						+ "</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>");
				w.write("<category domain=\"category\" nicename=\"section-" + (p % 8) + "\"><![CDATA[بخش " + (p % 8)
						+ "]]></category>\n");
				long first = commentId;
				for (long c = 0; c < share; c++, commentId++) {
					// every third comment answers the one before it: threads several deep
					long parent = c % 3 == 2 ? commentId - 1 : 0;
					w.write("<wp:comment><wp:comment_id>" + commentId + "</wp:comment_id><wp:comment_author><![CDATA[خواننده "
							+ (commentId % 97) + "]]></wp:comment_author><wp:comment_date_gmt>"
							+ DATE.format(at.plusMinutes(c + 5)) + "</wp:comment_date_gmt><wp:comment_content><![CDATA["
							+ words((int) commentId, 12) + "]]></wp:comment_content><wp:comment_approved>"
							+ (c % 10 == 9 ? "0" : "1") + "</wp:comment_approved><wp:comment_parent>"
							+ (parent >= first ? parent : 0) + "</wp:comment_parent></wp:comment>\n");
				}
				w.write("</item>\n");
			}
			w.write("</channel></rss>\n");
		}
	}

	static String words(int seed, int count) {
		var text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			text.append(i == 0 ? "" : " ").append(WORDS[Math.floorMod(seed * 31 + i * 7, WORDS.length)]);
		}
		return text.toString();
	}

}
