/**
 * Persian full-text search on Lucene: the analyzer, the node-local index derived from the
 * database (built or caught up before the node opens its port, then following the
 * cluster's change feed), the search page and API, and the quality evaluation command.
 */
@ApplicationModule(displayName = "search", allowedDependencies = { "web", "article", "cluster" })
@NullMarked
package app.khabar.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
