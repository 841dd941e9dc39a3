package app.khabar.article.web;

import java.util.List;

import app.khabar.article.Article;
import app.khabar.web.PageMeta;
import gg.jte.Content;

/**
 * The public article page: the article, and the parts other modules render below its body.
 */
public record ArticlePage(PageMeta meta, Article article, List<Content> parts) {
}
