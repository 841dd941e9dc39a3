package app.khabar.search;

import java.util.List;
import java.util.Set;

/**
 * A light Persian stemmer for folded words (Persian letters, affixes glued). It strips
 * only suffixes whose removal rarely makes another word: plural {@code ها} with its
 * possessives, comparative {@code تر} and superlative {@code ترین}, each leaving at least
 * three letters. Plural {@code ات} and {@code ان} go only when four letters stay, so
 * {@code زبان}, {@code ایران}, {@code حیات} stay whole; a final {@code ی} is never
 * stripped ({@code زندگی} is not {@code زندگ}).
 */
final class PersianLightStemmer {

	private static final int MIN_STEM = 3;

	private static final int LONG_STEM = 4;

	private static final List<String> PLURALS = List.of("هایشان", "هایتان", "هایمان", "هایش", "هایت", "هایم", "هایی",
			"های", "ها");

	private static final List<String> COMPARATIVES = List.of("ترین", "تر");

	/**
	 * Words that end in تر but are not comparatives (mostly loanwords); the plural-free
	 * form is checked.
	 */
	private static final Set<String> NOT_COMPARATIVES = Set.of("متر", "کیلومتر", "سانتیمتر", "میلیمتر", "فیلتر",
			"تیاتر", "کامپیوتر", "دکتر", "دختر", "دفتر", "کبوتر", "انگشتر", "خاکستر", "بستر", "پوستر", "تیتر", "لیتر",
			"پیتر", "چتر", "اختر", "شتر", "استر", "اکتر", "سنتر", "کنتر", "اسکوتر", "هلیکوپتر", "پارامتر", "کاراکتر",
			"کلاستر", "روتر", "توییتر", "تویتر", "اکستر", "منچستر", "لستر", "وینستر", "اتر", "مستر", "دیاگرامتر");

	private PersianLightStemmer() {
	}

	/**
	 * The stems of a folded word: usually one; two when a glued {@code Xهای} may be
	 * {@code X} + {@code های} (plural) or {@code Xه} + {@code ای} ({@code بیانیهای} is
	 * {@code بیانیه‌ای}), so both readings match.
	 */
	static List<String> stems(String word) {
		for (String plural : PLURALS) {
			if (word.endsWith(plural) && word.length() - plural.length() >= MIN_STEM) {
				String stem = word.substring(0, word.length() - plural.length());
				if (plural.equals("های") && !stem.endsWith("ه")) {
					return List.of(stem, stem + "ه");
				}
				return List.of(stem);
			}
		}
		if (!NOT_COMPARATIVES.contains(word)) {
			for (String comparative : COMPARATIVES) {
				if (word.endsWith(comparative) && word.length() - comparative.length() >= MIN_STEM) {
					return List.of(word.substring(0, word.length() - comparative.length()));
				}
			}
		}
		// Arabic plural ات and Persian plural ان only with a long stem left: جامدات →
		// جامد, دوستان → دوست, but
		// حیات, زبان, ایران, تهران stay; place and agent nouns in ستان/بان are not
		// plurals
		if (word.endsWith("ات") && word.length() - 2 >= LONG_STEM) {
			return List.of(word.substring(0, word.length() - 2));
		}
		if (word.endsWith("ان") && word.length() - 2 >= LONG_STEM && !word.endsWith("ستان") && !word.endsWith("بان")) {
			String stem = word.substring(0, word.length() - 2);
			if (stem.endsWith("گ") && stem.length() > LONG_STEM) {
				return List.of(stem.substring(0, stem.length() - 1) + "ه"); // نمایندگان →
																			// نماینده
			}
			if (stem.endsWith("ی") && (stem.endsWith("ای") || stem.endsWith("وی"))) {
				return List.of(stem.substring(0, stem.length() - 1)); // دانشجویان →
																		// دانشجو
			}
			return List.of(stem);
		}
		return List.of(word);
	}

}
