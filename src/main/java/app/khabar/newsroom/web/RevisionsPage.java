package app.khabar.newsroom.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import app.khabar.article.EditableArticle;
import app.khabar.article.Revision;

/**
 * An article's revisions, newest first; with {@code shown}, one revision and its diff
 * against the stored article.
 */
public record RevisionsPage(Csrf csrf, EditableArticle article, List<Revision> revisions, @Nullable Revision shown,
		List<FieldDiff> diffs, boolean canRestore) {

	/**
	 * A revision's number as the newsroom counts: the oldest listed is ۱ (never the
	 * database's id, which counts every article's revisions).
	 */
	public int number(Revision revision) {
		for (int i = 0; i < revisions.size(); i++) {
			if (revisions.get(i).id() == revision.id()) {
				return revisions.size() - i;
			}
		}
		return 0;
	}

	/** An article version as people count: the first is ۱. */
	public static long shown(long version) {
		return version + 1;
	}

}
