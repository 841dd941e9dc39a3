package app.khabar.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionSystemException;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import app.khabar.comment.GroupCommit.Outcome;
import app.khabar.shared.DatabaseUnavailable;

class GroupCommitTests {

	@Test
	void everySubmitterGetsItsOwnResultAndItemsWaitingTogetherAreStoredAsOneBatch() throws Exception {
		var batches = new ConcurrentLinkedQueue<List<Integer>>();
		var firstBatchEntered = new CountDownLatch(1);
		var releaseFirstBatch = new CountDownLatch(1);
		var meters = new SimpleMeterRegistry();
		try (var commit = new GroupCommit<Integer, String>("test-writer", 1, 64, meters, items -> {
			batches.add(items);
			if (batches.size() == 1) {
				firstBatchEntered.countDown();
				await(releaseFirstBatch);
			}
			return items.stream().map(item -> Outcome.stored("stored " + item)).toList();
		}); var submitters = Executors.newVirtualThreadPerTaskExecutor()) {
			Future<String> first = submitters.submit(() -> commit.submit(0));
			await(firstBatchEntered);
			// while the only writer is busy, twenty more gather in the queue
			var rest = new ArrayList<Future<String>>();
			for (int i = 1; i <= 20; i++) {
				int item = i;
				rest.add(submitters.submit(() -> commit.submit(item)));
			}
			while (commit.waiting() < 20) {
				Thread.onSpinWait();
			}
			assertThat(meters.get("khabar.comment.commit.queued").gauge().value()).isEqualTo(20);
			// the twenty wait at least this long for their batch
			Thread.sleep(50);
			releaseFirstBatch.countDown();

			assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("stored 0");
			for (int i = 1; i <= 20; i++) {
				assertThat(rest.get(i - 1).get(10, TimeUnit.SECONDS)).isEqualTo("stored " + i);
			}
			assertThat(batches).hasSize(2);
			assertThat(List.copyOf(batches).get(1)).hasSize(20);
			var batchSizes = meters.get("khabar.comment.commit.batch").summary();
			assertThat(batchSizes.count()).isEqualTo(2);
			assertThat(batchSizes.totalAmount()).isEqualTo(21);
			assertThat(batchSizes.max()).isEqualTo(20);
			var waits = meters.get("khabar.comment.commit.wait").timer();
			assertThat(waits.count()).as("one wait per comment").isEqualTo(21);
			assertThat(waits.max(TimeUnit.MILLISECONDS)).as("the twenty waited for the first batch")
				.isGreaterThanOrEqualTo(50);
			assertThat(meters.get("khabar.comment.commit.duration").timer().count()).isEqualTo(2);
		}
	}

	@Test
	void aRefusalReachesOnlyItsSubmitter() {
		try (var commit = new GroupCommit<Integer, Integer>("test-writer", 2, 8, new SimpleMeterRegistry(),
				items -> items.stream()
					.map(item -> item % 2 == 0 ? Outcome.stored(item * 10)
							: Outcome.<Integer>refused(new IllegalArgumentException("odd " + item)))
					.toList())) {
			assertThat(commit.submit(4)).isEqualTo(40);
			assertThatThrownBy(() -> commit.submit(5)).isInstanceOf(IllegalArgumentException.class).hasMessage("odd 5");
		}
	}

	@Test
	void aFailingBatchIsStoredAgainItemByItemSoOnlyTheFailingItemFails() throws Exception {
		var stored = new ConcurrentLinkedQueue<Integer>();
		var firstBatchEntered = new CountDownLatch(1);
		var releaseFirstBatch = new CountDownLatch(1);
		try (var commit = new GroupCommit<Integer, Integer>("test-writer", 1, 64, new SimpleMeterRegistry(), items -> {
			if (items.contains(0)) {
				firstBatchEntered.countDown();
				await(releaseFirstBatch);
			}
			if (items.contains(13)) {
				// like a database error: the whole transaction is gone
				throw new IllegalStateException("13 breaks the batch");
			}
			stored.addAll(items);
			return items.stream().map(Outcome::stored).toList();
		}); var submitters = Executors.newVirtualThreadPerTaskExecutor()) {
			Future<Integer> first = submitters.submit(() -> commit.submit(0));
			await(firstBatchEntered);
			var rest = new ArrayList<Future<Integer>>();
			for (int item : List.of(11, 12, 13, 14)) {
				rest.add(submitters.submit(() -> commit.submit(item)));
			}
			while (commit.waiting() < 4) {
				Thread.onSpinWait();
			}
			releaseFirstBatch.countDown();

			assertThat(first.get(10, TimeUnit.SECONDS)).isZero();
			assertThat(rest.get(0).get(10, TimeUnit.SECONDS)).isEqualTo(11);
			assertThat(rest.get(1).get(10, TimeUnit.SECONDS)).isEqualTo(12);
			assertThatThrownBy(() -> rest.get(2).get(10, TimeUnit.SECONDS)).hasRootCauseMessage("13 breaks the batch");
			assertThat(rest.get(3).get(10, TimeUnit.SECONDS)).isEqualTo(14);
			assertThat(stored).containsExactlyInAnyOrder(0, 11, 12, 14);
		}
	}

