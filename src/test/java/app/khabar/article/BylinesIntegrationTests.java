package app.khabar.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.khabar.account.AccountId;
import app.khabar.account.Role;
import app.khabar.account.StaffMember;
import app.khabar.persian.JalaliPeriod;
import app.khabar.shared.KhabarException;
import app.khabar.shared.PageRequest;

/**
 * Bylines, authors' profiles and tags in the database: the order of authors, the free
 * text apart from the source, tags matched by their folded key, the archive's Tehran
 * days, and keys filled for rows written before they existed.
 */
@SpringBootTest
class BylinesIntegrationTests {

	@Autowired
	ArticleImport imports;

	@Autowired
	ArticleCatalog catalog;

	@Autowired
	AuthorDirectory authors;

	@Autowired
	ArticleLifecycle lifecycle;

	@Autowired
	ArticleDesk desk;

	@Autowired
	TagKeys tagKeys;

	@Autowired
	JdbcClient jdbc;

	String run;

	@BeforeEach
	void section() {
		imports.ensureSection("economy", "اقتصادی");
		run = Long.toString(System.nanoTime(), 36);
	}

	@Test
	void keepsTheAuthorsInOrderAndTheTextApartFromTheSource() {
		AuthorProfile first = authors.ensureImported("first-" + run, "کاوه مرادی", "خبرنگار گروه اقتصادی");
		AuthorProfile second = authors.ensureImported("second-" + run, "شیما حسینی");
		long id = imports
			.store(story("بازار برنج", new Byline(List.of(second.byline(), first.byline()), "خبرنگار اعزامی"),
					List.of(), Instant.parse("2024-03-01T08:00:00Z")));
		Article article = catalog.find(id).orElseThrow();
		assertThat(article.byline().authors()).extracting(BylineAuthor::name)
			.containsExactly("شیما حسینی", "کاوه مرادی");
		assertThat(article.byline().text()).isEqualTo("خبرنگار اعزامی");
		assertThat(article.source()).isEqualTo(new Source("خبر", "خبرگزاری کوهپایه"));
		assertThat(first.bio()).isEqualTo("خبرنگار گروه اقتصادی");
		assertThat(authors.findByHandle("FIRST-" + run)).contains(first);
		assertThat(authors.findByHandle("first-" + run + "/../x")).isEmpty();
	}

	@Test
	void listsAnAuthorsPublishedArticlesNewestFirst() {
		AuthorProfile author = authors.ensureImported("pager-" + run, "نگار صالحی");
		Instant start = Instant.parse("2024-01-01T08:00:00Z");
		for (int i = 0; i < 5; i++) {
			imports
				.store(story("خبر " + i, new Byline(List.of(author.byline()), null), List.of(), start.plusSeconds(i)));
		}
		imports.store(new NewArticle("economy", ArticleKind.STORY, null, "پیش‌نویس", "", "<p>x</p>", Source.NONE,
				new Byline(List.of(author.byline()), null), List.of(), Media.NONE, ArticleStatus.DRAFT,
				CommentSettings.DEFAULT, null, "test:" + run + ":draft"));
		var page = catalog.latestByAuthor(author, PageRequest.of(2, 2));
		assertThat(page.total()).isEqualTo(5);
		assertThat(page.items()).extracting(ArticleSummary::title).containsExactly("خبر 2", "خبر 1");
		assertThat(authors.withPublishedArticles(PageRequest.of(1, 100)).items()).contains(author);
	}

	@Test
	void matchesATagInEverySpelling() {
		String tag = "همکاری‌ها" + run;
		long joined = imports.store(story("یک", Byline.NONE, List.of(tag), Instant.parse("2024-02-01T08:00:00Z")));
		long apart = imports.store(story("دو", Byline.NONE, List.of("همکاری ها" + run, "همکاریها" + run),
				Instant.parse("2024-02-02T08:00:00Z")));
		assertThat(catalog.find(apart).orElseThrow().tags()).as("one tag per key").hasSize(1);
		Tag found = catalog.tag("همکاریها" + run).orElseThrow();
		assertThat(catalog.tag(Tag.segment(tag))).contains(found);
		var page = catalog.latestWithTag(found, PageRequest.of(1, 10));
		assertThat(page.items()).extracting(ArticleSummary::id).containsExactly(apart, joined);
		assertThat(catalog.tags(PageRequest.of(1, 100)).items()).anySatisfy(use -> {
			assertThat(use.tag().key()).isEqualTo(found.key());
			assertThat(use.articles()).isEqualTo(2);
		});
		assertThat(catalog.tag("هیچ‌برچسبی" + run)).isEmpty();
		assertThat(catalog.tag("؟!")).isEmpty();
	}

