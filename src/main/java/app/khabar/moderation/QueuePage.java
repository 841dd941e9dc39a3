package app.khabar.moderation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A page of the queue: its entries, how many comments match the filter in all (counted up
 * to {@link #COUNT_CAP}; more is shown as "more than"), and where the next page starts
 * (null on the last page).
 */
public record QueuePage(QueueFilter filter, List<QueueEntry> entries, long total, QueueFilter.@Nullable Position next) {

	/**
	 * Totals above this are not counted exactly: the dashboard has the exact number of
	 * pending comments.
	 */
	public static final long COUNT_CAP = 1000;

	public QueuePage {
		entries = List.copyOf(entries);
	}

	/** Whether more comments match than were counted. */
	public boolean totalCapped() {
		return total > COUNT_CAP;
	}

}
