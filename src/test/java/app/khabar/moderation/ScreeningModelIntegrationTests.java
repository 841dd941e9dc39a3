package app.khabar.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import app.khabar.article.ArticleCatalog;
import app.khabar.article.CommentSettings;
import app.khabar.article.ModerationMode;
import app.khabar.comment.CaptchaProof;
import app.khabar.comment.CommentPosting;
import app.khabar.comment.CommentReview;
import app.khabar.comment.CommentStatus;
import app.khabar.comment.Commenter;
import app.khabar.comment.NewComment;
import app.khabar.comment.PostedComment;
import app.khabar.comment.captcha.CaptchaVerifier;
import app.khabar.comment.spi.ReasonCode;
import app.khabar.moderation.screening.RiskModelTestFiles;
import app.khabar.support.AltchaSolver;
import app.khabar.web.ClientHash;

/**
 * The screening model in the real posting path: trained from a labelled file into the
 * data dir, it holds a comment it scores high on a post-moderated article and stores the
 * score with the queue row; with a corrupt model file, posting goes on without it; a
 * model another process wrote is picked up without a restart.
 */
@SpringBootTest
@Import(DeskFixtures.class)
class ScreeningModelIntegrationTests {

	@Autowired
	ScreeningModels models;

	@Autowired
	CommentPosting posting;

	@Autowired
	CaptchaVerifier captcha;

	@Autowired
	ModerationDesk desk;

	@Autowired
	ArticleCatalog catalog;

	@Autowired
	DeskFixtures fixtures;

	@Autowired
	ActionLog actions;

	@Autowired
	CommentReview reviews;

	@Autowired
	ModerationRules rules;

	@Autowired
	Clock clock;

	@Value("${khabar.data-dir}")
	String dataDir;

	/** Other tests of this context expect no model, as on a new site. */
	@AfterEach
	void noModel() throws Exception {
		NoModel.restore(models, dataDir);
		rules.setRiskThresholds(RiskThresholds.SITE_DEFAULT);
	}

	@Test
	void aCommentTheModelScoresHighIsHeldOnAPostModeratedArticle() throws Exception {
		// set here: other classes sharing this database change the settings, and their
		// moderators' decisions would join the training
		RiskThresholds site = RiskThresholds.SITE_DEFAULT;
		rules.setRiskModelOn(true);
		rules.setRiskThresholds(site);
		ModelInfo info = models.train(RiskModelTestFiles.labelled(), false);
		assertThat(models.current()).contains(info);
		long article = postModerated();

		PostedComment insult = post(article, "این نویسنده یک احمق بی‌شرف و مزدور است، خفه شو");
		PostedComment fine = post(article, "گزارش دقیقی بود، ممنون از خبرنگارتان");

		assertThat(insult.status()).isEqualTo(CommentStatus.PENDING);
		QueueEntry held = desk.entry(insult.id()).orElseThrow();
		assertThat(held.reason()).isEqualTo(ReasonCode.LIKELY_OFFENSIVE);
		assertThat(held.risk()).isNotNull();
		assertThat(held.risk().score()).isGreaterThanOrEqualTo(site.hold());
		assertThat(held.risk().words()).isNotEmpty();
		assertThat(fine.status()).isEqualTo(CommentStatus.PUBLISHED);
		assertThat(desk.entry(fine.id()).orElseThrow().risk().score()).isLessThan(0.5);
	}

	@Test
	void aCorruptModelFileLeavesPostingWorking() throws Exception {
		models.train(RiskModelTestFiles.labelled());
		Path dir = Path.of(dataDir, "moderation");
		String current = Files.readString(dir.resolve(ScreeningModels.CURRENT)).strip();
		Files.write(dir.resolve(current), new byte[] { 31, -117, 8, 0, 1, 2, 3 });
		models.reload();
		long article = postModerated();

		PostedComment posted = post(article, "این نویسنده مزدور و دروغگو است");

		assertThat(models.current()).isEmpty();
		assertThat(posted.status()).as("the article's mode decides").isEqualTo(CommentStatus.PUBLISHED);
		assertThat(desk.entry(posted.id()).orElseThrow().risk()).isNull();
	}

	@Test
	void aNodePicksUpAModelThatAnotherProcessTrainedWithoutARestart(@TempDir Path shared) throws Exception {
		// a data dir of their own, so this context's node is left as the other tests set
		// it
		String sharedDir = shared.toString();
		var command = new ScreeningModels(sharedDir, Duration.ofHours(1), actions, reviews, rules, clock);
		ModelInfo first = command.train(RiskModelTestFiles.labelled());
		var node = new ScreeningModels(sharedDir, Duration.ZERO, actions, reviews, rules, clock);
		assertThat(node.status().loaded()).isEqualTo(first);

		ModelInfo second = command.train(RiskModelTestFiles.labelled());
		assertThat(node.status().loaded()).as("not read before a comment is scored").isEqualTo(first);

		assertThat(node.risk("این نویسنده یک احمق است، خفه شو")).isPresent();
		assertThat(node.status().loaded()).isEqualTo(second);
		assertThat(second.version()).isGreaterThan(first.version());
	}

	private long postModerated() {
		long article = fixtures.article(DeskFixtures.unique("risk"), "خبر آزمون مدل");
		var moderator = fixtures.moderator("ناظر مدل");
		long version = catalog.find(article).orElseThrow().version();
		desk.setArticleComments(moderator, article, version, new CommentSettings(true, ModerationMode.POST, null));
		return article;
	}

	private PostedComment post(long article, String text) {
		var reader = new Commenter(new ClientHash(String.format("%032x", System.nanoTime())), "IR");
		return posting.post(new NewComment(article, null, null, text), reader,
				new CaptchaProof.Altcha(AltchaSolver.solve(captcha.newChallenge())));
	}

}
