package app.khabar.corpus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.khabar.article.Section;
import app.khabar.persian.PersianText;

/**
 * Maps the news corpus' categories to our sections. The corpus spells one category many
 * ways (with a space, a ZWNJ or nothing between words, Arabic or Persian yeh, a trailing
 * space, a tatweel), so categories are compared folded: letters and digits only. The
 * first category of an article that names a specific section wins; a portal's "front
 * page" and other catch-alls do not count, and an article with none lands in
 * {@link #DEFAULT}.
 */
final class NewsSections {

	/** Where an article without a known category goes. */
	static final Section DEFAULT = section("general", "عمومی");

	/** Our sections that imported articles can land in, slug and Persian name. */
	static final List<Section> ALL = List.of(section("politics", "سیاسی"), section("economy", "اقتصادی"),
			section("society", "اجتماعی"), section("international", "بین‌الملل"), section("sports", "ورزشی"),
			section("culture", "فرهنگی"), section("science", "علمی"), section("health", "سلامت"), DEFAULT);

	private static final Map<String, String> SLUG_BY_CATEGORY = new HashMap<>();

	static {
		map("politics", "سیاسی", "سیاست", "داخلی", "سیاسی، مجلس", "مجلس شورای اسلامی", "امنیتی و دفاعی",
				"رهبری و روسای قوا", "جهاد و مقاومت", "دفاع مقدس");
		map("economy", "اقتصادی", "اقتصاد کلان", "بازار", "نبض بازار", "بورس", "سازمان بورس و اوراق بهادار",
				"بانک و بیمه", "شرکت‌ها و مجامع");
		map("society", "اجتماعی", "حقوقی", "حوادث", "حمل و نقل", "دانشگاه");
		map("international", "بین‌الملل", "خارجی", "سیاست خارجی", "جهان");
		map("sports", "ورزشی");
		map("culture", "فرهنگی", "فرهنگی/هنری", "فرهنگ و هنر", "مدیریت فرهنگی", "سینما", "موسیقی", "کتاب",
				"داستان کوتاه", "رادیو و تلویزیون", "مذهب");
		map("science", "علمی", "علمی - آموزشی", "فناوری", "فناوری و IT");
		map("health", "سلامت", "بهداشت و درمان", "روانشناسی");
		// catch-alls: "front page", "miscellaneous", "readables and viewables",
		// "general", "film and photo"
		map(DEFAULT.slug(), "صفحه نخست", "گوناگون", "خواندنی‌ها و دیدنی‌ها", "عمومی", "فیلم و عکس");
	}

	private NewsSections() {
	}

	/** The slug of the section for these categories, in the corpus' order. */
	static String slugFor(List<String> categories) {
		for (String category : categories) {
			String slug = SLUG_BY_CATEGORY.get(key(category));
			if (slug != null && !slug.equals(DEFAULT.slug())) {
				return slug;
			}
		}
		return DEFAULT.slug();
	}

	/**
	 * Whether the category is in the table (a catch-all counts); unknown ones are
	 * reported in the summary.
	 */
	static boolean isKnown(String category) {
		return category.isBlank() || SLUG_BY_CATEGORY.containsKey(key(category));
	}

	static String key(String category) {
		var key = new StringBuilder();
		PersianText.fold(category)
			.codePoints()
			.filter(c -> Character.isLetterOrDigit(c) && c != 'ـ')
			.map(Character::toLowerCase)
			.forEach(key::appendCodePoint);
		return key.toString();
	}

	private static void map(String slug, String... categories) {
		for (String category : categories) {
			SLUG_BY_CATEGORY.put(key(category), slug);
		}
	}

	private static Section section(String slug, String name) {
		return new Section(0, slug, name, 0);
	}

}
