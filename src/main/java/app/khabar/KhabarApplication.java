package app.khabar;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

import app.khabar.corpus.NewsImportCommand;

/**
 * Khabar, a Persian-first news publishing platform: one deployable, a modular monolith.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(sharedModules = { "shared", "persian" })
public class KhabarApplication {

	public static void main(String[] args) {
		// offline commands run before and without Spring
		if (args.length > 0 && "search-eval".equals(args[0])) {
			System.exit(app.khabar.search.SearchEvaluation.run(args, System.out));
		}
		if (args.length > 0 && app.khabar.moderation.ScreeningEvalCommand.NAME.equals(args[0])) {
			System.exit(app.khabar.moderation.ScreeningEvalCommand.run(args, System.out));
		}
		if (args.length > 0 && app.khabar.moderation.ScreeningTrainCommand.NAME.equals(args[0])) {
			System.exit(app.khabar.moderation.ScreeningTrainCommand.run(KhabarApplication.class, args));
		}
		if (args.length > 0 && NewsImportCommand.NAME.equals(args[0])) {
			System.exit(NewsImportCommand.run(KhabarApplication.class, args));
		}
		if (args.length > 0 && app.khabar.search.ReindexCommand.NAME.equals(args[0])) {
			System.exit(app.khabar.search.ReindexCommand.run(KhabarApplication.class, args));
		}
		SpringApplication.run(KhabarApplication.class, args);
	}

}
