package app.khabar.article.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import app.khabar.article.ArticleNote;

/**
 * An article's notes for readers, and its short link (not shown on a retracted article,
 * nor in the newsroom's preview: null).
 */
public record ArticleNotesView(List<ArticleNote> notes, @Nullable String shortPath, boolean retracted) {
}
