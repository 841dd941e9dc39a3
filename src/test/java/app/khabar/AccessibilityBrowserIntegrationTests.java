package app.khabar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.khabar.account.AccountId;
import app.khabar.account.AccountManagement;
import app.khabar.account.NewAccount;
import app.khabar.account.Role;
import app.khabar.comment.CommentImport;
import app.khabar.comment.CommentStatus;
import app.khabar.support.BrowserSupport;

/**
 * axe-core (the engine Lighthouse's accessibility audit runs) in real Chromium on the
 * pages readers and staff use most, over the demo content: home, a section, an article
 * with comments, search, login, the moderation queue and the newsroom editor, each in the
 * light and in the dark colour scheme (emulated through the DevTools protocol, and
 * checked to be in force): not one serious or critical violation. axe.min.js comes from a
 * test dependency's jar, injected into each page by the driver (which the page's
 * Content-Security-Policy does not govern).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "khabar.demo.enabled=true", "khabar.newsroom.scheduled-publishing=false" })
class AccessibilityBrowserIntegrationTests {

	static final String PASSWORD = "Own-pass-5678-x";

	static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

	@RegisterExtension
	static BrowserSupport browser = new BrowserSupport();

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	CommentImport comments;

	@Test
	void noPageHasASeriousOrCriticalViolationInEitherColourScheme() {
		ChromeDriver driver = (ChromeDriver) browser.driver();
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
		driver.get(url("/"));
		String article = driver.findElement(By.cssSelector("main a[href^='/news/']")).getDomAttribute("href");
		String section = driver.findElement(By.cssSelector("a[href^='/service/']")).getDomAttribute("href");
		long articleId = Long.parseLong(article.split("/")[2]);
		comments.store(articleId, null, "مینا", "نظری که منتظر بررسی است.", "IR", CommentStatus.PENDING, Instant.now(),
				0, 0);
		AccountId admin = accounts.create(new NewAccount("sara.admin", "سارا", "Temp-pass-1234",
				Set.of(Role.ADMIN, Role.EDITOR, Role.MODERATOR)));
		accounts.changeOwnPassword(admin, "Temp-pass-1234", PASSWORD);

		List<String> readerPages = List.of("/", section, article, "/search?q=" + encode("تهران"), "/login");
		List<String> staffPages = List.of("/moderation", "/newsroom/articles/" + articleId + "/edit");
		Map<String, List<String>> violations = new LinkedHashMap<>();
		for (String scheme : List.of("light", "dark")) {
			colourScheme(driver, scheme);
			readerPages.forEach(path -> audit(driver, path, scheme, violations));
		}
		signIn(driver);
		for (String scheme : List.of("light", "dark")) {
			colourScheme(driver, scheme);
			staffPages.forEach(path -> audit(driver, path, scheme, violations));
		}
		assertThat(violations).as("serious or critical axe-core violations, by page and colour scheme").isEmpty();
	}

	void audit(ChromeDriver driver, String path, String scheme, Map<String, List<String>> violations) {
		driver.get(url(path));
		assertThat(driver.executeScript("return matchMedia('(prefers-color-scheme: " + scheme + ")').matches"))
			.as("%s is shown in the %s scheme", path, scheme)
			.isEqualTo(true);
		driver.executeScript(AXE);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> found = (List<Map<String, Object>>) driver.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { resultTypes: ['violations'] })
				  .then(result => done(result.violations.map(v => ({ id: v.id, impact: v.impact,
				    count: v.nodes.length, where: v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ') }))))
				  .catch(error => done([{ id: 'axe-error', impact: 'critical', count: 1, where: String(error) }]));
				""");
		List<String> failing = found.stream()
			.filter(v -> FAILING_IMPACTS.contains(String.valueOf(v.get("impact"))))
			.map(v -> v.get("id") + " ×" + v.get("count") + " (" + v.get("impact") + "): " + v.get("where"))
			.toList();
		if (!failing.isEmpty()) {
			violations.put(path + " [" + scheme + "]", failing);
		}
	}

	static void colourScheme(ChromeDriver driver, String scheme) {
		driver.executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
	}

	void signIn(ChromeDriver driver) {
		driver.get(url("/login"));
		driver.findElement(By.id("login-username")).sendKeys("sara.admin");
		driver.findElement(By.id("login-password")).sendKeys(PASSWORD);
		driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/login"));
	}

	/** axe-core's browser build, from the jar of the test dependency that ships it. */
	static final String AXE = axeSource();

	private static String axeSource() {
		try (InputStream in = AccessibilityBrowserIntegrationTests.class.getResourceAsStream("/axe.min.js")) {
			assertThat(in).as("axe.min.js on the test classpath (com.deque.html.axe-core:selenium)").isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

}
