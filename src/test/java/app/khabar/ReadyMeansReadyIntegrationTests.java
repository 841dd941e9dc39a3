package app.khabar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

import app.khabar.article.ArticleCatalog;
import app.khabar.article.ArticleSummary;
import app.khabar.shared.PageRequest;

/**
 * Ready means ready: a fresh node opens its port only once the schema is migrated, the
 * demo content is loaded and the search index holds it, so the very first request (made
 * the moment the port opens, before the application calls itself started) gets the demo
 * articles, and a search finds them; the readiness probe says 503 until the start is over
 * and 200 after, while the liveness probe answers on its own.
 */
class ReadyMeansReadyIntegrationTests {

	/** What the first requests, made the moment the site's port opened, got. */
	record FirstAnswers(ReadinessState readiness, List<String> demoTitles, HttpResponse<String> home,
			HttpResponse<String> search, HttpResponse<String> readyz) {
	}

	static final class FirstRequests implements ApplicationListener<WebServerInitializedEvent> {

		final AtomicReference<@Nullable FirstAnswers> answers = new AtomicReference<>();

		final AtomicReference<@Nullable Exception> failure = new AtomicReference<>();

		@Override
		public void onApplicationEvent(WebServerInitializedEvent event) {
			if (event.getApplicationContext().getServerNamespace() != null || answers.get() != null) {
				return; // the management server's
			}
			ApplicationContext context = event.getApplicationContext();
			int port = event.getWebServer().getPort();
			try {
				List<String> titles = context.getBean(ArticleCatalog.class)
					.latest(PageRequest.of(1, 20))
					.items()
					.stream()
					.map(ArticleSummary::title)
					.toList();
				String query = titles.isEmpty() ? "خبر" : titles.getFirst();
				answers.set(new FirstAnswers(context.getBean(ApplicationAvailability.class).getReadinessState(), titles,
						get(port, "/"), get(port, "/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)),
						get(port, "/readyz")));
			}
			catch (Exception ex) {
				failure.set(ex);
			}
		}

	}

	static HttpResponse<String> get(int port, String path) throws Exception {
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
	}

	@Test
	void theFirstRequestOfAFreshNodeGetsTheDemoArticlesAndTheProbeTurnsReadyOnlyAfterTheStart() throws Exception {
		var first = new FirstRequests();
		try (ConfigurableApplicationContext node = new SpringApplicationBuilder(KhabarApplication.class)
			.listeners(first)
			.run("--server.port=0", "--management.server.port=0", "--khabar.demo.enabled=true",
					"--khabar.newsroom.scheduled-publishing=false")) {
			assertThat(first.failure.get()).isNull();
			FirstAnswers answers = first.answers.get();
			assertThat(answers).isNotNull();
			assertThat(answers.readiness()).isEqualTo(ReadinessState.REFUSING_TRAFFIC);
			assertThat(answers.readyz().statusCode()).isEqualTo(503);
			assertThat(answers.demoTitles()).hasSizeGreaterThanOrEqualTo(5);
			assertThat(answers.home().statusCode()).isEqualTo(200);
			assertThat(answers.demoTitles()).filteredOn(answers.home().body()::contains).hasSizeGreaterThanOrEqualTo(3);
			assertThat(answers.search().statusCode()).isEqualTo(200);
			assertThat(answers.search().body()).contains(answers.demoTitles().getFirst());

			int port = node.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
			assertThat(get(port, "/readyz").statusCode()).isEqualTo(200);
			assertThat(get(port, "/livez").statusCode()).isEqualTo(200);
		}
	}

}
