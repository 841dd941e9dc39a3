package app.khabar.live.web;

import org.jspecify.annotations.Nullable;

import app.khabar.article.VideoEmbeds;
import app.khabar.live.LiveEntry;

/**
 * An entry as the page shows it: with the path of the full article it was promoted into
 * (once published) and its video's player.
 */
public record EntryView(LiveEntry entry, @Nullable String breakoutPath, VideoEmbeds.@Nullable Player video) {
}
