package app.khabar.moderation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A page of the queue: its entries, how many comments match the filter in all, and where the next page starts (null
 * on the last page).
 */
public record QueuePage(QueueFilter filter, List<QueueEntry> entries, long total,
		QueueFilter.@Nullable Position next) {

	public QueuePage {
		entries = List.copyOf(entries);
	}

}
