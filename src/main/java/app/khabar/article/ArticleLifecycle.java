package app.khabar.article;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import app.khabar.persian.JalaliDates;
import app.khabar.persian.PersianText;
import app.khabar.shared.KhabarException;

/**
 * The newsroom's commands on articles: create a draft, save with a version check,
 * autosave, submit, publish, schedule, correct, retract, restore a revision. Every change
 * moves the article's version and updated time, is written to the audit log and announced
 * as {@link ArticleChanged}. Whether a step exists is the workflow's
 * ({@code draft → in review
 * → scheduled → published → corrected | retracted}; a step the status does not allow is
 * an {@link IllegalStateException}); who may take it is the caller's policy.
 * {@code actor} is the staff member's login.
 */
@Service
public class ArticleLifecycle {

	/** The actor of changes nobody made by hand, e.g. scheduled publishing. */
	public static final String SYSTEM = "system";

	private final Articles articles;

	private final Sections sections;

	private final Revisions revisions;

	private final ArticleNotes notes;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final VideoEmbeds videoEmbeds;

	private final AuthorDirectory authors;

	ArticleLifecycle(Articles articles, Sections sections, Revisions revisions, ArticleNotes notes, AuditLog audit,
			ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactionManager,
			VideoEmbeds videoEmbeds, AuthorDirectory authors) {
		this.videoEmbeds = videoEmbeds;
		this.authors = authors;
		this.articles = articles;
		this.sections = sections;
		this.revisions = revisions;
		this.notes = notes;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Stores a new draft owned by {@code actor}, with its first revision; returns its id.
	 */
	@Transactional
	public long create(String actor, ArticleContent content) {
		ArticleContent clean = clean(content);
		Section section = section(clean.sectionId());
		Instant now = clock.instant();
		var article = new NewArticle(section.slug(), clean.kind(), clean.kicker(), clean.title(), clean.lead(),
				clean.bodyHtml(), clean.source(), clean.byline(), clean.tags(), clean.media(), ArticleStatus.DRAFT,
				clean.comments(), null, null);
		long id = articles.insert(section.id(), article, PersianText.slug(clean.title()), now);
		articles.setCreatedBy(id, actor);
		revisions.insert(id, 0, Revision.Kind.SAVE, actor, clean, now);
		audit.append(id, actor, ArticleAction.CREATE, null, now);
		events.publishEvent(new ArticleChanged(id, ArticleStatus.DRAFT));
		return id;
	}

	/**
	 * Saves new content over {@code version}; returns the new version. If someone saved
	 * since, nothing changes and a {@link ArticleError#VERSION_CONFLICT} is thrown: the
	 * caller keeps both texts (see {@link #autosave}).
	 */
	@Transactional
	public long save(String actor, long id, long version, ArticleContent content) {
		return replaceContent(actor, id, version, clean(content), ArticleAction.SAVE, null);
	}

	/**
	 * Makes a revision's content the article's again (a new revision; history is never
	 * rewritten).
	 */
	@Transactional
	public long restore(String actor, long id, long version, long revisionId) {
		Revision revision = revisions.find(revisionId)
			.filter(r -> r.articleId() == id)
			.orElseThrow(() -> new KhabarException(ArticleError.REVISION_NOT_FOUND));
		return replaceContent(actor, id, version, clean(revision.content()), ArticleAction.RESTORE, "#" + revisionId);
	}

	/**
	 * Keeps unsaved work of {@code actor} as their autosave revision, never touching the
	 * article itself, so nothing is overwritten; says whether the article moved past
	 * {@code baseVersion} meanwhile.
	 */
	@Transactional
	public AutosaveResult autosave(String actor, long id, long baseVersion, ArticleContent content) {
		Articles.State state = state(id);
		ArticleContent clean = cleanLenient(content);
		long revision = revisions.insert(id, baseVersion, Revision.Kind.AUTOSAVE, actor, clean, clock.instant());
		return new AutosaveResult(revision, state.version() != baseVersion, state.version());
	}

	@Transactional
	public long submit(String actor, long id, long version) {
		return move(actor, id, version, ArticleAction.SUBMIT, null);
	}

	/** Sends an article in review back to its writer as a draft. */
	@Transactional
	public long returnToDraft(String actor, long id, long version) {
		return move(actor, id, version, ArticleAction.RETURN_TO_DRAFT, null);
	}

	@Transactional
	public long publish(String actor, long id, long version) {
		return move(actor, id, version, ArticleAction.PUBLISH, null);
	}

	/**
	 * Publishes the article at {@code at}, which must be in the future; an already
	 * scheduled one is moved.
	 */
	@Transactional
	public long schedule(String actor, long id, long version, Instant at) {
		if (!at.isAfter(clock.instant())) {
			throw new KhabarException(ArticleError.SCHEDULE_IN_PAST);
		}
		return move(actor, id, version, ArticleAction.SCHEDULE, at);
	}

	@Transactional
	public long unschedule(String actor, long id, long version) {
		return move(actor, id, version, ArticleAction.UNSCHEDULE, null);
	}

	/**
	 * Adds a correction note to a published article; readers see it with its time, and
	 * the article as updated.
	 */
	@Transactional
	public long correct(String actor, long id, long version, String note) {
		String text = requiredNote(note);
		Articles.State state = state(id);
		ArticleWorkflow.next(state.status(), ArticleAction.CORRECT);
		Instant now = clock.instant();
		if (!articles.touch(id, version, now)) {
			throw new KhabarException(ArticleError.VERSION_CONFLICT);
		}
		notes.insert(id, ArticleNote.Kind.CORRECTION, text, actor, now);
		return changed(id, version, ArticleStatus.PUBLISHED, actor, ArticleAction.CORRECT, text, now);
	}

	/**
	 * Takes a published article back: readers get a notice page with the reason instead
	 * of the article.
	 */
	@Transactional
	public long retract(String actor, long id, long version, String reason) {
		String text = requiredNote(reason);
		long next = move(actor, id, version, ArticleAction.RETRACT, null, text);
		notes.insert(id, ArticleNote.Kind.RETRACTION, text, actor, clock.instant());
		return next;
	}

	/**
	 * Writes a curation step to the audit log: a box change of an article, or the ticker
	 * (article id 0).
	 */
	@Transactional
	public void recordCuration(String actor, long articleId, ArticleAction action, @Nullable String detail) {
		audit.append(articleId, actor, action, detail, clock.instant());
	}

	/**
	 * Opens or closes an article's comments, sets its moderation mode and auto-close (the
	 * moderators' desk). Readers do not see the article as updated; the version moves
	 * like any change and is checked like any change.
	 */
	@Transactional
	public long setComments(String actor, long id, long version, CommentSettings settings) {
		Articles.State state = state(id);
		if (!articles.setComments(id, version, settings)) {
			throw new KhabarException(ArticleError.VERSION_CONFLICT);
		}
		String detail = (settings.open() ? "open" : "closed") + " " + settings.mode().name()
				+ (settings.closeAfterDays() == null ? "" : " " + settings.closeAfterDays());
		return changed(id, version, state.status(), actor, ArticleAction.COMMENT_SETTINGS, detail, clock.instant());
	}

	/**
	 * Publishes every scheduled article that is due. Each is claimed with a conditional
	 * update that only one of any number of racing callers (threads or nodes on one
	 * database) wins, in its own transaction, so each article is published exactly once.
	 * Returns the ids this caller published.
	 */
	public List<Long> publishDue() {
		Instant now = clock.instant();
		List<Long> published = new ArrayList<>();
		for (long id : articles.due(now)) {
			Boolean won = transactions.execute(status -> {
				if (!articles.claimDue(id, now)) {
					return false;
				}
				audit.append(id, SYSTEM, ArticleAction.PUBLISH, null, now);
				events.publishEvent(new ArticleChanged(id, ArticleStatus.PUBLISHED));
				return true;
			});
			if (Boolean.TRUE.equals(won)) {
				published.add(id);
			}
		}
		return published;
	}

	private long replaceContent(String actor, long id, long version, ArticleContent clean, ArticleAction action,
			@Nullable String detail) {
		Articles.State state = state(id);
		ArticleStatus status = ArticleWorkflow.next(state.status(), action);
		section(clean.sectionId());
		Instant now = clock.instant();
		// a published article keeps its URL: the slug follows the title only until
		// publication
		String slug = state.publishedAt() == null ? PersianText.slug(clean.title())
				: articles.findById(id).orElseThrow().slug();
		if (!articles.updateContent(id, version, clean, slug, now)) {
			throw new KhabarException(ArticleError.VERSION_CONFLICT);
		}
		revisions.insert(id, version + 1, Revision.Kind.SAVE, actor, clean, now);
		return changed(id, version, status, actor, action, detail, now);
	}

	private long move(String actor, long id, long version, ArticleAction action, @Nullable Instant scheduleAt) {
		return move(actor, id, version, action, scheduleAt, scheduleAt == null ? null : JalaliDates.format(scheduleAt));
	}

	private long move(String actor, long id, long version, ArticleAction action, @Nullable Instant scheduleAt,
			@Nullable String detail) {
		Articles.State state = state(id);
		ArticleStatus to = ArticleWorkflow.next(state.status(), action);
		Instant now = clock.instant();
		Instant publishedAt = to == ArticleStatus.PUBLISHED && state.publishedAt() == null ? now : state.publishedAt();
		if (!articles.move(id, version, to, to == ArticleStatus.SCHEDULED ? scheduleAt : null, publishedAt, now)) {
			throw new KhabarException(ArticleError.VERSION_CONFLICT);
		}
		return changed(id, version, to, actor, action, detail, now);
	}

	private long changed(long id, long version, ArticleStatus status, String actor, ArticleAction action,
			@Nullable String detail, Instant now) {
		audit.append(id, actor, action, detail, now);
		events.publishEvent(new ArticleChanged(id, status));
		return version + 1;
	}

	private Articles.State state(long id) {
		return articles.state(id).orElseThrow(() -> new KhabarException(ArticleError.NOT_FOUND));
	}

	private Section section(long id) {
		return sections.findAll()
			.stream()
			.filter(s -> s.id() == id)
			.findFirst()
			.orElseThrow(() -> new KhabarException(ArticleError.SECTION_NOT_FOUND));
	}

	private static String requiredNote(String note) {
		String text = PersianText.normalize(note).strip();
		if (text.isEmpty()) {
			throw new KhabarException(ArticleError.NOTE_REQUIRED);
		}
		return text;
	}

	private ArticleContent clean(ArticleContent c) {
		if (c.title().isBlank()) {
			throw new KhabarException(ArticleError.TITLE_REQUIRED);
		}
		return cleanLenient(c);
	}

	/**
	 * Normalized letters, sanitized body (video frames only from allowed hosts); an
	 * autosave may have no title yet.
	 */
	private ArticleContent cleanLenient(ArticleContent c) {
		return new ArticleContent(c.sectionId(), c.kind(), blankToNull(c.kicker()),
				PersianText.normalize(c.title()).strip(), PersianText.normalize(c.lead()).strip(),
				BodySanitizer.sanitize(PersianText.normalize(c.bodyHtml()), videoEmbeds::allowedEmbed),
				new Source(blankToNull(c.source().outlet()), blankToNull(c.source().agency())),
				authors.clean(c.byline()), Tags.clean(c.tags()), c.media(), c.comments());
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : PersianText.normalize(text).strip();
	}

}
