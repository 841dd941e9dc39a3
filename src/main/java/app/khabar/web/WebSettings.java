package app.khabar.web;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the web shell, bound to {@code khabar.web.*}.
 *
 * @param baseUrl the public origin, for canonical links and absolute URLs; unset, each
 * request's own origin is used (see {@link SiteAddress})
 * @param pageCache how rendered pages are cached (see {@link CachedPages})
 * @param socketWriteBuffer Tomcat's write buffer per connection
 * ({@code socket.appWriteBufSize}, 8 KB in Tomcat): a page or feed up to this size goes
 * out with its headers in one write instead of one per 8 KB; it costs this much heap per
 * open connection
 */
@ConfigurationProperties("khabar.web")
record WebSettings(@Nullable URI baseUrl, @DefaultValue PageCache pageCache,
		@DefaultValue("32KB") DataSize socketWriteBuffer) {

	/**
	 * @param enabled keep rendered bytes in memory; when off every request renders (ETag
	 * and 304 still work)
	 * @param maxAge how long a browser may use a page without asking again; 0 by default,
	 * so a reader who just commented or voted sees it on the next load (asking again
	 * costs a 304 from memory)
	 * @param sharedMaxAge how long a CDN or nginx may use a page without asking again
	 * ({@code s-maxage}), what absorbs a spike
	 * @param staleWhileRevalidate how long after that a cache may serve the old page
	 * while it revalidates
	 * @param maximumSize memory for rendered pages (plain and gzipped bytes counted
	 * together)
	 * @param expireAfterAccess drop pages nobody asked for in this long (old versions go
	 * this way)
	 * @param hotTtl how long a page is served straight from memory by URL, before the
	 * request goes through the application again to check its version; changes on any
	 * node evict at once (other nodes' through the change feed), so this is a backstop
	 * @param coalesce for this long after a page was rendered, a newer version of it is
	 * not rendered: readers get the last rendering (a breaking-news article whose thread
	 * changes many times a second is rendered at most once in this time); 0 renders every
	 * version at once. A page that must go now (a retraction) is evicted, never served
	 * from here
	 */
	record PageCache(@DefaultValue("true") boolean enabled, @DefaultValue("0s") Duration maxAge,
			@DefaultValue("10s") Duration sharedMaxAge, @DefaultValue("60s") Duration staleWhileRevalidate,
			@DefaultValue("64MB") DataSize maximumSize, @DefaultValue("10m") Duration expireAfterAccess,
			@DefaultValue("5s") Duration hotTtl, @DefaultValue("500ms") Duration coalesce) {
	}

}
