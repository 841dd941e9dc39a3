package app.khabar.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;

import app.khabar.support.MutableClock;
import app.khabar.shared.KhabarException;

/**
 * The write side on a real database: version checks, the workflow, revisions, notes, the
 * audit log, and scheduled publishing racing with itself.
 */
@SpringBootTest(properties = { "khabar.newsroom.scheduled-publishing=false" })
@Import(ArticleLifecycleIntegrationTests.Config.class)
class ArticleLifecycleIntegrationTests {

	static final MutableClock clock = new MutableClock(Instant.parse("2025-11-26T08:00:00Z"));

	@TestConfiguration
	static class Config {

		@Bean
		@Primary
		Clock testClock() {
			return clock;
		}

		@Bean
		Changes changes() {
			return new Changes();
		}

	}

	static class Changes {

		final List<ArticleChanged> seen = new CopyOnWriteArrayList<>();

		@EventListener
		void on(ArticleChanged event) {
			seen.add(event);
		}

	}

	@Autowired
	ArticleLifecycle lifecycle;

	@Autowired
	ArticleDesk desk;

	@Autowired
	ArticleCatalog catalog;

	@Autowired
	ArticleImport imports;

	@Autowired
	Changes changes;

	long politics;

	@BeforeEach
	void section() {
		politics = imports.ensureSection("politics", "سیاسی").id();
	}

	@Test
	void aSectionAddedIsListedAtOnceThoughTheListIsKeptInMemory() {
		List<Section> before = catalog.sections();
		assertThat(catalog.sections()).as("kept").isSameAs(before);
		String slug = "science-" + System.nanoTime();
		imports.ensureSection(slug, "علم و فناوری");
		assertThat(catalog.sections()).extracting(Section::slug).contains(slug);
	}

