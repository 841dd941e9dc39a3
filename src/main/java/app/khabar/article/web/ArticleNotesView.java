package app.khabar.article.web;

import java.util.List;

import app.khabar.article.ArticleNote;

/**
 * An article's notes for readers (corrections, the reason of a retraction).
 */
public record ArticleNotesView(List<ArticleNote> notes) {
}
