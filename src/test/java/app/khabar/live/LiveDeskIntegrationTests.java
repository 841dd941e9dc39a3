package app.khabar.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.khabar.article.Media;
import app.khabar.shared.KhabarException;
import app.khabar.support.MutableClock;

/**
 * Live coverage through the real database: entries newest first with pins on top in the
 * editors' order, corrections marked, removals hidden, the end final; input normalized,
 * sanitized and bounded; reporters posting at once lose nothing.
 */
@SpringBootTest(properties = { "khabar.newsroom.scheduled-publishing=false", "khabar.article.views-flush=1h" })
@AutoConfigureMockMvc
@Import({ LiveFixtures.class, MutableClock.Config.class })
class LiveDeskIntegrationTests {

	@Autowired
	LiveFixtures fixtures;

	@Autowired
	LiveDesk desk;

	@Autowired
	LiveStreams streams;

	@Autowired
	JdbcClient jdbc;

	@Test
	void entriesAreNewestFirstWithPinsOnTopInTheirOrder() {
		long page = fixtures.livePage("زلزله در شمال");
		long first = desk.post(page, "maryam", EntryText.plain("نخستین گزارش", "زمین لرزید.", "مریم"));
		fixtures.clock.advance(Duration.ofMinutes(1));
		long second = desk.post(page, "sara", EntryText.plain(null, "آمار تازه", "سارا"));
		fixtures.clock.advance(Duration.ofMinutes(1));
		long third = desk.post(page, "maryam", EntryText.plain(null, "هلال احمر رسید", "مریم"));

		desk.pin(page, first, true);
		desk.pin(page, third, true);
		LiveCoverage coverage = streams.of(page).orElseThrow();
		assertThat(coverage.entries()).extracting(LiveEntry::id).containsExactly(third, second, first);
		assertThat(coverage.pinned()).extracting(LiveEntry::id).containsExactly(first, third);
		assertThat(coverage.timeline()).extracting(LiveEntry::id).containsExactly(second);
		assertThat(coverage.after(first)).extracting(LiveEntry::id).containsExactly(third, second);
		assertThat(coverage.latestId()).isEqualTo(third);

		desk.movePin(page, third, true);
		assertThat(streams.of(page).orElseThrow().pinned()).extracting(LiveEntry::id).containsExactly(third, first);
		desk.movePin(page, third, true); // already on top: nothing moves
		desk.pin(page, third, false);
		assertThat(streams.of(page).orElseThrow().pinned()).extracting(LiveEntry::id).containsExactly(first);
	}

	@Test
	void textIsNormalizedSanitizedAndPlainLinesBecomeParagraphs() {
		long page = fixtures.livePage("انتخابات");
		long plain = desk.post(page, "maryam", EntryText.plain("  شمارش آراي  ", "خط يك\n\nخط <دو>", "مريم"));
		long rich = desk.post(page, "maryam", EntryText.plain(null,
				"<p onclick=\"x()\">متن <strong>مهم</strong></p><script>alert(1)</script>", "مریم"));

		LiveCoverage coverage = streams.of(page).orElseThrow();
		LiveEntry first = coverage.entry(plain).orElseThrow();
		assertThat(first.title()).isEqualTo("شمارش آرای");
		assertThat(first.bodyHtml()).isEqualTo("<p>خط یک</p>\n<p>خط &lt;دو&gt;</p>\n");
		assertThat(first.byline()).isEqualTo("مریم");
		assertThat(coverage.entry(rich).orElseThrow().bodyHtml()).isEqualTo("<p>متن <strong>مهم</strong></p>");
	}

	@Test
	void aCorrectionIsMarkedAndARemovedEntryIsShownToNobody() {
		long page = fixtures.livePage("سیل");
		long entry = desk.post(page, "maryam", EntryText.plain(null, "۱۰ نفر زخمی شدند", "مریم"));
		long other = desk.post(page, "maryam", EntryText.plain(null, "جاده بسته شد", "مریم"));
		long before = streams.of(page).orElseThrow().version();

		fixtures.clock.advance(Duration.ofMinutes(3));
		desk.correct(page, entry, EntryText.plain(null, "۱۲ نفر زخمی شدند", "کسی دیگر"));
		desk.remove(page, other);

		LiveCoverage coverage = streams.of(page).orElseThrow();
		assertThat(coverage.version()).isGreaterThan(before);
		LiveEntry corrected = coverage.entry(entry).orElseThrow();
		assertThat(corrected.bodyHtml()).contains("۱۲ نفر");
		assertThat(corrected.correctedAt()).isEqualTo(fixtures.clock.instant());
		assertThat(corrected.byline()).isEqualTo("مریم");
		assertThat(coverage.lastUpdate()).isEqualTo(fixtures.clock.instant());
		assertThat(coverage.entry(other)).isEmpty();
		assertThat(desk.entry(page, other).removed()).isTrue();
		assertThatThrownBy(() -> desk.correct(page, other, EntryText.plain(null, "x", "y"))).isInstanceOfSatisfying(
				KhabarException.class, ex -> assertThat(ex.code()).isEqualTo(LiveError.ENTRY_NOT_FOUND));
	}

