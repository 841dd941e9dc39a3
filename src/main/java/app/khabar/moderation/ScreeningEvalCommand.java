package app.khabar.moderation;

import java.io.PrintStream;

import app.khabar.moderation.screening.ScreeningEvaluation;

/**
 * {@code screening-eval}, offline, before and without Spring: see
 * {@link ScreeningEvaluation}.
 */
public final class ScreeningEvalCommand {

	public static final String NAME = ScreeningEvaluation.NAME;

	private ScreeningEvalCommand() {
	}

	public static int run(String[] args, PrintStream out) {
		return ScreeningEvaluation.run(args, out);
	}

}
