package app.khabar.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code khabar.client.*}: how a client's address is found and hashed.
 * {@code trustedProxies} are addresses or CIDR ranges of the reverse proxies in front of
 * Khabar (only they may set {@code X-Forwarded-For}, {@code -Proto}, {@code -Host} and
 * {@code -Port}: {@link ClientIdentity}, {@link ForwardedHeaders}); {@code hashSecret} is
 * the key of {@link ClientHash} (Base64, at least 32 bytes): set it on every node of a
 * cluster, or one is generated under the data folder.
 */
@ConfigurationProperties("khabar.client")
record ClientSettings(@DefaultValue List<String> trustedProxies, @Nullable String hashSecret) {
}
