package app.khabar.comment.country;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The commenter-country part of {@code khabar.comment.*}.
 *
 * @param geoipDatabase path of a MaxMind-format country database ({@code .mmdb}:
 * GeoLite2/GeoIP2 Country or compatible); none by default
 * @param countryHeader a header with the ISO country code set by the proxy in front of
 * Khabar (e.g. {@code CF-IPCountry}); honoured only on requests from
 * {@code khabar.client.trusted-proxies}
 */
@ConfigurationProperties("khabar.comment")
record CountrySettings(@Nullable String geoipDatabase, @Nullable String countryHeader) {
}
