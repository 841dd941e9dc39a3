/**
 * Live coverage («لحظه به لحظه»): an article of kind {@code LIVE} whose body is a stream
 * of short timestamped entries, newest first, pinned ones on top, live until an editor
 * ends it. Writes go through {@code LiveDesk} (entries sanitized and normalized, each
 * change moving the coverage's version in the same transaction as its change feed row);
 * reads come from {@code LiveStreams}, kept in memory on each node and dropped through
 * the change feed (topic {@code live}), so the crowd's update checks cost no query. The
 * stream is contributed to the article page through {@code article.spi}, so the page
 * keeps the article's cache, comments and head.
 */
@ApplicationModule(displayName = "live",
		allowedDependencies = { "web", "article", "article :: spi", "cluster", "media" })
@NullMarked
package app.khabar.live;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
