package app.khabar.account;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.crypto.password.PasswordEncoder;

import app.khabar.shared.KhabarException;

/**
 * Password hashing on a few platform threads of its own. Argon2 is CPU work of tens of
 * milliseconds: run on the request's virtual thread it holds one of the few carrier
 * threads every reader's request needs, so a login flood stalled the whole site. Here the
 * request's virtual thread waits unmounted; at most {@code threads} hashes run at once
 * and {@code queue} wait; beyond that the caller gets {@link AccountError#LOGIN_BUSY} at
 * once instead of queueing without bound.
 */
final class PooledPasswordEncoder implements PasswordEncoder, DisposableBean {

	private final PasswordEncoder hashing;

	private final ThreadPoolExecutor pool;

	PooledPasswordEncoder(PasswordEncoder hashing, int threads, int queue) {
		this.hashing = hashing;
		this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
				new ArrayBlockingQueue<>(Math.max(1, queue)),
				Thread.ofPlatform().name("password-hashing-", 1).daemon().factory(),
				new ThreadPoolExecutor.AbortPolicy());
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return run(() -> hashing.encode(rawPassword));
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		return run(() -> hashing.matches(rawPassword, encodedPassword));
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return hashing.upgradeEncoding(encodedPassword);
	}

	/** How many hashes wait for a thread now. */
	int waiting() {
		return pool.getQueue().size();
	}

	private <T> T run(Callable<T> task) {
		try {
			return pool.submit(task).get();
		}
		catch (RejectedExecutionException full) {
			throw new KhabarException(AccountError.LOGIN_BUSY);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new KhabarException(AccountError.LOGIN_BUSY);
		}
		catch (ExecutionException failed) {
			if (failed.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(failed.getCause());
		}
	}

	@Override
	public void destroy() {
		pool.shutdownNow();
	}

}
