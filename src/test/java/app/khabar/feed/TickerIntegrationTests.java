package app.khabar.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.khabar.support.MutableClock;

/**
 * The breaking-news line through the real database: set, shown until it expires, kept for
 * the newsroom after that, cleared; text normalized and bounded, links only to this site
 * or https.
 */
@SpringBootTest(properties = { "khabar.newsroom.scheduled-publishing=false", "khabar.article.views-flush=1h" })
@AutoConfigureMockMvc
@Import({ FeedFixtures.class, MutableClock.Config.class })
class TickerIntegrationTests {

	@Autowired
	FeedFixtures fixtures;

	@Autowired
	Ticker ticker;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void clear() {
		ticker.clear("maryam");
	}

	@Test
	void aLineIsShownUntilItExpiresAndStaysStoredForTheNewsroom() {
		Instant expires = fixtures.clock.instant().plus(Duration.ofMinutes(10));
		String before = ticker.version();

		ticker.set("maryam", "  فوري: باران در تهران  ", "https://example.com/rain", expires);

		TickerLine shown = ticker.current().orElseThrow();
		assertThat(shown).isEqualTo(new TickerLine("فوری: باران در تهران", "https://example.com/rain", expires));
		assertThat(ticker.version()).isNotEqualTo(before).isNotEqualTo("-");
		assertThat(jdbc.sql("SELECT updated_by FROM feed_ticker").query(String.class).single()).isEqualTo("maryam");

		fixtures.clock.advance(Duration.ofMinutes(11));

		assertThat(ticker.current()).isEmpty();
		assertThat(ticker.stored()).contains(shown);
		assertThat(ticker.version()).isEqualTo("-");
	}

	@Test
	void aNewLineReplacesTheOldOneAndClearingRemovesIt() {
		ticker.set("maryam", "خبر نخست", "/news/1", null);
		ticker.set("sara", "خبر دوم", " ", null);

		assertThat(ticker.current()).contains(new TickerLine("خبر دوم", null, null));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM feed_ticker").query(Integer.class).single()).isOne();

		ticker.clear("sara");

		assertThat(ticker.current()).isEmpty();
		assertThat(ticker.stored()).isEmpty();
		assertThat(ticker.version()).isEqualTo("-");
	}

	@Test
	void refusesEmptyOrOverlongTextAndLinksThatLeadAnywhereButHereOrHttps() {
		ticker.set("maryam", "خط کنونی", null, null);

		for (String text : List.of("", "   ", "ب".repeat(Ticker.MAX_TEXT + 1))) {
			assertThatIllegalArgumentException().isThrownBy(() -> ticker.set("maryam", text, null, null));
		}
		for (String link : List.of("javascript:alert(1)", "http://example.com/", "//evil.example/", "/\\evil.example",
				"https://example.com/a b", "/news/\"onmouseover=", "/" + "a".repeat(500))) {
			assertThat(Ticker.safeLink(link)).as(link).isFalse();
			assertThatIllegalArgumentException().isThrownBy(() -> ticker.set("maryam", "خبر", link, null));
		}
		assertThat(ticker.current()).map(TickerLine::text).contains("خط کنونی");

		ticker.set("maryam", "ب".repeat(Ticker.MAX_TEXT), "/service/politics", null);
		assertThat(ticker.current()).map(TickerLine::text).contains("ب".repeat(Ticker.MAX_TEXT));
		assertThat(Ticker.safeLink("https://example.com/news?id=1")).isTrue();
	}

}
