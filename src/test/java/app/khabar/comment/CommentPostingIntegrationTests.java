package app.khabar.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.khabar.article.ArticleImport;
import app.khabar.article.ArticleStatus;
import app.khabar.article.Section;
import app.khabar.comment.captcha.CaptchaVerifier;
import app.khabar.comment.spi.ReasonCode;
import app.khabar.shared.KhabarException;
import app.khabar.support.AltchaSolver;
import app.khabar.web.ClientHash;

/**
 * Posting a comment, outcome by outcome, against the real captcha, screening and
 * database: what is stored, what the counters say, and that every refusal stores nothing.
 */
@SpringBootTest(properties = { "khabar.moderation.banned-words=کلاهبرداری", "khabar.comment.client-limit=5" })
@Import(CommentPostingIntegrationTests.Submissions.class)
class CommentPostingIntegrationTests {

	static final SecureRandom random = new SecureRandom();

	@Autowired
	CommentPosting posting;

	@Autowired
	CommentImport imports;

	@Autowired
	CommentThreads threads;

	@Autowired
	CaptchaVerifier captcha;

	@Autowired
	ArticleImport articles;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Submissions submissions;

	long premoderated;

	long postmoderated;

	Commenter reader;

	@BeforeEach
	void articles() {
		premoderated = CommentTestArticles.article(articles, CommentTestArticles.premoderated());
		postmoderated = CommentTestArticles.article(articles, CommentTestArticles.postmoderated());
		reader = newReader();
	}

	@Test
	void aPremoderatedArticleHoldsTheCommentForReviewAndCountsItPending() {
		PostedComment posted = post(new NewComment(premoderated, null, "سارا", "به نظرم بودجهٔ عمرانی كم است."));

		assertThat(posted.status()).isEqualTo(CommentStatus.PENDING);
		assertThat(posted.messageKey()).isEqualTo("comment.posted.pending");
		var row = row(posted.id());
		assertThat(row.get("body")).isEqualTo("به نظرم بودجهٔ عمرانی کم است.");
		assertThat(row.get("author_name")).isEqualTo("سارا");
		assertThat(row.get("screening_reason")).isEqualTo(ReasonCode.PREMODERATION.name());
		assertThat(row.get("client_hash")).isEqualTo(reader.client().value());
		assertThat(row.get("country_code")).isEqualTo("IR");
		assertThat(threads.countsOf(premoderated).pending()).isEqualTo(1);
		assertThat(threads.of(premoderated).comments()).isEmpty();
		assertThat(submissions.of(posted.id())).singleElement().satisfies(submitted -> {
			assertThat(submitted.commentId()).isEqualTo(posted.id());
			assertThat(submitted.status()).isEqualTo(CommentStatus.PENDING);
			assertThat(submitted.reason()).isEqualTo(ReasonCode.PREMODERATION);
			assertThat(submitted.section()).as("the article's section, for the queue")
				.isNotNull()
				.extracting(Section::slug)
				.isEqualTo("economy");
		});
	}

	@Test
	void aPostmoderatedArticlePublishesAtOnce() {
		PostedComment posted = post(new NewComment(postmoderated, null, "  ", "گزارش دقیقی بود، ممنون."));

		assertThat(posted.status()).isEqualTo(CommentStatus.PUBLISHED);
		assertThat(threads.countsOf(postmoderated).published()).isEqualTo(1);
		assertThat(threads.of(postmoderated).comments()).singleElement().satisfies(comment -> {
			assertThat(comment.authorName()).as("an empty name is anonymous").isNull();
			assertThat(comment.text()).isEqualTo("گزارش دقیقی بود، ممنون.");
		});
	}

	@Test
	void aBannedWordIsStoredAsNotPublishableWithItsReason() {
		PostedComment posted = post(new NewComment(postmoderated, null, null, "این طرح یک كلاه‌برداری است"));

		assertThat(posted.status()).isEqualTo(CommentStatus.REJECTED);
		assertThat(row(posted.id()).get("screening_reason")).isEqualTo(ReasonCode.BANNED_WORD.name());
		assertThat(threads.countsOf(postmoderated).rejected()).isEqualTo(1);
		assertThat(threads.of(postmoderated).comments()).isEmpty();
	}

	@Test
	void aReplyToAPublishedCommentOnTheSameArticleIsStoredUnderIt() {
		long parent = imports.store(postmoderated, null, "رضا", "بودجه باید شفاف باشد.", "IR", CommentStatus.PUBLISHED,
				CommentTestArticles.PUBLISHED, 0, 0);

		PostedComment reply = post(new NewComment(postmoderated, parent, "نگار", "موافقم، شفافیت مهم است."));

		assertThat(row(reply.id()).get("parent_id")).isEqualTo(parent);
		assertThat(threads.of(postmoderated).comments()).singleElement()
			.satisfies(root -> assertThat(root.replies()).extracting(PublishedComment::id).containsExactly(reply.id()));
	}

