package app.khabar.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class FeedCursorTests {

	static final Instant NOW = Instant.parse("2024-03-01T10:00:00Z");

	static Change change(long id, Instant at) {
		return new Change(id, "article", id * 10, at);
	}

	@Test
	void movesOverARunWithoutHoles() {
		var cursor = new FeedCursor(4, Duration.ofSeconds(30));
		List<Change> batch = List.of(change(5, NOW), change(6, NOW), change(7, NOW));
		assertThat(cursor.unapplied(batch)).isEqualTo(batch);
		cursor.applied(batch, batch, NOW);
		assertThat(cursor.position()).isEqualTo(7);
		assertThat(cursor.unapplied(batch)).isEmpty();
	}

	@Test
	void waitsAtAHoleUntilItFillsAndAppliesWhatArrivesInIt() {
		var cursor = new FeedCursor(4, Duration.ofSeconds(30));
		// 6 is taken by a transaction that has not committed yet
		List<Change> first = List.of(change(5, NOW), change(7, NOW));
		cursor.applied(cursor.unapplied(first), first, NOW);
		assertThat(cursor.position()).isEqualTo(5);
		assertThat(cursor.readFrom()).isEqualTo(7);

		List<Change> second = List.of(change(6, NOW), change(7, NOW), change(8, NOW));
		List<Change> fresh = cursor.unapplied(second);
		assertThat(fresh).extracting(Change::id).containsExactly(6L, 8L);
		cursor.applied(fresh, second, NOW.plusSeconds(1));
		assertThat(cursor.position()).isEqualTo(8);
	}

	@Test
	void givesUpOnAHoleOlderThanTheSettleTime() {
		var cursor = new FeedCursor(0, Duration.ofSeconds(30));
		List<Change> batch = List.of(change(1, NOW), change(3, NOW));
		cursor.applied(cursor.unapplied(batch), batch, NOW.plusSeconds(29));
		assertThat(cursor.position()).isEqualTo(1);
		// id 2 was rolled back: once 3 is older than the settle time, nothing can fill
		// the hole
		cursor.applied(List.of(), batch, NOW.plusSeconds(31));
		assertThat(cursor.position()).isEqualTo(3);
	}

	@Test
	void recordsChangesReadPastAHoleWithoutMovingThePosition() {
		var cursor = new FeedCursor(10, Duration.ofSeconds(30));
		cursor.applied(List.of(change(12, NOW), change(13, NOW)), List.of(), NOW);
		assertThat(cursor.position()).isEqualTo(10);
		assertThat(cursor.readFrom()).isEqualTo(13);
		List<Change> all = List.of(change(11, NOW), change(12, NOW), change(13, NOW));
		assertThat(cursor.unapplied(all)).extracting(Change::id).containsExactly(11L);
	}

}
