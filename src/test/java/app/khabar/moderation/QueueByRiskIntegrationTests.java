package app.khabar.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import app.khabar.account.StaffMember;
import app.khabar.article.ArticleCatalog;
import app.khabar.article.CommentSettings;
import app.khabar.article.ModerationMode;
import app.khabar.comment.CommentStatus;
import app.khabar.comment.spi.ReasonCode;
import app.khabar.moderation.screening.RiskModelTestFiles;

/**
 * The queue by the screening model's risk through the real posting path and database:
 * riskiest or lowest risk first over keyset pages, the comments no model scored after
 * them, narrowed to a band; the lowest-risk page of pre-moderation holds approved at
 * once; and the dashboard's count of what the model held and passed and how often
 * moderators overruled it, exact.
 */
@SpringBootTest
@Import(DeskFixtures.class)
class QueueByRiskIntegrationTests {

	static final List<String> TEXTS = List.of("گزارش دقیقی بود، ممنون از خبرنگارتان",
			"این نویسنده یک احمق بی‌شرف و مزدور است، خفه شو", "امیدوارم مسئولان این مشکل را زودتر حل کنند",
			"گمشو آشغال.", "قیمت‌ها هر روز بالاتر می‌رود و کسی پاسخگو نیست", "عکس‌های خبر خیلی خوب بود");

	@Autowired
	ScreeningModels models;

	@Autowired
	ModerationDesk desk;

	@Autowired
	ModerationDashboard dashboard;

	@Autowired
	ArticleCatalog catalog;

	@Autowired
	DeskFixtures fixtures;

	StaffMember moderator;

	long article;

	@Value("${khabar.data-dir}")
	String dataDir;

	/** Other tests of this context expect no model, as on a new site. */
	@AfterEach
	void noModel() throws Exception {
		NoModel.restore(models, dataDir);
	}

	@BeforeEach
	void scoredComments() throws Exception {
		models.train(RiskModelTestFiles.labelled());
		moderator = fixtures.moderator("ناظر صف خطر");
		article = fixtures.article(DeskFixtures.unique("risk"), "خبر آزمون صف خطر");
	}

	List<QueueEntry> all(QueueOrder order, @Nullable RiskBand band) {
		var filter = new QueueFilter(CommentStatus.PENDING, null, article, null, null, null, 2, order, band);
		List<QueueEntry> seen = new ArrayList<>();
		for (QueuePage page = desk.queue(filter);; page = desk.queue(filter.after(page.next()))) {
			assertThat(page.entries()).hasSizeLessThanOrEqualTo(2);
			seen.addAll(page.entries());
			if (page.next() == null) {
				return seen;
			}
		}
	}

	static double score(QueueEntry entry) {
		return entry.risk().score();
	}

	@Test
	void riskiestOrLowestFirstOverKeysetPagesThenTheUnscoredOldestFirst() {
		TEXTS.forEach(text -> fixtures.posted(article, text));
		long older = fixtures.pending(article, "بی‌امتیاز", "نظری از پیش از مدل", Instant.now().minusSeconds(7200));
		long newer = fixtures.pending(article, "بی‌امتیاز", "نظری دیگر بی‌امتیاز", Instant.now().minusSeconds(3600));

		List<QueueEntry> riskiest = all(QueueOrder.RISKIEST, null);
		assertThat(riskiest).hasSize(TEXTS.size() + 2);
		List<QueueEntry> scored = riskiest.subList(0, TEXTS.size());
		assertThat(scored).allMatch(entry -> entry.risk() != null)
			.isSortedAccordingTo(Comparator.comparingDouble(QueueByRiskIntegrationTests::score)
				.reversed()
				.thenComparing(Comparator.comparingLong(QueueEntry::commentId).reversed()));
		assertThat(score(scored.getFirst())).isGreaterThan(score(scored.getLast()));
		assertThat(riskiest.subList(TEXTS.size(), riskiest.size())).extracting(QueueEntry::commentId)
			.containsExactly(older, newer);

		List<QueueEntry> lowest = all(QueueOrder.LOWEST_RISK, null);
		assertThat(lowest.subList(0, TEXTS.size())).extracting(QueueEntry::commentId)
			.containsExactlyElementsOf(scored.reversed().stream().map(QueueEntry::commentId).toList());
		assertThat(lowest.subList(TEXTS.size(), lowest.size())).extracting(QueueEntry::commentId)
			.containsExactly(older, newer);
		assertThat(all(QueueOrder.TIME, null)).hasSize(TEXTS.size() + 2);
	}

	@Test
	void eachBandHoldsTheScoresWithinItAndTheBandsTogetherHoldTheQueue() {
		TEXTS.forEach(text -> fixtures.posted(article, text));
		long unscored = fixtures.pending(article, "بی‌امتیاز", "نظری از پیش از مدل", Instant.now());

		int total = 0;
		for (RiskBand band : RiskBand.values()) {
			List<QueueEntry> inBand = all(QueueOrder.RISKIEST, band);
			total += inBand.size();
			var filter = new QueueFilter(CommentStatus.PENDING, null, article, null, null, null, 50, QueueOrder.TIME,
					band);
			assertThat(desk.queue(filter).total()).isEqualTo(inBand.size());
			if (band == RiskBand.UNSCORED) {
				assertThat(inBand).extracting(QueueEntry::commentId).containsExactly(unscored);
				continue;
			}
			assertThat(inBand).allSatisfy(entry -> {
				assertThat(score(entry)).isGreaterThanOrEqualTo(band.from());
				if (band.to() != null) {
					assertThat(score(entry)).isLessThan(band.to());
				}
			});
		}
		assertThat(total).isEqualTo(TEXTS.size() + 1);
		assertThat(all(QueueOrder.RISKIEST, RiskBand.HIGH)).isNotEmpty();
	}