	@Test
	void aReplyToACommentUnderAnotherArticleIsRefused() {
		long elsewhere = imports.store(premoderated, null, "رضا", "نظر زیر خبر دیگر", "IR", CommentStatus.PUBLISHED,
				CommentTestArticles.PUBLISHED, 0, 0);

		assertRefused(new NewComment(postmoderated, elsewhere, null, "پاسخ جعلی"), CommentError.INVALID_PARENT);
	}

	@Test
	void aReplyToACommentAwaitingReviewOrMissingIsRefused() {
		long pending = imports.store(postmoderated, null, "رضا", "هنوز منتشر نشده", "IR", CommentStatus.PENDING,
				CommentTestArticles.PUBLISHED, 0, 0);

		assertRefused(new NewComment(postmoderated, pending, null, "پاسخ به نظر منتشرنشده"),
				CommentError.INVALID_PARENT);
		assertRefused(new NewComment(postmoderated, 987_654_321L, null, "پاسخ به هیچ"), CommentError.INVALID_PARENT);
	}

	@Test
	void aClosedOrUnpublishedArticleTakesNoComment() {
		long closed = CommentTestArticles.article(articles, CommentTestArticles.closed());
		long draft = CommentTestArticles.article(articles, CommentTestArticles.premoderated(), ArticleStatus.DRAFT,
				"پیش‌نویس خبر");

		assertRefused(new NewComment(closed, null, null, "نظر دیرهنگام"), CommentError.COMMENTS_CLOSED);
		assertRefused(new NewComment(draft, null, null, "نظر زودهنگام"), CommentError.ARTICLE_NOT_FOUND);
		assertRefused(new NewComment(123_456_789L, null, null, "نظر بی‌خبر"), CommentError.ARTICLE_NOT_FOUND);
	}

	@Test
	void textAndNameOutsideTheBoundsAreInvalid() {
		assertRefused(new NewComment(premoderated, null, null, null), CommentError.INVALID_TEXT);
		assertRefused(new NewComment(premoderated, null, null, " \u200c\u202e "), CommentError.INVALID_TEXT);
		assertRefused(new NewComment(premoderated, null, null, "ب".repeat(3001)), CommentError.INVALID_TEXT);
		assertRefused(new NewComment(premoderated, null, "ن".repeat(61), "متن درست"), CommentError.INVALID_NAME);
	}

	@Test
	void theLengthIsCountedInCharactersWithinInclusiveBoundsSpacesAtTheEndsAside() {
		// the one length rule (khabar.comment.min-length 2, max-length 3000): screening
		// does not check it again
		assertRefused(new NewComment(premoderated, null, null, "  ب \n"), CommentError.INVALID_TEXT);
		assertRefused(new NewComment(premoderated, null, null, "👍".repeat(3001)), CommentError.INVALID_TEXT);

		PostedComment shortest = post(new NewComment(premoderated, null, null, "  خب \n"), newReader());
		assertThat(shortest.status()).isEqualTo(CommentStatus.PENDING);
		assertThat(row(shortest.id()).get("body")).isEqualTo("خب");
		assertThat(post(new NewComment(premoderated, null, null, "ا".repeat(3000)), newReader()).status())
			.isEqualTo(CommentStatus.PENDING);
		// three thousand emoji are six thousand UTF-16 units but three thousand
		// characters
		assertThat(post(new NewComment(premoderated, null, null, "👍".repeat(3000)), newReader()).status())
			.isEqualTo(CommentStatus.PENDING);
	}

	@Test
	void controlAndBidiOverrideCharactersAreStrippedBeforeStoring() {
		PostedComment posted = post(
				new NewComment(premoderated, null, "علی\u202e\u0000", "متن\u202eوارونه\u2066 با\u0007 زنگ\ud800"));

		var row = row(posted.id());
		assertThat(row.get("author_name")).isEqualTo("علی");
		assertThat(row.get("body")).isEqualTo("متنوارونه با زنگ");
	}

