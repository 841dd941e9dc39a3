package app.khabar.newsroom.web;

import java.util.List;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

import app.khabar.article.ArticleSummary;
import app.khabar.feed.Box;
import app.khabar.feed.TickerLine;

/**
 * The editors' picks: each box with its articles in order, published articles found by
 * title to add (to the boxes they fit), and the breaking-news ticker as stored (null when
 * none).
 */
public record CurationPage(Csrf csrf, List<BoxView> boxes, String query, List<ArticleSummary> found,
		@Nullable TickerLine ticker) {

	/** A box as shown, with the version every change made from this page names. */
	public record BoxView(Box box, long version, List<ArticleSummary> items) {
	}

	/**
	 * The boxes a found article may go to (a photo box takes galleries, a video box
	 * videos).
	 */
	public List<BoxView> boxesFor(ArticleSummary article) {
		return boxes.stream().filter(box -> box.box().fits(article.kind())).toList();
	}

	/** The places an addition may pick: 1 up to one past the fullest box. */
	public List<Integer> places() {
		int most = boxes.stream().mapToInt(box -> box.items().size()).max().orElse(0);
		return IntStream.rangeClosed(1, most + 1).boxed().toList();
	}

	/** The ticker's expiry example: a time to come, never one gone by. */
	public String expiresExample() {
		return InputExamples.dateTime();
	}

}
