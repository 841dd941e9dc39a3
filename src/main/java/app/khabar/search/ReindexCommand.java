package app.khabar.search;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import app.khabar.shared.ProgressBar;

/**
 * {@code java -jar khabar.jar reindex [--spring.option=value ...]}: starts Khabar with
 * its web server not listening ({@code server.port=-1}: the web shell's beans need a
 * servlet context), rebuilds this node's search index from the database with a progress
 * bar and exits (0 done, 1 failed). Run it while this node is stopped: the index folder
 * is locked by a running Khabar.
 */
public final class ReindexCommand {

	/** The first program argument that selects this command. */
	public static final String NAME = "reindex";

	private ReindexCommand() {
	}

	public static int run(Class<?> application, String[] args) {
		PrintStream out = System.out;
		List<String> options = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
		// the command builds and stops; nothing else should write the index or the
		// database meanwhile
		options.add("--khabar.search.follow=false");
		options.add("--khabar.demo.enabled=false");
		options.add("--server.port=-1");
		var spring = new SpringApplication(application);
		try (ConfigurableApplicationContext context = spring.run(options.toArray(String[]::new))) {
			var progress = ProgressBar.on(out);
			long started = System.nanoTime();
			long count = context.getBean(IndexFollower.class).rebuild(progress);
			out.printf("%s: %d articles indexed in %.1f s into %s%n", NAME, count, (System.nanoTime() - started) / 1e9,
					context.getBean(SearchSettings.class).indexDir().toAbsolutePath());
			return 0;
		}
		catch (RuntimeException ex) {
			System.err.println(NAME + ": " + ex.getMessage());
			return 1;
		}
	}

}
