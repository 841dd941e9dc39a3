package app.khabar.moderation.web;

import java.util.List;

import app.khabar.moderation.ModerationAction;

/** The moderator's own recent decisions and edits, newest first. */
public record DecisionsView(List<ModerationAction> actions) {

	public DecisionsView {
		actions = List.copyOf(actions);
	}

}
