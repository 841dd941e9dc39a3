package app.khabar.comment.captcha;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;

import org.springframework.context.MessageSource;

import app.khabar.persian.PersianDigits;

/**
 * Small sums and differences of one-digit numbers, asked in Persian words («هفت به اضافهٔ
 * دو چند می‌شود؟»): easy for a person and for a screen reader, and no image. Answers are
 * 0 to 18, in any digits or in words.
 */
final class FallbackQuestions {

	static final Locale PERSIAN = Locale.forLanguageTag("fa-IR");

	static final int MAX_ANSWER = 18;

	record Question(String text, int answer) {
	}

	private final MessageSource messages;

	FallbackQuestions(MessageSource messages) {
		this.messages = messages;
	}

	Question next(RandomGenerator random) {
		int a = 1 + random.nextInt(9);
		int b = 1 + random.nextInt(9);
		if (random.nextBoolean()) {
			return new Question(text("captcha.fallback.plus", a, b), a + b);
		}
		int larger = Math.max(a, b);
		int smaller = Math.min(a, b);
		return new Question(text("captcha.fallback.minus", larger, smaller), larger - smaller);
	}

	private String text(String key, int a, int b) {
		return messages.getMessage(key, new Object[] { word(a), word(b) }, PERSIAN);
	}

	/**
	 * The number's word; the bundle may list spelling variants after a {@code |}, the
	 * first is shown.
	 */
	private String word(int number) {
		return messages.getMessage("captcha.number." + number, null, PERSIAN).split("\\|")[0];
	}

	/**
	 * The number a reader answered, in Persian, Arabic-Indic or Latin digits or in words;
	 * empty if none.
	 */
	OptionalInt parse(String answer) {
		var folded = fold(PersianDigits.toLatin(answer));
		if (folded.isEmpty() || folded.length() > 20) {
			return OptionalInt.empty();
		}
		if (folded.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return folded.length() <= 2 ? OptionalInt.of(Integer.parseInt(folded)) : OptionalInt.empty();
		}
		for (int n = 0; n <= MAX_ANSWER; n++) {
			for (var variant : messages.getMessage("captcha.number." + n, null, PERSIAN).split("\\|")) {
				if (fold(variant).equals(folded)) {
					return OptionalInt.of(n);
				}
			}
		}
		return OptionalInt.empty();
	}

	/**
	 * Arabic yeh and kaf, tatweel, diacritics, spaces, ZWNJ and punctuation out, so
	 * «سيزده»، «سی زده» match.
	 */
	static String fold(String text) {
		var out = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			switch (c) {
				case 'ي', 'ى' -> out.append('ی');
				case 'ك' -> out.append('ک');
				case '\u0640' -> {
					// tatweel is a letter to Unicode, but only stretches the line
				}
				default -> {
					if (Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
						out.appendCodePoint(c);
					}
				}
			}
		});
		return out.toString();
	}

}
