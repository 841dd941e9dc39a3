package app.khabar.search;

import java.util.List;
import java.util.Set;

/**
 * Ranking quality of one query with binary relevance: average precision, nDCG@k,
 * precision@k.
 */
final class RankingMetrics {

	private RankingMetrics() {
	}

	/**
	 * Mean of the precision at each relevant document retrieved, over all relevant
	 * documents.
	 */
	static double averagePrecision(List<String> ranking, Set<String> relevant) {
		if (relevant.isEmpty()) {
			return 0;
		}
		double sum = 0;
		int found = 0;
		for (int i = 0; i < ranking.size(); i++) {
			if (relevant.contains(ranking.get(i))) {
				found++;
				sum += (double) found / (i + 1);
			}
		}
		return sum / relevant.size();
	}

	/**
	 * Discounted cumulative gain of the first k results (gain 1, discount log2(rank + 1))
	 * over the ideal one.
	 */
	static double ndcg(List<String> ranking, Set<String> relevant, int k) {
		double dcg = 0;
		for (int i = 0; i < Math.min(k, ranking.size()); i++) {
			if (relevant.contains(ranking.get(i))) {
				dcg += 1 / log2(i + 2);
			}
		}
		double ideal = 0;
		for (int i = 0; i < Math.min(k, relevant.size()); i++) {
			ideal += 1 / log2(i + 2);
		}
		return ideal == 0 ? 0 : dcg / ideal;
	}

	/** Relevant documents among the first k, over k. */
	static double precision(List<String> ranking, Set<String> relevant, int k) {
		long hits = ranking.stream().limit(k).filter(relevant::contains).count();
		return (double) hits / k;
	}

	private static double log2(double x) {
		return Math.log(x) / Math.log(2);
	}

}
