package app.khabar.feed;

/** What an editor does to one article of a {@link Box}. */
public enum BoxMove {

	/**
	 * Put it at the chosen place, last when none is chosen (a photo box takes galleries
	 * only, a video box videos only); already there, nothing moves.
	 */
	ADD,
	/** Take it out. */
	REMOVE,
	/** Swap it with the one before. */
	UP,
	/** Swap it with the one after. */
	DOWN,
	/**
	 * Move it to the chosen place (dragged there); an article not in the box stays out.
	 */
	PLACE

}
