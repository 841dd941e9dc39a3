package app.khabar.comment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import app.khabar.web.RateLimiter;
import app.khabar.article.Article;
import app.khabar.article.ArticleCatalog;
import app.khabar.article.ModerationMode;
import app.khabar.article.Section;
import app.khabar.comment.GroupCommit.Outcome;
import app.khabar.comment.captcha.CaptchaCheck;
import app.khabar.comment.captcha.CaptchaResult;
import app.khabar.comment.captcha.CaptchaVerifier;
import app.khabar.comment.spi.CommentScreening;
import app.khabar.comment.spi.ReasonCode;
import app.khabar.comment.spi.Risk;
import app.khabar.comment.spi.ScreeningRequest;
import app.khabar.comment.spi.Verdict;
import app.khabar.persian.PersianDigits;
import app.khabar.persian.PersianText;
import app.khabar.shared.KhabarException;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * A reader's comment, from submission to a committed row (DESIGN.md path 2). First what
 * needs no database: rate limits, the captcha's signature and expiry, the article
 * (published, open), the text and name (normalized, bounded). Then a group commit stores
 * it with the comments that arrived meanwhile, in one transaction: the parent (published,
 * same article), the captcha used up (once), screening (which sees the client's earlier
 * comments, including those earlier in the same batch), the row with the verdict's
 * reason, the counters, and {@link CommentsSubmitted} for the moderation queue. When
 * {@link #post} returns, the comment is committed: an acknowledged comment is never lost.
 * Refusals are {@link KhabarException}s with a {@link CommentError}; nothing is stored
 * for them but a captcha solution already spent. Both are counted
 * ({@link PostingMeters}), and so are the group commit's batches ({@link GroupCommit}).
 */
@Service
public class CommentPosting implements DisposableBean {

	/** Earlier comments of the client that screening sees, at most. */
	static final int RECENT_LIMIT = 50;

	private final Comments comments;

	private final CommentCounters counters;

	private final ArticleCatalog articles;

	private final CaptchaVerifier captcha;

	private final CommentScreening screening;

	private final ApplicationEventPublisher events;

	private final PostingSettings settings;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final RateLimiter perClient;

	private final RateLimiter perArticle;

	private final GroupCommit<Ready, PostedComment> groupCommit;

	private final PostingMeters meters;

	CommentPosting(Comments comments, CommentCounters counters, ArticleCatalog articles, CaptchaVerifier captcha,
			CommentScreening screening, ApplicationEventPublisher events, PostingSettings settings, Clock clock,
			TransactionTemplate transactions, MeterRegistry meters) {
		this.comments = comments;
		this.counters = counters;
		this.articles = articles;
		this.captcha = captcha;
		this.screening = screening;
		this.events = events;
		this.settings = settings;
		this.clock = clock;
		this.transactions = transactions;
		this.perClient = new RateLimiter(settings.clientLimit(), settings.clientWindow());
		this.perArticle = new RateLimiter(settings.articleLimit(), settings.articleWindow());
		this.meters = new PostingMeters(meters);
		this.groupCommit = new GroupCommit<>("comment-writer", settings.writers(), settings.maxBatch(), meters,
				this::storeAll);
	}

	/**
	 * Stores a reader's comment as screening decides, or refuses it.
	 * @throws KhabarException with {@link CommentError}: too fast, captcha failed,
	 * article not found, comments closed, invalid text, name or parent
	 */
	public PostedComment post(NewComment comment, Commenter commenter, CaptchaProof proof) {
		try {
			return accept(comment, commenter, proof);
		}
		catch (KhabarException refusal) {
			if (refusal.code() instanceof CommentError error) {
				meters.refused(error);
			}
			throw refusal;
		}
	}

	private PostedComment accept(NewComment comment, Commenter commenter, CaptchaProof proof) {
		if (!perClient.tryAcquire(commenter.client().value())
				|| !perArticle.tryAcquire(Long.toString(comment.articleId()))) {
			throw new KhabarException(CommentError.TOO_FAST);
		}
		CaptchaCheck check = check(proof);
		if (!check.valid()) {
			throw new KhabarException(CommentError.CAPTCHA_FAILED);
		}
		Instant now = clock.instant();
		Article article = articles.findPublished(comment.articleId())
			.orElseThrow(() -> new KhabarException(CommentError.ARTICLE_NOT_FOUND));
		if (!screening.acceptsComments(article, now)) {
			throw new KhabarException(CommentError.COMMENTS_CLOSED);
		}
		String text = text(comment.text());
		String name = name(comment.name());
		return groupCommit.submit(new Ready(article.id(), article.section(), article.comments().mode(),
				comment.parentId(), name, text, commenter, check, now, Receipt.issue()));
	}

	@Override
	public void destroy() {
		groupCommit.close();
	}

	/** A comment that passed every check needing no database, waiting for its batch. */
	private record Ready(long articleId, Section section, ModerationMode mode, @Nullable Long parentId,
			@Nullable String name, String text, Commenter commenter, CaptchaCheck captcha, Instant submittedAt,
			Receipt receipt) {

		String client() {
			return commenter.client().value();
		}

	}

	/**
	 * One comment of a batch on its way through the transaction's steps: refused at one
	 * of them, or screened and then stored. A step looks only at the items still
	 * {@link #pending}.
	 */
	private static final class Item {

		final Ready ready;

		@Nullable Outcome<PostedComment> outcome;

		/**
		 * Screening's verdict ({@link #screened}): the status to store, its reason and
		 * detail.
		 */
		CommentStatus status = CommentStatus.PENDING;

		@Nullable ReasonCode reason;

		@Nullable String detail;

		@Nullable Risk risk;

		Item(Ready ready) {
			this.ready = ready;
		}

		boolean pending() {
			return outcome == null;
		}

		void refuse(CommentError error) {
			outcome = Outcome.refused(new KhabarException(error));
		}

		void screened(Verdict verdict) {
			status = switch (verdict) {
				case Verdict.Publish publish -> CommentStatus.PUBLISHED;
				case Verdict.Hold hold -> CommentStatus.PENDING;
				case Verdict.Reject reject -> CommentStatus.REJECTED;
			};
			reason = reasonOf(verdict);
			detail = detailOf(verdict);
			risk = verdict.risk();
		}

		void stored(long id) {
			outcome = Outcome.stored(new PostedComment(id, ready.articleId(), status, ready.receipt()));
		}

	}

	private List<Outcome<PostedComment>> storeAll(List<Ready> batch) {
		List<Item> items = Objects.requireNonNull(transactions.execute(status -> storeInTransaction(batch)));
		// committed: each stored comment is counted (a refused one when post throws)
		for (Item item : items) {
			if (item.outcome instanceof Outcome.Stored<PostedComment>) {
				meters.accepted(item.status, item.reason);
			}
		}
		return items.stream().map(item -> Objects.requireNonNull(item.outcome)).toList();
	}

	/**
	 * One batch, in order: parents, captcha uses, screening, then the rows, the queue and
	 * the counters.
	 */
	private List<Item> storeInTransaction(List<Ready> batch) {
		List<Item> items = batch.stream().map(Item::new).toList();
		refuseOrphans(items);
		refuseUsedCaptchas(pending(items));
		screen(pending(items));
		List<Item> screened = pending(items);
		if (!screened.isEmpty()) {
			store(screened);
		}
		return items;
	}

	private static List<Item> pending(List<Item> items) {
		return items.stream().filter(Item::pending).toList();
	}

	/** Refuses a reply whose parent is not a published comment of the same article. */
	private void refuseOrphans(List<Item> items) {
		Map<Long, Comments.Place> parents = comments.placesOf(
				items.stream().map(item -> item.ready.parentId()).filter(Objects::nonNull).collect(Collectors.toSet()));
		for (Item item : items) {
			Long parentId = item.ready.parentId();
			if (parentId == null) {
				continue;
			}
			Comments.Place parent = parents.get(parentId);
			if (parent == null || parent.articleId() != item.ready.articleId()
					|| parent.status() != CommentStatus.PUBLISHED) {
				item.refuse(CommentError.INVALID_PARENT);
			}
		}
	}

	/**
	 * Refuses a comment whose captcha solution was used before (also earlier within the
	 * batch); uses up the others.
	 */
	private void refuseUsedCaptchas(List<Item> items) {
		List<CaptchaResult> captchas = captcha.useUp(items.stream().map(item -> item.ready.captcha()).toList());
		for (int i = 0; i < items.size(); i++) {
			if (!captchas.get(i).passed()) {
				items.get(i).refuse(CommentError.CAPTCHA_FAILED);
			}
		}
	}

	/**
	 * Screens the items in order; each sees the client's recent comments, including the
	 * ones before it in this batch, as if they had been posted one after another.
	 */
	private void screen(List<Item> items) {
		if (items.isEmpty()) {
			return;
		}
		Instant since = items.stream()
			.map(item -> item.ready.submittedAt())
			.min(Comparator.naturalOrder())
			.orElseThrow()
			.minus(settings.recentWindow());
		Map<String, List<Comments.Recent>> recent = new HashMap<>(comments.recentOf(
				items.stream().map(item -> item.ready.client()).collect(Collectors.toSet()), since, RECENT_LIMIT));
		for (Item item : items) {
			Ready ready = item.ready;
			Instant now = ready.submittedAt();
			List<Comments.Recent> earlier = recent.getOrDefault(ready.client(), List.of())
				.stream()
				.filter(r -> r.createdAt().isAfter(now.minus(settings.recentWindow())))
				.limit(RECENT_LIMIT)
				.toList();
			item.screened(screening.screen(new ScreeningRequest(ready.articleId(), ready.mode(), ready.name(),
					ready.text(), ready.commenter().client(),
					earlier.stream()
						.filter(r -> r.articleId() == ready.articleId())
						.map(Comments.Recent::body)
						.toList(),
					earlier.stream().map(Comments.Recent::createdAt).toList(), now)));
			var mine = new ArrayList<Comments.Recent>(recent.getOrDefault(ready.client(), List.of()));
			mine.addFirst(new Comments.Recent(ready.articleId(), ready.text(), now));
			recent.put(ready.client(), mine);
		}
	}

	private void store(List<Item> items) {
		List<Long> ids = comments.insertAll(items.stream()
			.map(item -> new Comments.NewRow(item.ready.articleId(), item.ready.parentId(), item.ready.name(),
					item.ready.text(), country(item.ready.commenter().countryCode()), item.status, 0, 0,
					item.ready.submittedAt(), item.ready.client(), item.reason == null ? null : item.reason.name(),
					item.detail, item.ready.receipt().hash()))
			.toList());
		var submitted = new ArrayList<CommentSubmitted>(items.size());
		var deltas = new TreeMap<Long, int[]>();
		for (int i = 0; i < items.size(); i++) {
			Item item = items.get(i);
			Ready ready = item.ready;
			long id = ids.get(i);
			item.stored(id);
			deltas.computeIfAbsent(ready.articleId(), article -> new int[CommentStatus.values().length])[item.status
				.ordinal()]++;
			submitted.add(new CommentSubmitted(id, ready.articleId(), ready.section(), ready.parentId(), item.status,
					item.reason, item.detail, ready.submittedAt(), ready.name(), ready.text(), item.risk));
		}
		events.publishEvent(new CommentsSubmitted(submitted));
		deltas.keySet().forEach(article -> events.publishEvent(new CommentThreadChanged(article)));
		// last, and in article order: concurrent batches lock the counter rows in one
		// order (no deadlock) and hold
		// them only until the commit that follows
		deltas.forEach(counters::add);
	}

	/**
	 * Whether readers may comment on the article now: its own settings and the site's, as
	 * moderation decides ({@link CommentScreening#acceptsComments}). The page, the reply
	 * form and {@link #post} all ask this.
	 */
	public boolean acceptsComments(Article article) {
		return screening.acceptsComments(article, clock.instant());
	}

	/**
	 * Most characters a comment may have ({@code khabar.comment.max-length}), for the
	 * form's hint.
	 */
	public int maxLength() {
		return settings.maxLength();
	}

	/** Most characters a name may have ({@code khabar.comment.max-name-length}). */
	public int maxNameLength() {
		return settings.maxNameLength();
	}

	/**
	 * The largest JSON body the comment API reads
	 * ({@code khabar.comment.max-body-bytes}).
	 */
	public long maxBodyBytes() {
		return settings.maxBodyBytes();
	}

	private CaptchaCheck check(CaptchaProof proof) {
		return switch (proof) {
			case CaptchaProof.Altcha altcha -> captcha.check(altcha.payload());
			case CaptchaProof.Fallback fallback -> captcha.checkFallback(fallback.token(), fallback.answer());
		};
	}

	private String text(@Nullable String typed) {
		if (typed == null || typed.length() > settings.maxLength() * 4L) {
			throw invalidText();
		}
		String text = clean(typed);
		int length = text.codePointCount(0, text.length());
		if (length < settings.minLength() || length > settings.maxLength()) {
			throw invalidText();
		}
		return text;
	}

	private KhabarException invalidText() {
		// digits written here, so the form page and the JSON error say the number alike
		return new KhabarException(CommentError.INVALID_TEXT, PersianDigits.format(settings.minLength()),
				PersianDigits.format(settings.maxLength()));
	}

	private @Nullable String name(@Nullable String typed) {
		if (typed == null) {
			return null;
		}
		if (typed.length() > settings.maxNameLength() * 4L) {
			throw new KhabarException(CommentError.INVALID_NAME, PersianDigits.format(settings.maxNameLength()));
		}
		// a name is one line
		String name = clean(typed).replaceAll("\\s+", " ");
		if (name.isEmpty()) {
			return null;
		}
		if (name.codePointCount(0, name.length()) > settings.maxNameLength()) {
			throw new KhabarException(CommentError.INVALID_NAME, PersianDigits.format(settings.maxNameLength()));
		}
		return name;
	}

	/**
	 * The one normalizer (letters, digits, control and bidi characters), then what it
	 * leaves that no text needs: lone surrogates (unstorable), non-characters, and
	 * surrounding whitespace.
	 */
	static String clean(String typed) {
		String normalized = PersianText.normalize(typed);
		StringBuilder out = new StringBuilder(normalized.length());
		for (int i = 0; i < normalized.length(); i++) {
			char c = normalized.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < normalized.length()
					&& Character.isLowSurrogate(normalized.charAt(i + 1))) {
				int codePoint = Character.toCodePoint(c, normalized.charAt(i + 1));
				i++;
				if ((codePoint & 0xFFFE) != 0xFFFE) {
					out.appendCodePoint(codePoint);
				}
			}
			else if (!Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF' && !(c >= '\uFDD0' && c <= '\uFDEF')) {
				out.append(c);
			}
		}
		return out.toString().strip();
	}

	private static @Nullable String country(@Nullable String code) {
		return code == null || code.length() != 2 || code.equals("--") ? null : code;
	}

	private static @Nullable ReasonCode reasonOf(Verdict verdict) {
		return switch (verdict) {
			case Verdict.Publish publish -> null;
			case Verdict.Hold hold -> hold.reason();
			case Verdict.Reject reject -> reject.reason();
		};
	}

	private static @Nullable String detailOf(Verdict verdict) {
		String detail = switch (verdict) {
			case Verdict.Publish publish -> null;
			case Verdict.Hold hold -> hold.detail();
			case Verdict.Reject reject -> reject.detail();
		};
		return detail == null || detail.codePointCount(0, detail.length()) <= 200 ? detail
				: detail.substring(0, detail.offsetByCodePoints(0, 200));
	}

}
