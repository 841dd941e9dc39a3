package app.khabar.moderation;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import app.khabar.moderation.phase.WordList;

/** A snapshot of what moderators set for screening, read from the database and cached. */
record ScreeningLists(WordList banned, WordList suspect, Set<String> bannedClients, Set<String> bannedNames,
		@Nullable Integer autoCloseDays) {

	ScreeningLists {
		bannedClients = Set.copyOf(bannedClients);
		bannedNames = Set.copyOf(bannedNames);
	}

	static ScreeningLists of(List<String> banned, List<String> suspect, Set<String> clients, Set<String> names,
			@Nullable Integer autoCloseDays) {
		return new ScreeningLists(WordList.of(banned), WordList.of(suspect), clients, names, autoCloseDays);
	}

}
