package app.khabar.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.khabar.shared.KhabarException;

/**
 * The moderators' decisions and edits on comments: version-checked, counters exact, the
 * reader's text kept.
 */
@SpringBootTest
class CommentReviewIntegrationTests {

	@Autowired
	CommentImport imports;

	@Autowired
	CommentReview review;

	@Autowired
	CommentThreads threads;

	@Autowired
	JdbcClient jdbc;

	long article = 900_000 + ThreadLocalRandom.current().nextInt(1_000_000);

	long pending(String text) {
		return imports.store(article, null, "مريم", text, "IR", CommentStatus.PENDING, Instant.now(), 0, 0);
	}

	@Test
	void aDecisionMovesTheCountersExactly() {
		long first = pending("خبر خوبي بود، ممنون از گزارشگر");
		long second = pending("به نظرم اين تصميم ۲ سال دير گرفته شد");
		long third = pending("متن سوم براي آزمايش");

		review.decide(first, 0, CommentStatus.PUBLISHED);
		review.decide(second, 0, CommentStatus.REJECTED);
		ReviewedComment back = review.decide(first, 1, CommentStatus.REJECTED);

		assertThat(back.status()).isEqualTo(CommentStatus.REJECTED);
		assertThat(back.version()).isEqualTo(2);
		CommentCounts counts = threads.countsOf(article);
		assertThat(counts.published()).isZero().isEqualTo(stored(CommentStatus.PUBLISHED));
		assertThat(counts.pending()).isEqualTo(1).isEqualTo(stored(CommentStatus.PENDING));
		assertThat(counts.rejected()).isEqualTo(2).isEqualTo(stored(CommentStatus.REJECTED));
		assertThat(review.find(third).orElseThrow().status()).isEqualTo(CommentStatus.PENDING);
	}

	@Test
	void aDecisionOnAnOldVersionChangesNothing() {
		long id = pending("نظري كه دو نفر هم‌زمان مي‌بينند");
		review.decide(id, 0, CommentStatus.PUBLISHED);

		assertThatThrownBy(() -> review.decide(id, 0, CommentStatus.REJECTED)).isInstanceOf(KhabarException.class)
			.extracting(ex -> ((KhabarException) ex).code())
			.isEqualTo(CommentError.CONCURRENT_DECISION);

		ReviewedComment now = review.find(id).orElseThrow();
		assertThat(now.status()).isEqualTo(CommentStatus.PUBLISHED);
		assertThat(now.version()).isEqualTo(1);
		assertThat(threads.countsOf(article).published()).isEqualTo(1);
		assertThat(threads.countsOf(article).rejected()).isZero();
	}

	@Test
	void anEditKeepsTheReadersFirstText() {
		long id = pending("متن اول با نشاني خانه‌ي همسايه");

		ReviewedComment once = review.edit(id, 0, "متن اول با نشانی [حذف شد]");
		ReviewedComment twice = review.edit(id, once.version(), "متن اول [حذف شد]");

		assertThat(twice.text()).isEqualTo("متن اول [حذف شد]");
		assertThat(twice.originalText()).isEqualTo("متن اول با نشانی خانه‌ی همسایه");
		assertThat(twice.edited()).isTrue();
		assertThat(twice.editedAt()).isNotNull();
		assertThat(twice.version()).isEqualTo(2);
		assertThatThrownBy(() -> review.edit(id, 0, "ديرتر")).isInstanceOf(KhabarException.class);
		assertThatThrownBy(() -> review.edit(id, 2, "  \u200c ")).isInstanceOf(KhabarException.class)
			.extracting(ex -> ((KhabarException) ex).code())
			.isEqualTo(CommentError.EDIT_EMPTY);
	}

	@Test
	void anEditedPublishedCommentShowsTheNewTextToReaders() {
		long id = pending("نظر منتشرشدني با غلط املايي");
		review.decide(id, 0, CommentStatus.PUBLISHED);
		threads.of(article);

		review.edit(id, 1, "نظر منتشرشدنی بی غلط املایی");

		assertThat(threads.of(article).comments()).extracting(PublishedComment::text)
			.containsExactly("نظر منتشرشدنی بی غلط املایی");
	}

	@Test
	void anUnknownCommentIsNotFound() {
		assertThat(review.find(Long.MAX_VALUE)).isEmpty();
		assertThatThrownBy(() -> review.decide(Long.MAX_VALUE, 0, CommentStatus.PUBLISHED))
			.isInstanceOf(KhabarException.class)
			.extracting(ex -> ((KhabarException) ex).code())
			.isEqualTo(CommentError.COMMENT_NOT_FOUND);
	}

	private int stored(CommentStatus status) {
		return jdbc.sql("SELECT COUNT(*) FROM comment_comment WHERE article_id = :a AND status = :s")
			.param("a", article)
			.param("s", status.name())
			.query(Integer.class)
			.single();
	}

}
