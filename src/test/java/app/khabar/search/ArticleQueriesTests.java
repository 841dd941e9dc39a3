package app.khabar.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleQueriesTests {

	@Test
	void aWordTypedApartAlsoCountsTheGluedPairInEveryField() throws java.io.IOException {
		String query;
		try (var directory = new org.apache.lucene.store.ByteBuffersDirectory()) {
			new org.apache.lucene.index.IndexWriter(directory,
					new org.apache.lucene.index.IndexWriterConfig(new KhabarAnalyzer()))
				.close();
			try (var reader = org.apache.lucene.index.DirectoryReader.open(directory)) {
				query = new ArticleQueries().text("شهر زلزله زده", reader).toString();
			}
		}
		for (String field : ArticleQueries.FIELDS.keySet()) {
			assertThat(query).contains("Synonym(" + field + ":زلزله " + field + ":زلزلهزده " + field + ":شهرزلزله)",
					"Synonym(" + field + ":زده " + field + ":زلزلهزده)");
		}
	}

}
