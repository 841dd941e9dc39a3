package app.khabar.live;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.khabar.article.Article;
import app.khabar.article.ArticleCatalog;
import app.khabar.article.ArticleKind;
import app.khabar.article.BodySanitizer;
import app.khabar.article.Media;
import app.khabar.article.VideoEmbeds;
import app.khabar.persian.PersianText;
import app.khabar.shared.KhabarException;
import app.khabar.web.HtmlText;

/**
 * The newsroom's writes to live pages: start, post, correct, remove, pin and order pins,
 * end. Each takes the coverage's row lock, so reporters posting at once take turns and
 * none is lost, and moves its version in the same transaction as the {@link LiveChanged}
 * that tells every node. An ended coverage takes nothing more.
 */
@Service
public class LiveDesk {

	/** A tag: the body is rich text from the editor; otherwise plain lines. */
	private static final java.util.regex.Pattern MARKUP = java.util.regex.Pattern.compile("<\\s*/?[a-zA-Z]");

	private final LiveEntries entries;

	private final ArticleCatalog catalog;

	private final VideoEmbeds videos;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LiveDesk(LiveEntries entries, ArticleCatalog catalog, VideoEmbeds videos, ApplicationEventPublisher events,
			Clock clock) {
		this.entries = entries;
		this.catalog = catalog;
		this.videos = videos;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Starts covering a LIVE article (at once; an article already covered keeps its
	 * start).
	 */
	@Transactional
	public void start(long articleId) {
		Article article = catalog.find(articleId).orElseThrow(() -> new KhabarException(LiveError.NOT_FOUND));
		if (article.kind() != ArticleKind.LIVE) {
			throw new KhabarException(LiveError.NOT_LIVE_KIND);
		}
		if (entries.start(articleId, clock.instant())) {
			events.publishEvent(new LiveChanged(articleId));
		}
	}

	/** Posts an entry; the reporter's draft for this page is cleared with it. */
	@Transactional
	public long post(long articleId, String actor, EntryText text) {
		open(articleId);
		Clean clean = clean(text);
		long id = entries.insert(articleId, clock.instant(), clean.title(), clean.bodyHtml(), clean.media(),
				clean.byline(), actor);
		entries.deleteDraft(articleId, actor);
		changed(articleId);
		return id;
	}

	/**
	 * Replaces an entry's text, marking it corrected (readers see when); the byline
	 * stays.
	 */
	@Transactional
	public void correct(long articleId, long entryId, EntryText text) {
		open(articleId);
		visible(articleId, entryId);
		Clean clean = clean(text);
		entries.correct(entryId, clean.title(), clean.bodyHtml(), clean.media(), clock.instant());
		changed(articleId);
	}

	/** Takes an entry off the page (it stays stored). */
	@Transactional
	public void remove(long articleId, long entryId) {
		open(articleId);
		visible(articleId, entryId);
		entries.remove(entryId, clock.instant());
		changed(articleId);
	}

	/** Pins an entry at the end of the pinned ones, or unpins it. */
	@Transactional
	public void pin(long articleId, long entryId, boolean pinned) {
		open(articleId);
		LiveEntry entry = visible(articleId, entryId);
		if (entry.pinned() == pinned) {
			return;
		}
		if (pinned) {
			int last = pins(articleId).stream().mapToInt(LiveEntry::pinRank).max().orElse(0);
			entries.pinRank(entryId, last + 1);
		}
		else {
			entries.pinRank(entryId, null);
		}
		changed(articleId);
	}

	/** Moves a pinned entry one place up (towards the top) or down among the pinned. */
	@Transactional
	public void movePin(long articleId, long entryId, boolean up) {
		open(articleId);
		LiveEntry entry = visible(articleId, entryId);
		if (!entry.pinned()) {
			throw new KhabarException(LiveError.ENTRY_NOT_FOUND);
		}
		List<LiveEntry> pins = new java.util.ArrayList<>(pins(articleId));
		int at = pins.indexOf(pins.stream().filter(p -> p.id() == entryId).findFirst().orElseThrow());
		int to = up ? at - 1 : at + 1;
		if (to < 0 || to >= pins.size()) {
			return;
		}
		java.util.Collections.swap(pins, at, to);
		for (int rank = 0; rank < pins.size(); rank++) {
			entries.pinRank(pins.get(rank).id(), rank + 1);
		}
		changed(articleId);
	}

	/** Ends the coverage: the page says when and stops updating. */
	@Transactional
	public void end(long articleId) {
		open(articleId);
		entries.end(articleId, clock.instant());
		changed(articleId);
	}

	/**
	 * Records that an entry was promoted into a full article, which the entry links to.
	 */
	@Transactional
	public void breakout(long articleId, long entryId, long fullArticleId) {
		entries.lock(articleId).orElseThrow(() -> new KhabarException(LiveError.NOT_FOUND));
		visible(articleId, entryId);
		entries.breakout(entryId, fullArticleId);
		changed(articleId);
	}

	/** An entry of the page, removed ones too, for the desk. */
	@Transactional(readOnly = true)
	public LiveEntry entry(long articleId, long entryId) {
		return entries.entry(entryId)
			.filter(entry -> entry.articleId() == articleId)
			.orElseThrow(() -> new KhabarException(LiveError.ENTRY_NOT_FOUND));
	}

	/** Saves what the reporter is typing (autosave); nothing readers see changes. */
	@Transactional
	public void saveDraft(long articleId, String actor, String title, String body) {
		entries.coverage(articleId).orElseThrow(() -> new KhabarException(LiveError.NOT_FOUND));
		String cleanTitle = PersianText.normalize(title);
		String cleanBody = PersianText.normalize(body);
		if (cleanTitle.length() > EntryText.MAX_TITLE) {
			throw new KhabarException(LiveError.TITLE_TOO_LONG, EntryText.MAX_TITLE);
		}
		if (cleanBody.length() > EntryText.MAX_BODY) {
			throw new KhabarException(LiveError.BODY_TOO_LONG, EntryText.MAX_BODY);
		}
		entries.saveDraft(articleId, actor, cleanTitle, cleanBody, clock.instant());
	}

	@Transactional(readOnly = true)
	public Optional<LiveDraft> draft(long articleId, String actor) {
		return entries.draft(articleId, actor);
	}

	private void open(long articleId) {
		LiveEntries.Row row = entries.lock(articleId).orElseThrow(() -> new KhabarException(LiveError.NOT_FOUND));
		if (row.endedAt() != null) {
			throw new KhabarException(LiveError.ENDED);
		}
	}

	private LiveEntry visible(long articleId, long entryId) {
		return entries.entry(entryId)
			.filter(entry -> entry.articleId() == articleId && !entry.removed())
			.orElseThrow(() -> new KhabarException(LiveError.ENTRY_NOT_FOUND));
	}

	private List<LiveEntry> pins(long articleId) {
		return new LiveCoverage(articleId, clock.instant(), null, 0, entries.entries(articleId)).pinned();
	}

	private void changed(long articleId) {
		entries.touch(articleId);
		events.publishEvent(new LiveChanged(articleId));
	}

	/**
	 * The entry as stored: letters normalized, the body sanitized (plain lines become
	 * paragraphs), bounds checked before anything is written.
	 */
	Clean clean(EntryText text) {
		String title = text.title() == null ? "" : PersianText.normalize(text.title()).strip();
		String body = PersianText.normalize(text.body()).strip();
		String byline = PersianText.normalize(text.byline()).strip();
		if (title.length() > EntryText.MAX_TITLE) {
			throw new KhabarException(LiveError.TITLE_TOO_LONG, EntryText.MAX_TITLE);
		}
		if (body.length() > EntryText.MAX_BODY) {
			throw new KhabarException(LiveError.BODY_TOO_LONG, EntryText.MAX_BODY);
		}
		if (byline.length() > EntryText.MAX_BYLINE) {
			throw new KhabarException(LiveError.BYLINE_TOO_LONG, EntryText.MAX_BYLINE);
		}
		String html = MARKUP.matcher(body).find() ? BodySanitizer.sanitize(body, videos::allowedEmbed)
				: BodySanitizer.paragraphs(body);
		if (HtmlText.plain(html).isBlank() && !html.contains("<img") && !html.contains("<iframe")) {
			throw new KhabarException(LiveError.BODY_REQUIRED);
		}
		return new Clean(title.isEmpty() ? null : title, html, media(text.media()), byline);
	}

	private Media media(Media media) {
		String ref = media.ref() == null ? "" : media.ref().strip();
		if (media.type() == Media.Type.NONE || ref.isEmpty()) {
			return Media.NONE;
		}
		boolean allowed = switch (media.type()) {
			case IMAGE -> ref.startsWith("/media/") && ref.length() <= 500
					&& ref.chars().noneMatch(c -> c <= ' ' || c == '"' || c == '<' || c == '\\');
			case VIDEO -> ref.length() <= 500 && videos.player(ref) != null;
			case NONE -> true;
		};
		if (!allowed) {
			throw new KhabarException(LiveError.MEDIA_NOT_ALLOWED);
		}
		return new Media(media.type(), ref, null);
	}

	record Clean(@Nullable String title, String bodyHtml, Media media, String byline) {
	}

}
