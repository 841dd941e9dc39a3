package app.khabar.feed;

import java.util.List;

/**
 * A box as an editor sees it: its article ids in order and the version a change to it
 * must name.
 */
public record BoxOrder(Box box, long version, List<Long> articleIds) {

	public BoxOrder {
		articleIds = List.copyOf(articleIds);
	}

}
