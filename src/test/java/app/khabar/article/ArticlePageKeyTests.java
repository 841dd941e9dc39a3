package app.khabar.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import app.khabar.web.PagesChanged;

class ArticlePageKeyTests {

	@Test
	void readsBackTheArticleOfItsOwnKeysOnly() {
		assertThat(ArticlePageKey.articleOf(ArticlePageKey.of(12345))).hasValue(12345);
		assertThat(ArticlePageKey.articleOf("search:انتخابات")).isEmpty();
		assertThat(ArticlePageKey.articleOf("home:1")).isEmpty();
	}

	@Test
	void aChangedArticleDropsItsOwnPageAndTheSiteDefaultsDropEveryArticlePage() {
		assertThat(ArticlePageKey.changed(7)).isEqualTo(PagesChanged.of(ArticlePageKey.of(7)));
		PagesChanged every = ArticlePageKey.everyPageChanged();
		assertThat(every.prefix()).isTrue();
		assertThat(ArticlePageKey.of(7)).startsWith(every.cacheKey());
		assertThat("search:7").doesNotStartWith(every.cacheKey());
	}

}
