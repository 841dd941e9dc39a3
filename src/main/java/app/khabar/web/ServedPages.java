package app.khabar.web;

/**
 * Told of each page that {@link HotPages} serves from memory, by the cache key it was
 * rendered under, since those requests never reach a controller (e.g. to count article
 * views).
 */
public interface ServedPages {

	void served(String cacheKey);

}
