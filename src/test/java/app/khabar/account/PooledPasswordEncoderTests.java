package app.khabar.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

import app.khabar.shared.KhabarException;

/**
 * Hashing runs on the pool's own threads, never the caller's, and a full pool refuses at
 * once.
 */
class PooledPasswordEncoderTests {

	/**
	 * Spring's interface, answered slowly: "hashes" until released, and says on which
	 * thread.
	 */
	static final class SlowHashing implements PasswordEncoder {

		final CountDownLatch release = new CountDownLatch(1);

		final CountDownLatch started = new CountDownLatch(1);

		@Override
		public String encode(CharSequence rawPassword) {
			started.countDown();
			try {
				release.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			return Thread.currentThread().getName();
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			return encode(rawPassword).startsWith("password-hashing-");
		}

	}

	@Test
	void hashesOnItsOwnThreadsAndRefusesAtOnceWhenFull() throws Exception {
		var hashing = new SlowHashing();
		var encoder = new PooledPasswordEncoder(hashing, 1, 1);
		// the callers are virtual threads, as the requests are
		try (var callers = Executors.newVirtualThreadPerTaskExecutor()) {
			var running = callers.submit(() -> encoder.encode("a"));
			assertThat(hashing.started.await(10, TimeUnit.SECONDS)).isTrue();
			var waiting = callers.submit(() -> encoder.matches("b", "x"));
			while (!waiting.isDone() && !queued(encoder)) {
				Thread.onSpinWait();
			}

			long start = System.nanoTime();
			assertThatThrownBy(() -> encoder.matches("c", "x")).isInstanceOf(KhabarException.class)
				.extracting(e -> ((KhabarException) e).code())
				.isEqualTo(AccountError.LOGIN_BUSY);
			assertThat(System.nanoTime() - start).as("refused without waiting").isLessThan(TimeUnit.SECONDS.toNanos(1));

			hashing.release.countDown();
			assertThat(running.get(10, TimeUnit.SECONDS)).isEqualTo("password-hashing-1");
			assertThat(waiting.get(10, TimeUnit.SECONDS)).isTrue();
		}
		finally {
			hashing.release.countDown();
			encoder.destroy();
		}
	}

	private static boolean queued(PooledPasswordEncoder encoder) {
		return encoder.waiting() == 1;
	}

}
