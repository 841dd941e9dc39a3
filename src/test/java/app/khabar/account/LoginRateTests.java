package app.khabar.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The node's sign-in budget: a burst, then the rate, whatever the callers' addresses. */
class LoginRateTests {

	final AtomicLong nanos = new AtomicLong(1_000);

	@Test
	void takesABurstThenRefillsAtTheRateUpToTheBurst() {
		var rate = new LoginRate(5, 10, nanos::get);
		for (int i = 0; i < 10; i++) {
			assertThat(rate.tryTake()).as("token %d", i + 1).isTrue();
		}
		assertThat(rate.tryTake()).isFalse();

		nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(199));
		assertThat(rate.tryTake()).isFalse();
		nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(1));
		assertThat(rate.tryTake()).as("one token each 200 ms").isTrue();
		assertThat(rate.tryTake()).isFalse();

		nanos.addAndGet(TimeUnit.HOURS.toNanos(1));
		for (int i = 0; i < 10; i++) {
			assertThat(rate.tryTake()).isTrue();
		}
		assertThat(rate.tryTake()).as("an idle hour saves no more than the burst").isFalse();
	}

	@Test
	void needsAPositiveRateAndBurst() {
		assertThatThrownBy(() -> new LoginRate(0, 10, nanos::get)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new LoginRate(5, 0, nanos::get)).isInstanceOf(IllegalArgumentException.class);
	}

}
