package app.khabar.moderation.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import app.khabar.article.Section;
import app.khabar.comment.CommentStatus;
import app.khabar.comment.spi.ReasonCode;
import app.khabar.comment.spi.Risk;
import app.khabar.moderation.QueueEntry;
import app.khabar.moderation.QueueFilter;
import app.khabar.moderation.QueueOrder;
import app.khabar.moderation.QueuePage;
import app.khabar.moderation.RejectReason;
import app.khabar.moderation.RiskBand;
import app.khabar.moderation.phase.RiskPhase;

/**
 * The queue page: the filter as the moderator set it, the entries, paging links and what
 * the forms offer.
 *
 * @param self this page's URL, where decisions come back to
 * @param usualOrder the order the queue takes when none is asked for (riskiest first
 * while the model is on)
 * @param lowestRiskUrl the first page of the same filter's pre-moderation holds, lowest
 * risk first: the page the "approve the lowest-risk page" key works on
 */
public record QueueView(Csrf csrf, QueuePage page, List<Section> sections, String self, @Nullable String nextUrl,
		@Nullable String firstUrl, QueueOrder usualOrder, String lowestRiskUrl) {

	public QueueView {
		sections = List.copyOf(sections);
	}

	static QueueView of(Csrf csrf, QueuePage page, List<Section> sections, QueueOrder usualOrder) {
		QueueFilter f = page.filter();
		String self = url(f, usualOrder, f.after() == null ? null : f.after().token());
		String next = page.next() == null ? null : url(f, usualOrder, page.next().token());
		String first = f.after() == null ? null : url(f, usualOrder, null);
		QueueFilter lowest = new QueueFilter(CommentStatus.PENDING, f.sectionId(), f.articleId(),
				ReasonCode.PREMODERATION, f.text(), null, f.size(), QueueOrder.LOWEST_RISK, f.band());
		return new QueueView(csrf, page, sections, self, next, first, usualOrder, url(lowest, usualOrder, null));
	}

	public List<QueueOrder> orders() {
		return List.of(QueueOrder.values());
	}

	public List<RiskBand> bands() {
		return List.of(RiskBand.values());
	}

	/**
	 * Whether this page is the lowest-risk page of pre-moderation holds, whose scored
	 * comments the one-key approval publishes.
	 */
	public boolean lowestRiskPage() {
		QueueFilter f = filter();
		return f.order() == QueueOrder.LOWEST_RISK && f.status() == CommentStatus.PENDING
				&& f.reason() == ReasonCode.PREMODERATION;
	}

	/** The comments of this page that the lowest-risk approval publishes. */
	public List<QueueEntry> approvableByRisk() {
		return lowestRiskPage() ? page.entries().stream().filter(QueueEntry::approvableByRisk).toList() : List.of();
	}

	/**
	 * The highest score among {@link #approvableByRisk}, for the confirmation, as the
	 * desk shows scores ({@code ۰٫۲۱}).
	 */
	public String highestApprovableRisk() {
		return approvableByRisk().stream()
			.map(QueueEntry::risk)
			.filter(Objects::nonNull)
			.max(Comparator.comparingDouble(Risk::score))
			.map(risk -> RiskPhase.describe(new Risk(risk.score(), List.of())))
			.orElse("");
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

	static String url(QueueFilter f, QueueOrder usualOrder, @Nullable String after) {
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
		if (f.order() != usualOrder) {
			params.add("order=" + f.order().name());
		}
		if (f.band() != null) {
			params.add("band=" + f.band().name());
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
