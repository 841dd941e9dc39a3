package app.khabar.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class CommentThreadsTests {

	static PublishedComment comment(long id, Long parent) {
		return new PublishedComment(id, parent, "نام", "متن " + id, "IR", Instant.EPOCH.plusSeconds(id), 0, 0,
				List.of());
	}

	@Test
	void putsRepliesUnderTheirParentsAtAnyDepth() {
		var tree = CommentThreads.tree(List.of(comment(1, null), comment(2, 1L), comment(3, 2L), comment(4, null)));
		assertThat(tree).extracting(PublishedComment::id).containsExactly(1L, 4L);
		assertThat(tree.get(0).replies()).extracting(PublishedComment::id).containsExactly(2L);
		assertThat(tree.get(0).replies().get(0).replies()).extracting(PublishedComment::id).containsExactly(3L);
	}

	@Test
	void showsAReplyWhoseParentIsNotPublishedAtTheTopLevel() {
		var tree = CommentThreads.tree(List.of(comment(5, 99L), comment(6, null)));
		assertThat(tree).extracting(PublishedComment::id).containsExactly(5L, 6L);
	}

}
