package app.khabar.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import app.khabar.article.ArticleImport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document at {@code /v3/api-docs} and the docs page that renders it, over
 * real HTTP: OpenAPI 3.1, every {@code /api/v1} endpoint of every module in it, Persian
 * texts resolved from the bundle, and both answers through the site's security headers.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ReadApiDocumentIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ArticleImport articles;

	@Autowired
	JsonMapper json;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void describesEveryApiEndpointInOpenApi31() throws Exception {
		var response = fixtures().get("/v3/api-docs");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode document = json.readTree(response.body());
		assertThat(document.get("openapi").asString()).startsWith("3.1.");
		assertThat(document.get("info").get("title").asString()).isEqualTo("رابط خواندن خبر");
		assertThat(document.get("servers").get(0).get("url").asString()).isEqualTo("/");
		List<String> endpoints = endpoints();
		assertThat(endpoints).contains("GET /api/v1/articles", "GET /api/v1/articles/{id}",
				"GET /api/v1/articles/{id}/comments", "GET /api/v1/sections", "GET /api/v1/tags", "GET /api/v1/authors",
				"GET /api/v1/search", "POST /api/v1/articles/{id}/comments");
		for (String endpoint : endpoints) {
			String method = endpoint.substring(0, endpoint.indexOf(' ')).toLowerCase(Locale.ROOT);
			String path = endpoint.substring(endpoint.indexOf(' ') + 1);
			assertThat(document.get("paths").get(path)).as(endpoint).isNotNull();
			assertThat(document.get("paths").get(path).get(method)).as(endpoint).isNotNull();
		}
		// nothing but the API, and no message key left unresolved
		document.get("paths").propertyNames().forEach(path -> assertThat(path).startsWith("/api/v1/"));
		assertThat(response.body()).doesNotContainPattern("\"api\\.[a-z-]+\\.");
		JsonNode list = document.get("paths").get("/api/v1/articles").get("get");
		assertThat(list.get("summary").asString()).isEqualTo("فهرست خبرهای منتشرشده");
		List<String> parameters = new ArrayList<>();
		list.get("parameters").forEach(parameter -> parameters.add(parameter.get("name").asString()));
		assertThat(parameters).contains("section", "tag", "author", "since", "until", "limit", "cursor");
		assertThat(list.get("responses")
			.get("200")
			.get("content")
			.get("application/json")
			.get("schema")
			.get("$ref")
			.asString()).endsWith("/ArticleList");
		// the shared answers: revalidation and refusals, with the JSON error body
		JsonNode one = document.get("paths").get("/api/v1/articles/{id}").get("get").get("responses");
		assertThat(one.propertyNames()).contains("200", "304", "400", "404", "410");
		assertThat(one.get("410").get("description").asString()).isEqualTo("خبر از سوی تحریریه پس گرفته شده است");
		assertThat(one.get("404").get("content").get("application/json").get("schema").get("$ref").asString())
			.endsWith("/ErrorBody");
		assertThat(document.get("paths").get("/api/v1/tags").get("get").get("responses").propertyNames())
			.contains("200", "304", "400");
		List<String> directory = new ArrayList<>();
		document.get("paths")
			.get("/api/v1/authors")
			.get("get")
			.get("parameters")
			.forEach(parameter -> directory.add(parameter.get("name").asString()));
		assertThat(directory).containsExactlyInAnyOrder("page", "limit");
		assertThat(document.get("components").get("schemas").get("ArticleDetail").get("properties").get("bodyHtml"))
			.isNotNull();
		assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
	}

	@Test
	void answersOneDocumentWhateverTheLanguageAsked() throws Exception {
		String persian = fixtures().get("/v3/api-docs").body();

		assertThat(fixtures().get("/v3/api-docs", "Accept-Language", "en-US").body()).isEqualTo(persian);
		assertThat(fixtures().get("/v3/api-docs", "Accept-Language", "xx-YY;q=0.5").body()).isEqualTo(persian);
	}

	@Test
	void rendersTheDocumentAsAPersianPageOfOurOwn() throws Exception {
		var response = fixtures().get("/api/docs");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
			.contains("script-src 'self'");
		assertThat(response.body())
			.contains("dir=\"rtl\"", "راهنمای رابط خواندن خبر", "GET /api/v1/articles/{id}", "فهرست خبرهای منتشرشده",
					"<code>cursor</code>", "ArticleList", "href=\"/v3/api-docs\"")
			.doesNotContain("<script", "style=");
		String etag = response.headers().firstValue("ETag").orElseThrow();
		assertThat(fixtures().get("/api/docs", "If-None-Match", etag).statusCode()).isEqualTo(304);
	}

	/** Every method and path under /api/v1 that Spring MVC serves, from any module. */
	private List<String> endpoints() {
		List<String> endpoints = new ArrayList<>();
		mappings.getHandlerMethods().keySet().forEach(info -> {
			Set<String> paths = info.getPathPatternsCondition() != null
					? info.getPathPatternsCondition().getPatternValues() : Set.of();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String path : paths) {
				if (path.startsWith("/api/v1/")) {
					for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
						endpoints.add(method + " " + path);
					}
				}
			}
		});
		return endpoints;
	}

	private ApiFixtures fixtures() {
		return new ApiFixtures(articles, port);
	}

}
