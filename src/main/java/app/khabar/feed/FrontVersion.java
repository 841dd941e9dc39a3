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

/**
 * The version of everything the fronts, boxes and feeds show: it moves with any article,
 * box or author profile change on this node. Starting from a random value keeps a
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
	 * Moves with every local change at once, and every half minute regardless, which
	 * bounds how long a change made on another node (which raises no event here) takes to
	 * reach this node's fronts and boxes.
	 */
	public String current() {
		return version.get() + "." + clock.millis() / 30_000;
	}

	@EventListener
	void on(ArticleChanged event) {
		changed();
	}

	@EventListener
	void on(CurationChanged event) {
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
