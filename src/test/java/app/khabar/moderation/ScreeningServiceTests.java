package app.khabar.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import app.khabar.account.ClientHash;
import app.khabar.comment.spi.ModerationMode;
import app.khabar.comment.spi.ReasonCode;
import app.khabar.comment.spi.ScreeningRequest;
import app.khabar.comment.spi.Verdict;

class ScreeningServiceTests {

	static final ClientHash BANNED = new ClientHash("0123456789abcdef0123456789abcdef");

	static final ClientHash READER = new ClientHash("fedcba9876543210fedcba9876543210");

	final ScreeningService screening = new ScreeningService(
			new ModerationSettings(2, 1000, 2, 5, Duration.ofMinutes(10), List.of(), List.of(), List.of(), List.of()),
			() -> ScreeningLists.of(List.of("بی‌شرف"), List.of("وام فوری"), Set.of(BANNED.value()),
					Set.of(ModerationRules.nameKey("علی‌رضا تبلیغاتی")), null),
			id -> Optional.empty());

	static ScreeningRequest request(ClientHash client, String name, String text, ModerationMode mode) {
		return new ScreeningRequest(42, false, mode, name, text, client, List.of(), List.of(),
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

}
