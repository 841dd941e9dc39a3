package app.khabar.moderation;

import java.time.Instant;

/** An entry of a word list, as a moderator wrote it. */
public record WordEntry(long id, WordListKind list, String word, String addedBy, Instant addedAt) {
}
