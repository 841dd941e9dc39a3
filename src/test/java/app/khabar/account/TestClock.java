package app.khabar.account;

import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import app.khabar.support.MutableClock;

/**
 * The application's clock replaced by one the tests move forward, so time-based rules
 * need no waiting.
 */
final class TestClock {

	private TestClock() {
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Config {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(Instant.parse("2026-11-25T08:00:00Z"));
		}

	}

}
