package app.khabar.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.khabar.KhabarApplication;
import app.khabar.account.AccountId;
import app.khabar.account.Role;
import app.khabar.account.StaffMember;
import app.khabar.article.ArticleViews;
import app.khabar.comment.captcha.CaptchaVerifier;
import app.khabar.feed.Popular;
import app.khabar.moderation.BanKind;
import app.khabar.moderation.ModerationRules;
import app.khabar.support.AltchaSolver;
import app.khabar.support.TestDatabases;
import app.khabar.web.ClientIdentity;

/**
 * A site backed up with {@code backup} and restored with {@code restore} onto an empty
 * machine (a fresh data dir, an empty database) is the same site: the same public pages
 * and media, the same comments and counters, the same client hash for the same client (so
 * a ban still matches it), captchas issued before the backup still verify, and search
 * finds the articles (the index, not in the backup, is rebuilt). On H2 the backup is
 * taken while the site runs, through the site itself;
 * {@link BackupRoundTripPostgresIntegrationTests} runs the same on PostgreSQL with
 * {@code pg_dump}. A damaged backup and a target that is not empty are refused, and
 * change nothing.
 */
class BackupRoundTripIntegrationTests {

	/** Rows that a restore must give back as they were. */
	static final List<String> TABLES = List.of("article_article", "comment_comment", "comment_counters", "comment_vote",
			"moderation_ban", "moderation_review_item", "feed_box", "account_account");

	private static final Pattern MEDIA = Pattern.compile("/media/[^\"'\\s)?,]+");

