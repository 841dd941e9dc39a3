package app.khabar.live.web;

import java.util.List;

import app.khabar.live.LiveCoverage;

/** A live page's stream under the article's summary: its state, pins and timeline. */
public record LiveView(long articleId, LiveCoverage coverage, List<EntryView> pinned, List<EntryView> timeline) {

	public LiveView {
		pinned = List.copyOf(pinned);
		timeline = List.copyOf(timeline);
	}

	public String feedPath() {
		return "/live/" + articleId + "/rss";
	}

	public String updatesPath() {
		return "/live/" + articleId + "/updates";
	}

}
