package app.khabar.comment.country;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import app.khabar.persian.SharedTestData;

/**
 * Countries from MaxMind's public test database in the shared data folder. The addresses
 * were found by reading that database with the library: 89.160.20.112 is in Sweden,
 * 2.125.160.216 in Great Britain, 2a02:cf40:: in Norway.
 */
@Tag("shared-data")
@SpringBootTest(properties = "khabar.client.trusted-proxies=10.0.0.0/8")
class CountryResolverGeoIpIntegrationTests {

	static final Path DATABASE = Path.of(System.getProperty("khabar.shared-data", "../shared/data"), "geoip",
			"GeoIP2-Country-Test.mmdb");

	/**
	 * Without the shared data the context starts with no database, and each test skips
	 * (or fails) saying why.
	 */
	@DynamicPropertySource
	static void geoipDatabase(DynamicPropertyRegistry properties) {
		if (Files.isReadable(DATABASE)) {
			properties.add("khabar.comment.geoip-database", DATABASE::toString);
		}
	}

	@BeforeEach
	void needsTheSharedData() {
		SharedTestData.folder("geoip");
	}

	@Autowired
	CountryResolver countries;

	@Test
	void findsTheCountryOfIpv4AndIpv6Addresses() throws Exception {
		assertThat(countries.countryOf(InetAddress.ofLiteral("89.160.20.112"))).isEqualTo("SE");
		assertThat(countries.countryOf(InetAddress.ofLiteral("2.125.160.216"))).isEqualTo("GB");
		assertThat(countries.countryOf(InetAddress.ofLiteral("2a02:cf40::1"))).isEqualTo("NO");
	}

	@Test
	void addressesOutsideTheDatabaseAreUnknown() {
		assertThat(countries.countryOf(InetAddress.ofLiteral("127.0.0.1"))).isEqualTo(CountryResolver.UNKNOWN);
		assertThat(countries.countryOf(InetAddress.ofLiteral("192.168.1.20"))).isEqualTo(CountryResolver.UNKNOWN);
	}

	@Test
	void looksUpTheForwardedClientOnlyBehindATrustedProxy() {
		var proxied = new MockHttpServletRequest();
		proxied.setRemoteAddr("10.0.0.2");
		proxied.addHeader("X-Forwarded-For", "89.160.20.112");
		assertThat(countries.countryOf(proxied)).isEqualTo("SE");

		var spoofed = new MockHttpServletRequest();
		spoofed.setRemoteAddr("2.125.160.216");
		spoofed.addHeader("X-Forwarded-For", "89.160.20.112");
		assertThat(countries.countryOf(spoofed)).isEqualTo("GB");
	}

}
