package app.khabar.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
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
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import app.khabar.account.StaffMember;
import app.khabar.article.ArticleCatalog;
import app.khabar.comment.CommentCounts;
import app.khabar.comment.CommentError;
import app.khabar.comment.CommentStatus;
import app.khabar.comment.CommentThreads;
import app.khabar.shared.KhabarException;

/**
 * The desk's queue and decisions through the real database: items written with the
 * comment, oldest first, keyset pages, folded text search, append-only history, and two
 * moderators on one comment.
 */
@SpringBootTest
@Import(DeskFixtures.class)
class ModerationDeskIntegrationTests {

	@Autowired
	DeskFixtures fixtures;

	@Autowired
	ModerationDesk desk;

	@Autowired
	ModerationDashboard dashboard;

	@Autowired
	CommentThreads threads;

	@Autowired
	ArticleCatalog catalog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");

	@Test
	void theQueueRowIsWrittenInTheCommentsTransaction() {
		long article = fixtures.article(DeskFixtures.unique("tx"), "خبر آزمون تراکنش");
		var template = new TransactionTemplate(transactions);
		template.executeWithoutResult(status -> {
			fixtures.pending(article, "رضا", "این نظر با تراکنش برمی‌گردد", T0);
			status.setRollbackOnly();
		});
		long kept = fixtures.pending(article, "رضا", "این نظر می‌ماند", T0);

		assertThat(items(article)).isEqualTo(1);
		assertThat(desk.queue(byArticle(article)).entries()).extracting(QueueEntry::commentId).containsExactly(kept);
		assertThat(desk.history(kept)).singleElement().satisfies(action -> {
			assertThat(action.bySystem()).isTrue();
			assertThat(action.toStatus()).isEqualTo(CommentStatus.PENDING);
		});
	}

	@Test
	void theQueueIsOldestFirstInKeysetPagesAndFindsFoldedText() {
		long article = fixtures.article(DeskFixtures.unique("order"), "خبر آزمون ترتیب صف");
		long third = fixtures.pending(article, "سوم", "سومین نظر درباره‌ی همکاریها", T0.plusSeconds(30));
		long first = fixtures.pending(article, "اول", "نخستین نظر", T0);
		long second = fixtures.pending(article, "دوم", "دومین نظر", T0.plusSeconds(10));

		var filter = new QueueFilter(CommentStatus.PENDING, null, article, null, null, null, 2);
		QueuePage one = desk.queue(filter);
		assertThat(one.entries()).extracting(QueueEntry::commentId).containsExactly(first, second);
		assertThat(one.total()).isEqualTo(3);
		assertThat(one.next()).isNotNull();
		QueuePage two = desk.queue(filter.after(QueueFilter.Position.parse(one.next().token())));
		assertThat(two.entries()).extracting(QueueEntry::commentId).containsExactly(third);
		assertThat(two.next()).isNull();
		assertThat(two.entries().getFirst().articleTitle()).isEqualTo("خبر آزمون ترتیب صف");

		// ZWNJ, Arabic yeh and the plural written apart: all the same to the search
		var search = new QueueFilter(CommentStatus.PENDING, null, article, null, "همكاري‌ها", null, 50);
		assertThat(desk.queue(search).entries()).extracting(QueueEntry::commentId).containsExactly(third);
	}

	@Test
	void theQueueFiltersBySectionAsTheSubmittedCommentCarriesIt() {
		String sports = DeskFixtures.unique("sports");
		long inSports = fixtures.article(sports, "خبر آزمون سرویس ورزشی");
		long elsewhere = fixtures.article(DeskFixtures.unique("culture"), "خبر آزمون سرویس فرهنگی");
		long match = fixtures.pending(inSports, "نیما", "نظر دربارهٔ بازی دیشب", T0);
		fixtures.pending(elsewhere, "نیما", "نظر دربارهٔ نمایشگاه کتاب", T0);

		long section = catalog.section(sports).orElseThrow().id();
		var filter = new QueueFilter(CommentStatus.PENDING, section, null, null, null, null, 50);
		assertThat(desk.queue(filter).entries()).extracting(QueueEntry::commentId).containsExactly(match);
	}

