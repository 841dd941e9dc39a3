package app.khabar.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of results with the total, enough to draw paging links.
 */
public record Page<T>(List<T> items, PageRequest request, long total) {

	public Page {
		items = List.copyOf(items);
	}

	public int totalPages() {
		return (int) Math.max(1, (total + request.size() - 1) / request.size());
	}

	public boolean hasNext() {
		return request.number() < totalPages();
	}

	public boolean hasPrevious() {
		return request.number() > 1;
	}

	public <R> Page<R> map(Function<T, R> mapper) {
		return new Page<>(items.stream().map(mapper).toList(), request, total);
	}

}
