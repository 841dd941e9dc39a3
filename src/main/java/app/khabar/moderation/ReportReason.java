package app.khabar.moderation;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a reader reports a published comment; labels under
 * {@code moderation.report.reason.*}.
 */
public enum ReportReason {

	/** Insults or hatred against a person or a group. */
	INSULT,
	/** Advertising or spam. */
	SPAM,
	/** Someone's personal information. */
	PERSONAL_DATA,
	/** Unlawful content. */
	UNLAWFUL,
	/** Something else: the note says what. */
	OTHER;

	public String messageKey() {
		return "moderation.report.reason." + name();
	}

	static Optional<ReportReason> parse(@org.jspecify.annotations.Nullable String value) {
		return Arrays.stream(values()).filter(reason -> reason.name().equals(value)).findFirst();
	}

}
