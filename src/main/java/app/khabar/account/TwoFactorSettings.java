package app.khabar.account;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code khabar.account.two-factor.*}: after {@code maxFailures} wrong codes in a row an
 * account takes no code for {@code firstLock}, twice as long after each further wrong
 * one, at most {@code longestLock}; a right code ends it. A sign-in waits
 * {@code pendingTimeout} at most between the password and the code. {@code key} (Base64,
 * 32 bytes) encrypts the stored secrets: set the same one on every node, else one is made
 * under the data dir.
 */
@ConfigurationProperties("khabar.account.two-factor")
record TwoFactorSettings(@DefaultValue("5") int maxFailures, @DefaultValue("30s") Duration firstLock,
		@DefaultValue("1d") Duration longestLock, @DefaultValue("10m") Duration pendingTimeout, @Nullable String key) {
}
