package app.khabar.feed;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import app.khabar.shared.AfterCommit;
import app.khabar.web.PagesChanged;
import app.khabar.article.ArticleChanged;

/**
 * The version of everything the fronts and boxes show: it moves with any article or box change on this node. Starting
 * from a random value keeps a restarted node from reusing the ETags of what it served before.
 */
@Component
public class FrontVersion {

	private final AtomicLong version = new AtomicLong(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2));

	private final ApplicationEventPublisher events;

	FrontVersion(ApplicationEventPublisher events) {
		this.events = events;
	}

	public long current() {
		return version.get();
	}

	@EventListener
	void on(ArticleChanged event) {
		changed();
	}

	@EventListener
	void on(CurationChanged event) {
		changed();
	}

	/** Every page shows boxes or lists that this change may touch. */
	private void changed() {
		AfterCommit.run(version::incrementAndGet);
		events.publishEvent(PagesChanged.all());
	}

}
