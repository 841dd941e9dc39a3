package app.khabar.account;

import static app.khabar.account.AccountsIntegrationTests.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import app.khabar.account.LoginThrottle.Address;
import app.khabar.account.LoginThrottle.Client;
import app.khabar.account.LoginThrottle.KnownDevice;
import app.khabar.support.MutableClock;
import app.khabar.web.ClientHash;

/**
 * Sign-in throttling on a real database (H2 here, PostgreSQL in the subclass): back-off
 * per account and client, nobody locked out by others, and claims that cannot be raced.
 */
@SpringBootTest
@Import(TestClock.Config.class)
class LoginThrottleIntegrationTests {

	@Autowired
	LoginThrottle throttle;

	@Autowired
	MutableClock clock;

	static Address client() {
		return new Address(new ClientHash("%032x".formatted(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE)));
	}

	static KnownDevice device() {
		return new KnownDevice(unique("device-"));
	}

	/**
	 * One wrong password: the claim counts it; false when the attempt is refused before
	 * any hash.
	 */
	boolean fails(String username, Client client) {
		return throttle.tryAttempt(username, client).isPresent();
	}

	@Test
	void fiveFailuresFromOneClientBackOffThatClientOnlyWithAWaitThatDoubles() {
		var username = unique("target.");
		var guesser = client();
		for (int i = 0; i < 5; i++) {
			assertThat(fails(i == 4 ? username.toUpperCase() : username, guesser)).as("failure %d", i + 1).isTrue();
		}

		assertThat(fails(username, guesser)).isFalse();
		assertThat(fails(unique("other."), guesser)).isTrue();
		assertThat(throttle.tryAttempt(username, client())).as("another client, right password").isPresent();

		clock.advance(Duration.ofSeconds(5));
		assertThat(fails(username, guesser)).as("the first wait is over").isTrue();
		clock.advance(Duration.ofSeconds(9));
		assertThat(fails(username, guesser)).as("the second wait is 10 s").isFalse();
		clock.advance(Duration.ofSeconds(1));
		assertThat(fails(username, guesser)).isTrue();
		assertThat(throttle.delay(20)).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void guessesFromManyAddressesSlowUnknownClientsButNeverAKnownDevice() {
		var username = unique("admin.");
		var owner = device();
		for (int i = 0; i < 20; i++) {
			assertThat(fails(username, client())).isTrue();
		}

		assertThat(fails(username, client())).as("an unknown client").isFalse();
		var signIn = throttle.tryAttempt(username, owner);
		assertThat(signIn).as("the owner's browser").isPresent();
		throttle.succeeded(signIn.orElseThrow());
		assertThat(throttle.backedOff()).contains(username);
	}

	@Test
	void aKnownDeviceIsCountedOnItsOwn() {
		var username = unique("editor.");
		var stolen = device();
		for (int i = 0; i < 5; i++) {
			assertThat(fails(username, stolen)).isTrue();
		}
		assertThat(fails(username, stolen)).isFalse();
		assertThat(fails(username, device())).isTrue();
		assertThat(fails(username, client())).isTrue();
	}

	@Test
	void locksAClientThatTriesManyUsernames() {
		var client = client();
		for (int i = 0; i < 20; i++) {
			assertThat(fails(unique("guess."), client)).isTrue();
		}
		assertThat(fails(unique("fresh."), client)).isFalse();
		assertThat(fails(unique("fresh."), client())).isTrue();
	}

	@Test
	void failuresOutsideTheWindowDoNotAddUpAndSuccessClearsThem() {
		var username = unique("slow.");
		var client = client();
		for (int i = 0; i < 4; i++) {
			fails(username, client);
		}
		clock.advance(Duration.ofMinutes(61));
		fails(username, client);
		assertThat(fails(username, client)).isTrue();

		fails(username, client);
		throttle.succeeded(throttle.tryAttempt(username, client).orElseThrow());
		for (int i = 0; i < 4; i++) {
			fails(username, client);
		}
		assertThat(fails(username, client)).as("the fifth failure after the success").isTrue();
		assertThat(fails(username, client)).isFalse();
	}

	@Test
	void anAbandonedAttemptDoesNotCount() {
		var username = unique("busy.");
		var client = client();
		for (int i = 0; i < 10; i++) {
			throttle.abandoned(throttle.tryAttempt(username, client).orElseThrow());
		}
		for (int i = 0; i < 5; i++) {
			assertThat(fails(username, client)).isTrue();
		}
		assertThat(fails(username, client)).isFalse();
	}

	@Test
	void anUnlockLiftsEveryBackOffOfTheAccount() {
		var username = unique("locked.");
		var client = client();
		for (int i = 0; i < 20; i++) {
			fails(username, i < 5 ? client : client());
		}
		assertThat(fails(username, client)).isFalse();
		assertThat(throttle.backedOff()).contains(username);

		throttle.unlock(username);

		assertThat(throttle.backedOff()).doesNotContain(username);
		assertThat(fails(username, client)).isTrue();
		assertThat(fails(username, client())).isTrue();
	}

	@Test
	void concurrentAttemptsAreEvaluatedNoMoreOftenThanTheLimitAllows() throws Exception {
		var username = unique("raced.");
		var guesser = client();
		assertThat(concurrently(200, () -> guesser, username)).as("one client").isEqualTo(5);

		var account = unique("raced.");
		assertThat(concurrently(200, LoginThrottleIntegrationTests::client, account)).as("200 addresses").isEqualTo(20);
	}

	/**
	 * How many of {@code attempts} claims, all started at once, were let through to the
	 * password check.
	 */
	private int concurrently(int attempts, Supplier<Client> clients, String username) throws Exception {
		var start = new CountDownLatch(1);
		var claims = new ArrayList<Callable<Boolean>>();
		for (int i = 0; i < attempts; i++) {
			var client = clients.get();
			claims.add(() -> {
				start.await();
				return fails(username, client);
			});
		}
		try (var threads = Executors.newFixedThreadPool(32)) {
			var results = claims.stream().map(threads::submit).toList();
			start.countDown();
			int granted = 0;
			for (var result : results) {
				granted += result.get() ? 1 : 0;
			}
			return granted;
		}
	}

}
