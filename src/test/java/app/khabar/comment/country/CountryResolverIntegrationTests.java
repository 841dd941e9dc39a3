package app.khabar.comment.country;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The country header of a trusted proxy, and nothing else, when no database is
 * configured.
 */
@SpringBootTest(properties = { "khabar.client.trusted-proxies=10.0.0.0/8,fd00::/8",
		"khabar.comment.country-header=CF-IPCountry" })
class CountryResolverIntegrationTests {

	@Autowired
	CountryResolver countries;

	static MockHttpServletRequest from(String peer, String country) {
		var request = new MockHttpServletRequest("POST", "/news/7/comments");
		request.setRemoteAddr(peer);
		request.addHeader("CF-IPCountry", country);
		return request;
	}

	@Test
	void readsTheCountryHeaderOfATrustedProxy() {
		assertThat(countries.countryOf(from("10.1.2.3", "ir"))).isEqualTo("IR");
		assertThat(countries.countryOf(from("fd00::5", "DE"))).isEqualTo("DE");
	}

	@Test
	void ignoresTheHeaderFromAnyoneElse() {
		assertThat(countries.countryOf(from("203.0.113.9", "IR"))).isEqualTo(CountryResolver.UNKNOWN);
	}

	@Test
	void treatsMalformedAndPlaceholderCodesAsUnknown() {
		assertThat(countries.countryOf(from("10.1.2.3", "XX"))).isEqualTo(CountryResolver.UNKNOWN);
		assertThat(countries.countryOf(from("10.1.2.3", "T1"))).isEqualTo(CountryResolver.UNKNOWN);
		assertThat(countries.countryOf(from("10.1.2.3", "<script>"))).isEqualTo(CountryResolver.UNKNOWN);
		assertThat(countries.countryOf(new MockHttpServletRequest())).isEqualTo(CountryResolver.UNKNOWN);
	}

}
