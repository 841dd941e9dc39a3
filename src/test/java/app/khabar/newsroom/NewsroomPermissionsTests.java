package app.khabar.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import app.khabar.account.AccountId;
import app.khabar.account.Role;
import app.khabar.account.StaffMember;
import app.khabar.article.Article;
import app.khabar.article.ArticleKind;
import app.khabar.article.ArticleStatus;
import app.khabar.article.Byline;
import app.khabar.article.CommentSettings;
import app.khabar.article.EditableArticle;
import app.khabar.article.Media;
import app.khabar.article.Section;
import app.khabar.article.Source;
import app.khabar.shared.KhabarException;

class NewsroomPermissionsTests {

	private final NewsroomPermissions permissions = new NewsroomPermissions();

	private final StaffMember reporter = staff(1, "sara", Role.REPORTER);

	private final StaffMember otherReporter = staff(2, "reza", Role.REPORTER);

	private final StaffMember editor = staff(3, "maryam", Role.EDITOR);

	private final StaffMember admin = staff(4, "admin", Role.ADMIN);

	private final StaffMember moderator = staff(5, "mod", Role.MODERATOR);

	private final StaffMember noRole = staff(6, "nobody");

	@Test
	void reportersWriteAndSubmitTheirOwnDrafts() {
		var draft = article("sara", ArticleStatus.DRAFT);
		assertThat(permissions.canWrite(reporter)).isTrue();
		assertThat(permissions.canEdit(reporter, draft)).isTrue();
		assertThat(permissions.canSubmit(reporter, draft)).isTrue();
		assertThat(permissions.canEdit(reporter, article("sara", ArticleStatus.IN_REVIEW))).isTrue();
	}

	@Test
	void reportersDoNotTouchOthersArticlesNorPublishedOnes() {
		assertThat(permissions.canEdit(otherReporter, article("sara", ArticleStatus.DRAFT))).isFalse();
		assertThat(permissions.canSubmit(otherReporter, article("sara", ArticleStatus.DRAFT))).isFalse();
		assertThat(permissions.canEdit(reporter, article("sara", ArticleStatus.PUBLISHED))).isFalse();
		assertThat(permissions.canEdit(reporter, article("sara", ArticleStatus.SCHEDULED))).isFalse();
	}

	@Test
	void onlyEditorsAndAdminsPublishCorrectCurateAndReadTheLog() {
		for (StaffMember staff : List.of(editor, admin)) {
			assertThat(permissions.canPublish(staff)).isTrue();
			assertThat(permissions.canCorrect(staff)).isTrue();
			assertThat(permissions.canCurate(staff)).isTrue();
			assertThat(permissions.canReadAudit(staff)).isTrue();
			assertThat(permissions.canEdit(staff, article("sara", ArticleStatus.PUBLISHED))).isTrue();
		}
		assertThat(permissions.canPublish(reporter)).isFalse();
		assertThat(permissions.canCorrect(reporter)).isFalse();
		assertThat(permissions.canCurate(reporter)).isFalse();
		assertThat(permissions.canReadAudit(reporter)).isFalse();
	}

	@Test
	void nobodyEditsARetractedArticle() {
		assertThat(permissions.canEdit(admin, article("sara", ArticleStatus.RETRACTED))).isFalse();
	}

	@Test
	void staffWithoutANewsroomRoleMayDoNothing() {
		for (StaffMember staff : List.of(moderator, noRole)) {
			assertThat(permissions.canWrite(staff)).isFalse();
			assertThat(permissions.canEdit(staff, article(staff.username(), ArticleStatus.DRAFT))).isFalse();
			assertThatThrownBy(() -> NewsroomPermissions.require(permissions.canWrite(staff))).isInstanceOfSatisfying(
					KhabarException.class, ex -> assertThat(ex.code()).isEqualTo(NewsroomError.FORBIDDEN));
		}
	}

	@Test
	void onlyNewsroomMembersAreLetInReadersAndOtherStaffGetTheNewsroomsRefusal() {
		for (StaffMember member : List.of(reporter, editor, admin)) {
			assertThat(permissions.member(Optional.of(member))).isEqualTo(member);
		}
		for (Optional<StaffMember> refused : List.of(Optional.<StaffMember>empty(), Optional.of(moderator),
				Optional.of(noRole))) {
			assertThatThrownBy(() -> permissions.member(refused)).isInstanceOfSatisfying(KhabarException.class,
					ex -> assertThat(ex.code()).isEqualTo(NewsroomError.FORBIDDEN));
		}
	}

	private static StaffMember staff(long id, String username, Role... roles) {
		return new StaffMember(new AccountId(id), username, username, Set.of(roles));
	}

	private static EditableArticle article(String createdBy, ArticleStatus status) {
		var now = Instant.parse("2025-11-26T08:00:00Z");
		var article = new Article(1, 3, new Section(1, "politics", "سیاسی", 1), ArticleKind.STORY, null,
				"نشست خبری سخنگوی دولت", "", "<p>متن</p>", "نشست-خبری", Source.NONE, Byline.NONE, List.of(), Media.NONE,
				status, CommentSettings.DEFAULT, now, now, null);
		return new EditableArticle(article, createdBy, null);
	}

}
