/**
 * What higher modules contribute to the public article page: the comment thread, the
 * editors' boxes.
 */
@NamedInterface("spi")
@NullMarked
package app.khabar.article.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