	@Test
	void theLowestRiskPageOfPreModerationHoldsIsApprovedAtOnceAndNothingElse() {
		long fine = fixtures.posted(article, TEXTS.get(0)).id();
		long hopeful = fixtures.posted(article, TEXTS.get(2)).id();
		long insult = fixtures.posted(article, TEXTS.get(1)).id();
		long phone = fixtures.posted(article, "برای مشاوره رایگان زنگ بزنید ۰۹۱۲۱۲۳۴۵۶۷").id();
		long unscored = fixtures.pending(article, "بی‌امتیاز", "نظری از پیش از مدل", Instant.now());
		assertThat(desk.entry(phone).orElseThrow().reason()).isEqualTo(ReasonCode.SUSPECT_WORD);
		assertThat(desk.entry(insult).orElseThrow().reason()).isEqualTo(ReasonCode.LIKELY_OFFENSIVE);

		var lowest = new QueueFilter(CommentStatus.PENDING, null, article, ReasonCode.PREMODERATION, null, null, 50,
				QueueOrder.LOWEST_RISK, null);
		List<QueueEntry> page = desk.queue(lowest).entries();
		List<BulkOutcome.Selected> approvable = page.stream()
			.filter(QueueEntry::approvableByRisk)
			.map(entry -> new BulkOutcome.Selected(entry.commentId(), entry.version()))
			.toList();
		assertThat(approvable).extracting(BulkOutcome.Selected::commentId).containsExactlyInAnyOrder(fine, hopeful);

		BulkOutcome outcome = desk.decideAll(moderator, approvable, CommentStatus.PUBLISHED, null, null);

		assertThat(outcome.decided()).containsExactlyInAnyOrder(fine, hopeful);
		assertThat(desk.queue(lowest).entries()).extracting(QueueEntry::commentId).doesNotContain(fine, hopeful);
		for (long left : List.of(insult, phone, unscored)) {
			assertThat(desk.entry(left).orElseThrow().status()).isEqualTo(CommentStatus.PENDING);
		}
	}

	@Test
	void theDashboardCountsWhatTheModelHeldAndPassedAndEachOverruleExactly() {
		ModerationDashboard.ModelFigures before = dashboard.snapshot().model();
		long postModerated = fixtures.article(DeskFixtures.unique("risk"), "خبر پس از انتشار");
		desk.setArticleComments(moderator, postModerated, catalog.find(postModerated).orElseThrow().version(),
				new CommentSettings(true, ModerationMode.POST, null));

		var heldThenApproved = desk.entry(fixtures.posted(article, TEXTS.get(1)).id()).orElseThrow();
		var heldThenRejected = desk.entry(fixtures.posted(article, TEXTS.get(3)).id()).orElseThrow();
		var passedPending = desk.entry(fixtures.posted(article, TEXTS.get(0)).id()).orElseThrow();
		var passedRejectedAsInsult = desk.entry(fixtures.posted(postModerated, TEXTS.get(2)).id()).orElseThrow();
		var passedRejectedAsSpam = desk.entry(fixtures.posted(postModerated, TEXTS.get(4)).id()).orElseThrow();
		fixtures.posted(postModerated, TEXTS.get(5));
		fixtures.pending(article, "بی‌امتیاز", "نظری از پیش از مدل", Instant.now());
		assertThat(List.of(heldThenApproved, heldThenRejected)).extracting(QueueEntry::reason)
			.containsOnly(ReasonCode.LIKELY_OFFENSIVE);
		assertThat(passedRejectedAsInsult.status()).isEqualTo(CommentStatus.PUBLISHED);

		desk.approve(moderator, heldThenApproved.commentId(), heldThenApproved.version());
		var rejected = desk.reject(moderator, heldThenRejected.commentId(), heldThenRejected.version(),
				RejectReason.INSULT, null);
		// a second look: the last decision counts
		desk.approve(moderator, rejected.id(), rejected.version());
		desk.reject(moderator, rejected.id(), rejected.version() + 1, RejectReason.INSULT, null);
		desk.reject(moderator, passedRejectedAsInsult.commentId(), passedRejectedAsInsult.version(),
				RejectReason.INSULT, null);
		desk.reject(moderator, passedRejectedAsSpam.commentId(), passedRejectedAsSpam.version(), RejectReason.SPAM,
				null);
		desk.edit(moderator, passedPending.commentId(), passedPending.version(), "گزارش دقیقی بود");

		ModerationDashboard.ModelFigures after = dashboard.snapshot().model();
		assertThat(after.held() - before.held()).isEqualTo(2);
		assertThat(after.refused() - before.refused()).isZero();
		assertThat(after.passed() - before.passed()).isEqualTo(4);
		assertThat(after.reviewed() - before.reviewed()).isEqualTo(4);
		assertThat(after.overruled() - before.overruled()).isEqualTo(2);
	}

}
