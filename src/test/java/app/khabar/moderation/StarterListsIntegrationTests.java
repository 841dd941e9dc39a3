package app.khabar.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;

import app.khabar.article.ModerationMode;
import app.khabar.comment.spi.CommentScreening;
import app.khabar.comment.spi.ReasonCode;
import app.khabar.comment.spi.ScreeningRequest;
import app.khabar.comment.spi.Verdict;
import app.khabar.web.ClientHash;

/**
 * A new site screens with Khabar's starter lists from its first comment: spam with a
 * shape (phone numbers in any digits and spacing, Telegram and WhatsApp handles and
 * links) is held, vulgar slurs are refused, everyday text with numbers, years and e-mail
 * addresses is published; and a site that already has its lists keeps them.
 */
@SpringBootTest
@Import(DeskFixtures.class)
class StarterListsIntegrationTests {

	static final ClientHash READER = new ClientHash("fedcba9876543210fedcba9876543210");

	@Autowired
	CommentScreening screening;

	@Autowired
	ModerationRules rules;

	@Autowired
	DeskFixtures fixtures;

	Verdict screen(String text) {
		return screening.screen(
				new ScreeningRequest(42, ModerationMode.POST, null, text, READER, List.of(), List.of(), Instant.now()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "برای وام فوری زنگ بزنید 09121234567", "تماس: ۰۹۱۲ ۱۲۳ ۴۵۶۷ (شبانه‌روزی)",
			"شماره: ٠٩١٢-١٢٣-٤٥٦٧", "با ما در تماس باشید +98 912 123 4567", "دفتر: ۰۲۱-۸۸۷۷۶۶۵۵",
			"واتساپ +44 7700 900123", "عضو کانال شوید @Vam_Fori_Bank", "کانال ما t.me/vamfori",
			"پیام بدهید wa.me/989121234567" })
	void holdsPhoneNumbersAndTelegramOrWhatsAppHandlesOnAPostModeratedArticle(String spam) {
		assertThat(screen(spam)).isInstanceOfSatisfying(Verdict.Hold.class,
				hold -> assertThat(hold.reason()).isEqualTo(ReasonCode.SUSPECT_WORD));
	}

	@Test
	void saysWhichNumberOrHandleItHeld() {
		assertThat(screen("تماس: ۰۹۱۲ ۱۲۳ ۴۵۶۷")).isEqualTo(new Verdict.Hold(ReasonCode.SUSPECT_WORD, "0912 123 4567"));
		assertThat(screen("عضو کانال شوید @Vam_Fori_Bank"))
			.isEqualTo(new Verdict.Hold(ReasonCode.SUSPECT_WORD, "@vam_fori_bank"));
	}

	@Test
	void holdsInsultsAndRefusesVulgarSlursHoweverTyped() {
		assertThat(screen("این نویسنده یک احمق بی‌شرف و مزدور است، خفه شو"))
			.isEqualTo(new Verdict.Hold(ReasonCode.SUSPECT_WORD, "احمق"));
		assertThat(screen("خفه‌شو دیگه")).isEqualTo(new Verdict.Hold(ReasonCode.SUSPECT_WORD, "خفه شو"));
		assertThat(screen("KHAFE SHO")).isEqualTo(new Verdict.Hold(ReasonCode.SUSPECT_WORD, "khafe sho"));
		assertThat(screen("تو يك جندهٔ بی‌همه‌چیزی")).isEqualTo(new Verdict.Reject(ReasonCode.BANNED_WORD, "جنده"));
		assertThat(screen("مادر جنده")).isEqualTo(new Verdict.Reject(ReasonCode.BANNED_WORD, "مادرجنده"));
		assertThat(screen("کس کش")).isEqualTo(new Verdict.Reject(ReasonCode.BANNED_WORD, "کسکش"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "در سال ۱۴۰۲ نرخ تورم ۴۵ درصد بود و ۱۲۰۰۰۰۰ نفر بیکار شدند", "هیچ کس کشته نشد، خدا را شکر",
			"نشانی من info@khabar.ir است", "قیمت به ۹۱۲ هزار تومان رسید", "کد پستی ۱۲۳۴۵۶۷۸۹۰ را بنویسید؟",
			"این خبر درباره‌ی پیام‌رسان تلگرام و واتساپ است" })
	void publishesEverydayTextWithNumbersYearsAndAddresses(String text) {
		assertThat(screen(text)).isEqualTo(new Verdict.Publish());
	}

	@Test
	void everyStarterEntryIsOnTheListsOfANewSite() throws IOException {
		WordListFile.Parsed starter;
		try (InputStream in = new ClassPathResource(ModerationRules.STARTER_LISTS).getInputStream()) {
			starter = WordListFile.read(ModerationRules.STARTER_LISTS, in, WordListKind.SUSPECT);
		}
		assertThat(starter.skipped()).isZero();
		assertThat(rules.words()).extracting(WordEntry::list, WordEntry::word)
			.containsAll(starter.lines().stream().map(line -> tuple(line.list(), line.entry())).toList());
	}

	@Test
	void aSiteThatHasItsListsKeepsThemOnTheNextStart() {
		WordEntry insult = rules.words().stream().filter(word -> word.word().equals("نفهم")).findFirst().orElseThrow();
		rules.removeWord(insult.id());
		try {
			rules.seedDefaults();
			assertThat(rules.words()).extracting(WordEntry::word).doesNotContain("نفهم");
			assertThat(screen("آدم نفهم")).isEqualTo(new Verdict.Publish());
		}
		finally {
			rules.addWord(fixtures.moderator("ناظر آزمون"), WordListKind.SUSPECT, "نفهم");
		}
	}

}
