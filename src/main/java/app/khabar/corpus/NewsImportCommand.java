package app.khabar.corpus;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import app.khabar.shared.ProgressBar;

/**
 * {@code java -jar khabar.jar import-news <news.jsonl> [--spring.profiles.active=postgres ...]}:
 * starts Khabar with its web server not listening, imports the file into the configured
 * database with a progress bar, prints a summary and returns the process' exit status (0
 * done, 1 the file or the import failed, 2 usage).
 */
public final class NewsImportCommand {

	/** The first program argument that selects this command. */
	public static final String NAME = "import-news";

	private NewsImportCommand() {
	}

	public static int run(Class<?> application, String[] args) {
		PrintStream out = System.out;
		if (args.length < 2 || args[1].startsWith("--")) {
			System.err.println("usage: " + NAME + " <path-to-news.jsonl> [--spring.option=value ...]");
			return 2;
		}
		Path file = Path.of(args[1]);
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			System.err.println(NAME + ": cannot read " + file.toAbsolutePath());
			return 1;
		}
		var spring = new SpringApplication(application);
		try (ConfigurableApplicationContext context = spring.run(springArguments(args))) {
			NewsImport.Summary summary = context.getBean(NewsImport.class).importFile(file, ProgressBar.on(out));
			out.print(summary.report());
			return 0;
		}
		catch (IOException e) {
			System.err.println(NAME + ": " + e.getMessage());
			return 1;
		}
	}

	/**
	 * The options after the file, plus two defaults unless given: no demo content (an
	 * import loads only the file) and no HTTP port. The web shell's beans need a servlet
	 * context, so the context stays a web one, but with {@code server.port=-1} its server
	 * never listens.
	 */
	static String[] springArguments(String[] args) {
		List<String> options = new ArrayList<>(Arrays.asList(args).subList(2, args.length));
		if (options.stream().noneMatch(option -> option.startsWith("--khabar.demo.enabled"))) {
			options.add("--khabar.demo.enabled=false");
		}
		if (options.stream().noneMatch(option -> option.startsWith("--server.port"))) {
			options.add("--server.port=-1");
		}
		return options.toArray(String[]::new);
	}

}
