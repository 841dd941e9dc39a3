package app.khabar.article.web;

import java.util.List;

import app.khabar.article.ArticleNote;

/**
 * An article's notes for readers, and its short link (not shown on a retracted article).
 */
public record ArticleNotesView(List<ArticleNote> notes, String shortPath, boolean retracted) {
}
