package app.khabar.moderation.phase;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * The tunable part of screening.
 *
 * @param bannedWords words and phrases that make a comment not publishable
 * @param suspectWords words and phrases that hold a comment for a moderator
 * @param holdAtLinks this many links or more hold a comment
 * @param floodLimit this many submissions by one client within {@code floodWindow} (this
 * one included) hold it
 * @param floodWindow see {@code floodLimit}
 * @param riskLow below this score the model passes a comment; null is off
 * @param riskHold at this score or above the model holds a comment; null is off
 * @param riskReject at this score or above the model refuses a comment; null is off
 */
public record ScreeningRules(WordList bannedWords, WordList suspectWords, int holdAtLinks, int floodLimit,
		Duration floodWindow, @Nullable Double riskLow, @Nullable Double riskHold, @Nullable Double riskReject) {

	/** Rules without the model's thresholds. */
	public ScreeningRules(WordList bannedWords, WordList suspectWords, int holdAtLinks, int floodLimit,
			Duration floodWindow) {
		this(bannedWords, suspectWords, holdAtLinks, floodLimit, floodWindow, null, null, null);
	}

}