	@Test
	void theCaptchaIsNeededAndAcceptedOnce() {
		String solution = AltchaSolver.solve(captcha.newChallenge());
		posting.post(new NewComment(premoderated, null, null, "نخستین نظر"), reader, new CaptchaProof.Altcha(solution));

		assertThatThrownBy(() -> posting.post(new NewComment(premoderated, null, null, "همان راه‌حل دوباره"), reader,
				new CaptchaProof.Altcha(solution)))
			.isInstanceOfSatisfying(KhabarException.class,
					ex -> assertThat(ex.code()).isEqualTo(CommentError.CAPTCHA_FAILED));
		assertThatThrownBy(() -> posting.post(new NewComment(premoderated, null, null, "بی ضدربات"), reader,
				new CaptchaProof.Altcha(null)))
			.isInstanceOfSatisfying(KhabarException.class,
					ex -> assertThat(ex.code()).isEqualTo(CommentError.CAPTCHA_FAILED));
		assertThat(stored(premoderated)).isEqualTo(1);
	}

	@Test
	void aRefusedCommentLeavesItsCaptchaUnused() {
		String solution = AltchaSolver.solve(captcha.newChallenge());
		assertThatThrownBy(() -> posting.post(new NewComment(premoderated, null, null, "ب".repeat(4000)), reader,
				new CaptchaProof.Altcha(solution)))
			.isInstanceOf(KhabarException.class);

		PostedComment posted = posting.post(new NewComment(premoderated, null, null, "کوتاه‌ترش کردم."), reader,
				new CaptchaProof.Altcha(solution));

		assertThat(posted.status()).isEqualTo(CommentStatus.PENDING);
	}

	@Test
	void aClientPostingTooFastIsRefusedUntilTheWindowEnds() {
		for (int i = 0; i < 5; i++) {
			post(new NewComment(premoderated, null, null, "نظر شمارهٔ " + i));
		}

		assertRefused(new NewComment(premoderated, null, null, "نظر ششم"), CommentError.TOO_FAST, reader);
		assertThat(post(new NewComment(premoderated, null, null, "نظر خوانندهٔ دیگر"), newReader()).status())
			.isEqualTo(CommentStatus.PENDING);
	}

	@Test
	void theCountersMoveExactlyWithEachOutcome() {
		post(new NewComment(postmoderated, null, null, "نظر منتشرشدنی"), newReader());
		post(new NewComment(postmoderated, null, null, "نظر منتشرشدنی دیگر"), newReader());
		post(new NewComment(postmoderated, null, null, "کلاهبرداری آشکار"), newReader());
		post(new NewComment(premoderated, null, null, "نظر در انتظار"), newReader());

		CommentCounts post = threads.countsOf(postmoderated);
		CommentCounts pre = threads.countsOf(premoderated);
		assertThat(new int[] { post.published(), post.pending(), post.rejected() }).containsExactly(2, 0, 1);
		assertThat(new int[] { pre.published(), pre.pending(), pre.rejected() }).containsExactly(0, 1, 0);
		assertThat(stored(postmoderated)).isEqualTo(3);
	}

	PostedComment post(NewComment comment) {
		return post(comment, reader);
	}

	PostedComment post(NewComment comment, Commenter commenter) {
		return posting.post(comment, commenter, new CaptchaProof.Altcha(AltchaSolver.solve(captcha.newChallenge())));
	}

	void assertRefused(NewComment comment, CommentError error) {
		assertRefused(comment, error, newReader());
	}

	void assertRefused(NewComment comment, CommentError error, Commenter commenter) {
		long before = stored(comment.articleId());
		assertThatThrownBy(() -> post(comment, commenter)).isInstanceOfSatisfying(KhabarException.class,
				ex -> assertThat(ex.code()).isEqualTo(error));
		assertThat(stored(comment.articleId())).isEqualTo(before);
	}

	static Commenter newReader() {
		byte[] bytes = new byte[16];
		random.nextBytes(bytes);
		return new Commenter(new ClientHash(HexFormat.of().formatHex(bytes)), "IR");
	}

	java.util.Map<String, Object> row(long id) {
		return jdbc.sql("SELECT * FROM comment_comment WHERE id = :id").param("id", id).query().singleRow();
	}

	long stored(long articleId) {
		return jdbc.sql("SELECT COUNT(*) FROM comment_comment WHERE article_id = :a")
			.param("a", articleId)
			.query(Long.class)
			.single();
	}

	/**
	 * What the group commit's writers published (events are published on a writer thread,
	 * not the test's).
	 */
	static class Submissions {

		private final List<CommentSubmitted> seen = new CopyOnWriteArrayList<>();

		@EventListener
		void on(CommentsSubmitted event) {
			seen.addAll(event.comments());
		}

		List<CommentSubmitted> of(long commentId) {
			return seen.stream().filter(submitted -> submitted.commentId() == commentId).toList();
		}

	}

}
