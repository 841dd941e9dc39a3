package app.khabar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;

@ExtendWith(OutputCaptureExtension.class)
class MalformedRequestLogTests {

	final AtomicLong now = new AtomicLong(1_000);

	final MalformedRequestLog log = new MalformedRequestLog(now::get);

	@Test
	void writesOneShortLineAnIntervalWithTheCountOfRefusals(CapturedOutput output) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/news/1/x;%ZZ\r\nforged line \u0000");

		log.refused(request);
		for (int i = 0; i < 1_000; i++) {
			now.addAndGet(MalformedRequestLog.INTERVAL.toNanos() / 2_000);
			log.refused(request);
		}
		assertThat(output.toString().lines().filter(line -> line.contains("malformed"))).hasSize(1);
		now.addAndGet(MalformedRequestLog.INTERVAL.toNanos() / 2);
		log.refused(request);

		var lines = output.toString().lines().filter(line -> line.contains("malformed")).toList();
		assertThat(lines).hasSize(2);
		assertThat(lines.get(0)).contains("Refused 1 malformed", "GET /news/1/x;%ZZ??forged?line??");
		assertThat(lines.get(1)).contains("Refused 1001 malformed");
		assertThat(output.toString()).doesNotContain("\tat ");
	}

	@Test
	void namesThePathThatWasAskedForNotTheErrorPage(CapturedOutput output) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
		request.setAttribute("jakarta.servlet.error.request_uri", "/x/" + "a".repeat(500));

		log.refused(request);

		assertThat(output.toString()).contains("GET /x/aaaa").doesNotContain("/error", "a".repeat(100));
	}

}
