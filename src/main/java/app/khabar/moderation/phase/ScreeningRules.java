package app.khabar.moderation.phase;

import java.time.Duration;

/**
 * The tunable part of screening.
 *
 * @param bannedWords words and phrases that make a comment not publishable
 * @param suspectWords words and phrases that hold a comment for a moderator
 * @param holdAtLinks this many links or more hold a comment
 * @param floodLimit this many submissions by one client within {@code floodWindow} (this
 * one included) hold it
 * @param floodWindow see {@code floodLimit}
 */
public record ScreeningRules(WordList bannedWords, WordList suspectWords, int holdAtLinks, int floodLimit,
		Duration floodWindow) {
}
