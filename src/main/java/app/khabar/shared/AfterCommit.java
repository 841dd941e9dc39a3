package app.khabar.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs an action once the current transaction has committed, or at once when there is
 * none. Node-local caches evict this way: evicting before the commit would let a
 * concurrent reader cache the old rows again. (Unlike a
 * {@code @TransactionalEventListener}, it also serves direct calls, not only event
 * listeners, and runs when there is no transaction instead of silently skipping.)
 */
public final class AfterCommit {

	private AfterCommit() {
	}

	public static void run(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}
		else {
			action.run();
		}
	}

}
