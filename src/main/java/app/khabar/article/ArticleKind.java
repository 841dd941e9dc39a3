package app.khabar.article;

/**
 * What an article mainly is: a written story, a photo gallery (the "featured photo" box),
 * a video (the "featured video" box) or live coverage, whose body is the {@code live}
 * module's stream of timestamped entries.
 */
public enum ArticleKind {

	STORY, GALLERY, VIDEO, LIVE

}
