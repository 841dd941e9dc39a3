package app.khabar.moderation.web;

import java.util.List;
import java.util.Map;

import app.khabar.moderation.ModerationAction;

/**
 * The moderator's own recent decisions and edits, newest first, with how each comment
 * begins (by comment id; a comment that is gone has none).
 */
public record DecisionsView(List<ModerationAction> actions, Map<Long, String> excerpts) {

	public DecisionsView {
		actions = List.copyOf(actions);
		excerpts = Map.copyOf(excerpts);
	}

}
