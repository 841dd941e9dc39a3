package app.khabar.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A follower's place in the {@link ChangeFeed}. Feed ids are handed out when a change is
 * appended but become visible when its transaction commits, so a reader can see id 12
 * before id 11. The cursor remembers what it applied above its {@link #position()} and
 * moves the position only over a run without holes; a hole that stays open longer than
 * {@code settle} (a rolled-back transaction, ids a database skipped) is given up on. The
 * position is what a follower stores: after a restart it reads again from there, and
 * re-applies a few changes at most.
 * <p>
 * Not thread-safe: one follower, one thread.
 */
public final class FeedCursor {

	private final Duration settle;

	private final TreeSet<Long> appliedAbove = new TreeSet<>();

	private long position;

	/**
	 * A cursor at {@code position} (every change up to it applied) that waits
	 * {@code settle} for a hole to fill.
	 */
	public FeedCursor(long position, Duration settle) {
		this.position = position;
		this.settle = settle;
	}

	/** Every change up to here is applied (or given up as never committed). */
	public long position() {
		return position;
	}

	/**
	 * Where the next read continues: after the newest change seen, which may be past
	 * holes.
	 */
	public long readFrom() {
		return appliedAbove.isEmpty() ? position : Math.max(position, appliedAbove.last());
	}

	/**
	 * The changes of {@code batch} (read after {@link #position()}) that were not applied
	 * yet.
	 */
	public List<Change> unapplied(List<Change> batch) {
		List<Change> fresh = new ArrayList<>();
		for (Change change : batch) {
			if (change.id() > position && !appliedAbove.contains(change.id())) {
				fresh.add(change);
			}
		}
		return fresh;
	}

	/**
	 * Records {@code changes} as applied and moves the position as far as it can.
	 * @param visible every change after the position that the feed shows now, in order
	 * (what was read, including what was applied before), to tell holes from changes
	 * @param now the time, to give up on holes older than the settle time
	 */
	public void applied(List<Change> changes, List<Change> visible, Instant now) {
		changes.forEach(change -> appliedAbove.add(change.id()));
		for (Change change : visible) {
			if (change.id() <= position) {
				continue;
			}
			if (!appliedAbove.contains(change.id())) {
				break;
			}
			boolean next = change.id() == position + 1;
			// the hole's ids were taken before this change was appended: older than
			// settle, they never commit
			if (!next && Duration.between(change.changedAt(), now).compareTo(settle) < 0) {
				break;
			}
			position = change.id();
		}
		appliedAbove.headSet(position, true).clear();
	}

}
