package app.khabar.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import app.khabar.account.StaffMember;
import app.khabar.comment.CommentStatus;
import app.khabar.comment.CommentThreads;
import app.khabar.shared.KhabarException;
import app.khabar.web.ClientHash;

/**
 * Readers' reports through the real database and HTTP: one open report per reader, only
 * of published comments, bounded notes, Persian 4xx for bad input; the «گزارش‌شده»
 * queue's exact count; keep (logged, reports closed) and remove (a refusal with a reason,
 * the article's counters moved, reports closed), each announced in the change feed.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(DeskFixtures.class)
class ReaderReportsIntegrationTests {

	static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");

	@Autowired
	DeskFixtures fixtures;

	@Autowired
	ReaderReports reports;

	@Autowired
	ModerationDesk desk;

	@Autowired
	CommentThreads threads;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	long article;

	long comment;

	StaffMember moderator;

	final long readers = java.util.concurrent.ThreadLocalRandom.current().nextLong(1L << 62);

	@BeforeEach
	void aPublishedComment() {
		article = fixtures.article(DeskFixtures.unique("report"), "افزایش قیمت بلیت مترو از ماه آینده");
		comment = fixtures.published(article, null, "کاوه", "این تصمیم به ضرر کارگران است.", T0);
		moderator = fixtures.moderator("الهام");
		// other tests' reports may be open in this shared context: a moderator answers
		// them first
		reports.queue(500).forEach(reported -> reports.keep(moderator, reported.comment().commentId()));
	}

	@Test
	void reportsQueueTheCommentOnceAndKeepingClosesThemWithALoggedDecision() {
		reports.report(comment, "INSULT", "  به یک گروه توهین می‌کند  ", client(1));
		reports.report(comment, "INSULT", "دوباره", client(1));
		reports.report(comment, "SPAM", null, client(2));

		assertThat(reports.count()).isEqualTo(1);
		assertThat(reports.queue(50)).singleElement().satisfies(reported -> {
			assertThat(reported.comment().commentId()).isEqualTo(comment);
			assertThat(reported.reports()).extracting(ReaderReport::reason)
				.as("the same reader's second report is not a second one")
				.containsExactly(ReportReason.INSULT, ReportReason.SPAM);
			assertThat(reported.reports().getFirst().note()).isEqualTo("به یک گروه توهین می‌کند");
		});
		long feedBefore = feedRows();

		reports.keep(moderator, comment);

		assertThat(reports.count()).isZero();
		assertThat(reports.queue(50)).isEmpty();
		assertThat(desk.history(comment).getLast()).satisfies(action -> {
			assertThat(action.actor()).isEqualTo(moderator.username());
			assertThat(action.reasonCode()).isEqualTo(ReaderReports.KEPT);
			assertThat(action.toStatus()).isEqualTo(CommentStatus.PUBLISHED);
		});
		assertThat(feedRows()).isGreaterThan(feedBefore);
		assertThatThrownBy(() -> reports.keep(moderator, comment)).isInstanceOf(KhabarException.class)
			.extracting(ex -> ((KhabarException) ex).code())
			.isEqualTo(ModerationError.NO_OPEN_REPORTS);
	}

	@Test
	void removingAReportedCommentRefusesItWithTheReasonAndTheCountersFollow() {
		reports.report(comment, "PERSONAL_DATA", null, client(3));
		var before = threads.countsOf(article);

		reports.remove(moderator, comment, 0, RejectReason.PERSONAL_DATA, null);

		assertThat(reports.count()).isZero();
		var after = threads.countsOf(article);
		assertThat(after.published()).isEqualTo(before.published() - 1);
		assertThat(after.rejected()).isEqualTo(before.rejected() + 1);
		assertThat(jdbc.sql("SELECT resolution FROM moderation_report WHERE comment_id = :c")
			.param("c", comment)
			.query(String.class)
			.list()).containsExactly("REMOVED");
	}

	@Test
	void badReportsAreRefusedAndStoreNothing() {
		long pending = fixtures.pending(article, "نیما", "نظری که هنوز منتشر نشده", T0);
		assertThatThrownBy(() -> reports.report(pending, "SPAM", null, client(4)))
			.extracting(ex -> ((KhabarException) ex).code())
			.isEqualTo(ModerationError.REPORT_NOT_PUBLISHED);
		assertThatThrownBy(() -> reports.report(comment, "NOPE", null, client(4)))
			.extracting(ex -> ((KhabarException) ex).code())
			.isEqualTo(ModerationError.REPORT_REASON_INVALID);
		assertThatThrownBy(() -> reports.report(comment, "OTHER", "ب".repeat(501), client(4)))
			.extracting(ex -> ((KhabarException) ex).code())
			.isEqualTo(ModerationError.REPORT_NOTE_TOO_LONG);
		assertThat(reports.count()).isZero();
	}

	@Test
	void theFormWorksWithoutJavaScriptAndBadInputIsAPersian4xx() {
		var form = mvc.get().uri("/comments/{id}/report", comment).exchange();
		assertThat(form).hasStatusOk();
		assertThat(form).bodyText()
			.contains("گزارش یک نظر", "این تصمیم به ضرر کارگران است.", "توهین یا نفرت‌پراکنی", "name=\"reason\"");

		var sent = mvc.post().uri("/comments/{id}/report", comment).param("reason", "UNLAWFUL").exchange();
		assertThat(sent).hasStatus(303);
		assertThat(sent.getResponse().getHeader(HttpHeaders.LOCATION))
			.isEqualTo("/comments/" + comment + "/report/sent");
		assertThat(mvc.get().uri("/comments/{id}/report/sent", comment).exchange()).bodyText()
			.contains("گزارش شما رسید");
		assertThat(reports.count()).isEqualTo(1);

		var huge = mvc.post()
			.uri("/comments/{id}/report", comment)
			.param("reason", "OTHER")
			.param("note", "متن ".repeat(2000))
			.exchange();
		assertThat(huge).hasStatus(400);
		assertThat(huge).bodyText().contains("توضیح گزارش حداکثر می‌تواند ۵۰۰ نویسه باشد.");

		long pending = fixtures.pending(article, "نیما", "نظر در انتظار", T0);
		var unpublished = mvc.post().uri("/comments/{id}/report", pending).param("reason", "SPAM").exchange();
		assertThat(unpublished).hasStatus(404);
		assertThat(unpublished).bodyText().contains("فقط نظرات منتشرشده را می‌توان گزارش کرد.");
		assertThat(mvc.get().uri("/comments/{id}/report", 999_999_999L).exchange()).hasStatus(404);

		var noReason = mvc.post().uri("/comments/{id}/report", comment).exchange();
		assertThat(noReason).hasStatus(400);
		assertThat(noReason).bodyText().contains("یکی از دلیل‌های فهرست");
	}

	long feedRows() {
		return jdbc.sql("SELECT COUNT(*) FROM cluster_change WHERE topic = 'moderation-report'")
			.query(Long.class)
			.single();
	}

	/** Reader {@code n} of this test: the same hash every time it is asked for. */
	ClientHash client(int n) {
		return new ClientHash(String.format("%016x%016x", readers, n));
	}

}
