package app.khabar.comment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import app.khabar.shared.DatabaseUnavailable;

/**
 * Group commit: many threads each hand one item to {@link #submit} and wait; a few writer
 * threads store whatever has gathered meanwhile as one batch (one transaction, one round
 * trip per statement instead of per item) and answer every waiting thread. Under light
 * load a batch is a single item, stored at once; under load batches grow by themselves
 * while the previous one commits. {@link #submit} returns only after the batch's
 * {@code store} has returned, so what it acknowledges is as durable as the store makes
 * it.
 * <p>
 * {@code store} answers each item of a batch, in order, with an {@link Outcome}: stored,
 * or refused with its own exception (a refusal does not concern the others). If
 * {@code store} itself throws, nothing of the batch is assumed stored and each item is
 * stored again alone, so one failing item cannot take the others down with it; unless the
 * database is unavailable ({@link DatabaseUnavailable#isCause}): then every item of the
 * batch, and every item queued behind it, fails at once with {@link DatabaseUnavailable},
 * and none is acknowledged.
 * <p>
 * {@link #close} takes no more items but stores those already handed in before it
 * returns, so its owner closes it while the database is still open.
 * <p>
 * Measured (README "Metrics"): {@code khabar.comment.commit.batch} the items per batch,
 * {@code khabar.comment.commit.wait} how long an item waited for its batch to start,
 * {@code khabar.comment.commit.duration} how long {@code store} took per batch, and
 * {@code khabar.comment.commit.queued} the items waiting now. All are recorded by the
 * writers, none by the threads that hand items in.
 */
