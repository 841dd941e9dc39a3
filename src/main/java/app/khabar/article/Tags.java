package app.khabar.article;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.khabar.persian.PersianText;

/** Tags as stored: normalized, blank ones out, one per key (the first spelling wins). */
final class Tags {

	private Tags() {
	}

	static List<String> clean(List<String> tags) {
		Map<String, String> byKey = new LinkedHashMap<>();
		for (String tag : tags) {
			String name = PersianText.normalize(tag).strip();
			String key = Tag.key(name);
			if (!key.isEmpty()) {
				byKey.putIfAbsent(key, name);
			}
		}
		return List.copyOf(byKey.values());
	}

}
