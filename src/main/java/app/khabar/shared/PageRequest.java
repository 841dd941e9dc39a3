package app.khabar.shared;

/**
 * A page of a list, counted from 1. Out-of-range input is clamped rather than refused: a
 * reader who edits the URL gets the nearest real page.
 */
public record PageRequest(int number, int size) {

	public static final int MAX_SIZE = 100;

	public PageRequest {
		number = Math.max(1, number);
		size = Math.clamp(size, 1, MAX_SIZE);
	}

	public static PageRequest of(int number, int size) {
		return new PageRequest(number, size);
	}

	public long offset() {
		return (long) (number - 1) * size;
	}

}
