package app.khabar.moderation;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import app.khabar.moderation.phase.WordList;

/**
 * A snapshot of what moderators set for screening, read from the database and cached.
 *
 * @param risk the site's thresholds for the screening model's score
 * @param riskModelOn false when moderators turned the model off
 */
record ScreeningLists(WordList banned, WordList suspect, Set<String> bannedClients, Set<String> bannedNames,
		@Nullable Integer autoCloseDays, RiskThresholds risk, boolean riskModelOn) {

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
				riskModelOn);
	}

}
