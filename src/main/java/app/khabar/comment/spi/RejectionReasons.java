package app.khabar.comment.spi;

import java.util.Optional;

/**
 * Why a moderator refused a comment, for the commenter's receipt: the message key of the
 * reason the moderator chose. Implemented by the moderation module, which keeps the
 * decisions; empty when no moderator refused the comment (screening's own reason is on
 * the comment).
 */
public interface RejectionReasons {

	Optional<String> messageKeyOf(long commentId);

}
