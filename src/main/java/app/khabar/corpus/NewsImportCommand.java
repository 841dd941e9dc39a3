package app.khabar.corpus;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import app.khabar.shared.OfflineCommand;
import app.khabar.shared.ProgressBar;

/**
 * {@code java -jar khabar.jar import-news <news.jsonl> [--spring.profiles.active=postgres ...]}:
 * starts Khabar with its web server not listening, imports the file into the configured
 * database with a progress bar, prints a summary and returns the process' exit status (0
 * done, 1 the file or the import failed or stored nothing, 2 usage).
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
		var inUse = OfflineCommand.embeddedDatabaseInUse(Arrays.asList(args).subList(2, args.length));
		if (inUse.isPresent()) {
			System.err.println(NAME + ": " + inUse.get());
			return 1;
		}
		var spring = new SpringApplication(application);
		try (ConfigurableApplicationContext context = spring.run(springArguments(args))) {
			NewsImport.Summary summary = context.getBean(NewsImport.class).importFile(file, ProgressBar.on(out));
			out.print(summary.report());
			if (summary.imported() + summary.alreadyPresent() == 0) {
				// a file of nothing but unreadable lines is a failed import, whatever was
				// read
				System.err.println(NAME + ": هیچ خبری از این پرونده خوانده نشد؛ چیزی ذخیره نشد");
				return 1;
			}
			return 0;
		}
		catch (IOException e) {
			System.err.println(NAME + ": " + e.getMessage());
			return 1;
		}
	}

	static String[] springArguments(String[] args) {
		return OfflineCommand.springArguments(Arrays.asList(args).subList(2, args.length));
	}

}