	@Test
	void decisionsAreLoggedAndMoveTheCounters() {
		StaffMember moderator = fixtures.moderator("نگار بررسی‌کار");
		long article = fixtures.article(DeskFixtures.unique("log"), "خبر آزمون تصمیم");
		long good = fixtures.pending(article, "علی", "نظری منطقی و مؤدبانه", T0);
		long bad = fixtures.pending(article, "ناشناس", "تبلیغ فروش ارزان", T0.plusSeconds(1));

		desk.approve(moderator, good, 0);
		desk.reject(moderator, bad, 0, RejectReason.SPAM, "پیوند فروشگاه");

		CommentCounts counts = threads.countsOf(article);
		assertThat(counts.published()).isEqualTo(1);
		assertThat(counts.pending()).isZero();
		assertThat(counts.rejected()).isEqualTo(1);
		assertThat(desk.queue(byArticle(article)).entries()).isEmpty();
		assertThat(desk.history(bad)).extracting(ModerationAction::toStatus)
			.containsExactly(CommentStatus.PENDING, CommentStatus.REJECTED);
		ModerationAction rejection = desk.history(bad).getLast();
		assertThat(rejection.actor()).isEqualTo(moderator.username());
		assertThat(rejection.actorName()).isEqualTo("نگار بررسی‌کار");
		assertThat(rejection.fromStatus()).isEqualTo(CommentStatus.PENDING);
		assertThat(rejection.reasonKey()).isEqualTo("moderation.reject.SPAM");
		assertThat(rejection.reasonText()).isEqualTo("پیوند فروشگاه");
		assertThat(desk.recentDecisions(moderator, 10)).extracting(ModerationAction::commentId)
			.containsExactly(bad, good);
	}

	@Test
	void aBulkDecisionReportsTheCommentsAnotherModeratorTook() {
		StaffMember first = fixtures.moderator("مریم");
		StaffMember second = fixtures.moderator("حسین");
		long article = fixtures.article(DeskFixtures.unique("bulk"), "خبر آزمون گروهی");
		long a = fixtures.pending(article, "یک", "نظر یک", T0);
		long b = fixtures.pending(article, "دو", "نظر دو", T0.plusSeconds(1));
		long c = fixtures.pending(article, "سه", "نظر سه", T0.plusSeconds(2));
		desk.reject(second, b, 0, RejectReason.INSULT, null);

		BulkOutcome outcome = desk.decideAll(
				first, List.of(new BulkOutcome.Selected(a, 0), new BulkOutcome.Selected(b, 0),
						new BulkOutcome.Selected(c, 0), new BulkOutcome.Selected(-5, 0)),
				CommentStatus.PUBLISHED, null, null);

		assertThat(outcome.decided()).containsExactly(a, c);
		assertThat(outcome.conflicted()).containsExactly(b);
		assertThat(outcome.missing()).containsExactly(-5L);
		assertThat(desk.entry(b).orElseThrow().status()).isEqualTo(CommentStatus.REJECTED);
		assertThat(threads.countsOf(article))
			.extracting(CommentCounts::published, CommentCounts::rejected, CommentCounts::pending)
			.containsExactly(2, 1, 0);
	}

