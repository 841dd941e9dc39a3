package app.khabar.moderation.web;

import java.util.List;

import app.khabar.moderation.Ban;
import app.khabar.moderation.BanKind;
import app.khabar.moderation.SiteDefaults;
import app.khabar.moderation.WordEntry;
import app.khabar.moderation.WordListKind;

/**
 * The rules page: both word lists, the bans and the site defaults, each with its forms.
 */
public record RulesView(Csrf csrf, List<WordEntry> words, List<Ban> bans, SiteDefaults defaults) {

	public RulesView {
		words = List.copyOf(words);
		bans = List.copyOf(bans);
	}

	public List<WordListKind> lists() {
		return List.of(WordListKind.values());
	}

	public List<BanKind> banKinds() {
		return List.of(BanKind.values());
	}

	public List<WordEntry> wordsOf(WordListKind list) {
		return words.stream().filter(w -> w.list() == list).toList();
	}

	public String autoCloseDays() {
		return defaults.autoCloseDays() == null ? "" : defaults.autoCloseDays().toString();
	}

}