	@Test
	void anEndedCoverageSaysWhenAndTakesNothingMore() {
		long page = fixtures.livePage("پایان");
		long entry = desk.post(page, "maryam", EntryText.plain(null, "آخرین خبر", "مریم"));
		fixtures.clock.advance(Duration.ofMinutes(10));
		desk.end(page);

		LiveCoverage coverage = streams.of(page).orElseThrow();
		assertThat(coverage.ended()).isTrue();
		assertThat(coverage.endedAt()).isEqualTo(fixtures.clock.instant());
		assertThat(coverage.lastUpdate()).isEqualTo(fixtures.clock.instant());
		for (Runnable write : List.<Runnable>of(() -> desk.post(page, "maryam", EntryText.plain(null, "دیر", "مریم")),
				() -> desk.pin(page, entry, true), () -> desk.remove(page, entry), () -> desk.end(page))) {
			assertThatThrownBy(write::run).isInstanceOfSatisfying(KhabarException.class,
					ex -> assertThat(ex.code()).isEqualTo(LiveError.ENDED));
		}
		assertThat(streams.of(page).orElseThrow().entries()).hasSize(1);
	}

	@Test
	void refusesEmptyHugeOrForeignInputAndUnknownPagesAndEntries() {
		long page = fixtures.livePage("مرزها");
		long story = fixtures.story("خبر معمولی");
		long entry = desk.post(page, "maryam", EntryText.plain(null, "نخستین", "مریم"));
		long otherPage = fixtures.livePage("صفحهٔ دیگر");

		assertThatThrownBy(() -> desk.post(page, "m", EntryText.plain(null, "  <p> </p> ", "م")))
			.hasFieldOrPropertyWithValue("code", LiveError.BODY_REQUIRED);
		assertThatThrownBy(() -> desk.post(page, "m", EntryText.plain(null, "ب".repeat(EntryText.MAX_BODY + 1), "م")))
			.hasFieldOrPropertyWithValue("code", LiveError.BODY_TOO_LONG);
		assertThatThrownBy(() -> desk.post(page, "m", EntryText.plain("ت".repeat(301), "متن", "م")))
			.hasFieldOrPropertyWithValue("code", LiveError.TITLE_TOO_LONG);
		assertThatThrownBy(() -> desk.post(page, "m",
				new EntryText(null, "متن", new Media(Media.Type.IMAGE, "https://evil.example/a.jpg", null), "م")))
			.hasFieldOrPropertyWithValue("code", LiveError.MEDIA_NOT_ALLOWED);
		assertThatThrownBy(() -> desk.post(page, "m",
				new EntryText(null, "متن", new Media(Media.Type.VIDEO, "https://evil.example/v", null), "م")))
			.hasFieldOrPropertyWithValue("code", LiveError.MEDIA_NOT_ALLOWED);
		assertThatThrownBy(() -> desk.post(story, "m", EntryText.plain(null, "متن", "م")))
			.hasFieldOrPropertyWithValue("code", LiveError.NOT_FOUND);
		assertThatThrownBy(() -> desk.start(story)).hasFieldOrPropertyWithValue("code", LiveError.NOT_LIVE_KIND);
		assertThatThrownBy(() -> desk.pin(otherPage, entry, true)).hasFieldOrPropertyWithValue("code",
				LiveError.ENTRY_NOT_FOUND);
		assertThatThrownBy(() -> desk.remove(page, Long.MAX_VALUE)).hasFieldOrPropertyWithValue("code",
				LiveError.ENTRY_NOT_FOUND);

		long image = desk.post(page, "m",
				new EntryText(null, "عکس", new Media(Media.Type.IMAGE, "/media/ab/cd-960.webp", null), "م"));
		assertThat(streams.of(page).orElseThrow().entries()).extracting(LiveEntry::id).containsExactly(image, entry);
	}

	@Test
	void reportersPostingAtOnceLoseNothingAndDraftsAreTheirOwn() throws Exception {
		long page = fixtures.livePage("هم‌زمان");
		List<Callable<Long>> posts = new java.util.ArrayList<>();
		for (int i = 0; i < 8; i++) {
			String reporter = "r" + (i % 3);
			int n = i;
			posts.add(() -> desk.post(page, reporter, EntryText.plain(null, "خبر " + n, reporter)));
		}
		try (var pool = Executors.newFixedThreadPool(4)) {
			for (Future<Long> posted : pool.invokeAll(posts)) {
				posted.get();
			}
		}
		assertThat(streams.of(page).orElseThrow().entries()).hasSize(8);
		assertThat(jdbc.sql("SELECT version FROM live_coverage WHERE article_id = :id")
			.param("id", page)
			.query(Long.class)
			.single()).isEqualTo(9);

		desk.saveDraft(page, "maryam", "تیتر", "نیمه‌کاره");
		desk.saveDraft(page, "maryam", "تیتر", "نیمه‌کاره، ادامه");
		assertThat(desk.draft(page, "maryam")).map(LiveDraft::body).contains("نیمه‌کاره، ادامه");
		assertThat(desk.draft(page, "sara")).isEmpty();
		desk.post(page, "maryam", EntryText.plain("تیتر", "نیمه‌کاره، ادامه", "مریم"));
		assertThat(desk.draft(page, "maryam")).isEmpty();
	}

}