	@Test
	void twoModeratorsDecidingOneCommentAtOnceNeverOverwriteEachOther() throws Exception {
		StaffMember approver = fixtures.moderator("مدیر تأییدکننده");
		StaffMember rejecter = fixtures.moderator("مدیر ردکننده");
		long article = fixtures.article(DeskFixtures.unique("race"), "خبر آزمون هم‌زمانی");
		int rounds = 10;
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < rounds; i++) {
			ids.add(fixtures.pending(article, "خواننده", "نظر شماره " + i, T0.plusSeconds(i)));
		}
		int wins = 0;
		int conflicts = 0;
		try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
			for (long id : ids) {
				CountDownLatch start = new CountDownLatch(1);
				Future<String> a = pool.submit(attempt(start, () -> desk.approve(approver, id, 0)));
				Future<String> r = pool
					.submit(attempt(start, () -> desk.reject(rejecter, id, 0, RejectReason.OFF_TOPIC, null)));
				start.countDown();
				for (String result : List.of(a.get(), r.get())) {
					if (result.equals("won")) {
						wins++;
					}
					else {
						assertThat(result).isEqualTo(CommentError.CONCURRENT_DECISION.name());
						conflicts++;
					}
				}
				// exactly one moderator's action is in the log, and it is the comment's
				// status
				List<ModerationAction> decisions = desk.history(id).stream().filter(x -> !x.bySystem()).toList();
				assertThat(decisions).hasSize(1);
				assertThat(desk.entry(id).orElseThrow().status()).isEqualTo(decisions.getFirst().toStatus());
				assertThat(desk.entry(id).orElseThrow().version()).isEqualTo(1);
			}
		}
		assertThat(wins).isEqualTo(rounds);
		assertThat(conflicts).isEqualTo(rounds);
		CommentCounts counts = threads.countsOf(article);
		assertThat(counts.pending()).isZero();
		assertThat(counts.published() + counts.rejected()).isEqualTo(rounds);
		assertThat(counts.published()).isEqualTo(stored(article, CommentStatus.PUBLISHED));
	}

	@Test
	void anEditIsLoggedAndKeepsTheOriginal() {
		StaffMember moderator = fixtures.moderator("ویراستار نظرها");
		long article = fixtures.article(DeskFixtures.unique("edit"), "خبر آزمون ویرایش");
		long id = fixtures.pending(article, "نرگس", "نشانی من خیابان ولیعصر است", T0);

		desk.edit(moderator, id, 0, "نشانی من [حذف شد]");

		QueueEntry entry = desk.entry(id).orElseThrow();
		assertThat(entry.text()).isEqualTo("نشانی من [حذف شد]");
		assertThat(entry.originalText()).isEqualTo("نشانی من خیابان ولیعصر است");
		assertThat(desk.history(id).getLast().edited()).isTrue();
		assertThat(
				desk.queue(new QueueFilter(CommentStatus.PENDING, null, article, null, "ولیعصر", null, 50)).entries())
			.isEmpty();
		assertThatThrownBy(() -> desk.approve(moderator, id, 0)).isInstanceOf(KhabarException.class);
		desk.approve(moderator, id, 1);
	}

	@Test
	void theDashboardCountsTheLastDayAndTheQueueAge() {
		long article = fixtures.article(DeskFixtures.unique("dash"), "خبر آزمون پیشخوان");
		Instant now = Instant.now();
		fixtures.pending(article, "پیشین", "نظر دو ساعت پیش", now.minus(Duration.ofHours(2)));
		fixtures.pending(article, "تازه", "نظر نیم ساعت پیش", now.minus(Duration.ofMinutes(30)));

		ModerationDashboard.Snapshot snapshot = dashboard.snapshot();

		assertThat(snapshot.hours()).hasSize(25);
		assertThat(snapshot.hours().stream().mapToInt(ModerationDashboard.Hour::comments).sum())
			.isGreaterThanOrEqualTo(2);
		assertThat(snapshot.hours().getLast().start()).isBeforeOrEqualTo(snapshot.at());
		assertThat(snapshot.pending()).isEqualTo(
				jdbc.sql("SELECT COUNT(*) FROM comment_comment WHERE status = 'PENDING'").query(Long.class).single());
		assertThat(snapshot.oldestPendingAge()).isGreaterThanOrEqualTo(Duration.ofHours(2).minusSeconds(5));
		assertThat(snapshot.medianPendingAge()).isLessThanOrEqualTo(snapshot.oldestPendingAge());
	}

	private static Callable<String> attempt(CountDownLatch start, Runnable decision) {
		return () -> {
			start.await();
			try {
				decision.run();
				return "won";
			}
			catch (KhabarException ex) {
				return ((Enum<?>) ex.code()).name();
			}
		};
	}

	private static QueueFilter byArticle(long article) {
		return new QueueFilter(CommentStatus.PENDING, null, article, null, null, null, 50);
	}

	private int items(long article) {
		return jdbc.sql("SELECT COUNT(*) FROM moderation_review_item WHERE article_id = :a")
			.param("a", article)
			.query(Integer.class)
			.single();
	}

	private int stored(long article, CommentStatus status) {
		return jdbc.sql("SELECT COUNT(*) FROM comment_comment WHERE article_id = :a AND status = :s")
			.param("a", article)
			.param("s", status.name())
			.query(Integer.class)
			.single();
	}

}
