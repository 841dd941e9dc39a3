package app.khabar.live;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A live page's stream as readers see it at one {@code version}: the visible entries
 * (removed ones left out), newest first. Immutable, so a node serves it from memory to
 * every reader.
 */
public record LiveCoverage(long articleId, Instant startedAt, @Nullable Instant endedAt, long version,
		List<LiveEntry> entries) {

	public LiveCoverage {
		entries = entries.stream()
			.filter(entry -> !entry.removed())
			.sorted(Comparator.comparingLong(LiveEntry::id).reversed())
			.toList();
	}

	public boolean ended() {
		return endedAt != null;
	}

	/** Pinned entries, in their editors' order. */
	public List<LiveEntry> pinned() {
		return entries.stream()
			.filter(LiveEntry::pinned)
			.sorted(Comparator.comparing(LiveEntry::pinRank).thenComparing(LiveEntry::id, Comparator.reverseOrder()))
			.toList();
	}

	/** The stream under the pinned entries, newest first. */
	public List<LiveEntry> timeline() {
		return entries.stream().filter(entry -> !entry.pinned()).toList();
	}

	/**
	 * Entries newer than {@code afterId} (what a reader who has {@code afterId} lacks).
	 */
	public List<LiveEntry> after(long afterId) {
		return entries.stream().filter(entry -> entry.id() > afterId).toList();
	}

	/** The id of the newest visible entry, 0 when there is none. */
	public long latestId() {
		return entries.isEmpty() ? 0 : entries.getFirst().id();
	}

	/**
	 * When anything readers see last changed: the newest entry, correction or the end.
	 */
	public Instant lastUpdate() {
		Instant last = startedAt;
		for (LiveEntry entry : entries) {
			last = max(last, entry.postedAt());
			if (entry.correctedAt() != null) {
				last = max(last, entry.correctedAt());
			}
		}
		return endedAt == null ? last : max(last, endedAt);
	}

	public Optional<LiveEntry> entry(long entryId) {
		return entries.stream().filter(entry -> entry.id() == entryId).findFirst();
	}

	private static Instant max(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

}
