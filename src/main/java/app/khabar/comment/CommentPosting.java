package app.khabar.comment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.khabar.article.Article;
import app.khabar.article.ArticleCatalog;
import app.khabar.comment.captcha.CaptchaResult;
import app.khabar.comment.captcha.CaptchaVerifier;
import app.khabar.comment.spi.CommentScreening;
import app.khabar.comment.spi.ModerationMode;
import app.khabar.comment.spi.ReasonCode;
import app.khabar.comment.spi.ScreeningRequest;
import app.khabar.comment.spi.Verdict;
import app.khabar.persian.PersianDigits;
import app.khabar.persian.PersianText;
import app.khabar.shared.KhabarException;

/**
 * A reader's comment, from submission to a committed row (DESIGN.md path 2). In one transaction: rate limits, the
 * captcha (used up only if the comment is stored), the article (published, open), the parent (published, same
 * article), the text and name (normalized, bounded), screening, the row with the verdict's reason, the counters, and
 * {@link CommentSubmitted} for the moderation queue. When {@link #post} returns, the comment is committed: an
 * acknowledged comment is never lost. Refusals are {@link KhabarException}s with a {@link CommentError}; nothing is
 * stored for them.
 */
@Service
public class CommentPosting {

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

	private final RateLimiter perClient;

	private final RateLimiter perArticle;

	CommentPosting(Comments comments, CommentCounters counters, ArticleCatalog articles, CaptchaVerifier captcha,
			CommentScreening screening, ApplicationEventPublisher events, PostingSettings settings, Clock clock) {
		this.comments = comments;
		this.counters = counters;
		this.articles = articles;
		this.captcha = captcha;
		this.screening = screening;
		this.events = events;
		this.settings = settings;
		this.clock = clock;
		this.perClient = new RateLimiter(settings.clientLimit(), settings.clientWindow());
		this.perArticle = new RateLimiter(settings.articleLimit(), settings.articleWindow());
	}

	/**
	 * Stores a reader's comment as screening decides, or refuses it.
	 * @throws KhabarException with {@link CommentError}: too fast, captcha failed, article not found, comments
	 * closed, invalid text, name or parent
	 */
	@Transactional
	public PostedComment post(NewComment comment, Commenter commenter, CaptchaProof proof) {
		if (!perClient.tryAcquire(commenter.client().value())
				|| !perArticle.tryAcquire(Long.toString(comment.articleId()))) {
			throw new KhabarException(CommentError.TOO_FAST);
		}
		if (!verify(proof).passed()) {
			throw new KhabarException(CommentError.CAPTCHA_FAILED);
		}
		Instant now = clock.instant();
		Article article = articles.findPublished(comment.articleId())
			.orElseThrow(() -> new KhabarException(CommentError.ARTICLE_NOT_FOUND));
		if (!article.comments().acceptsCommentsAt(now, article.publishedAt())) {
			throw new KhabarException(CommentError.COMMENTS_CLOSED);
		}
		String text = text(comment.text());
		String name = name(comment.name());
		Long parentId = comment.parentId();
		if (parentId != null) {
			checkParent(parentId, article.id());
		}
		List<Comments.Recent> recent = comments.recentOf(commenter.client().value(),
				now.minus(settings.recentWindow()), RECENT_LIMIT);
		Verdict verdict = screening.screen(new ScreeningRequest(article.id(), false,
				ModerationMode.valueOf(article.comments().mode().name()), name, text, commenter.client(),
				recent.stream().filter(r -> r.articleId() == article.id()).map(Comments.Recent::body).toList(),
				recent.stream().map(Comments.Recent::createdAt).toList(), now));
		CommentStatus status = switch (verdict) {
			case Verdict.Publish publish -> CommentStatus.PUBLISHED;
			case Verdict.Hold hold -> CommentStatus.PENDING;
			case Verdict.Reject reject when reject.reason() == ReasonCode.ARTICLE_CLOSED ->
				throw new KhabarException(CommentError.COMMENTS_CLOSED);
			case Verdict.Reject reject -> CommentStatus.REJECTED;
		};
		ReasonCode reason = reasonOf(verdict);
		String detail = detailOf(verdict);
		long id = comments.insert(article.id(), parentId, name, text, country(commenter.countryCode()), status, 0, 0,
				now, commenter.client().value(), reason == null ? null : reason.name(), detail);
		counters.count(article.id(), status);
		events.publishEvent(new CommentSubmitted(id, article.id(), parentId, status, reason, detail, now));
		events.publishEvent(new CommentThreadChanged(article.id()));
		return new PostedComment(id, article.id(), status);
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

	private CaptchaResult verify(CaptchaProof proof) {
		return switch (proof) {
			case CaptchaProof.Altcha altcha -> captcha.verify(altcha.payload());
			case CaptchaProof.Fallback fallback -> captcha.verifyFallback(fallback.token(), fallback.answer());
		};
	}

	private void checkParent(long parentId, long articleId) {
		var place = comments.placeOf(parentId)
			.filter(p -> p.articleId() == articleId && p.status() == CommentStatus.PUBLISHED);
		if (place.isEmpty()) {
			throw new KhabarException(CommentError.INVALID_PARENT);
		}
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
