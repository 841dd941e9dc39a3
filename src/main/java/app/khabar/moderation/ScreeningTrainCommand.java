package app.khabar.moderation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar khabar.jar screening-train [--labelled FILE.csv] [--spring.option=value ...]}:
 * starts Khabar with its web server not listening, trains the screening model from the
 * moderators' decisions (after the rows of the labelled file, {@code text,label}, if
 * given), writes it as the next version in the data dir and exits (0 done, 1 failed). A
 * running node on the same data dir picks the new model up within
 * {@code khabar.moderation.model-check} (10 s), without a restart; training on the desk
 * or the nightly job swaps it in at once.
 */
public final class ScreeningTrainCommand {

	public static final String NAME = "screening-train";

	private ScreeningTrainCommand() {
	}

	public static int run(Class<?> application, String[] args) {
		List<String> options = new ArrayList<>();
		Path labelled = null;
		for (int i = 1; i < args.length; i++) {
			if ("--labelled".equals(args[i]) && i + 1 < args.length) {
				labelled = Path.of(args[++i]);
			}
			else {
				options.add(args[i]);
			}
		}
		options.add("--khabar.search.follow=false");
		options.add("--khabar.demo.enabled=false");
		options.add("--server.port=-1");
		try (ConfigurableApplicationContext context = new SpringApplication(application)
			.run(options.toArray(String[]::new))) {
			long started = System.nanoTime();
			ModelInfo info = context.getBean(ScreeningModels.class).train(labelled);
			System.out.printf("%s: model %d trained on %d comments in %.1f s%n", NAME, info.version(), info.examples(),
					(System.nanoTime() - started) / 1e9);
			return 0;
		}
		catch (IOException | RuntimeException ex) {
			System.err.println(NAME + ": " + ex.getMessage());
			return 1;
		}
	}

}
