package app.khabar.feed;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import app.khabar.shared.AfterCommit;
import app.khabar.article.ArticleChanged;

/**
 * The version of everything the fronts and boxes show: it moves with any article or box change on this node. Starting
 * from a random value keeps a restarted node from reusing the ETags of what it served before.
 */
@Component
public class FrontVersion {

	private final AtomicLong version = new AtomicLong(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2));

	public long current() {
		return version.get();
	}

	@EventListener
	void on(ArticleChanged event) {
		AfterCommit.run(version::incrementAndGet);
	}

	@EventListener
	void on(CurationChanged event) {
		AfterCommit.run(version::incrementAndGet);
	}

}
