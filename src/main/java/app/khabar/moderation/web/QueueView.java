package app.khabar.moderation.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import app.khabar.article.Section;
import app.khabar.comment.CommentStatus;
import app.khabar.comment.spi.ReasonCode;
import app.khabar.moderation.QueueFilter;
import app.khabar.moderation.QueuePage;
import app.khabar.moderation.RejectReason;

/**
 * The queue page: the filter as the moderator set it, the entries, paging links and what
 * the forms offer.
 *
 * @param self this page's URL, where decisions come back to
 */
public record QueueView(Csrf csrf, QueuePage page, List<Section> sections, String self, @Nullable String nextUrl,
		@Nullable String firstUrl) {

	public QueueView {
		sections = List.copyOf(sections);
	}

	static QueueView of(Csrf csrf, QueuePage page, List<Section> sections) {
		QueueFilter f = page.filter();
		String self = url(f, f.after() == null ? null : f.after().token());
		String next = page.next() == null ? null : url(f, page.next().token());
		String first = f.after() == null ? null : url(f, null);
		return new QueueView(csrf, page, sections, self, next, first);
	}

	public QueueFilter filter() {
		return page.filter();
	}

	public List<CommentStatus> statuses() {
		return List.of(CommentStatus.values());
	}

	public List<ReasonCode> reasons() {
		return List.of(ReasonCode.values());
	}

	public List<RejectReason> rejectReasons() {
		return List.of(RejectReason.values());
	}

	public String articleFilter() {
		return filter().articleId() == null ? "" : Long.toString(filter().articleId());
	}

	public String textFilter() {
		return filter().text() == null ? "" : filter().text();
	}

	static String url(QueueFilter f, @Nullable String after) {
		List<String> params = new ArrayList<>();
		if (f.status() != CommentStatus.PENDING) {
			params.add("status=" + f.status().name());
		}
		if (f.sectionId() != null) {
			params.add("section=" + f.sectionId());
		}
		if (f.articleId() != null) {
			params.add("article=" + f.articleId());
		}
		if (f.reason() != null) {
			params.add("reason=" + f.reason().name());
		}
		if (f.text() != null) {
			params.add("q=" + URLEncoder.encode(f.text(), StandardCharsets.UTF_8));
		}
		if (f.size() != QueueFilter.DEFAULT_SIZE) {
			params.add("size=" + f.size());
		}
		if (after != null) {
			params.add("after=" + after);
		}
		return "/moderation" + (params.isEmpty() ? "" : "?" + String.join("&", params));
	}

}
