package app.khabar.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Real Chromium for browser tests, driven by the distribution's chromedriver (packages
 * {@code chromium}, {@code chromium-driver}); no network, a fresh profile under
 * {@code target/}. One browser per test class: <pre>{@code
 * &#64;SpringBootTest(webEnvironment = RANDOM_PORT)
 * class ArticlePageBrowserIntegrationTests {

 *     &#64;RegisterExtension
 *     static BrowserSupport browser = new BrowserSupport();
 *
 *     &#64;LocalServerPort int port;
 *
 *
&#64;Test
 *     void showsTheArticle() {
 *         browser.driver().get("http://localhost:" + port + "/news/1/x");
 *         browser.screenshot("article");   // target/screenshots/article.png
 *     }
 * }
 * }</pre> Without the binaries the class is skipped, saying why; with
 * {@code -Dkhabar.require-browser=true} (CI) it fails.
 */
public final class BrowserSupport implements BeforeAllCallback, AfterAllCallback {

	static final Path CHROMIUM = Path.of(System.getProperty("khabar.chromium", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getProperty("khabar.chromedriver", "/usr/bin/chromedriver"));

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private WebDriver driver;

	private final boolean javaScript;

	public BrowserSupport() {
		this(true);
	}

	private BrowserSupport(boolean javaScript) {
		this.javaScript = javaScript;
	}

	/** A browser with JavaScript switched off, for the pages' plain-HTML paths. */
	public static BrowserSupport withoutJavaScript() {
		return new BrowserSupport(false);
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			String message = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
					+ " (apt-get install chromium chromium-driver)";
			if (Boolean.getBoolean("khabar.require-browser")) {
				Assertions.fail(message + "; -Dkhabar.require-browser=true makes this a failure");
			}
			Assumptions.abort(message + "; skipping " + context.getDisplayName());
		}
		Path profile = Path.of("target", "chromium-profiles", UUID.randomUUID().toString()).toAbsolutePath();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1280,1000", "--user-data-dir=" + profile);
		if (!javaScript) {
			options.setExperimentalOption("prefs",
					java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
		}
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		// the console, for tests that read it (consoleMessages)
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
		driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (driver != null) {
			driver.quit();
		}
	}

	/** The browser of this test class. */
	public WebDriver driver() {
		return driver;
	}

	/**
	 * What the pages wrote to the browser's console since the last call (errors, CSP
	 * refusals, script logs).
	 */
	public List<String> consoleMessages() {
		return driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.map(entry -> entry.getLevel() + " " + entry.getMessage())
			.toList();
	}

	/**
	 * Saves what the browser shows now as {@code target/screenshots/<name>.png} and
	 * returns the file.
	 */
	public Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + ".png");
			Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Resizes the window, e.g. to a phone's width (390, 844) before a screenshot. */
	public void windowSize(int width, int height) {
		driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
	}

}
