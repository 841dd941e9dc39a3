package app.khabar.moderation.screening;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Labelled comments from a CSV file with a header ({@code text,label} by default; UTF-8,
 * with or without a BOM): the operator's own file for {@code screening-train}, or a
 * published data set for {@code screening-eval}.
 */
public final class LabelledComments {

	private LabelledComments() {
	}

	/**
	 * The rows of the file; a row is offensive when its label is {@code positive}, or,
	 * without one, when it is {@code OFF}, {@code 1}, {@code offensive} or {@code true}.
	 * @throws IllegalArgumentException when a column is missing
	 */
	public static List<RiskModel.Example> read(Path file, String textColumn, String labelColumn,
			@Nullable String positive) throws IOException {
		String content = Files.readString(file, StandardCharsets.UTF_8);
		if (content.startsWith("\uFEFF")) {
			content = content.substring(1);
		}
		var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(false).get();
		List<RiskModel.Example> examples = new ArrayList<>();
		try (var parser = format.parse(new StringReader(content))) {
			if (!parser.getHeaderMap().containsKey(textColumn) || !parser.getHeaderMap().containsKey(labelColumn)) {
				throw new IllegalArgumentException(
						file + ": no column " + textColumn + " or " + labelColumn + " in " + parser.getHeaderNames());
			}
			for (CSVRecord record : parser) {
				if (!record.isConsistent() && record.size() <= Math.max(parser.getHeaderMap().get(textColumn),
						parser.getHeaderMap().get(labelColumn))) {
					continue;
				}
				String label = record.get(labelColumn).strip();
				examples.add(new RiskModel.Example(record.get(textColumn), isPositive(label, positive)));
			}
		}
		return examples;
	}

	private static final Set<String> POSITIVE = new LinkedHashSet<>(List.of("off", "1", "offensive", "true"));

	static boolean isPositive(String label, @Nullable String positive) {
		return positive == null ? POSITIVE.contains(label.toLowerCase(java.util.Locale.ROOT)) : label.equals(positive);
	}

}
