package app.khabar.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code khabar.account.*}: login throttling. A username is locked after {@code maxFailuresPerUser} failed logins
 * within {@code window}, a client after {@code maxFailuresPerClient} (higher: many staff may share an office
 * address), each for {@code lockDuration}.
 */
@ConfigurationProperties("khabar.account")
record AccountSettings(@DefaultValue("5") int maxFailuresPerUser, @DefaultValue("20") int maxFailuresPerClient,
		@DefaultValue("15m") Duration window, @DefaultValue("15m") Duration lockDuration) {
}
