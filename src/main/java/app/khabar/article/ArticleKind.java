package app.khabar.article;

/**
 * What an article mainly is: a written story, a photo gallery (the "featured photo" box)
 * or a video (the "featured video" box).
 */
public enum ArticleKind {

	STORY, GALLERY, VIDEO

}