	@Test
	void anArchiveDayIsATehranDay() {
		String tag = "آرشیو" + run;
		JalaliPeriod leapDay = JalaliPeriod.of(1403, 12, 30).orElseThrow();
		long late = imports.store(story("دیروقت", Byline.NONE, List.of(tag), leapDay.end().minusSeconds(60)));
		long nextYear = imports.store(story("نوروز", Byline.NONE, List.of(tag), leapDay.end()));
		var day = catalog.publishedBetween(leapDay.start(), leapDay.end(), null, PageRequest.of(1, 100));
		assertThat(day.items()).extracting(ArticleSummary::id).contains(late).doesNotContain(nextYear);
		Section economy = catalog.section("economy").orElseThrow();
		assertThat(
				catalog.publishedBetween(leapDay.end(), leapDay.next().end(), economy, PageRequest.of(1, 100)).items())
			.extracting(ArticleSummary::id)
			.contains(nextYear);
		imports.ensureSection("sports", "ورزشی");
		assertThat(catalog
			.publishedBetween(leapDay.start(), leapDay.end(), catalog.section("sports").orElseThrow(),
					PageRequest.of(1, 100))
			.items()).extracting(ArticleSummary::id).doesNotContain(late);
	}

	@Test
	void aStaffMemberGetsAProfileAndEditsIt() {
		var member = new StaffMember(new AccountId(1), "reporter" + run, "سارا محمدی", Set.of(Role.REPORTER));
		AuthorProfile made = authors.ensureStaff(member);
		assertThat(made.handle()).isEqualTo("reporter" + run);
		assertThat(made.name()).isEqualTo("سارا محمدی");
		assertThat(authors.ensureStaff(member)).isEqualTo(made);
		AuthorProfile edited = authors.updateOwn(member,
				new ProfileChange(made.version(), "  سارا محمدي ", "خبرنگار گروه سیاسی", "/media/x.jpg"));
		assertThat(edited.name()).as("normalized").isEqualTo("سارا محمدی");
		assertThat(edited.photoRef()).isEqualTo("/media/x.jpg");
		assertThatThrownBy(() -> authors.updateOwn(member, new ProfileChange(made.version(), "نام", "", null)))
			.isInstanceOfSatisfying(KhabarException.class,
					ex -> assertThat(ex.code()).isEqualTo(ArticleError.VERSION_CONFLICT));
		assertThatThrownBy(() -> authors.updateOwn(member, new ProfileChange(edited.version(), " ", "", null)))
			.isInstanceOfSatisfying(KhabarException.class,
					ex -> assertThat(ex.code()).isEqualTo(ArticleError.AUTHOR_NAME_REQUIRED));
		assertThatThrownBy(
				() -> authors.updateOwn(member, new ProfileChange(edited.version(), "نام", "ب".repeat(601), null)))
			.isInstanceOfSatisfying(KhabarException.class,
					ex -> assertThat(ex.code()).isEqualTo(ArticleError.AUTHOR_TEXT_TOO_LONG));
	}

	@Test
	void theNewsroomsBylineIsSavedAndKeptInRevisions() {
		long economy = catalog.section("economy").orElseThrow().id();
		AuthorProfile author = authors.ensureImported("desk-" + run, "پریسا کاظمی");
		var content = new ArticleContent(economy, ArticleKind.STORY, null, "گزارش بانک", "لید", "<p>متن</p>",
				Source.NONE, Byline.ofIds(List.of(author.id(), 999_999L, author.id()), "  گروه اقتصادی "), List.of(),
				Media.NONE, CommentSettings.DEFAULT);
		long id = lifecycle.create("desk" + run, content);
		Byline stored = desk.find(id).orElseThrow().article().byline();
		assertThat(stored.authors()).as("unknown and repeated ids dropped").containsExactly(author.byline());
		assertThat(stored.text()).isEqualTo("گروه اقتصادی");
		Revision revision = desk.revisions(id).getFirst();
		assertThat(revision.content().byline()).isEqualTo(stored);
		assertThatThrownBy(() -> lifecycle.save("desk" + run, id, 0,
				new ArticleContent(economy, ArticleKind.STORY, null, "گزارش بانک", "لید", "<p>متن</p>", Source.NONE,
						Byline.text("ب".repeat(121)), List.of(), Media.NONE, CommentSettings.DEFAULT)))
			.isInstanceOfSatisfying(KhabarException.class,
					ex -> assertThat(ex.code()).isEqualTo(ArticleError.BYLINE_TEXT_TOO_LONG));
	}

	@Test
	void fillsTheKeysOfTagsWrittenBeforeKeysExisted() {
		long id = imports.store(story("قدیمی", Byline.NONE, List.of("انرژی‌های " + run), Instant.now()));
		jdbc.sql("UPDATE article_tag SET tag_key = NULL WHERE article_id = :id").param("id", id).update();
		assertThat(tagKeys.fill()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT tag_key FROM article_tag WHERE article_id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo(Tag.key("انرژی‌های " + run));
		assertThat(tagKeys.fill()).isZero();
	}

	private NewArticle story(String title, Byline byline, List<String> tags, Instant published) {
		return new NewArticle("economy", ArticleKind.STORY, null, title, "لید", "<p>متن</p>",
				new Source("خبر", "خبرگزاری کوهپایه"), byline, tags, Media.NONE, ArticleStatus.PUBLISHED,
				CommentSettings.DEFAULT, published, "test:" + run + ":" + System.nanoTime());
	}

}