	/**
	 * The Spring options of a new, empty site: its own data dir and an empty database.
	 */
	protected List<String> emptySite(Path dataDir) {
		// Khabar's default H2 URL: a file under the data dir
		return List.of("--khabar.data-dir=" + dataDir,
				"--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("db/khabar")
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE");
	}

	/**
	 * What the summary of a backup of the running site says: on H2 the site itself made
	 * the copy (the command met its file lock).
	 */
	protected String onlineBackup() {
		return "به دست سایتِ در حال اجرا";
	}

	@Test
	void aRestoredSiteIsTheSameSite() throws Exception {
		Path root = Path.of("target", "test-data", "backup-" + UUID.randomUUID()).toAbsolutePath();
		List<String> original = emptySite(root.resolve("original"));
		Path backup = root.resolve("backup");

		Site before;
		String payload;
		String spare;
		String hash;
		try (ConfigurableApplicationContext site = start(original)) {
			hash = site.getBean(ClientIdentity.class).hash(InetAddress.getLoopbackAddress()).value();
			site.getBean(ModerationRules.class)
				.ban(new StaffMember(new AccountId(1), "admin", "مدیر", Set.of(Role.ADMIN)), BanKind.CLIENT, hash,
						"آزمون پشتیبان");
			CaptchaVerifier captchas = site.getBean(CaptchaVerifier.class);
			payload = AltchaSolver.solve(captchas.newChallenge());
			spare = AltchaSolver.solve(captchas.newChallenge());
			before = Site.read(site);

			Run backedUp = run("backup", backup, original);

			assertThat(backedUp.exit()).as(backedUp.err()).isZero();
			assertThat(backedUp.out()).contains(onlineBackup());
		}
		// with the site stopped, the command opens the database itself
		Run offline = run("backup", root.resolve("offline"), original);
		assertThat(offline.exit()).as(offline.err()).isZero();
		assertThat(offline.out()).doesNotContain("به دست سایتِ در حال اجرا");
		assertThat(root.resolve("offline/manifest.properties")).exists();
		assertThat(before.comments()).as("the demo content has comments").isNotEmpty();
		assertThat(before.media()).as("the article page shows an uploaded picture").isNotNull();
		assertThat(backup.resolve("manifest.properties")).exists();
		assertThat(backup.resolve("secrets/client-hash.key")).exists();
		assertThat(backup.resolve("secrets/captcha-hmac.key")).exists();
		assertThat(backup.resolve("secrets/backup.key")).doesNotExist();

		Path restoredDir = root.resolve("restored");
		List<String> restored = emptySite(restoredDir);
		Run restoredRun = run("restore", backup, restored);
		assertThat(restoredRun.exit()).as(restoredRun.err()).isZero();
		assertThat(restoredDir.resolve("search")).doesNotExist();

		// the restored site in a JVM of its own, as on a new machine: nothing of the
		// original's JVM (its caches, its Map.of orders) can make the pages agree
		try (Node node = Node.start(restored, root.resolve("restored.log"))) {
			String home = node.get("/");
			String article = node.get("/news/" + before.articleId() + "/x");
			// kept beside the backup, to diff when they differ
			Files.writeString(root.resolve("home-before.html"), before.home());
			Files.writeString(root.resolve("home-after.html"), home);
			Files.writeString(root.resolve("article-before.html"), before.article());
			Files.writeString(root.resolve("article-after.html"), article);
			assertThat(home.lines().toList()).isEqualTo(before.home().lines().toList());
			assertThat(article.lines().toList()).isEqualTo(before.article().lines().toList());
			assertThat(node.bytes(before.media())).isEqualTo(before.mediaBytes());
			assertThat(Files.isDirectory(restoredDir.resolve("search"))).as("the index was rebuilt").isTrue();
			assertThat(node.get("/search?q=" + URLEncoder.encode(before.titleWord(), StandardCharsets.UTF_8)))
				.contains("/news/" + before.articleId() + "/");
		}

		try (ConfigurableApplicationContext site = start(restored)) {
			assertThat(Site.rows(site.getBean(JdbcClient.class))).isEqualTo(before.rows());
			assertThat(site.getBean(ClientIdentity.class).hash(InetAddress.getLoopbackAddress()).value())
				.isEqualTo(hash);
			assertThat(site.getBean(CaptchaVerifier.class).check(spare).valid()).isTrue();

			// a captcha solved before the backup passes, and the ban on this client's
			// hash refuses the comment (a changed key would fail the captcha, a
			// changed hash would let the comment into the queue)
			var posted = post(site, "/api/v1/articles/" + before.articleId() + "/comments",
					"{\"name\":\"مهمان\",\"text\":\"نظری پس از بازگردانی\",\"altcha\":\"" + payload + "\"}");
			assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
			assertThat(posted.body()).contains("\"status\":\"REJECTED\"");
		}

		// refused, and nothing changes: a target that is not empty, and a damaged backup
		Run again = run("restore", backup, restored);
		assertThat(again.exit()).isEqualTo(1);
		assertThat(again.err()).contains("خالی نیست");
		assertThat(restoredDir.resolve("search")).as("left as it was").isDirectory();

		// over a site (stopped) with --force: its index, built on the start above, goes
		Run forced = run("restore", backup, with(restored, "--force"));
		assertThat(forced.exit()).as(forced.err()).isZero();
		assertThat(restoredDir.resolve("search")).doesNotExist();

		Path damaged = root.resolve("damaged");
		copy(backup, damaged);
		Path key = damaged.resolve("secrets/client-hash.key");
		Files.writeString(key, Files.readString(key).replace('A', 'B').replace('a', 'b') + "=");
		Path untouched = root.resolve("untouched");
		Run refused = run("restore", damaged, emptySite(untouched));
		assertThat(refused.exit()).isEqualTo(1);
		assertThat(refused.err()).contains("دست‌کاری", "secrets/client-hash.key");
		assertThat(untouched).doesNotExist();

		Files.delete(damaged.resolve("manifest.properties"));
		Run incomplete = run("restore", damaged, emptySite(untouched));
		assertThat(incomplete.exit()).isEqualTo(1);
		assertThat(incomplete.err()).contains("manifest.properties");
		assertThat(untouched).doesNotExist();
	}

	/** What must be the same after a restore, read from a running site. */
	record Site(long articleId, String titleWord, List<String> rows, String home, String article, String media,
			byte[] mediaBytes, List<String> comments) {

		static Site read(ConfigurableApplicationContext site) throws Exception {
			JdbcClient jdbc = site.getBean(JdbcClient.class);
			long article = jdbc.sql("""
					SELECT c.article_id FROM comment_counters c JOIN article_article a ON a.id = c.article_id
					WHERE a.status = 'PUBLISHED' ORDER BY c.published DESC, c.article_id LIMIT 1
					""").query(Long.class).single();
			String title = jdbc.sql("SELECT title FROM article_article WHERE id = :id")
				.param("id", article)
				.query(String.class)
				.single();
			String word = Stream.of(title.split("\\s+")).filter(w -> w.length() > 3).findFirst().orElse(title);
			// this test's reads are page views, and the home page's "most read" is a
			// node's list, recomputed once a minute: the views are stored and the list
			// made anew before the pages are taken, and again after, so the backup
			// holds what these pages show
			get(site, "/news/" + article + "/x");
			settle(site);
			String home = page(get(site, "/").body());
			String page = page(get(site, "/news/" + article + "/x").body());
			settle(site);
			Matcher media = MEDIA.matcher(page);
			String picture = media.find() ? media.group() : null;
			return new Site(article, word, rows(jdbc), home, page, picture,
					picture != null ? bytes(site, picture) : new byte[0],
					jdbc.sql("SELECT id FROM comment_comment")
						.query(Long.class)
						.list()
						.stream()
						.map(String::valueOf)
						.toList());
		}

		private static void settle(ConfigurableApplicationContext site) {
			site.getBean(ArticleViews.class).flush();
			site.getBean(Popular.class).refresh();
		}

		static List<String> rows(JdbcClient jdbc) {
			List<String> rows = new ArrayList<>();
			for (String table : TABLES) {
				jdbc.sql("SELECT * FROM " + table + " ORDER BY 1").query((row, n) -> {
					var columns = new StringBuilder(table);
					for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
						columns.append(' ')
							.append(row.getMetaData().getColumnName(i))
							.append('=')
							.append(row.getObject(i));
					}
					return columns.toString();
				}).list().forEach(rows::add);
			}
			return rows;
		}

	}

