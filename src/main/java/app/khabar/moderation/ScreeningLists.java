package app.khabar.moderation;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import app.khabar.moderation.phase.WordList;
import app.khabar.moderation.screening.Lexicon;

/**
 * A snapshot of what moderators set for screening, read from the database and cached.
 *
 * @param risk the site's thresholds for the screening model's score
 * @param riskModelOn false when moderators turned the model off
 * @param lexicon the lists' words (not their patterns) as the model's features
 */
record ScreeningLists(WordList banned, WordList suspect, Set<String> bannedClients, Set<String> bannedNames,
		@Nullable Integer autoCloseDays, RiskThresholds risk, boolean riskModelOn, Lexicon lexicon) {

	ScreeningLists {
		bannedClients = Set.copyOf(bannedClients);
		bannedNames = Set.copyOf(bannedNames);
	}

	static ScreeningLists of(List<String> banned, List<String> suspect, Set<String> clients, Set<String> names,
			@Nullable Integer autoCloseDays) {
		return of(banned, suspect, clients, names, autoCloseDays, RiskThresholds.SITE_DEFAULT, true);
	}

	static ScreeningLists of(List<String> banned, List<String> suspect, Set<String> clients, Set<String> names,
			@Nullable Integer autoCloseDays, RiskThresholds risk, boolean riskModelOn) {
		return new ScreeningLists(WordList.of(banned), WordList.of(suspect), clients, names, autoCloseDays, risk,
				riskModelOn, new Lexicon(WordList.of(words(banned)), WordList.of(words(suspect))));
	}

	/**
	 * The entries that are words, for the model: a pattern (between slashes) has the
	 * shape of spam (a phone number, a handle), not of an insult.
	 */
	private static List<String> words(List<String> entries) {
		return entries.stream()
			.filter(e -> !(e.strip().length() > 2 && e.strip().startsWith("/") && e.strip().endsWith("/")))
			.toList();
	}

}
