package app.khabar.live;

import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Live coverage as it was, for demo content and imports: entries at the times given,
 * already pinned or corrected, cleaned as {@link LiveDesk} cleans what reporters type.
 */
@Service
public class LiveImport {

	private final LiveEntries entries;

	private final LiveDesk desk;

	private final ApplicationEventPublisher events;

	LiveImport(LiveEntries entries, LiveDesk desk, ApplicationEventPublisher events) {
		this.entries = entries;
		this.desk = desk;
		this.events = events;
	}

	/** Starts coverage of an article at {@code startedAt} (kept if already started). */
	@Transactional
	public void start(long articleId, Instant startedAt) {
		entries.start(articleId, startedAt);
		changed(articleId);
	}

	@Transactional
	public long store(long articleId, Instant postedAt, EntryText text, String actor, boolean pinned) {
		LiveDesk.Clean clean = desk.clean(text);
		long id = entries.insert(articleId, postedAt, clean.title(), clean.bodyHtml(), clean.media(), clean.byline(),
				actor);
		if (pinned) {
			int last = entries.entries(articleId)
				.stream()
				.map(LiveEntry::pinRank)
				.filter(java.util.Objects::nonNull)
				.mapToInt(Integer::intValue)
				.max()
				.orElse(0);
			entries.pinRank(id, last + 1);
		}
		changed(articleId);
		return id;
	}

	@Transactional
	public void correct(long articleId, long entryId, Instant correctedAt, EntryText text) {
		LiveDesk.Clean clean = desk.clean(text);
		entries.correct(entryId, clean.title(), clean.bodyHtml(), clean.media(), correctedAt);
		changed(articleId);
	}

	private void changed(long articleId) {
		entries.touch(articleId);
		events.publishEvent(new LiveChanged(articleId));
	}

}
