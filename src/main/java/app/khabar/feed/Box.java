package app.khabar.feed;

import app.khabar.article.ArticleKind;

/**
 * The editors' picks: the home page's lead stories and the four boxes under every
 * article, as on the reference page.
 */
public enum Box {

	/** Lead stories of the home page. */
	LEAD("feed.box.lead"),
	/** این مطالب را از دست ندهید */
	DONT_MISS("feed.box.dont-miss"),
	/** فیلم برگزیده */
	FEATURED_VIDEO("feed.box.featured-video"),
	/** برگزیده ورزشی */
	SPORTS_PICKS("feed.box.sports-picks"),
	/** برگزیده عکس */
	FEATURED_PHOTO("feed.box.featured-photo");

	private final String titleKey;

	Box(String titleKey) {
		this.titleKey = titleKey;
	}

	public String titleKey() {
		return titleKey;
	}

	/**
	 * Whether an article of this kind may stand in the box: photos take galleries only,
	 * videos videos.
	 */
	public boolean fits(ArticleKind kind) {
		return switch (this) {
			case FEATURED_PHOTO -> kind == ArticleKind.GALLERY;
			case FEATURED_VIDEO -> kind == ArticleKind.VIDEO;
			default -> true;
		};
	}

	/** The boxes shown under an article, in page order. */
	public static final java.util.List<Box> UNDER_ARTICLE = java.util.List.of(DONT_MISS, FEATURED_VIDEO, SPORTS_PICKS,
			FEATURED_PHOTO);

}
