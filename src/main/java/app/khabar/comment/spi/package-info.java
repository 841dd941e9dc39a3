/**
 * What the comment module asks of higher modules: the screening of a new comment
 * ({@link CommentScreening}), implemented by moderation.
 */
@NamedInterface("spi")
@NullMarked
package app.khabar.comment.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
