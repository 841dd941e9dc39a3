package app.khabar.feed;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the feeds, bound to {@code khabar.feed.*}.
 *
 * @param items how many of the newest articles a feed carries (1 to 100)
 * @param fullContent whether feed items carry the whole (sanitized) body beside the lead;
 * off, readers follow the link for the text
 */
@ConfigurationProperties("khabar.feed")
record FeedSettings(@DefaultValue("30") int items, @DefaultValue("true") boolean fullContent) {

	FeedSettings {
		items = Math.clamp(items, 1, 100);
	}

}
