package app.khabar.wordpress;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.stream.XMLStreamException;

/**
 * What {@code import-wxr --dry-run} reports: the files read and counted as the import
 * would count them, without a database, an account or a file being made (it runs before
 * Spring starts, and without it). Items already imported by an earlier run cannot be told
 * apart here: every post counts as one the import would add.
 */
final class WxrDryRun {

	private WxrDryRun() {
	}

	static WxrImport.Summary summarize(List<Path> files, List<String> postTypes, app.khabar.shared.ProgressBar progress)
			throws IOException, WxrImport.NotWxrFile {
		long started = System.nanoTime();
		Map<String, Integer> items = new TreeMap<>();
		Map<String, Integer> comments = new TreeMap<>();
		Map<String, Integer> skipped = new TreeMap<>();
		List<String> notes = new ArrayList<>();
		for (Path file : files) {
			WxrImport.sniff(file);
			progress.start(Attachments.scan(file).items());
			try (var reader = WxrImport.reader(file)) {
				var splitter = new WxrSplitter(reader);
				WxrSplitter.Piece header = splitter.next();
				if (header == null || !header.header()) {
					throw new WxrImport.NotWxrFile(file, "سرآغاز کانال ندارد");
				}
				WxrParser parser;
				try {
					parser = WxrParser.header(header.text(), channel -> {
					});
				}
				catch (WxrParser.NotWxr ex) {
					throw new WxrImport.NotWxrFile(file, ex.getMessage());
				}
				WxrSplitter.Piece piece;
				while ((piece = splitter.next()) != null) {
					progress.advance(1);
					Wxr.Item item;
					try {
						item = parser.item(piece.line(), piece.text());
					}
					catch (XMLStreamException ex) {
						skip(skipped, notes, file, piece.line(),
								piece.complete() ? "malformed item" : "item cut off by the end of the file");
						continue;
					}
					String type = item.postType().isBlank() ? "post" : item.postType();
					if ("attachment".equals(type)) {
						items.merge("attachment", 1, Integer::sum);
						continue;
					}
					String reason = WxrImport.unimportable(item, type, postTypes);
					if (reason != null) {
						skip(skipped, notes, file, item.line(), reason);
						continue;
					}
					items.merge(WxrImport.postKind(item), 1, Integer::sum);
					for (Wxr.Comment comment : item.comments()) {
						String skip = WxrImport.unimportable(comment);
						if (skip != null) {
							skip(skipped, notes, file, item.line(), skip);
						}
						else {
							comments.merge(WxrImport.commentKind(comment), 1, Integer::sum);
						}
					}
				}
			}
			progress.finish();
		}
		return new WxrImport.Summary(items, comments, skipped, 0, 0, List.copyOf(notes), true,
				Duration.ofNanos(System.nanoTime() - started));
	}

	private static void skip(Map<String, Integer> skipped, List<String> notes, Path file, int line, String reason) {
		skipped.merge(reason, 1, Integer::sum);
		if (notes.size() < 1000) {
			notes.add("%s line %d: %s".formatted(file.getFileName(), line, reason));
		}
	}

}
