package app.khabar.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ProgressBarTests {

	@Test
	void printsAboutTenLinesWhenNotOnATerminal() {
		var printed = new ByteArrayOutputStream();
		var bar = ProgressBar.of(new PrintStream(printed, true, StandardCharsets.UTF_8), false);

		bar.start(1000);
		for (int i = 0; i < 1000; i++) {
			bar.advance(1);
		}
		bar.finish();

		String[] lines = printed.toString(StandardCharsets.UTF_8).split("\n");
		assertThat(lines).hasSizeBetween(10, 12);
		assertThat(lines[lines.length - 1]).startsWith("[" + "#".repeat(30) + "] 1000/1000 100.0%")
			.contains("/s ETA 0:00");
		assertThat(String.join("", lines)).doesNotContain("\r");
	}

	@Test
	void redrawsOneLineInPlaceOnATerminal() {
		var printed = new ByteArrayOutputStream();
		var bar = ProgressBar.of(new PrintStream(printed, true, StandardCharsets.UTF_8), true);

		bar.start(4);
		bar.advance(2);
		bar.note("line 3 skipped: malformed JSON");
		bar.advance(2);
		bar.finish();

		String out = printed.toString(StandardCharsets.UTF_8);
		assertThat(out).startsWith("\r[" + "#".repeat(15) + "-".repeat(15) + "] 2/4  50.0%")
			.contains("\rline 3 skipped: malformed JSON\n")
			.endsWith("] 4/4 100.0%" + out.substring(out.lastIndexOf("100.0%") + 6));
	}

	@Test
	void writesTimeLeftAsAClock() {
		assertThat(ProgressBar.clock(59)).isEqualTo("0:59");
		assertThat(ProgressBar.clock(125)).isEqualTo("2:05");
		assertThat(ProgressBar.clock(3725)).isEqualTo("1:02:05");
	}

}