	/**
	 * A page as every reader gets it. Nothing is stripped: a page a cache may keep holds
	 * nothing per request or per node (DESIGN "Read an article"), and the page views that
	 * differ between the two runs (this test's own reads) are not shown on pages.
	 */
	static String page(String html) {
		return html;
	}

	private static List<String> with(List<String> options, String option) {
		List<String> all = new ArrayList<>(options);
		all.add(option);
		return all;
	}

	static ConfigurableApplicationContext start(List<String> options) {
		List<String> args = new ArrayList<>(options);
		args.addAll(siteOptions());
		args.add("--server.port=0");
		return new SpringApplicationBuilder(KhabarApplication.class).run(args.toArray(String[]::new));
	}

	/** What every site of this test runs with, beside its data dir and database. */
	static List<String> siteOptions() {
		// the demo content (articles, pictures, comments, boxes); absolute links
		// (canonical, feeds, JSON-LD) name the site's address, not the request's, as
		// the sites listen on different ports
		return List.of("--khabar.demo.enabled=true", "--khabar.web.base-url=https://khabar.example",
				"--management.server.port=0", "--" + TestDatabases.SAME_DATABASE + "=true",
				"--" + TestDatabases.OWN_DATA_DIR + "=true");
	}

	record Run(int exit, String out, String err) {
	}

	/**
	 * Khabar in a JVM of its own ({@code java -cp … app.khabar.KhabarApplication}), on a
	 * free port, answering once ready; stopped as a SIGTERM stops it.
	 */
	record Node(Process process, String base, Path log) implements AutoCloseable {

