package app.khabar.moderation;

import java.util.ArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import app.khabar.article.Section;
import app.khabar.comment.CommentSubmitted;
import app.khabar.comment.CommentsSubmitted;

/**
 * Puts every submitted comment in the queue and logs screening's decision, synchronously
 * inside the posting transaction: the comment and its queue row commit together or not at
 * all, so no pending comment is ever missing from the queue.
 */
@Component
class QueueIntake {

	private final ReviewItems items;

	private final ActionLog actions;

	QueueIntake(ReviewItems items, ActionLog actions) {
		this.items = items;
		this.actions = actions;
	}

	@EventListener
	void on(CommentsSubmitted event) {
		var newItems = new ArrayList<ReviewItems.NewItem>(event.comments().size());
		var entries = new ArrayList<ActionLog.Entry>(event.comments().size());
		for (CommentSubmitted comment : event.comments()) {
			Section section = comment.section();
			newItems.add(new ReviewItems.NewItem(comment.commentId(), comment.articleId(),
					section == null ? null : section.id(), section == null ? null : section.slug(), comment.status(),
					comment.reason(), comment.reasonDetail(), SearchText.of(comment.text(), comment.authorName()),
					comment.createdAt(), comment.risk()));
			entries.add(new ActionLog.Entry(comment.commentId(), comment.articleId(), ModerationAction.SYSTEM,
					ModerationAction.SYSTEM, null, comment.status(),
					comment.reason() == null ? null : comment.reason().name(), comment.reasonDetail(), false,
					comment.createdAt()));
		}
		items.insertAll(newItems);
		actions.appendAll(entries);
	}

}
