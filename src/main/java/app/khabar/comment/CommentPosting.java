package app.khabar.comment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
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

import app.khabar.article.Article;
import app.khabar.article.ArticleCatalog;
import app.khabar.comment.captcha.CaptchaCheck;
import app.khabar.comment.captcha.CaptchaResult;
import app.khabar.comment.captcha.CaptchaVerifier;
import app.khabar.comment.spi.CommentScreening;
import app.khabar.comment.spi.ModerationMode;
import app.khabar.comment.spi.ReasonCode;
import app.khabar.comment.spi.ScreeningRequest;
import app.khabar.comment.spi.Verdict;
import app.khabar.persian.PersianDigits;
import app.khabar.persian.PersianText;
import app.khabar.shared.GroupCommit;
import app.khabar.shared.GroupCommit.Outcome;
import app.khabar.shared.KhabarException;

/**
 * A reader's comment, from submission to a committed row (DESIGN.md path 2). First what needs no database: rate
 * limits, the captcha's signature and expiry, the article (published, open), the text and name (normalized, bounded).
 * Then a group commit stores it with the comments that arrived meanwhile, in one transaction: the parent (published,
 * same article), the captcha used up (once), screening (which sees the client's earlier comments, including those
 * earlier in the same batch), the row with the verdict's reason, the counters, and {@link CommentsSubmitted} for the
 * moderation queue. When {@link #post} returns, the comment is committed: an acknowledged comment is never lost.
 * Refusals are {@link KhabarException}s with a {@link CommentError}; nothing is stored for them but a captcha
 * solution already spent.
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

	CommentPosting(Comments comments, CommentCounters counters, ArticleCatalog articles, CaptchaVerifier captcha,
			CommentScreening screening, ApplicationEventPublisher events, PostingSettings settings, Clock clock,
			TransactionTemplate transactions) {
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
		this.groupCommit = new GroupCommit<>("comment-writer", settings.writers(), settings.maxBatch(),
				this::storeAll);
	}

	/**
	 * Stores a reader's comment as screening decides, or refuses it.
	 * @throws KhabarException with {@link CommentError}: too fast, captcha failed, article not found, comments
	 * closed, invalid text, name or parent
	 */
	public PostedComment post(NewComment comment, Commenter commenter, CaptchaProof proof) {
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
		return groupCommit.submit(new Ready(article.id(), ModerationMode.valueOf(article.comments().mode().name()),
				comment.parentId(), name, text, commenter, check, now));
	}

	@Override
	public void destroy() {
		groupCommit.close();
	}

	/** A comment that passed every check needing no database, waiting for its batch. */
	private record Ready(long articleId, ModerationMode mode, @Nullable Long parentId, @Nullable String name,
			String text, Commenter commenter, CaptchaCheck captcha, Instant submittedAt) {

		String client() {
			return commenter.client().value();
		}

	}

	private List<Outcome<PostedComment>> storeAll(List<Ready> batch) {
		return Objects.requireNonNull(transactions.execute(status -> storeInTransaction(batch)));
	}

	/** One batch, in order: parents, captcha uses, screening, then the rows, the queue and the counters. */
	private List<Outcome<PostedComment>> storeInTransaction(List<Ready> batch) {
		var outcomes = new ArrayList<@Nullable Outcome<PostedComment>>(Collections.nCopies(batch.size(), null));
		List<Integer> open = withPublishedParents(batch, outcomes);
		List<Integer> passed = withUnusedCaptchas(batch, open, outcomes);
		List<Screened> accepted = screen(batch, passed, outcomes);
		if (!accepted.isEmpty()) {
			store(accepted, outcomes);
		}
		return List.copyOf(outcomes);
	}

	/** The indexes of comments whose parent, if any, is published on the same article; the others are refused. */
	private List<Integer> withPublishedParents(List<Ready> batch, List<@Nullable Outcome<PostedComment>> outcomes) {
		Map<Long, Comments.Place> parents = comments.placesOf(
				batch.stream().map(Ready::parentId).filter(Objects::nonNull).collect(Collectors.toSet()));
		var open = new ArrayList<Integer>();
		for (int i = 0; i < batch.size(); i++) {
			Ready ready = batch.get(i);
			Comments.Place parent = ready.parentId() == null ? null : parents.get(ready.parentId());
			boolean orphan = ready.parentId() != null && (parent == null || parent.articleId() != ready.articleId()
					|| parent.status() != CommentStatus.PUBLISHED);
			if (orphan) {
				outcomes.set(i, Outcome.refused(new KhabarException(CommentError.INVALID_PARENT)));
			}
			else {
				open.add(i);
			}
		}
		return open;
	}

	/** Of {@code open}, the comments whose captcha solution is used now for the first time (also within the batch). */
	private List<Integer> withUnusedCaptchas(List<Ready> batch, List<Integer> open,
			List<@Nullable Outcome<PostedComment>> outcomes) {
		List<CaptchaResult> captchas = captcha.useUp(open.stream().map(i -> batch.get(i).captcha()).toList());
		var passed = new ArrayList<Integer>();
		for (int k = 0; k < open.size(); k++) {
			if (captchas.get(k).passed()) {
				passed.add(open.get(k));
			}
			else {
				outcomes.set(open.get(k), Outcome.refused(new KhabarException(CommentError.CAPTCHA_FAILED)));
			}
		}
		return passed;
	}

	/** A comment with screening's verdict, to be stored. */
	private record Screened(int index, Ready ready, CommentStatus status, @Nullable ReasonCode reason,
			@Nullable String detail) {
	}

	/**
	 * Screens {@code passed} in order; each sees the client's recent comments, including the ones before it in this
	 * batch, as if they had been posted one after another.
	 */
	private List<Screened> screen(List<Ready> batch, List<Integer> passed,
			List<@Nullable Outcome<PostedComment>> outcomes) {
		Instant since = batch.stream().map(Ready::submittedAt).min(Comparator.naturalOrder()).orElseThrow()
			.minus(settings.recentWindow());
		Map<String, List<Comments.Recent>> recent = new HashMap<>(comments.recentOf(
				passed.stream().map(i -> batch.get(i).client()).collect(Collectors.toSet()), since, RECENT_LIMIT));
		var accepted = new ArrayList<Screened>();
		for (int i : passed) {
			Ready ready = batch.get(i);
			Instant now = ready.submittedAt();
			List<Comments.Recent> earlier = recent.getOrDefault(ready.client(), List.of()).stream()
				.filter(r -> r.createdAt().isAfter(now.minus(settings.recentWindow())))
				.limit(RECENT_LIMIT)
				.toList();
			// open: post() asked acceptsComments a moment ago
			Verdict verdict = screening.screen(new ScreeningRequest(ready.articleId(), false, ready.mode(),
					ready.name(), ready.text(), ready.commenter().client(),
					earlier.stream().filter(r -> r.articleId() == ready.articleId()).map(Comments.Recent::body).toList(),
					earlier.stream().map(Comments.Recent::createdAt).toList(), now));
			if (verdict instanceof Verdict.Reject reject && reject.reason() == ReasonCode.ARTICLE_CLOSED) {
				outcomes.set(i, Outcome.refused(new KhabarException(CommentError.COMMENTS_CLOSED)));
				continue;
			}
			CommentStatus status = switch (verdict) {
				case Verdict.Publish publish -> CommentStatus.PUBLISHED;
				case Verdict.Hold hold -> CommentStatus.PENDING;
				case Verdict.Reject reject -> CommentStatus.REJECTED;
			};
			accepted.add(new Screened(i, ready, status, reasonOf(verdict), detailOf(verdict)));
			var mine = new ArrayList<Comments.Recent>(recent.getOrDefault(ready.client(), List.of()));
			mine.addFirst(new Comments.Recent(ready.articleId(), ready.text(), now));
			recent.put(ready.client(), mine);
		}
		return accepted;
	}

	private void store(List<Screened> accepted, List<@Nullable Outcome<PostedComment>> outcomes) {
		List<Long> ids = comments.insertAll(accepted.stream()
			.map(c -> new Comments.NewRow(c.ready().articleId(), c.ready().parentId(), c.ready().name(),
					c.ready().text(), country(c.ready().commenter().countryCode()), c.status(), 0, 0,
					c.ready().submittedAt(), c.ready().client(), c.reason() == null ? null : c.reason().name(),
					c.detail()))
			.toList());
		var submitted = new ArrayList<CommentSubmitted>(accepted.size());
		var deltas = new TreeMap<Long, int[]>();
		for (int k = 0; k < accepted.size(); k++) {
			Screened comment = accepted.get(k);
			Ready ready = comment.ready();
			long id = ids.get(k);
			deltas.computeIfAbsent(ready.articleId(), article -> new int[CommentStatus.values().length])[comment
				.status()
				.ordinal()]++;
			submitted.add(new CommentSubmitted(id, ready.articleId(), ready.parentId(), comment.status(),
					comment.reason(), comment.detail(), ready.submittedAt(), ready.name(), ready.text()));
			outcomes.set(comment.index(), Outcome.stored(new PostedComment(id, ready.articleId(), comment.status())));
		}
		events.publishEvent(new CommentsSubmitted(submitted));
		deltas.keySet().forEach(article -> events.publishEvent(new CommentThreadChanged(article)));
		// last, and in article order: concurrent batches lock the counter rows in one order (no deadlock) and hold
		// them only until the commit that follows
		deltas.forEach(counters::add);
	}

	/**
	 * Whether readers may comment on the article now: its own settings and the site's, as moderation decides
	 * ({@link CommentScreening#acceptsComments}). The page, the reply form and {@link #post} all ask this.
	 */
	public boolean acceptsComments(Article article) {
		return screening.acceptsComments(article, clock.instant());
	}

	/** Most characters a comment may have ({@code khabar.comment.max-length}), for the form's hint. */
	public int maxLength() {
		return settings.maxLength();
	}

	/** Most characters a name may have ({@code khabar.comment.max-name-length}). */
	public int maxNameLength() {
		return settings.maxNameLength();
	}

	/** The largest JSON body the comment API reads ({@code khabar.comment.max-body-bytes}). */
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
	 * The one normalizer (letters, digits, control and bidi characters), then what it leaves that no text needs:
	 * lone surrogates (unstorable), non-characters, and surrounding whitespace.
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
