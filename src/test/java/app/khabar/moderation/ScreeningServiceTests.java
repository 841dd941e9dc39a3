package app.khabar.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.junit.jupiter.api.Test;

import app.khabar.article.Article;
import app.khabar.article.ArticleKind;
import app.khabar.article.ArticleStatus;
import app.khabar.article.Byline;
import app.khabar.article.CommentSettings;
import app.khabar.article.Media;
import app.khabar.article.ModerationMode;
import app.khabar.article.Section;
import app.khabar.article.Source;
import app.khabar.comment.spi.ReasonCode;
import app.khabar.comment.spi.ScreeningRequest;
import app.khabar.comment.spi.Verdict;
import app.khabar.web.ClientHash;

class ScreeningServiceTests {

	static final ClientHash BANNED = new ClientHash("0123456789abcdef0123456789abcdef");

	static final ClientHash READER = new ClientHash("fedcba9876543210fedcba9876543210");

	static final Instant PUBLISHED = Instant.parse("2026-11-20T06:30:00Z");

	final ScreeningService screening = withSiteAutoClose(null);

	static ScreeningService withSiteAutoClose(@Nullable Integer days) {
		return new ScreeningService(
				new ModerationSettings(2, 5, Duration.ofMinutes(10), List.of(), List.of(), List.of(), List.of()),
				() -> ScreeningLists.of(List.of("بی‌شرف"), List.of("وام فوری"), Set.of(BANNED.value()),
						Set.of(ModerationRules.nameKey("علی‌رضا تبلیغاتی")), days));
	}

	static Article article(CommentSettings comments) {
		return new Article(7, 1, new Section(1, "society", "جامعه", 1), ArticleKind.STORY, null,
				"بازگشایی مدرسه‌ها پس از تعطیلی آلودگی هوا", "لید", "<p>متن</p>", "bazgoshayi", Source.NONE,
				Byline.NONE, List.of(), Media.NONE, ArticleStatus.PUBLISHED, comments, PUBLISHED, PUBLISHED, PUBLISHED);
	}

	static ScreeningRequest request(ClientHash client, String name, String text, ModerationMode mode) {
		return new ScreeningRequest(42, mode, name, text, client, List.of(), List.of(),
				Instant.parse("2026-11-25T10:00:00Z"));
	}

	@Test
	void publishesAnOrdinaryCommentOnAPostModeratedArticle() {
		assertThat(screening.screen(request(READER, "", "خبر خوبی بود، ممنون.", ModerationMode.POST)))
			.isEqualTo(new Verdict.Publish());
	}

	@Test
	void refusesABannedClientAndABannedNameHoweverTyped() {
		assertThat(screening.screen(request(BANNED, "", "سلام به همه", ModerationMode.POST)))
			.isEqualTo(new Verdict.Reject(ReasonCode.BANNED_CLIENT));
		assertThat(screening.screen(request(READER, "علي رضا  تبليغاتي", "سلام به همه", ModerationMode.POST)))
			.isInstanceOf(Verdict.Reject.class)
			.extracting(v -> ((Verdict.Reject) v).reason())
			.isEqualTo(ReasonCode.BANNED_NAME);
	}

	@Test
	void countsLinksAndAppliesTheWordLists() {
		assertThat(screening.screen(request(READER, "", "ببینید https://a.example و www.b.com", ModerationMode.POST)))
			.isEqualTo(new Verdict.Hold(ReasonCode.LINKS, "2"));
		assertThat(screening.screen(request(READER, "", "وام‌فوری!", ModerationMode.POST)))
			.isEqualTo(new Verdict.Hold(ReasonCode.SUSPECT_WORD, "وام فوری"));
		assertThat(screening.screen(request(READER, "", "بی شرف", ModerationMode.PRE)))
			.isEqualTo(new Verdict.Reject(ReasonCode.BANNED_WORD, "بی‌شرف"));
	}

	@Test
	void theSitesAutoCloseClosesArticlesWithoutTheirOwn() {
		var site = withSiteAutoClose(3);
		var inherits = article(new CommentSettings(true, ModerationMode.PRE, null));

		assertThat(site.acceptsComments(inherits, PUBLISHED.plus(Duration.ofDays(3)).minusSeconds(1))).isTrue();
		assertThat(site.acceptsComments(inherits, PUBLISHED.plus(Duration.ofDays(3)))).isFalse();
		assertThat(screening.acceptsComments(inherits, PUBLISHED.plus(Duration.ofDays(300)))).isTrue();
	}

	@Test
	void anArticlesOwnSettingsWinOverTheSites() {
		var site = withSiteAutoClose(3);
		var ownTen = article(new CommentSettings(true, ModerationMode.POST, 10));
		var closed = article(new CommentSettings(false, ModerationMode.PRE, null));

		assertThat(site.acceptsComments(ownTen, PUBLISHED.plus(Duration.ofDays(5)))).isTrue();
		assertThat(site.acceptsComments(ownTen, PUBLISHED.plus(Duration.ofDays(10)))).isFalse();
		assertThat(site.acceptsComments(closed, PUBLISHED)).isFalse();
		assertThat(screening.acceptsComments(closed, PUBLISHED)).isFalse();
	}

}
