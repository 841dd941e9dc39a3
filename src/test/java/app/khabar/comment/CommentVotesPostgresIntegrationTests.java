package app.khabar.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import app.khabar.support.TestDatabases;

/**
 * {@link CommentVotesIntegrationTests} on a real PostgreSQL server, plus many readers
 * voting and changing their votes on one comment at once: the counts equal the vote rows.
 */
@ActiveProfiles(TestDatabases.POSTGRES_PROFILE)
class CommentVotesPostgresIntegrationTests extends CommentVotesIntegrationTests {

	static final int THREADS = 32;

	static final int READERS = 64;

	@Autowired
	JdbcClient jdbc;

	@Test
	void concurrentVotesAndChangesAreCountedExactly() throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> done = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
			for (int t = 0; t < THREADS; t++) {
				int thread = t;
				done.add(pool.submit((Callable<Void>) () -> {
					start.await();
					// every reader is voted for by two threads at once, flipping between
					// like and dislike
					for (int i = 0; i < READERS; i++) {
						String reader = "concurrent-reader-" + String.format("%04d", i);
						vote(reader, (thread + i) % 2 == 0 ? Vote.LIKE : Vote.DISLIKE);
					}
					return null;
				}));
			}
			start.countDown();
			for (Future<?> f : done) {
				f.get();
			}
		}
		int likes = rows("LIKE");
		int dislikes = rows("DISLIKE");
		assertThat(likes + dislikes).isEqualTo(READERS);
		var comment = threads.of(article).comments().getFirst();
		assertThat(comment.likes()).isEqualTo(likes);
		assertThat(comment.dislikes()).isEqualTo(dislikes);
	}

	int rows(String vote) {
		return jdbc.sql("SELECT COUNT(*) FROM comment_vote WHERE comment_id = :c AND vote = :v")
			.param("c", comment)
			.param("v", vote)
			.query(Integer.class)
			.single();
	}

}
