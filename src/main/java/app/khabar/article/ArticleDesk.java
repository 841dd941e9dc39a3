package app.khabar.article;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.khabar.shared.Page;
import app.khabar.shared.PageRequest;

/**
 * The newsroom's reads: articles in any state, fresh from the database (no cache, so
 * version checks see the truth), lists by status and by author, revisions, notes and the
 * audit log.
 */
@Service
@Transactional(readOnly = true)
public class ArticleDesk {

	private final Articles articles;

	private final Revisions revisions;

	private final ArticleNotes notes;

	private final AuditLog audit;

	ArticleDesk(Articles articles, Revisions revisions, ArticleNotes notes, AuditLog audit) {
		this.articles = articles;
		this.revisions = revisions;
		this.notes = notes;
		this.audit = audit;
	}

	public Optional<EditableArticle> find(long id) {
		return articles.findById(id)
			.flatMap(article -> articles.state(id)
				.map(state -> new EditableArticle(article, state.createdBy(), state.scheduledAt())));
	}

	public List<DeskRow> withStatus(ArticleStatus status, PageRequest page) {
		return articles.byStatus(status, page);
	}

	/**
	 * Articles {@code author} created, except retracted ones, most recently changed
	 * first.
	 */
	public List<DeskRow> createdBy(String author, PageRequest page) {
		return articles.byAuthor(author, page);
	}

	/**
	 * Published articles whose title contains {@code text} (case-insensitive), newest
	 * first.
	 */
	public List<DeskRow> searchPublished(String text, int limit) {
		return articles.publishedByTitle(text, limit);
	}

	/**
	 * Revisions of an article, newest first (saves and every author's latest autosave).
	 */
	public List<Revision> revisions(long articleId) {
		return revisions.ofArticle(articleId, 200);
	}

	public Optional<Revision> revision(long revisionId) {
		return revisions.find(revisionId);
	}

	/** {@code author}'s unsaved work on the article, if any. */
	public Optional<Revision> autosave(long articleId, String author) {
		return revisions.autosave(articleId, author);
	}

	/** Corrections and the retraction reason, oldest first, as readers see them. */
	public List<ArticleNote> notes(long articleId) {
		return notes.ofArticle(articleId);
	}

	public Page<AuditEntry> auditLog(PageRequest page) {
		return new Page<>(audit.recent(page), page, audit.count());
	}

	public List<AuditEntry> auditOf(long articleId) {
		return audit.ofArticle(articleId);
	}

}
