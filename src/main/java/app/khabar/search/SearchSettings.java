package app.khabar.search;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code khabar.search.*}: where this node keeps its index ({@code index-dir}, by default
 * {@code ${khabar.data-dir}/search}), how often it polls the change feed when nothing
 * nudged it (a safety net: the cluster's feed follower nudges it for every article change
 * on any node), and how long it waits for a change feed hole (a transaction still open)
 * before giving up on it; {@code follow=false} keeps the index still (the {@code reindex}
 * command builds it and stops); {@code result-cache.*} keeps recent results.
 */
@ConfigurationProperties("khabar.search")
record SearchSettings(Path indexDir, @DefaultValue("30s") Duration pollInterval, @DefaultValue("30s") Duration settle,
		@DefaultValue("true") boolean follow, @DefaultValue ResultCache resultCache) {

	/**
	 * Results kept per request and index version (see {@link ArticleSearch}): a popular
	 * query costs a map lookup until the index changes.
	 *
	 * @param enabled off: every search runs on the index (for measuring what a miss
	 * costs)
	 * @param maximumEntries how many pages of results are kept (about 10 KB each)
	 */
	record ResultCache(@DefaultValue("true") boolean enabled, @DefaultValue("2000") int maximumEntries) {
	}

}
