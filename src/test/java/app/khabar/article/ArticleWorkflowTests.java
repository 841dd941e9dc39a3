package app.khabar.article;

import static app.khabar.article.ArticleAction.*;
import static app.khabar.article.ArticleStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleWorkflowTests {

	@ParameterizedTest
	@CsvSource({ "DRAFT, SUBMIT, IN_REVIEW", "IN_REVIEW, RETURN_TO_DRAFT, DRAFT", "DRAFT, PUBLISH, PUBLISHED",
			"IN_REVIEW, PUBLISH, PUBLISHED", "SCHEDULED, PUBLISH, PUBLISHED", "IN_REVIEW, SCHEDULE, SCHEDULED",
			"SCHEDULED, SCHEDULE, SCHEDULED", "SCHEDULED, UNSCHEDULE, DRAFT", "PUBLISHED, CORRECT, PUBLISHED",
			"PUBLISHED, RETRACT, RETRACTED", "PUBLISHED, SAVE, PUBLISHED", "IN_REVIEW, RESTORE, IN_REVIEW" })
	void movesAlongTheNewsroomWorkflow(ArticleStatus from, ArticleAction action, ArticleStatus to) {
		assertThat(ArticleWorkflow.next(from, action)).isEqualTo(to);
	}

	@ParameterizedTest
	@CsvSource({ "DRAFT, RETRACT", "DRAFT, CORRECT", "IN_REVIEW, SUBMIT", "PUBLISHED, SUBMIT", "PUBLISHED, SCHEDULE",
			"PUBLISHED, PUBLISH", "RETRACTED, SAVE", "RETRACTED, PUBLISH", "RETRACTED, RESTORE", "DRAFT, UNSCHEDULE",
			"SCHEDULED, RETRACT", "RETRACTED, RETRACT", "DRAFT, CREATE" })
	void refusesStepsTheStatusDoesNotAllow(ArticleStatus from, ArticleAction action) {
		assertThatIllegalStateException().isThrownBy(() -> ArticleWorkflow.next(from, action));
		assertThat(ArticleWorkflow.allows(from, action)).isFalse();
	}

}
