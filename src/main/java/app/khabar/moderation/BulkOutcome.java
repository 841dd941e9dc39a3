package app.khabar.moderation;

import java.util.List;

/**
 * What a bulk decision did: the comments decided, those another moderator had changed
 * meanwhile (left as they were), and those that no longer exist.
 */
public record BulkOutcome(List<Long> decided, List<Long> conflicted, List<Long> missing) {

	public BulkOutcome {
		decided = List.copyOf(decided);
		conflicted = List.copyOf(conflicted);
		missing = List.copyOf(missing);
	}

	/** A comment chosen for a bulk decision, at the version the moderator saw. */
	public record Selected(long commentId, long version) {

		/**
		 * Parses {@code id:version} as the queue's checkboxes send it; null if malformed.
		 */
		public static @org.jspecify.annotations.Nullable Selected parse(String value) {
			int colon = value.indexOf(':');
			try {
				return new Selected(Long.parseLong(value.substring(0, colon).strip()),
						Long.parseLong(value.substring(colon + 1).strip()));
			}
			catch (RuntimeException malformed) {
				return null;
			}
		}

	}

}
