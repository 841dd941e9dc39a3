package app.khabar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.khabar.shared.CommonError;
import app.khabar.shared.KhabarException;
import jakarta.servlet.http.HttpServletRequest;

@KhabarWebTest(WebShellTests.ProbeController.class)
@Import(WebShellTests.ProbeController.class)
class WebShellTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Ui ui;

	@Test
	void rendersAKhabarExceptionAsAPersianPageWithItsStatusAndMessage() {
		MvcTestResult result = mvc.get().uri("/probe/missing").exchange();

		assertThat(result).hasStatus(404).hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
		assertThat(result).bodyText()
			.contains("<html lang=\"fa\" dir=\"rtl\">", "صفحه پیدا نشد", "آنچه دنبالش بودید پیدا نشد.")
			.contains("<meta name=\"robots\" content=\"noindex\">");
	}

	@Test
	void rendersAKhabarExceptionAsPersianJsonForTheApi() {
		MvcTestResult result = mvc.get().uri("/api/v1/probe/conflict").exchange();

		assertThat(result).hasStatus(409).hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("error.concurrent-change");
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(409);
		assertThat(result).bodyJson().extractingPath("$.message").asString().contains("هم‌زمان");
	}

	@Test
	void answersMalformedInputWithBadRequest() {
		assertThat(mvc.get().uri("/probe/number/abc")).hasStatus(400);
		assertThat(mvc.get().uri("/probe/number/99999999999999999999")).hasStatus(400);
		assertThat(mvc.get().uri("/probe/required")).hasStatus(400);
		assertThat(
				mvc.post().uri("/probe/json").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"q\":"))
			.hasStatus(400);
		assertThat(mvc.post().uri("/probe/json").with(csrf()).contentType(MediaType.TEXT_PLAIN).content("x"))
			.hasStatus(415);
		assertThat(mvc.put().uri("/probe/number/1").with(csrf())).hasStatus(405).headers().containsHeader("Allow");
	}

	@Test
	void answersAnUnexpectedFailureWith500AndAnIncidentId() {
		MvcTestResult result = mvc.get().uri("/probe/boom").exchange();

		assertThat(result).hasStatus(500);
		assertThat(result).bodyText().contains("خطای سرور").containsPattern("شناسهٔ پیگیری: [0-9A-Z]+");
		assertThat(result).bodyText().doesNotContain("IllegalStateException", "secret detail");
	}

	@Test
	void stripsAndNormalizesBoundText() {
		assertThat(mvc.get().uri("/probe/echo").param("q", "  خبر فوري از كابل\u00a0 ")).hasStatus(200)
			.bodyText()
			.isEqualTo("[خبر فوری از کابل]");
	}

	@Test
	void putsUiIntoEveryModel() {
		assertThat(mvc.get().uri("/probe/model")).hasStatus(200).bodyText().isEqualTo("true");
	}

	@Test
	void writesTextNumbersAndDatesInPersian() {
		assertThat(ui.t("error.incident", 42)).isEqualTo("شناسهٔ پیگیری: ۴۲");
		assertThat(ui.t("paging.page-of", 2, 1402L)).isEqualTo("صفحهٔ ۲ از ۱۴۰۲");
		assertThat(ui.t("no.such.key")).isEqualTo("??no.such.key??");
		assertThat(ui.digits(1402)).isEqualTo("۱۴۰۲");
		assertThat(ui.jalali(Instant.parse("2023-06-06T06:00:00Z"))).isEqualTo("۰۹:۳۰ - ۱۴۰۲/۰۳/۱۶");
		assertThat(ui.jalaliDate(Instant.parse("2023-06-06T06:00:00Z"))).isEqualTo("۱۴۰۲/۰۳/۱۶");
		assertThat(ui.jalaliLong(Instant.parse("2023-06-06T06:00:00Z"))).contains("خرداد", "۱۴۰۲");
		assertThat(ui.lang()).isEqualTo("fa");
		assertThat(ui.dir()).isEqualTo("rtl");
		assertThat(ui.url("/news/1/x")).isEqualTo("http://localhost:8080/news/1/x");
	}

	@Test
	void hasATitleAndMessageForEveryStatusItNames() {
		for (int status : ErrorPages.KNOWN) {
			assertThat(ui.t(ErrorPages.titleKey(status))).as("title %s", status).doesNotStartWith("??");
			assertThat(ui.t(ErrorPages.defaultMessageKey(status))).as("message %s", status).doesNotStartWith("??");
		}
		assertThat(ui.t(ErrorPages.titleKey(418))).doesNotStartWith("??");
		assertThat(ui.t(ErrorPages.titleKey(599))).doesNotStartWith("??");
	}

	@Test
	void fingerprintsStaticAssets() {
		String css = ui.asset("/css/site.css");

		assertThat(css).matches("/css/site-[0-9a-f]{32}\\.css");
		assertThat(mvc.get().uri(css)).hasStatus(200)
			.headers()
			.hasValue("Cache-Control", "max-age=31536000, public, immutable");
		assertThat(mvc.get().uri(css)).bodyText().containsPattern("/font/Vazirmatn-Regular-[0-9a-f]{32}\\.woff2");
		assertThat(ui.asset("/no/such/file.js")).isEqualTo("/no/such/file.js");
	}

	@Test
	void rendersTheLayoutWithMetaTags(@Autowired PageRenderer renderer) {
		String html = new String(
				renderer.render("error/page",
						Map.of("status", 404, "title", "عنوان «آزمایشی»", "message", "<b>متن</b>")),
				java.nio.charset.StandardCharsets.UTF_8);

		assertThat(html).startsWith("<!DOCTYPE html>")
			.contains("<title>عنوان «آزمایشی» | خبر</title>", "href=\"/css/site-",
					"<meta property=\"og:title\" content=\"عنوان «آزمایشی»\">")
			.doesNotContain("<b>", "http://", "https://");
	}

	@RestController
	static class ProbeController {

		@GetMapping("/probe/missing")
		String missing() {
			throw new KhabarException(CommonError.NOT_FOUND);
		}

		@GetMapping("/api/v1/probe/conflict")
		String conflict() {
			throw new KhabarException(CommonError.CONCURRENT_CHANGE);
		}

		@GetMapping("/probe/number/{id}")
		String number(@PathVariable long id) {
			return Long.toString(id);
		}

		@GetMapping("/probe/required")
		String required(@RequestParam int page) {
			return Integer.toString(page);
		}

		@PostMapping(path = "/probe/json", consumes = MediaType.APPLICATION_JSON_VALUE)
		String json(@RequestBody Map<String, String> body) {
			return body.toString();
		}

		@GetMapping("/probe/boom")
		String boom() {
			throw new IllegalStateException("secret detail");
		}

		@GetMapping("/probe/echo")
		String echo(@RequestParam String q) {
			return "[" + q + "]";
		}

		@GetMapping("/probe/model")
		ResponseEntity<String> model(HttpServletRequest request, org.springframework.ui.Model model) {
			return ResponseEntity.ok(Boolean.toString(model.getAttribute("ui") instanceof Ui));
		}

	}

}
