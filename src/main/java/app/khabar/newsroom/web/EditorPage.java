package app.khabar.newsroom.web;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

import app.khabar.account.StaffMember;
import app.khabar.article.ArticleNote;
import app.khabar.article.AuthorProfile;
import app.khabar.article.EditableArticle;
import app.khabar.article.Revision;
import app.khabar.article.Section;

/**
 * The editor: the form (as typed, or as stored), its errors, the steps the staff member
 * may take now, and, after a refused save, the stored text beside theirs.
 *
 * @param article null for a new article
 * @param conflict the stored version when a save was refused because someone saved first
 * @param autosave the staff member's unsaved work, when it is newer than the stored
 * article
 */
public record EditorPage(StaffMember staff, Csrf csrf, @Nullable EditableArticle article, ArticleForm form,
		Map<String, String> errors, List<Section> sections, Actions actions, @Nullable Conflict conflict,
		@Nullable Revision autosave, String scheduleText, List<ArticleNote> notes, @Nullable String shortLink,
		List<AuthorProfile> authors) {

	/** Author pickers shown: one more than chosen, at least three. */
	public List<Integer> authorSlots() {
		return IntStream.range(0, Math.max(3, form.authorIds().size() + 1)).boxed().toList();
	}

	/** The author chosen in picker {@code slot}, or null. */
	public @Nullable Long chosenAuthor(int slot) {
		List<Long> chosen = form.authorIds();
		return slot < chosen.size() ? chosen.get(slot) : null;
	}

	/**
	 * The schedule field's example: this time tomorrow, on the hour, as the field wants
	 * it; a date in the past would read as a mistake.
	 */
	public String scheduleExample() {
		return InputExamples.dateTime();
	}

	/** The message key of what is wrong with a field, or null. */
	public @Nullable String error(String field) {
		return errors.get(field);
	}

	public String value(@Nullable String text) {
		return text == null ? "" : text;
	}

	/**
	 * What the staff member may do to the article now (permission and workflow both allow
	 * it).
	 */
	public record Actions(boolean save, boolean submit, boolean returnToDraft, boolean publish, boolean schedule,
			boolean unschedule, boolean correct, boolean retract) {

		static final Actions NEW = new Actions(true, false, false, false, false, false, false, false);

	}

	/**
	 * The stored article that won, with a word diff of each changed field from theirs to
	 * yours.
	 */
	public record Conflict(long storedVersion, ArticleForm stored, List<FieldDiff> diffs) {
	}

}
