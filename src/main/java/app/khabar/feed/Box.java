package app.khabar.feed;

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

	/** The boxes shown under an article, in page order. */
	public static final java.util.List<Box> UNDER_ARTICLE = java.util.List.of(DONT_MISS, FEATURED_VIDEO, SPORTS_PICKS,
			FEATURED_PHOTO);

}
