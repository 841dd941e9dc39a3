package app.khabar.moderation;

import java.time.Instant;

/**
 * The screening model in use.
 *
 * @param version its file's version, counting up with each training
 * @param examples how many labelled comments it was trained on
 */
public record ModelInfo(int version, Instant trainedAt, int examples) {
}
