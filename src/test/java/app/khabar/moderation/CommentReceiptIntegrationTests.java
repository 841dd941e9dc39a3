package app.khabar.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

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
import app.khabar.comment.CommentReceipts;
import app.khabar.comment.CommentStatus;
import app.khabar.comment.PostedComment;
import app.khabar.comment.Receipt;

/**
 * A commenter's receipt through the real posting path, the decision log and the page: it
 * follows the comment from awaiting review to not publishable with the moderator's stated
 * reason, only the token's hash is stored, and the page is private (no-store, noindex, no
 * Referer) with a Persian 4xx for any token that is not a receipt.
 */
@SpringBootTest(properties = "khabar.comment.client-limit=1000")
@AutoConfigureMockMvc
@Import(DeskFixtures.class)
class CommentReceiptIntegrationTests {

	@Autowired
	DeskFixtures fixtures;

	@Autowired
	ModerationDesk desk;

	@Autowired
	CommentReceipts receipts;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	long article;

	StaffMember moderator;

	@BeforeEach
	void anArticle() {
		article = fixtures.article(DeskFixtures.unique("receipt"), "گزارش جلسهٔ شورای شهر دربارهٔ حمل‌ونقل");
		moderator = fixtures.moderator("نرگس");
	}

	@Test
	void theReceiptFollowsTheCommentToTheModeratorsStatedReason() throws Exception {
		PostedComment posted = fixtures.posted(article, "به نظرم خط تازهٔ اتوبوس باید زودتر راه بیفتد.");
		Receipt receipt = posted.receipt();

		assertThat(receipts.open(receipt)).hasValueSatisfying(opened -> {
			assertThat(opened.commentId()).isEqualTo(posted.id());
			assertThat(opened.status()).isEqualTo(CommentStatus.PENDING);
			assertThat(opened.reasonKey()).isNull();
		});
		String stored = jdbc.sql("SELECT receipt_hash FROM comment_comment WHERE id = :id")
			.param("id", posted.id())
			.query(String.class)
			.single();
		assertThat(stored).as("the SHA-256 of the token, never the token")
			.isEqualTo(HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256")
					.digest(receipt.token().getBytes(StandardCharsets.US_ASCII))))
			.doesNotContain(receipt.token());

		var pending = mvc.get().uri(receipt.path()).exchange();
		assertThat(pending).hasStatusOk();
		assertThat(pending).bodyText()
			.contains("وضعیت نظر:", "در انتظار بررسی", "به نظرم خط تازهٔ اتوبوس باید زودتر راه بیفتد.",
					"گزارش جلسهٔ شورای شهر", "http://localhost" + receipt.path(), "href=\"/comments/rules\"")
			.contains("<meta name=\"robots\" content=\"noindex");
		assertThat(pending.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
		assertThat(pending.getResponse().getHeader("X-Robots-Tag")).contains("noindex");
		assertThat(pending.getResponse().getHeader("Referrer-Policy")).isEqualTo("no-referrer");

		desk.reject(moderator, posted.id(), 0, RejectReason.PERSONAL_DATA, "نشانی خانهٔ یک نفر در متن آمده");

		assertThat(receipts.open(receipt)).hasValueSatisfying(opened -> {
			assertThat(opened.status()).isEqualTo(CommentStatus.REJECTED);
			assertThat(opened.reasonKey()).isEqualTo("moderation.reject.PERSONAL_DATA");
		});
		var rejected = mvc.get().uri(receipt.path()).exchange();
		assertThat(rejected).bodyText()
			.contains("غیر قابل انتشار", "دلیل:", "افشای اطلاعات شخصی")
			.as("the moderator's note is for moderators")
			.doesNotContain("نشانی خانهٔ یک نفر");
	}

	@Test
	void aCommentScreeningRefusedShowsScreeningsReasonInTheReadersWords() {
		PostedComment posted = fixtures.posted(article, "یک نظر برای آزمون");
		jdbc.sql("UPDATE comment_comment SET status = 'REJECTED', screening_reason = 'BANNED_WORD' WHERE id = :id")
			.param("id", posted.id())
			.update();

		assertThat(receipts.open(posted.receipt())).hasValueSatisfying(
				opened -> assertThat(opened.reasonKey()).isEqualTo("comment.receipt.reason.BANNED_WORD"));
		assertThat(mvc.get().uri(posted.receipt().path()).exchange()).bodyText()
			.contains("متن نظر واژه‌ای دارد که در قواعد انتشار نظرات ممنوع است.");
	}

	@Test
	void anUnknownOrMalformedReceiptIsAPersian4xx() {
		for (String token : new String[] { "A".repeat(43), "short", "a".repeat(500) }) {
			var answer = mvc.get().uri("/comments/receipt/" + token).exchange();
			assertThat(answer).as(token).hasStatus(404);
			assertThat(answer).bodyText().contains("رسیدی با این نشانی پیدا نشد.");
		}
		// a malformed path the shell refuses before routing, with its Persian error page
		// (BadRequestIntegrationTests, over a real server)
		var malformed = mvc.get().uri("/comments/receipt/%C0%AF" + "x".repeat(40)).exchange();
		assertThat(malformed.getResponse().getStatus()).isBetween(400, 404);
	}

	@Test
	void theJsonAnswerCarriesTheReceiptPath() {
		// the form's JSON twin: the page's script shows the link once, after posting
		var answer = mvc.post()
			.uri("/api/v1/articles/{id}/comments", article)
			.contentType("application/json")
			.content("{\"text\": \"نظری با اسکریپت\", \"altcha\": \"" + fixtures.altcha() + "\"}")
			.exchange();
		assertThat(answer).hasStatus(201);
		assertThat(answer).bodyJson()
			.extractingPath("$.receipt")
			.asString()
			.matches("/comments/receipt/[A-Za-z0-9_-]{43}");
		assertThat(answer).bodyJson().extractingPath("$.receiptLabel").isEqualTo("رسید خصوصی نظر");
	}

}
