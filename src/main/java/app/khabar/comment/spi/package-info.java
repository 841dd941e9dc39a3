/**
 * What the comment module asks of higher modules: the screening of a new comment
 * ({@link CommentScreening}) and a moderator's reason for refusing one, for the
 * commenter's receipt ({@link RejectionReasons}), both implemented by moderation.
 */
@NamedInterface("spi")
@NullMarked
package app.khabar.comment.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
