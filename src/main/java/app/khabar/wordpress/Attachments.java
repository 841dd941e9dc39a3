package app.khabar.wordpress;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;

import org.jspecify.annotations.Nullable;

/**
 * The attachments of a WXR file (id → file address, post → its attachments) and how many
 * items it has, from a first pass over the file: a post's {@code [gallery]} and featured
 * image name attachments that WordPress exports after the post. Only items that are
 * attachments are parsed.
 */
final class Attachments {

	private final Map<Long, String> urls = new HashMap<>();

	private final Map<Long, List<Long>> byParent = new HashMap<>();

	private int items;

	private Attachments() {
	}

	static Attachments scan(Path file) throws IOException {
		var attachments = new Attachments();
		try (var reader = WxrImport.reader(file)) {
			var splitter = new WxrSplitter(reader);
			WxrSplitter.Piece header = splitter.next();
			if (header == null) {
				return attachments;
			}
			WxrParser parser;
			try {
				parser = WxrParser.header(header.text(), channel -> {
				});
			}
			catch (WxrParser.NotWxr ex) {
				return attachments;
			}
			WxrSplitter.Piece piece;
			while ((piece = splitter.next()) != null) {
				attachments.items++;
				if (piece.text().contains("attachment")) {
					attachments.add(parser, piece);
				}
			}
		}
		return attachments;
	}

	private void add(WxrParser parser, WxrSplitter.Piece piece) {
		try {
			Wxr.Item item = parser.item(piece.line(), piece.text());
			if ("attachment".equals(item.postType()) && !item.attachmentUrl().isBlank()) {
				urls.put(item.postId(), item.attachmentUrl().strip());
				byParent.computeIfAbsent(item.postParent(), parent -> new ArrayList<>()).add(item.postId());
			}
		}
		catch (XMLStreamException ex) {
			// reported by the import pass
		}
	}

	int items() {
		return items;
	}

	@Nullable String url(long id) {
		return urls.get(id);
	}

	/** A gallery's image addresses: its {@code ids}, or else the post's attachments. */
	List<String> gallery(@Nullable String ids, long postId) {
		List<Long> chosen = new ArrayList<>();
		if (ids != null && !ids.isBlank()) {
			for (String id : ids.split(",")) {
				try {
					chosen.add(Long.parseLong(id.strip()));
				}
				catch (NumberFormatException ex) {
					// not an id: nothing to show for it
				}
			}
		}
		else {
			chosen.addAll(byParent.getOrDefault(postId, List.of()));
		}
		return chosen.stream().map(urls::get).filter(url -> url != null).toList();
	}

}
