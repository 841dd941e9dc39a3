package app.khabar.newsroom.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import app.khabar.article.Article;
import app.khabar.live.LiveCoverage;
import app.khabar.live.LiveDraft;
import app.khabar.live.LiveEntry;

/**
 * The live desk of one page: the form for the next entry (with the reporter's saved
 * draft), the published entries with their actions, newest first, pins first.
 */
public record LiveDeskPage(Csrf csrf, Article article, LiveCoverage coverage, @Nullable LiveDraft draft, String byline,
		List<LiveEntry> entries, boolean canPublish, @Nullable Long correcting) {

	public LiveDeskPage {
		entries = List.copyOf(entries);
	}

	public String path() {
		return "/newsroom/live/" + article.id();
	}

	/** The index: the pages being covered. */
	public record Index(List<Article> live) {

		public Index {
			live = List.copyOf(live);
		}

	}

}
