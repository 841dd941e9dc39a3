package app.khabar.moderation.screening;

/**
 * Persian written in Latin letters ({@code khafe sho}, {@code ahmagh}) read back into
 * Persian letters the way such words are usually spelled, and a "sound key" that makes
 * letters pronounced alike in Persian the same ({@code ح}/{@code ه}, {@code ق}/{@code غ},
 * {@code س}/{@code ص}/{@code ث}, ...), so a transliterated word and a misspelt one meet
 * the word as it is usually written.
 */
final class Finglish {

	private static final String[][] DIGRAPHS = { { "kh", "خ" }, { "sh", "ش" }, { "ch", "چ" }, { "zh", "ژ" },
			{ "gh", "ق" }, { "aa", "ا" }, { "oo", "و" }, { "ou", "و" }, { "ee", "ی" }, { "ei", "ی" }, { "ey", "ی" } };

	private Finglish() {
	}

	/** Whether the token holds a Latin letter. */
	static boolean isLatin(String token) {
		for (int i = 0; i < token.length(); i++) {
			char c = token.charAt(i);
			if (c >= 'a' && c <= 'z') {
				return true;
			}
		}
		return false;
	}

	/**
	 * A lower-case Latin token in Persian letters: consonants one by one, short vowels
	 * ({@code a e o}) dropped inside a word, written at its start ({@code ا}) and at its
	 * end ({@code ا ه و}); long vowels ({@code i u aa oo}) written.
	 */
	static String toPersian(String latin) {
		StringBuilder out = new StringBuilder(latin.length());
		int n = latin.length();
		int i = 0;
		while (i < n) {
			char c = latin.charAt(i);
			if (c < 'a' || c > 'z') {
				i++;
				continue;
			}
			String digraph = i + 1 < n ? digraph(latin.charAt(i), latin.charAt(i + 1)) : null;
			if (digraph != null) {
				out.append(digraph);
				i += 2;
				continue;
			}
			boolean first = out.isEmpty();
			boolean last = i == n - 1;
			switch (c) {
				case 'a' -> out.append(first || last ? "ا" : "");
				case 'e' -> out.append(first ? "ا" : last ? "ه" : "");
				case 'o' -> out.append(first ? "ا" : last ? "و" : "");
				case 'i', 'y' -> out.append(first && c == 'i' ? "ای" : "ی");
				case 'u', 'w', 'v' -> out.append('و');
				default -> out.append(consonant(c));
			}
			i++;
		}
		return out.toString();
	}

	private static String digraph(char a, char b) {
		for (String[] pair : DIGRAPHS) {
			if (pair[0].charAt(0) == a && pair[0].charAt(1) == b) {
				return pair[1];
			}
		}
		return null;
	}

	private static String consonant(char c) {
		return switch (c) {
			case 'b' -> "ب";
			case 'p' -> "پ";
			case 't' -> "ت";
			case 'j' -> "ج";
			case 'd' -> "د";
			case 'r' -> "ر";
			case 'z' -> "ز";
			case 's' -> "س";
			case 'f' -> "ف";
			case 'q' -> "ق";
			case 'k', 'c' -> "ک";
			case 'g' -> "گ";
			case 'l' -> "ل";
			case 'm' -> "م";
			case 'n' -> "ن";
			case 'h' -> "ه";
			case 'x' -> "خ";
			default -> "";
		};
	}

	/** Letters that sound alike made one; a folded Persian word in, its key out. */
	static String soundKey(String word) {
		StringBuilder out = new StringBuilder(word.length());
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			out.append(switch (c) {
				case 'ح' -> 'ه';
				case 'ث', 'ص' -> 'س';
				case 'ذ', 'ض', 'ظ' -> 'ز';
				case 'ط' -> 'ت';
				case 'غ' -> 'ق';
				case 'ع' -> 'ا';
				default -> c;
			});
		}
		return out.toString();
	}

}
