package app.khabar.account;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * This node's budget of sign-in attempts from unknown clients: a token bucket of
 * {@code burst} tokens refilled at {@code perSecond}. Per-client counters cannot slow a
 * flood from thousands of addresses; this bounds what such a flood costs (a hash each)
 * whatever the addresses, on the login path only.
 */
final class LoginRate {

	private final double perNano;

	private final double burst;

	private final LongSupplier nanoTime;

	private double tokens;

	private long refilledAt;

	LoginRate(double perSecond, int burst, LongSupplier nanoTime) {
		if (perSecond <= 0 || burst < 1) {
			throw new IllegalArgumentException("a login rate needs a positive rate and a burst of at least 1");
		}
		this.perNano = perSecond / TimeUnit.SECONDS.toNanos(1);
		this.burst = burst;
		this.nanoTime = nanoTime;
		this.tokens = burst;
		this.refilledAt = nanoTime.getAsLong();
	}

	/** Takes a token; false when the bucket is empty. */
	synchronized boolean tryTake() {
		long now = nanoTime.getAsLong();
		tokens = Math.min(burst, tokens + (now - refilledAt) * perNano);
		refilledAt = now;
		if (tokens < 1) {
			return false;
		}
		tokens--;
		return true;
	}

}
