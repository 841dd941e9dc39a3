package app.khabar.account;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code khabar.account.*}: sign-in defences. Failed sign-ins are counted per key and
 * forgotten after {@code window} without one; past a key's free failures each further one
 * doubles its wait, from {@code firstDelay} up to {@code maxDelay}. The keys: an account
 * from one client or one known device ({@code maxFailuresPerUser}), an account from all
 * unknown clients together ({@code maxFailuresPerAccount}: slows a guesser with many
 * addresses, never a known device), one client across accounts
 * ({@code maxFailuresPerClient}: many staff may share an office address).
 * {@code loginRate} attempts per second (bursts of {@code loginBurst}) from unknown
 * clients per node, whatever their addresses; passwords are hashed on
 * {@code hashingThreads} threads of their own with at most {@code hashingQueue} waiting.
 * {@code deviceKey} (Base64, 32 bytes) signs the device cookies: the same on every node,
 * else one is made under the data dir; they last {@code deviceCookieMaxAge}.
 */
@ConfigurationProperties("khabar.account")
record AccountSettings(@DefaultValue("5") int maxFailuresPerUser, @DefaultValue("20") int maxFailuresPerAccount,
		@DefaultValue("20") int maxFailuresPerClient, @DefaultValue("1h") Duration window,
		@DefaultValue("5s") Duration firstDelay, @DefaultValue("15m") Duration maxDelay,
		@DefaultValue("2") double loginRate, @DefaultValue("5") int loginBurst, @DefaultValue("1") int hashingThreads,
		@DefaultValue("16") int hashingQueue, @Nullable String deviceKey,
		@DefaultValue("365d") Duration deviceCookieMaxAge) {
}
