package app.khabar.feed;

import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import app.khabar.shared.AfterCommit;
import app.khabar.web.PagesChanged;
import app.khabar.article.ArticleChanged;
import app.khabar.article.AuthorChanged;
import app.khabar.cluster.ChangesCommitted;
import app.khabar.cluster.ChangesMissed;

/**
 * The version of everything the fronts, boxes and feeds show: it moves with any article,
 * box or author profile change on any node. Starting from a random value keeps a
 * restarted node from reusing the ETags of what it served before.
 */
@Component
public class FrontVersion {

	private final AtomicLong version = new AtomicLong(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2));

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FrontVersion(ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Moves with every change at once (this node's by its events, other nodes' through
	 * the change feed), and every half minute regardless, for what moves with time alone
	 * (most read lists, the ticker's expiry).
	 */
	public String current() {
		return changes() + "." + clock.millis() / 30_000;
	}

	/**
	 * Moves with every change only, not with time: for what shows nothing that time alone
	 * moves (the sitemaps but the news one), so it is not rebuilt every half minute.
	 */
	public String changes() {
		return Long.toString(version.get());
	}

	@EventListener
	void on(ArticleChanged event) {
		changed();
	}

	@EventListener
	void on(CurationChanged event) {
		changed();
	}

	@EventListener
	void on(ChangesCommitted event) {
		if (CurationChangeFeed.touchesFronts(event)) {
			changed();
		}
	}

	@EventListener
	void on(ChangesMissed event) {
		changed();
	}

	/** Lists and feeds show the authors' names. */
	@EventListener
	void on(AuthorChanged event) {
		changed();
	}

	/** Every page shows boxes or lists that this change may touch. */
	private void changed() {
		AfterCommit.run(version::incrementAndGet);
		events.publishEvent(PagesChanged.all());
	}

}
