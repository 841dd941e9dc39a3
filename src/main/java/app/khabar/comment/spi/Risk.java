package app.khabar.comment.spi;

import java.util.List;

/**
 * What the learned screening model made of a comment: how likely it is offensive, and the
 * words or phrases that weighed most towards that, for the moderator.
 *
 * @param score from 0 (harmless) to 1 (offensive)
 * @param words the strongest offensive features as they appear in the text, strongest
 * first, at most a few
 */
public record Risk(double score, List<String> words) {

	public Risk {
		if (!(score >= 0 && score <= 1)) {
			throw new IllegalArgumentException("risk score must be within 0-1: " + score);
		}
		words = List.copyOf(words);
	}

}
