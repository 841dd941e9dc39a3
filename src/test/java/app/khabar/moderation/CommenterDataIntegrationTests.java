package app.khabar.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.khabar.account.Role;
import app.khabar.comment.CommentReceipts;
import app.khabar.comment.CommentThreads;
import app.khabar.comment.CommenterRecords;
import app.khabar.comment.PostedComment;
import app.khabar.comment.PublishedComment;
import app.khabar.moderation.CommenterData.FoundBy;
import app.khabar.shared.KhabarException;
import app.khabar.support.MutableClock;

/**
 * A commenter's export and erasure, and the retention period, through the real posting
 * path and database with a clock the test moves: erasure keeps each row in its place
 * (replies under it, counters exact), leaves no trace of the text in the queue, and is
 * logged without the data; the retention job drops client hashes and kept originals.
 */
@SpringBootTest(properties = { "khabar.comment.client-limit=1000", "khabar.moderation.retention=90d" })
@Import({ DeskFixtures.class, MutableClock.Config.class })
class CommenterDataIntegrationTests {

	@Autowired
	DeskFixtures fixtures;

	@Autowired
	CommenterData data;

	@Autowired
	RetentionJob job;

	@Autowired
	ModerationDesk desk;

	@Autowired
	CommentThreads threads;

	@Autowired
	CommentReceipts receipts;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void erasureLeavesTheCommentsPlaceAndTheCountersAndIsLoggedWithoutTheData() {
		long article = fixtures.article(DeskFixtures.unique("erase"), "طرح تازهٔ شهرداری برای پیاده‌روها");
		var moderator = fixtures.moderator("مینا");
		PostedComment posted = fixtures.posted(article, "پیاده‌روی محلهٔ ما پر از چاله است.");
		desk.approve(moderator, posted.id(), 0);
		long reply = fixtures.published(article, posted.id(), "آرش", "موافقم، خیابان ما هم همین‌طور است.",
				clock.instant());
		var before = threads.countsOf(article);

		Map<String, Object> export = data.export(FoundBy.RECEIPT, posted.receipt().path());
		assertThat((List<?>) export.get("comments")).singleElement()
			.satisfies(c -> assertThat(((Map<?, ?>) c).get("text")).isEqualTo("پیاده‌روی محلهٔ ما پر از چاله است."));

		var admin = fixtures.staff("ادمین", Role.ADMIN);
		assertThat(data.erase(admin, FoundBy.RECEIPT, posted.receipt().token())).isEqualTo(1);

		PublishedComment erased = threads.published(article, posted.id()).orElseThrow();
		assertThat(erased.text()).isEqualTo(CommenterRecords.ERASED);
		assertThat(erased.authorName()).isNull();
		assertThat(erased.replies()).extracting(PublishedComment::id).containsExactly(reply);
		var after = threads.countsOf(article);
		assertThat(after.published()).isEqualTo(before.published());
		assertThat(after.pending()).isEqualTo(before.pending());
		assertThat(receipts.open(posted.receipt())).as("the receipt went with the data").isEmpty();
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM comment_comment WHERE id = :id AND client_hash IS NULL AND country_code IS NULL
				""").param("id", posted.id()).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT search_text FROM moderation_review_item WHERE comment_id = :id")
			.param("id", posted.id())
			.query(String.class)
			.single()).isEmpty();
		assertThat(desk.history(posted.id()).getLast()).satisfies(action -> {
			assertThat(action.reasonCode()).isEqualTo(CommenterData.ERASED);
			assertThat(action.actor()).isEqualTo(admin.username());
			assertThat(action.reasonText()).isNull();
		});
		assertThat(data.find(FoundBy.NAME, "آرش")).extracting(c -> c.id()).contains(reply);
		assertThatThrownBy(() -> data.find(FoundBy.CLIENT, "not-a-hash")).isInstanceOf(KhabarException.class);
	}

	@Test
	void clientHashesAndKeptOriginalsExpireAfterTheRetentionPeriod() {
		long article = fixtures.article(DeskFixtures.unique("keep"), "بازگشایی کتابخانهٔ مرکزی شهر");
		var moderator = fixtures.moderator("سحر");
		PostedComment old = fixtures.posted(article, "کتابخانه باید تا دیروقت باز بماند.");
		desk.edit(moderator, old.id(), 0, "کتابخانه باید تا دیروقت باز بماند (ویرایش‌شده).");
		clock.advance(Duration.ofDays(60));
		PostedComment recent = fixtures.posted(article, "ساعت کار تازه خوب است.");

		clock.advance(Duration.ofDays(31));
		job.run();

		assertThat(column("client_hash", old.id())).isNull();
		assertThat(column("original_body", old.id())).isNull();
		assertThat(column("body", old.id())).isEqualTo("کتابخانه باید تا دیروقت باز بماند (ویرایش‌شده).");
		assertThat(column("client_hash", recent.id())).as("61 days old: kept").isNotNull();

		clock.advance(Duration.ofDays(60));
		job.run();
		assertThat(column("client_hash", recent.id())).isNull();
	}

	String column(String name, long id) {
		return jdbc.sql("SELECT " + name + " FROM comment_comment WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.orElse(null);
	}

}
