package app.khabar.moderation;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import app.khabar.article.Article;
import app.khabar.article.ArticleCatalog;
import app.khabar.comment.CommentReview;
import app.khabar.comment.CommentSubmitted;

/**
 * Puts every submitted comment in the queue and logs screening's decision, synchronously inside the posting
 * transaction: the comment and its queue row commit together or not at all, so no pending comment is ever missing
 * from the queue.
 */
@Component
class QueueIntake {

	private final ReviewItems items;

	private final ActionLog actions;

	private final CommentReview comments;

	private final ArticleCatalog articles;

	QueueIntake(ReviewItems items, ActionLog actions, CommentReview comments, ArticleCatalog articles) {
		this.items = items;
		this.actions = actions;
		this.comments = comments;
		this.articles = articles;
	}

	@EventListener
	void on(CommentSubmitted event) {
		var comment = comments.find(event.commentId()).orElseThrow();
		var section = articles.find(event.articleId()).map(Article::section);
		items.insert(event.commentId(), event.articleId(), section.map(s -> s.id()).orElse(null),
				section.map(s -> s.slug()).orElse(null), event.status(), event.reason(), event.reasonDetail(),
				SearchText.of(comment.text(), comment.authorName()), event.createdAt());
		actions.append(event.commentId(), event.articleId(), ModerationAction.SYSTEM, ModerationAction.SYSTEM, null,
				event.status(), event.reason() == null ? null : event.reason().name(), event.reasonDetail(), false,
				event.createdAt());
	}

}
