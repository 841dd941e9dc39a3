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
}
