package app.khabar.wordpress;

import java.io.IOException;
import java.io.Reader;

import org.jspecify.annotations.Nullable;

/**
 * Cuts a WXR file into its channel header (everything before the first {@code <item>})
 * and one piece of text per item, reading it once, so that each item is parsed on its
 * own: a malformed item, or the last one of a file cut in the middle, costs only itself,
 * and memory holds one item at a time. CDATA sections and comments are skipped over (an
 * {@code <item>} inside a post's content is text), characters XML 1.0 forbids (a control
 * character pasted from a word processor, a character reference to a lone surrogate)
 * become U+FFFD instead of spoiling the item.
 */
final class WxrSplitter {

	/** A piece of the file: the header or one item, with the line it starts on. */
	record Piece(boolean header, int line, String text, boolean complete) {
	}

	private static final int HEADER_MAX = 64 << 20;

	private final Reader reader;

	private final StringBuilder text = new StringBuilder(1 << 16);

	private boolean inItem;

	private boolean headerDone;

	private boolean inCdata;

	private boolean inComment;

	private int line = 1;

	private int pieceLine = 1;

	private int replaced;

	private boolean ended;

	WxrSplitter(Reader reader) {
		this.reader = reader;
	}

	/** Characters that were not allowed in XML and were replaced. */
	int replacedCharacters() {
		return replaced;
	}

	/** The next piece, or null at the end of the file. */
	@Nullable Piece next() throws IOException {
		if (ended) {
			return null;
		}
		int c;
		while ((c = reader.read()) != -1) {
			char ch = (char) c;
			if (ch == '\n') {
				line++;
			}
			if (!allowed(ch)) {
				replaced++;
				ch = '\uFFFD';
			}
			text.append(ch);
			if (inCdata) {
				inCdata = !endsWith("]]>");
				continue;
			}
			if (inComment) {
				inComment = !endsWith("-->");
				continue;
			}
			if (ch == '[' && endsWith("<![CDATA[")) {
				inCdata = true;
			}
			else if (ch == '-' && endsWith("<!--")) {
				inComment = true;
			}
			else if (ch == ';') {
				replaceForbiddenReference();
			}
			else if (isItemStart(ch)) {
				Piece done = startItem();
				if (done != null) {
					return done;
				}
			}
			else if (inItem && ch == '>' && endsWith("</item>")) {
				inItem = false;
				Piece item = new Piece(false, pieceLine, text.toString(), true);
				text.setLength(0);
				return item;
			}
			else if (!headerDone && text.length() > HEADER_MAX) {
				throw new IOException("no <item> in the first " + (HEADER_MAX >> 20) + " MB");
			}
		}
		ended = true;
		if (inItem) {
			return new Piece(false, pieceLine, text.toString(), false);
		}
		if (!headerDone) {
			return new Piece(true, 1, text.toString(), true);
		}
		return null;
	}

	/**
	 * An {@code <item} just began: what came before it is the header, text between items
	 * (dropped), or an item that never closed (returned as incomplete).
	 */
	private @Nullable Piece startItem() {
		int start = text.length() - 6;
		String before = text.substring(0, start);
		int startLine = line - (text.charAt(text.length() - 1) == '\n' ? 1 : 0);
		text.delete(0, start);
		Piece done = null;
		if (!headerDone) {
			headerDone = true;
			done = new Piece(true, 1, before, true);
		}
		else if (inItem) {
			done = new Piece(false, pieceLine, before, false);
		}
		inItem = true;
		pieceLine = startLine;
		return done;
	}

	private boolean isItemStart(char ch) {
		return (ch == '>' || ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') && text.length() >= 6
				&& text.charAt(text.length() - 6) == '<' && text.charAt(text.length() - 5) == 'i'
				&& text.charAt(text.length() - 4) == 't' && text.charAt(text.length() - 3) == 'e'
				&& text.charAt(text.length() - 2) == 'm';
	}

	/** {@code &#xD800;} and the like: a reference to a character XML forbids. */
	private void replaceForbiddenReference() {
		int amp = text.lastIndexOf("&#", text.length() - 1);
		if (amp < 0 || text.length() - amp > 12) {
			return;
		}
		String number = text.substring(amp + 2, text.length() - 1);
		int codePoint;
		try {
			codePoint = number.startsWith("x") || number.startsWith("X") ? Integer.parseInt(number.substring(1), 16)
					: Integer.parseInt(number);
		}
		catch (NumberFormatException ex) {
			return;
		}
		boolean legal = codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD
				|| (codePoint >= 0x20 && codePoint <= 0xD7FF) || (codePoint >= 0xE000 && codePoint <= 0xFFFD)
				|| (codePoint >= 0x10000 && codePoint <= 0x10FFFF);
		if (!legal) {
			replaced++;
			text.replace(amp, text.length(), "\uFFFD");
		}
	}

	private boolean endsWith(String suffix) {
		int from = text.length() - suffix.length();
		if (from < 0) {
			return false;
		}
		for (int i = 0; i < suffix.length(); i++) {
			if (text.charAt(from + i) != suffix.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * XML 1.0's characters; surrogates pass (they pair up into supplementary characters).
	 */
	private static boolean allowed(char ch) {
		return ch >= 0x20 ? ch != 0xFFFE && ch != 0xFFFF : ch == '\t' || ch == '\n' || ch == '\r';
	}

}