		static Node start(List<String> options, Path log) throws Exception {
			int port;
			try (var socket = new ServerSocket(0)) {
				port = socket.getLocalPort();
			}
			List<String> args = new ArrayList<>(
					List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
							System.getProperty("java.class.path"), "-Xmx384m", KhabarApplication.class.getName()));
			args.addAll(options);
			args.addAll(siteOptions());
			args.add("--server.port=" + port);
			Process process = new ProcessBuilder(args).redirectErrorStream(true).redirectOutput(log.toFile()).start();
			var node = new Node(process, "http://127.0.0.1:" + port, log);
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
			try (HttpClient http = HttpClient.newHttpClient()) {
				while (true) {
					assertThat(process.isAlive()).as("the node runs; its log: %s", log).isTrue();
					assertThat(System.nanoTime() - deadline).as("the node is ready within 240 s; its log: %s", log)
						.isNegative();
					try {
						if (http
							.send(HttpRequest.newBuilder(URI.create(node.base() + "/readyz")).build(),
									HttpResponse.BodyHandlers.discarding())
							.statusCode() == 200) {
							return node;
						}
					}
					catch (IOException notYet) {
						// not listening yet
					}
					Thread.sleep(250);
				}
			}
		}

		String get(String path) throws Exception {
			return BackupRoundTripIntegrationTests.get(URI.create(base + path)).body();
		}

		byte[] bytes(String path) throws Exception {
			return BackupRoundTripIntegrationTests.bytes(URI.create(base + path));
		}

		@Override
		public void close() throws Exception {
			process.destroy();
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
			}
		}

	}

	/**
	 * Runs {@code java -cp … app.khabar.KhabarApplication <command>
	 *
	<dir>
	 *  <options>} in a JVM of its own, as an operator does: on H2 only another process
	 * meets the file lock of the running site.
	 */
	static Run run(String command, Path dir, List<String> options) throws Exception {
		List<String> args = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), "-Xmx128m", "-Dstdout.encoding=UTF-8",
				"-Dstderr.encoding=UTF-8", KhabarApplication.class.getName(), command, dir.toString()));
		args.addAll(options);
		Path out = Files.createTempFile("khabar-" + command, ".out");
		Path err = Files.createTempFile("khabar-" + command, ".err");
		Process process = new ProcessBuilder(args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("%s ended", command).isTrue();
		var run = new Run(process.exitValue(), Files.readString(out), Files.readString(err));
		Files.delete(out);
		Files.delete(err);
		return run;
	}

	static HttpResponse<String> get(ConfigurableApplicationContext site, String path) throws Exception {
		return get(uri(site, path));
	}

	static HttpResponse<String> get(URI uri) throws Exception {
		try (HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()) {
			var response = http.send(HttpRequest.newBuilder(uri).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			assertThat(response.statusCode()).as(uri.toString()).isEqualTo(200);
			return response;
		}
	}

	static byte[] bytes(ConfigurableApplicationContext site, String path) throws Exception {
		return bytes(uri(site, path));
	}

	static byte[] bytes(URI uri) throws Exception {
		try (HttpClient http = HttpClient.newHttpClient()) {
			var response = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).as(uri.toString()).isEqualTo(200);
			return response.body();
		}
	}

	static HttpResponse<String> post(ConfigurableApplicationContext site, String path, String json) throws Exception {
		try (HttpClient http = HttpClient.newHttpClient()) {
			return http.send(HttpRequest.newBuilder(uri(site, path))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
	}

	private static URI uri(ConfigurableApplicationContext site, String path) {
		int port = ((ServletWebServerApplicationContext) site).getWebServer().getPort();
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private static void copy(Path from, Path to) throws Exception {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				Files.createDirectories(target.getParent());
				Files.copy(file, target);
			}
		}
	}

}
