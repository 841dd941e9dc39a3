package app.khabar.web;

import org.jspecify.annotations.Nullable;

/** Placeholder until the web branch lands; replaced by it on merge. */
public record PageMeta(String title, @Nullable String description, @Nullable String canonicalPath, boolean indexable) {
}
