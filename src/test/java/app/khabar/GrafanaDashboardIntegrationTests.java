package app.khabar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Grafana dashboard in {@code deploy/grafana/khabar.json} asks only for what Khabar
 * really exposes: every query's metrics and labels are read from this context's
 * {@code /actuator/prometheus}, and every meter of Khabar's own has a panel, so a
 * renamed, dropped or new meter fails here instead of leaving an empty panel.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class GrafanaDashboardIntegrationTests {

	static final Path DASHBOARD = Path.of("deploy/grafana/khabar.json");

	/** A metric selector: its name and what is between its braces. */
	static final Pattern SELECTOR = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{([^}]*)}");

	static final Pattern MATCHER = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)\\s*(?:=~|!~|!=|=)\\s*\"");

	static final Pattern GROUPING = Pattern.compile("\\b(?:by|without)\\s*\\(([^)]*)\\)");

	static final Pattern LABEL_VALUES = Pattern
		.compile("label_values\\(\\s*([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*,\\s*(\\w+)\\s*\\)");

	/** Added by Prometheus when it scrapes, so no series of Khabar's own has it. */
	static final String SCRAPE_LABEL = "instance";

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	Map<String, Set<String>> exposed;

	JsonNode dashboard;

	@BeforeEach
	void scrapeAndRead() throws Exception {
		// one request and one collection, so the HTTP timer and the GC pause timer have
		// series
		assertThat(OpsEndpointsIntegrationTests.get(port, "/").statusCode()).isEqualTo(200);
		System.gc();
		var response = OpsEndpointsIntegrationTests.get(managementPort, "/actuator/prometheus");
		assertThat(response.statusCode()).isEqualTo(200);
		this.exposed = labelsByName(response.body());
		this.dashboard = JsonMapper.builder().build().readTree(Files.readString(DASHBOARD));
	}

	@Test
	void everyQueryReadsMetricsAndLabelsKhabarExposes() {
		List<String> expressions = expressions();
		assertThat(expressions).hasSizeGreaterThan(20);
		for (String expr : expressions) {
			Matcher selector = SELECTOR.matcher(expr);
			Set<String> labels = new HashSet<>(Set.of(SCRAPE_LABEL));
			int selectors = 0;
			while (selector.find()) {
				selectors++;
				String name = selector.group(1);
				assertThat(this.exposed).as("a metric of %s", expr).containsKey(name);
				labels.addAll(this.exposed.get(name));
				Matcher matcher = MATCHER.matcher(selector.group(2));
				while (matcher.find()) {
					if (!matcher.group(1).equals(SCRAPE_LABEL)) {
						assertThat(this.exposed.get(name)).as("label %s of %s in %s", matcher.group(1), name, expr)
							.contains(matcher.group(1));
					}
				}
			}
			assertThat(selectors).as("metrics selected by %s", expr).isPositive();
			Matcher grouping = GROUPING.matcher(expr);
			while (grouping.find()) {
				for (String label : grouping.group(1).split(",")) {
					assertThat(labels).as("grouping label of %s", expr).contains(label.strip());
				}
			}
		}
	}

	@Test
	void theNodeVariableListsTheInstancesOfAMetricKhabarExposes() {
		JsonNode variables = this.dashboard.path("templating").path("list");
		List<String> names = new ArrayList<>();
		for (JsonNode variable : variables) {
			names.add(variable.path("name").asString());
			if (variable.path("type").asString().equals("query")) {
				Matcher query = LABEL_VALUES.matcher(variable.path("query").path("query").asString());
				assertThat(query.matches()).as(variable.toString()).isTrue();
				assertThat(this.exposed).containsKey(query.group(1));
				assertThat(query.group(2)).isEqualTo(SCRAPE_LABEL);
			}
		}
		assertThat(names).containsExactly("DS_PROMETHEUS", "instance");
	}

	@Test
	void everyPanelQueriesThePrometheusOfTheInput() {
		assertThat(this.dashboard.path("__inputs").path(0).path("name").asString()).isEqualTo("DS_PROMETHEUS");
		for (JsonNode panel : this.dashboard.path("panels")) {
			if (panel.path("type").asString().equals("row")) {
				continue;
			}
			assertThat(panel.path("datasource").path("uid").asString()).as(panel.path("title").asString())
				.isEqualTo("${DS_PROMETHEUS}");
			assertThat(panel.path("targets").isEmpty()).as(panel.path("title").asString()).isFalse();
			for (JsonNode target : panel.path("targets")) {
				assertThat(target.path("expr").asString()).as(panel.path("title").asString()).contains("$instance");
			}
		}
	}

	@Test
	void everyOneOfKhabarsOwnMetersAndTheCacheGetsHaveAPanel() {
		String all = String.join("\n", expressions());
		for (String name : this.exposed.keySet()) {
			if (name.startsWith("khabar_") || name.startsWith("cache_gets")) {
				String meter = name.replaceFirst("_(bucket|count|sum|max)$", "");
				assertThat(all).as("a panel for %s", meter)
					.containsPattern("\\b" + Pattern.quote(meter) + "(_\\w+)?\\{");
			}
		}
		assertThat(all).contains("http_server_requests_seconds_bucket", "jvm_memory_used_bytes",
				"jvm_gc_pause_seconds_sum");
	}

	private List<String> expressions() {
		List<String> expressions = new ArrayList<>();
		for (JsonNode panel : this.dashboard.path("panels")) {
			for (JsonNode target : panel.path("targets")) {
				expressions.add(target.path("expr").asString());
			}
		}
		return expressions;
	}

	/** Each metric's name with the names of the labels its series carry. */
	static Map<String, Set<String>> labelsByName(String prometheus) {
		Map<String, Set<String>> labels = new TreeMap<>();
		Pattern label = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"(?:[^\"\\\\]|\\\\.)*\"");
		for (String line : prometheus.lines().toList()) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			int end = 0;
			while (end < line.length() && line.charAt(end) != '{' && line.charAt(end) != ' ') {
				end++;
			}
			Set<String> names = labels.computeIfAbsent(line.substring(0, end), (name) -> new HashSet<>());
			if (end < line.length() && line.charAt(end) == '{') {
				Matcher matcher = label.matcher(line.substring(end + 1, line.lastIndexOf('}')));
				while (matcher.find()) {
					names.add(matcher.group(1));
				}
			}
		}
		return labels;
	}

}
