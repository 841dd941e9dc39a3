package app.khabar.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import app.khabar.article.ArticleError;
import app.khabar.article.ArticleImport;
import app.khabar.article.ArticleKind;
import app.khabar.article.ArticleStatus;
import app.khabar.article.Byline;
import app.khabar.article.CommentSettings;
import app.khabar.article.Media;
import app.khabar.article.NewArticle;
import app.khabar.article.Source;
import app.khabar.shared.KhabarException;

/**
 * The boxes' rules in {@link Curation}: every change names the box's version, so of two
 * editors who saw the same order only the first changes it; the photo and video boxes
 * take galleries and videos only.
 */
@SpringBootTest(properties = { "khabar.newsroom.scheduled-publishing=false", "khabar.demo.enabled=false" })
class CurationBoxesIntegrationTests {

	@Autowired
	Curation curation;

	@Autowired
	ArticleImport imports;

	@Autowired
	TransactionTemplate transactions;

	long a;

	long b;

	@BeforeEach
	void articles() {
		a = store(ArticleKind.STORY, "خبر نخست");
		b = store(ArticleKind.STORY, "خبر دوم");
		curation.replace(Box.LEAD, List.of(a, b));
	}

	@Test
	void everyBoxHasAVersionThatEveryChangeMoves() {
		for (Box box : Box.values()) {
			assertThat(curation.order(box).version()).as("version of %s", box).isNotNegative();
		}
		BoxOrder before = curation.order(Box.LEAD);
		assertThat(before.articleIds()).containsExactly(a, b);
		curation.change(Box.LEAD, before.version(), BoxMove.DOWN, a);
		BoxOrder after = curation.order(Box.LEAD);
		assertThat(after.articleIds()).containsExactly(b, a);
		assertThat(after.version()).isEqualTo(before.version() + 1);
		curation.replace(Box.LEAD, List.of(a));
		assertThat(curation.order(Box.LEAD).version()).isEqualTo(after.version() + 1);
	}

	@Test
	void aChangeMadeOnAnOlderOrderIsRefusedAndChangesNothing() {
		long seen = curation.order(Box.LEAD).version();
		curation.change(Box.LEAD, seen, BoxMove.UP, b);
		assertThatThrownBy(() -> curation.change(Box.LEAD, seen, BoxMove.REMOVE, b)).isInstanceOfSatisfying(
				KhabarException.class, ex -> assertThat(ex.code()).isEqualTo(FeedError.BOX_CHANGED));
		assertThat(curation.order(Box.LEAD).articleIds()).containsExactly(b, a);
	}

	@Test
	void ofTwoEditorsAtTheSameMomentTheSecondWaitsThenIsRefused() throws Exception {
		long seen = curation.order(Box.LEAD).version();
		CompletableFuture<Void> second = transactions.execute(status -> {
			curation.change(Box.LEAD, seen, BoxMove.UP, b);
			// the other editor's change starts while this one holds the box; it can only
			// finish after the commit
			CompletableFuture<Void> other = CompletableFuture
				.runAsync(() -> curation.change(Box.LEAD, seen, BoxMove.REMOVE, a));
			assertThat(other).failsWithin(300, TimeUnit.MILLISECONDS).withThrowableThat().isNotNull();
			return other;
		});
		assertThat(second).failsWithin(10, TimeUnit.SECONDS)
			.withThrowableOfType(java.util.concurrent.ExecutionException.class)
			.havingCause()
			.isInstanceOfSatisfying(KhabarException.class,
					ex -> assertThat(ex.code()).isEqualTo(FeedError.BOX_CHANGED));
		assertThat(curation.order(Box.LEAD).articleIds()).containsExactly(b, a);
	}

	@Test
	void thePhotoAndVideoBoxesTakeOnlyTheirKindAndOnlyPublishedArticles() {
		long gallery = store(ArticleKind.GALLERY, "گزارش تصویری");
		long version = curation.order(Box.FEATURED_VIDEO).version();
		assertThatThrownBy(() -> curation.change(Box.FEATURED_VIDEO, version, BoxMove.ADD, gallery))
			.isInstanceOfSatisfying(KhabarException.class,
					ex -> assertThat(ex.code()).isEqualTo(FeedError.WRONG_KIND_FOR_BOX));
		assertThatThrownBy(() -> curation.change(Box.FEATURED_PHOTO, curation.order(Box.FEATURED_PHOTO).version(),
				BoxMove.ADD, Long.MAX_VALUE))
			.isInstanceOfSatisfying(KhabarException.class,
					ex -> assertThat(ex.code()).isEqualTo(ArticleError.NOT_FOUND));
		// a refused change leaves the version where it was
		assertThat(curation.order(Box.FEATURED_VIDEO).version()).isEqualTo(version);
		curation.change(Box.FEATURED_PHOTO, curation.order(Box.FEATURED_PHOTO).version(), BoxMove.ADD, gallery);
		assertThat(curation.articleIdsOf(Box.FEATURED_PHOTO)).containsExactly(gallery);
	}

	private long store(ArticleKind kind, String title) {
		imports.ensureSection("politics", "سیاسی");
		return imports.store(new NewArticle("politics", kind, null, title, "لید", "<p>متن</p>", new Source("خبر", null),
				Byline.NONE, List.of(), Media.NONE, ArticleStatus.PUBLISHED, CommentSettings.DEFAULT,
				Instant.now().minusSeconds(60), null));
	}

}