final class GroupCommit<T, R> implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

	/** How long {@link #close} waits for the writers to store what is queued. */
	private static final Duration DRAIN = Duration.ofSeconds(30);

	/** How often an idle writer looks whether the commit was closed. */
	private static final Duration IDLE = Duration.ofMillis(200);

	private final BlockingQueue<Waiting<T, R>> queue = new LinkedBlockingQueue<>();

	private final Function<List<T>, List<Outcome<R>>> store;

	private final int maxBatch;

	private final List<Thread> writers = new ArrayList<>();

	private final DistributionSummary batchSize;

	private final Timer waited;

	private final Timer stored;

	private volatile boolean closed;

	/**
	 * Starts {@code writers} writer threads named {@code name-N}, each storing at most
	 * {@code maxBatch} items at a time.
	 */
	GroupCommit(String name, int writers, int maxBatch, MeterRegistry meters,
			Function<List<T>, List<Outcome<R>>> store) {
		if (writers < 1 || maxBatch < 1) {
			throw new IllegalArgumentException("a group commit needs at least one writer and a batch of one");
		}
		this.store = store;
		this.maxBatch = maxBatch;
		this.batchSize = DistributionSummary.builder("khabar.comment.commit.batch")
			.description("Comments stored together in one transaction")
			.publishPercentileHistogram()
			.minimumExpectedValue(1.0)
			.maximumExpectedValue((double) maxBatch)
			.register(meters);
		this.waited = Timer.builder("khabar.comment.commit.wait")
			.description("From a comment's hand-in to the start of the batch that stores it")
			.publishPercentileHistogram()
			.register(meters);
		this.stored = Timer.builder("khabar.comment.commit.duration")
			.description("One batch's transaction, from its start to its commit")
			.publishPercentileHistogram()
			.register(meters);
		Gauge.builder("khabar.comment.commit.queued", queue, BlockingQueue::size)
			.description("Comments waiting for a writer now")
			.register(meters);
		for (int i = 0; i < writers; i++) {
			this.writers.add(Thread.ofPlatform().daemon().name(name + "-" + i).start(this::write));
		}
	}

	/** Stores the item with others and returns its result, or throws its refusal. */
	R submit(T item) {
		if (closed) {
			throw new IllegalStateException("shutting down: nothing more is stored");
		}
		var waiting = new Waiting<T, R>(item, new CompletableFuture<>(), System.nanoTime());
		queue.add(waiting);
		if (closed && queue.remove(waiting)) {
			// closed meanwhile, and perhaps no writer is left to take it
			throw new IllegalStateException("shutting down: nothing more is stored");
		}
		try {
			return waiting.result().get();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			// the item may still be stored: the caller only learns it was not
			// acknowledged
			throw new IllegalStateException("interrupted while waiting for the group commit", e);
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException refusal) {
				throw refusal;
			}
			throw new IllegalStateException(e.getCause());
		}
	}

	/** Items waiting for a writer. */
	int waiting() {
		return queue.size();
	}

	/**
	 * Takes no more items and lets the writers store those queued; returns once they have
	 * (or after {@link #DRAIN}, when whatever is still queued fails unacknowledged).
	 */
	@Override
	public void close() {
		closed = true;
		long deadline = System.nanoTime() + DRAIN.toNanos();
		for (Thread writer : writers) {
			try {
				writer.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		writers.forEach(Thread::interrupt);
		Waiting<T, R> left;
		while ((left = queue.poll()) != null) {
			left.result().completeExceptionally(new IllegalStateException("shutting down: not stored"));
		}
	}

	private void write() {
		var batch = new ArrayList<Waiting<T, R>>(maxBatch);
		while (true) {
			Waiting<T, R> next;
			try {
				next = queue.poll(IDLE.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException e) {
				return;
			}
			if (next == null) {
				if (closed) {
					return;
				}
				continue;
			}
			batch.add(next);
			queue.drainTo(batch, maxBatch - 1);
			long start = System.nanoTime();
			batchSize.record(batch.size());
			for (Waiting<T, R> waiting : batch) {
				waited.record(start - waiting.handedIn(), TimeUnit.NANOSECONDS);
			}
			// answered after the duration is recorded: whoever is answered sees the batch
			var answers = new ArrayList<Runnable>(batch.size());
			storeBatch(batch, answers);
			stored.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
			answers.forEach(Runnable::run);
			batch.clear();
		}
	}

	private void storeBatch(List<Waiting<T, R>> batch, List<Runnable> answers) {
		List<Outcome<R>> outcomes;
		try {
			outcomes = store.apply(batch.stream().map(Waiting::item).toList());
		}
		catch (RuntimeException failure) {
			if (DatabaseUnavailable.isCause(failure)) {
				// the database is gone: storing each alone, or the next batch, would only
				// make every reader wait for a connection in turn; the batch and all that
				// queued behind it fail at once, none acknowledged
				log.debug("A batch of {} failed: database unavailable ({})", batch.size(), failure.toString());
				var unavailable = new DatabaseUnavailable(failure);
				var failed = new ArrayList<>(batch);
				queue.drainTo(failed);
				failed.forEach(waiting -> answers.add(() -> waiting.result().completeExceptionally(unavailable)));
				return;
			}
			if (batch.size() == 1) {
				CompletableFuture<R> result = batch.getFirst().result();
				answers.add(() -> result.completeExceptionally(failure));
				return;
			}
			log.warn("A batch of {} failed; storing each alone", batch.size(), failure);
			batch.forEach(waiting -> storeBatch(List.of(waiting), answers));
			return;
		}
		catch (Error failure) {
			log.error("A batch of {} failed", batch.size(), failure);
			batch.forEach(waiting -> answers.add(() -> waiting.result().completeExceptionally(failure)));
			return;
		}
		if (outcomes.size() != batch.size()) {
			var bug = new IllegalStateException(outcomes.size() + " outcomes for a batch of " + batch.size());
			batch.forEach(waiting -> answers.add(() -> waiting.result().completeExceptionally(bug)));
			return;
		}
		for (int i = 0; i < batch.size(); i++) {
			CompletableFuture<R> result = batch.get(i).result();
			switch (outcomes.get(i)) {
				case Outcome.Stored<R> stored -> answers.add(() -> result.complete(stored.value()));
				case Outcome.Refused<R> refused -> answers.add(() -> result.completeExceptionally(refused.reason()));
			}
		}
	}

	/** What became of one item of a batch. */
	sealed interface Outcome<R> {

		static <R> Outcome<R> stored(R value) {
			return new Stored<>(value);
		}

		static <R> Outcome<R> refused(RuntimeException reason) {
			return new Refused<>(reason);
		}

		record Stored<R>(R value) implements Outcome<R> {
		}

		record Refused<R>(RuntimeException reason) implements Outcome<R> {
		}

	}

	private record Waiting<T, R>(T item, CompletableFuture<R> result, long handedIn) {
	}

}
