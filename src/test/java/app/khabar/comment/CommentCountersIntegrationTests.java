package app.khabar.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The three counters stay exact when many writers add comments to one article at once.
 */
@SpringBootTest
class CommentCountersIntegrationTests {

	static final int WRITERS = 32;

	static final int COMMENTS_PER_WRITER = 12;

	@Autowired
	CommentImport comments;

	@Autowired
	CommentThreads threads;

	@Autowired
	JdbcClient jdbc;

	@Test
	void countsEveryCommentExactlyUnderConcurrentWriters() throws Exception {
		long article = 7_000 + System.nanoTime() % 1_000_000;
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> done = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(WRITERS)) {
			for (int w = 0; w < WRITERS; w++) {
				int writer = w;
				done.add(pool.submit((Callable<Void>) () -> {
					start.await();
					for (int i = 0; i < COMMENTS_PER_WRITER; i++) {
						CommentStatus status = CommentStatus.values()[(writer + i) % 3];
						comments.store(article, null, "نویسندهٔ " + writer, "نظر شمارهٔ " + i, "IR", status,
								Instant.now(), 0, 0);
					}
					return null;
				}));
			}
			start.countDown();
			for (Future<?> f : done) {
				f.get();
			}
		}
		CommentCounts counts = threads.countsOf(article);
		assertThat(counts.published() + counts.pending() + counts.rejected()).isEqualTo(WRITERS * COMMENTS_PER_WRITER);
		assertThat(counts.published()).isEqualTo(stored(article, CommentStatus.PUBLISHED));
		assertThat(counts.pending()).isEqualTo(stored(article, CommentStatus.PENDING));
		assertThat(counts.rejected()).isEqualTo(stored(article, CommentStatus.REJECTED));
		assertThat(threads.of(article).comments()).hasSize(counts.published());
	}

	@Test
	void anArticleWithoutCommentsCountsZero() {
		CommentCounts counts = threads.countsOf(123_456_789L);
		assertThat(counts.published()).isZero();
		assertThat(counts.pending()).isZero();
		assertThat(counts.rejected()).isZero();
	}

	private int stored(long article, CommentStatus status) {
		return jdbc.sql("SELECT COUNT(*) FROM comment_comment WHERE article_id = :a AND status = :s")
			.param("a", article)
			.param("s", status.name())
			.query(Integer.class)
			.single();
	}

}
