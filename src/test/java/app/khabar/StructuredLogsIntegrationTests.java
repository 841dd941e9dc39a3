package app.khabar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON logs by one setting, as README "Logs" tells the operator: Khabar started in a
 * process of its own with {@code --logging.structured.format.console=ecs}, or with the
 * environment variable {@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs}, writes its first
 * log line as one ECS JSON object. The process is stopped once that line is out.
 */
class StructuredLogsIntegrationTests {

	static final String FIRST_LINE = "Starting KhabarApplication";

	@TempDir
	Path dataDir;

	@ParameterizedTest
	@ValueSource(strings = { "argument", "environment" })
	void oneSettingTurnsTheConsoleLogIntoJsonLines(String how) throws Exception {
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(), "-cp",
				System.getProperty("java.class.path"), KhabarApplication.class.getName(), "--server.port=0",
				"--management.server.port=0", "--khabar.data-dir=" + dataDir, "--khabar.demo.enabled=false"));
		var builder = new ProcessBuilder(command).redirectErrorStream(true);
		if (how.equals("argument")) {
			command.add("--logging.structured.format.console=ecs");
			builder.command(command);
		}
		else {
			builder.environment().put("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs");
		}
		Process khabar = builder.start();
		try {
			String line = CompletableFuture.supplyAsync(() -> firstLineWith(khabar, FIRST_LINE))
				.get(120, TimeUnit.SECONDS);

			JsonNode json = JsonMapper.builder().build().readTree(line);
			assertThat(json.isObject()).as(line).isTrue();
			assertThat(json.path("message").asString()).contains(FIRST_LINE);
			assertThat(json.path("@timestamp").asString()).isNotEmpty();
			assertThat(json.path("log").path("level").asString()).isEqualTo("INFO");
			assertThat(json.path("ecs").path("version").asString()).as("the ECS format").isNotEmpty();
		}
		finally {
			khabar.destroyForcibly();
			khabar.waitFor(30, TimeUnit.SECONDS);
		}
	}

	/** The first line of the process's output that contains {@code text}. */
	private static String firstLineWith(Process process, String text) {
		var seen = new ArrayList<String>();
		try (var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line; (line = out.readLine()) != null;) {
				if (line.contains(text)) {
					return line;
				}
				seen.add(line);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		throw new AssertionError("Khabar ended without logging " + text + ": " + Map.of("output", seen));
	}

}
