package app.khabar.wordpress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A post's comments in an order where each parent comes before its replies, at any depth
 * (WordPress exports them by id, and an edited thread may have a reply with a smaller id
 * than its parent). A parent chain that loops is cut where it closes.
 */
final class CommentOrder {

	private CommentOrder() {
	}

	static List<Wxr.Comment> parentsFirst(List<Wxr.Comment> comments) {
		Map<Long, Wxr.Comment> byId = new HashMap<>();
		comments.forEach(comment -> byId.putIfAbsent(comment.id(), comment));
		Map<Wxr.Comment, Integer> depth = new HashMap<>();
		for (Wxr.Comment comment : comments) {
			int d = 0;
			Wxr.Comment at = comment;
			while (at.parent() > 0 && byId.containsKey(at.parent()) && d < comments.size()) {
				at = byId.get(at.parent());
				d++;
			}
			depth.put(comment, d);
		}
		List<Wxr.Comment> ordered = new ArrayList<>(comments);
		ordered.sort(Comparator.comparingInt((Wxr.Comment comment) -> depth.get(comment))
			.thenComparingLong(Wxr.Comment::id));
		return ordered;
	}

}
