package app.khabar.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

@ExtendWith(OutputCaptureExtension.class)
class DatabaseOutageLogTests {

	final AtomicLong now = new AtomicLong(1_000);

	final DatabaseOutageLog log = new DatabaseOutageLog("answering 503", "request(s) answered 503", now::get);

	final RuntimeException failure = new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
			new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));

	@Test
	void anOutageIsOneLineWithItsCauseThenOneLineAMinuteWithTheCount(CapturedOutput output) {
		for (int i = 0; i < 1_000; i++) {
			log.failed(failure);
			now.addAndGet(DatabaseOutageLog.INTERVAL.toNanos() / 1_500);
		}
		var lines = lines(output);
		assertThat(lines).hasSize(1);
		assertThat(lines.getFirst()).contains("Database unavailable",
				"CannotGetJdbcConnectionException <- java.sql.SQLTransientConnectionException: HikariPool-1");

		for (int i = 0; i < 1_000; i++) {
			log.failed(failure);
			now.addAndGet(DatabaseOutageLog.INTERVAL.toNanos() / 1_500);
		}
		lines = lines(output);
		assertThat(lines).hasSize(2);
		assertThat(lines.get(1)).contains("Database still unavailable: 1501 request(s)");
		assertThat(output.toString()).doesNotContain("\tat ");
	}

	@Test
	void aQuietSpellEndsTheEpisodeSoTheNextOutageIsLoggedAgain(CapturedOutput output) {
		log.failed(failure);
		now.addAndGet(DatabaseOutageLog.QUIET.toNanos() - 1);
		log.failed(failure);
		assertThat(lines(output)).as("still the same outage").hasSize(1);

		now.addAndGet(DatabaseOutageLog.QUIET.toNanos());
		log.failed(failure);
		assertThat(lines(output)).hasSize(2).allMatch(line -> line.contains("Database unavailable: answering 503"));
	}

	private static java.util.List<String> lines(CapturedOutput output) {
		return output.toString().lines().filter(line -> line.contains("Database")).toList();
	}

}
