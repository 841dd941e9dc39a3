package app.khabar.newsroom.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import app.khabar.article.ArticleContent;
import app.khabar.newsroom.WordDiff;
import app.khabar.web.HtmlText;

/** A changed field and its word diff. */
public record FieldDiff(String labelKey, List<WordDiff.Segment> segments) {

	/**
	 * The fields that differ from {@code before} to {@code after}, each with its word
	 * diff (the body as text).
	 */
	static List<FieldDiff> between(ArticleContent before, ArticleContent after) {
		var diffs = new ArrayList<FieldDiff>();
		add(diffs, "newsroom.field.kicker", text(before.kicker()), text(after.kicker()));
		add(diffs, "newsroom.field.title", before.title(), after.title());
		add(diffs, "newsroom.field.lead", before.lead(), after.lead());
		add(diffs, "newsroom.field.body", HtmlText.plain(before.bodyHtml()), HtmlText.plain(after.bodyHtml()));
		add(diffs, "newsroom.field.byline-text", text(before.byline().text()), text(after.byline().text()));
		add(diffs, "newsroom.field.tags", String.join("، ", before.tags()), String.join("، ", after.tags()));
		add(diffs, "newsroom.field.media-ref", text(before.media().ref()), text(after.media().ref()));
		return diffs;
	}

	private static void add(List<FieldDiff> diffs, String label, String before, String after) {
		List<WordDiff.Segment> segments = WordDiff.of(before, after);
		if (WordDiff.changed(segments)) {
			diffs.add(new FieldDiff(label, segments));
		}
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

}
