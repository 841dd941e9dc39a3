package app.khabar.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleQueriesTests {

	@Test
	void aWordTypedApartAlsoCountsTheGluedPairInEveryField() {
		String query = new ArticleQueries().text("شهر زلزله زده").toString();
		for (String field : ArticleQueries.FIELDS.keySet()) {
			assertThat(query).contains("Synonym(" + field + ":زلزله " + field + ":زلزلهزده " + field + ":شهرزلزله)",
					"Synonym(" + field + ":زده " + field + ":زلزلهزده)");
		}
	}

}
