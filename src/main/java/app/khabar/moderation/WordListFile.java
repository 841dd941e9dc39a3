package app.khabar.moderation;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import app.khabar.shared.KhabarException;

/**
 * A word list file as a moderator uploads it, read into entries: a {@code .txt} file has
 * one entry a line; a {@code .csv} file has {@code entry[,list]} rows, the list named
 * {@code banned}/{@code suspect} (or {@code ممنوع}/{@code مشکوک}), a row without one
 * going to the list picked on the form. UTF-8 only (a BOM is fine), lines starting with
 * {@code #} are comments. Khabar's own starter lists ship in the same format.
 */
final class WordListFile {

	/** Largest file read. */
	static final int MAX_BYTES = 256 * 1024;

	/** Most entries one file may add. */
	static final int MAX_ENTRIES = 5000;

	private static final CSVFormat CSV = CSVFormat.DEFAULT.builder()
		.setCommentMarker('#')
		.setIgnoreEmptyLines(true)
		.setIgnoreSurroundingSpaces(true)
		.get();

	/** An entry of the file and the list it goes to. */
	record Line(String entry, WordListKind list) {
	}

	/**
	 * The entries of a file, and how many of its rows were not entries (a list that is
	 * neither banned nor suspect, an empty entry).
	 */
	record Parsed(List<Line> lines, int skipped) {

		Parsed {
			lines = List.copyOf(lines);
		}

	}

	private WordListFile() {
	}

	/**
	 * Reads at most {@link #MAX_BYTES} (and one more, to tell a larger file).
	 * @throws KhabarException {@link ModerationError#IMPORT_TYPE},
	 * {@link ModerationError#IMPORT_TOO_LARGE}, {@link ModerationError#IMPORT_NOT_UTF8},
	 * {@link ModerationError#IMPORT_CSV_INVALID} or {@link ModerationError#IMPORT_EMPTY}
	 */
	static Parsed read(@Nullable String fileName, InputStream in, WordListKind fallback) {
		String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
		boolean csv = name.endsWith(".csv");
		if (!csv && !name.endsWith(".txt")) {
			throw new KhabarException(ModerationError.IMPORT_TYPE);
		}
		byte[] bytes;
		try {
			bytes = in.readNBytes(MAX_BYTES + 1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (bytes.length > MAX_BYTES) {
			throw new KhabarException(ModerationError.IMPORT_TOO_LARGE);
		}
		String text = utf8(bytes);
		Parsed parsed = csv ? csv(text, fallback) : lines(text, fallback);
		if (parsed.lines().isEmpty()) {
			throw new KhabarException(ModerationError.IMPORT_EMPTY);
		}
		if (parsed.lines().size() > MAX_ENTRIES) {
			throw new KhabarException(ModerationError.IMPORT_TOO_LARGE);
		}
		return parsed;
	}

	private static String utf8(byte[] bytes) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			// a NUL is no text a person writes: a binary file that happens to decode
			if (text.indexOf('\0') >= 0) {
				throw new KhabarException(ModerationError.IMPORT_NOT_UTF8);
			}
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException notUtf8) {
			throw new KhabarException(ModerationError.IMPORT_NOT_UTF8);
		}
	}

	private static Parsed lines(String text, WordListKind list) {
		List<Line> lines = new ArrayList<>();
		for (String line : text.split("\r\n|\r|\n")) {
			String entry = line.strip();
			if (!entry.isEmpty() && !entry.startsWith("#")) {
				lines.add(new Line(entry, list));
			}
		}
		return new Parsed(lines, 0);
	}

	private static Parsed csv(String text, WordListKind fallback) {
		List<Line> lines = new ArrayList<>();
		int skipped = 0;
		try (CSVParser parser = CSVParser.parse(new StringReader(text), CSV)) {
			try {
				for (CSVRecord row : parser) {
					WordListKind list = list(row.size() > 1 ? row.get(1) : "", fallback);
					String entry = row.get(0).strip();
					if (list == null || entry.isEmpty()) {
						skipped++;
					}
					else {
						lines.add(new Line(entry, list));
					}
				}
			}
			catch (UncheckedIOException | IllegalStateException malformed) {
				throw new KhabarException(ModerationError.IMPORT_CSV_INVALID, parser.getCurrentLineNumber());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Parsed(lines, skipped);
	}

	private static @Nullable WordListKind list(String named, WordListKind fallback) {
		return switch (named.strip().toLowerCase(Locale.ROOT)) {
			case "" -> fallback;
			case "banned", "ممنوع" -> WordListKind.BANNED;
			case "suspect", "مشکوک" -> WordListKind.SUSPECT;
			default -> null;
		};
	}

}
