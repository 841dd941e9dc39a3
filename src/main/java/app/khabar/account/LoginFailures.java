package app.khabar.account;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Sign-ins that did not get in, counted by why in {@code khabar.account.login.failures}
 * (README "Metrics"): a wrong password (or an unknown or disabled account), a wrong
 * second-factor code, a client or account backed off by {@link LoginThrottle}, or a node
 * too busy to check ({@link LoginRate}). A burst of {@code password} or {@code locked} is
 * someone guessing.
 */
@Component
class LoginFailures {

	private final Counter password;

	private final Counter code;

	private final Counter locked;

	private final Counter busy;

	LoginFailures(MeterRegistry meters) {
		this.password = counter("password", meters);
		this.code = counter("code", meters);
		this.locked = counter("locked", meters);
		this.busy = counter("busy", meters);
	}

	void wrongPassword() {
		password.increment();
	}

	void wrongCode() {
		code.increment();
	}

	void backedOff() {
		locked.increment();
	}

	void busy() {
		busy.increment();
	}

	private static Counter counter(String reason, MeterRegistry meters) {
		return Counter.builder("khabar.account.login.failures")
			.description("Sign-ins refused, by why")
			.tag("reason", reason)
			.register(meters);
	}

}
