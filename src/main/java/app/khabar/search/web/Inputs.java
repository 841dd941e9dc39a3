package app.khabar.search.web;

/**
 * Request parameters as the page shows them back: control and invisible format characters
 * (bidi overrides) out, the ZWNJ kept, bounded so that a huge parameter is not echoed
 * whole. The template escapes the rest.
 */
final class Inputs {

	static final int MAX_SHOWN = 200;

	private Inputs() {
	}

	static String shown(String value) {
		StringBuilder out = new StringBuilder(Math.min(value.length(), MAX_SHOWN));
		for (int i = 0; i < value.length() && out.length() < MAX_SHOWN; i++) {
			char c = value.charAt(i);
			int type = Character.getType(c);
			if (type == Character.CONTROL || type == Character.FORMAT && c != '\u200C') {
				continue;
			}
			out.append(c);
		}
		if (!out.isEmpty() && Character.isHighSurrogate(out.charAt(out.length() - 1))) {
			out.setLength(out.length() - 1);
		}
		return out.toString().strip();
	}

}
