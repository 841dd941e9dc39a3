package app.khabar.article;

import org.jspecify.annotations.Nullable;

/**
 * Where a story comes from, as data: the outlet that reports it (ours, or the one we
 * republish) and the agency it quotes, as in «به گزارش مشرق به نقل از خبرگزاری سما». Who
 * wrote it is the {@link Byline}.
 */
public record Source(@Nullable String outlet, @Nullable String agency) {

	public static final Source NONE = new Source(null, null);

	public boolean isEmpty() {
		return outlet == null && agency == null;
	}

}
