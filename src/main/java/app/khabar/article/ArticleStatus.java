package app.khabar.article;

/**
 * Where an article is in the newsroom's workflow. Only {@link #PUBLISHED} articles are
 * public; a {@link #RETRACTED} one leaves a notice page behind.
 */
public enum ArticleStatus {

	DRAFT, IN_REVIEW, SCHEDULED, PUBLISHED, RETRACTED;

	public boolean isPublic() {
		return this == PUBLISHED;
	}

}