	@Test
	void storesADraftNormalizedAndSanitizedWithItsFirstRevision() {
		long id = lifecycle.create("sara",
				content("نشست خبری سخنگوی دولت",
						"<p onclick=\"steal()\">متن خبر با نیم‌فاصله</p><script>alert(1)</script>"
								+ "<a href=\"javascript:alert(1)\">پیوند</a><p style=\"position:fixed\">سبک</p>"));

		EditableArticle stored = desk.find(id).orElseThrow();
		assertThat(stored.status()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(stored.createdBy()).isEqualTo("sara");
		assertThat(stored.version()).isZero();
		assertThat(stored.article().bodyHtml()).contains("متن خبر با نیم‌فاصله")
			.doesNotContain("script", "onclick", "javascript", "style", "alert");
		assertThat(desk.revisions(id)).singleElement().satisfies(r -> {
			assertThat(r.kind()).isEqualTo(Revision.Kind.SAVE);
			assertThat(r.author()).isEqualTo("sara");
		});
		assertThat(desk.auditOf(id)).extracting(AuditEntry::action).containsExactly(ArticleAction.CREATE);
		assertThat(changes.seen).contains(new ArticleChanged(id, ArticleStatus.DRAFT));
	}

	@Test
	void normalizesArabicLettersInWhatItStores() {
		long id = lifecycle.create("sara", content("سخنگوي دولت در نشست خبري", "<p>كشور</p>"));
		Article article = desk.find(id).orElseThrow().article();
		assertThat(article.title()).isEqualTo("سخنگوی دولت در نشست خبری");
		assertThat(article.bodyHtml()).contains("کشور");
	}

	@Test
	void refusesToOverwriteANewerVersionAndKeepsTheLoserAsAutosave() {
		long id = lifecycle.create("sara", content("پیش‌نویس نخست", "<p>متن نخست</p>"));
		long afterMaryam = lifecycle.save("maryam", id, 0, content("ویرایش مریم", "<p>متن مریم</p>"));
		assertThat(afterMaryam).isEqualTo(1);

		assertThatThrownBy(() -> lifecycle.save("sara", id, 0, content("ویرایش سارا", "<p>متن سارا</p>")))
			.isInstanceOfSatisfying(KhabarException.class,
					ex -> assertThat(ex.code()).isEqualTo(ArticleError.VERSION_CONFLICT));
		assertThat(desk.find(id).orElseThrow().article().title()).isEqualTo("ویرایش مریم");

		AutosaveResult kept = lifecycle.autosave("sara", id, 0, content("ویرایش سارا", "<p>متن سارا</p>"));
		assertThat(kept.stale()).isTrue();
		assertThat(kept.storedVersion()).isEqualTo(1);
		assertThat(desk.autosave(id, "sara")).hasValueSatisfying(r -> {
			assertThat(r.content().title()).isEqualTo("ویرایش سارا");
			assertThat(r.articleVersion()).isZero();
		});
		assertThat(desk.find(id).orElseThrow().article().title()).isEqualTo("ویرایش مریم");
	}

	@Test
	void keepsOneAutosavePerAuthorAndArticle() {
		long id = lifecycle.create("sara", content("پیش‌نویس", "<p>یک</p>"));
		lifecycle.autosave("sara", id, 0, content("پیش‌نویس", "<p>دو</p>"));
		AutosaveResult last = lifecycle.autosave("sara", id, 0, content("پیش‌نویس", "<p>سه</p>"));
		assertThat(last.stale()).isFalse();
		assertThat(desk.revisions(id)).filteredOn(r -> r.kind() == Revision.Kind.AUTOSAVE)
			.singleElement()
			.satisfies(r -> assertThat(r.content().bodyHtml()).contains("سه"));
	}

	@Test
	void walksTheWorkflowMovingTheVersionEachTime() {
		long id = lifecycle.create("sara", content("خبر گردش کار", "<p>متن</p>"));
		long v = lifecycle.submit("sara", id, 0);
		v = lifecycle.publish("maryam", id, v);
		EditableArticle published = desk.find(id).orElseThrow();
		assertThat(published.status()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(published.version()).isEqualTo(v).isEqualTo(2);
		assertThat(published.article().publishedAt()).isEqualTo(clock.instant());
		assertThat(catalog.findPublished(id)).isPresent();

		clock.advance(Duration.ofHours(2));
		v = lifecycle.correct("maryam", id, v, "نام وزیر در نسخهٔ نخست نادرست نوشته شده بود.");
		Article corrected = catalog.find(id).orElseThrow();
		assertThat(corrected.updatedAfterPublication()).isTrue();
		assertThat(desk.notes(id)).singleElement().satisfies(n -> {
			assertThat(n.kind()).isEqualTo(ArticleNote.Kind.CORRECTION);
			assertThat(n.createdAt()).isEqualTo(clock.instant());
		});

		lifecycle.retract("maryam", id, v, "گزارش بر پایهٔ منبع نادرست بود.");
		assertThat(catalog.find(id).orElseThrow().status()).isEqualTo(ArticleStatus.RETRACTED);
		assertThat(desk.notes(id)).extracting(ArticleNote::kind)
			.containsExactly(ArticleNote.Kind.CORRECTION, ArticleNote.Kind.RETRACTION);
		assertThat(desk.auditOf(id)).extracting(AuditEntry::action)
			.containsExactly(ArticleAction.RETRACT, ArticleAction.CORRECT, ArticleAction.PUBLISH, ArticleAction.SUBMIT,
					ArticleAction.CREATE);
	}

	@Test
	void refusesStepsTheStatusDoesNotAllowWithoutChangingAnything() {
		long id = lifecycle.create("sara", content("پیش‌نویس", "<p>متن</p>"));
		assertThatIllegalStateException().isThrownBy(() -> lifecycle.retract("maryam", id, 0, "دلیل"));
		assertThatIllegalStateException().isThrownBy(() -> lifecycle.correct("maryam", id, 0, "اصلاح"));
		assertThat(desk.find(id).orElseThrow().version()).isZero();
	}

	@Test
	void restoresARevisionAsANewSave() {
		long id = lifecycle.create("sara", content("عنوان نخست", "<p>متن نخست</p>"));
		long first = desk.revisions(id).getFirst().id();
		long v = lifecycle.save("sara", id, 0, content("عنوان دوم", "<p>متن دوم</p>"));
		v = lifecycle.restore("maryam", id, v, first);
		assertThat(desk.find(id).orElseThrow().article().title()).isEqualTo("عنوان نخست");
		assertThat(desk.revisions(id)).hasSize(3);
		assertThat(v).isEqualTo(2);
	}

	@Test
	void refusesASchedulingTimeInThePast() {
		long id = lifecycle.create("sara", content("خبر", "<p>متن</p>"));
		assertThatThrownBy(() -> lifecycle.schedule("maryam", id, 0, clock.instant().minusSeconds(60)))
			.isInstanceOfSatisfying(KhabarException.class,
					ex -> assertThat(ex.code()).isEqualTo(ArticleError.SCHEDULE_IN_PAST));
	}

	@Test
	void twoSchedulersRacingPublishEachDueArticleExactlyOnce() throws Exception {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			long id = lifecycle.create("sara", content("خبر زمان‌بندی‌شدهٔ " + i, "<p>متن</p>"));
			lifecycle.schedule("maryam", id, 0, clock.instant().plusSeconds(60));
			ids.add(id);
		}
		long notYetDue = lifecycle.create("sara", content("خبر فردا", "<p>متن</p>"));
		lifecycle.schedule("maryam", notYetDue, 0, clock.instant().plus(Duration.ofDays(1)));
		clock.advance(Duration.ofMinutes(2));
		changes.seen.clear();

		var start = new CountDownLatch(1);
		try (var pool = Executors.newFixedThreadPool(2)) {
			List<Future<List<Long>>> runs = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				runs.add(pool.submit(() -> {
					start.await();
					return lifecycle.publishDue();
				}));
			}
			start.countDown();
			List<Long> published = new ArrayList<>();
			for (var run : runs) {
				published.addAll(run.get());
			}
			assertThat(published).containsExactlyInAnyOrderElementsOf(ids);
		}
		for (long id : ids) {
			assertThat(desk.find(id).orElseThrow().status()).isEqualTo(ArticleStatus.PUBLISHED);
			assertThat(desk.auditOf(id)).filteredOn(e -> e.action() == ArticleAction.PUBLISH).hasSize(1);
		}
		assertThat(changes.seen).hasSize(ids.size());
		assertThat(desk.find(notYetDue).orElseThrow().status()).isEqualTo(ArticleStatus.SCHEDULED);
		assertThat(lifecycle.publishDue()).isEmpty();
	}

	private ArticleContent content(String title, String body) {
		return new ArticleContent(politics, ArticleKind.STORY, "روتیتر", title, "لید خبر", body,
				new Source("خبر", "ایرنا"), Byline.text("سارا محمدی"), List.of("دولت", "نشست خبری"), Media.NONE,
				CommentSettings.DEFAULT);
	}

}
