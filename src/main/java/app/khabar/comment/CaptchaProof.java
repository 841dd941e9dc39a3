package app.khabar.comment;

import org.jspecify.annotations.Nullable;

/**
 * The reader's proof of being a person, checked (and used up) in the same transaction
 * that stores the comment: a comment that is refused leaves its proof unused.
 */
public sealed interface CaptchaProof {

	/** An ALTCHA payload, the {@code altcha} field the form's script fills. */
	record Altcha(@Nullable String payload) implements CaptchaProof {
	}

	/** The answer to the no-JavaScript question, with the question's signed token. */
	record Fallback(@Nullable String token, @Nullable String answer) implements CaptchaProof {
	}

}