	@Test
	void whenTheDatabaseIsGoneEveryWaitingItemFailsAtOnceAsUnavailableAndNoneIsTriedAgain() throws Exception {
		var calls = new ConcurrentLinkedQueue<List<Integer>>();
		var firstBatchEntered = new CountDownLatch(1);
		var releaseFirstBatch = new CountDownLatch(1);
		try (var commit = new GroupCommit<Integer, Integer>("test-writer", 1, 2, new SimpleMeterRegistry(), items -> {
			calls.add(items);
			if (items.contains(0)) {
				firstBatchEntered.countDown();
				await(releaseFirstBatch);
				return items.stream().map(Outcome::stored).toList();
			}
			// what TransactionTemplate throws when the server died under the transaction:
			// the rollback found the connection closed (Hikari's own SQL state for it)
			var rollback = new TransactionSystemException("JDBC rollback failed",
					new SQLException("Connection is closed", "08003"));
			rollback.initApplicationException(new IllegalStateException("the insert failed first"));
			throw rollback;
		}); var submitters = Executors.newVirtualThreadPerTaskExecutor()) {
			Future<Integer> first = submitters.submit(() -> commit.submit(0));
			await(firstBatchEntered);
			var rest = new ArrayList<Future<Integer>>();
			for (int item : List.of(1, 2, 3, 4, 5)) {
				rest.add(submitters.submit(() -> commit.submit(item)));
			}
			while (commit.waiting() < 5) {
				Thread.onSpinWait();
			}
			releaseFirstBatch.countDown();

			assertThat(first.get(10, TimeUnit.SECONDS)).isZero();
			for (Future<Integer> failed : rest) {
				assertThatThrownBy(() -> failed.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
					.cause()
					.isInstanceOf(DatabaseUnavailable.class)
					.hasCauseInstanceOf(TransactionSystemException.class);
			}
			assertThat(calls).as("the first batch, then one of two: the three behind it failed with it, untried")
				.hasSize(2);
			assertThat(List.copyOf(calls).get(1)).hasSize(2);
		}
	}

	@Test
	void closingStoresWhatIsWaitingBeforeItReturns() throws Exception {
		var firstBatchEntered = new CountDownLatch(1);
		var releaseFirstBatch = new CountDownLatch(1);
		var commit = new GroupCommit<Integer, Integer>("test-writer", 1, 2, new SimpleMeterRegistry(), items -> {
			if (items.contains(0)) {
				firstBatchEntered.countDown();
				await(releaseFirstBatch);
			}
			return items.stream().map(Outcome::stored).toList();
		});
		try (var submitters = Executors.newVirtualThreadPerTaskExecutor()) {
			Future<Integer> first = submitters.submit(() -> commit.submit(0));
			await(firstBatchEntered);
			var rest = new ArrayList<Future<Integer>>();
			for (int item = 1; item <= 5; item++) {
				int value = item;
				rest.add(submitters.submit(() -> commit.submit(value)));
			}
			while (commit.waiting() < 5) {
				Thread.onSpinWait();
			}
			Future<?> closing = submitters.submit(commit::close);
			Thread.sleep(100);
			assertThat(closing).as("close waits for the batch being stored").isNotDone();
			releaseFirstBatch.countDown();
			closing.get(10, TimeUnit.SECONDS);

			assertThat(first).isDone();
			assertThat(first.get()).isZero();
			for (int item = 1; item <= 5; item++) {
				assertThat(rest.get(item - 1)).as("stored before close returned").isDone();
				assertThat(rest.get(item - 1).get()).isEqualTo(item);
			}
		}
	}

	@Test
	void nothingIsTakenAfterClose() {
		var commit = new GroupCommit<Integer, Integer>("test-writer", 1, 8, new SimpleMeterRegistry(),
				items -> items.stream().map(Outcome::stored).toList());
		commit.close();

		assertThatThrownBy(() -> commit.submit(1)).isInstanceOf(IllegalStateException.class);
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

}
