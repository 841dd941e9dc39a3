package app.khabar.moderation;

import java.time.Instant;

import app.khabar.moderation.phase.WordList;

/** An entry of a word list, as a moderator wrote it. */
public record WordEntry(long id, WordListKind list, String word, String addedBy, Instant addedAt) {

	/** Whether the entry is a pattern (written between slashes), not a word. */
	public boolean pattern() {
		return WordList.isPattern(word);
	}

}
