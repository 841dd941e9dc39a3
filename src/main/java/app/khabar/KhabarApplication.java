package app.khabar;

import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

import app.khabar.corpus.NewsImportCommand;
import app.khabar.search.ReindexCommand;
import app.khabar.moderation.ScreeningEvalCommand;
import app.khabar.moderation.ScreeningTrainCommand;
import app.khabar.wordpress.WxrExportCommand;
import app.khabar.wordpress.WxrImportCommand;

/**
 * Khabar, a Persian-first news publishing platform: one deployable, a modular monolith.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(sharedModules = { "shared", "persian" })
public class KhabarApplication {

	private static final List<String> COMMANDS = List.of("search-eval", ScreeningEvalCommand.NAME,
			ScreeningTrainCommand.NAME, NewsImportCommand.NAME, ReindexCommand.NAME, WxrImportCommand.NAME,
			WxrExportCommand.NAME);

	public static void main(String[] args) {
		// offline commands run before and without Spring
		String command = args.length > 0 && !args[0].startsWith("-") ? args[0] : null;
		if (command == null) {
			SpringApplication.run(KhabarApplication.class, args);
			return;
		}
		System.exit(switch (command) {
			case "search-eval" -> app.khabar.search.SearchEvaluation.run(args, System.out);
			case ScreeningEvalCommand.NAME -> ScreeningEvalCommand.run(args, System.out);
			case ScreeningTrainCommand.NAME -> ScreeningTrainCommand.run(KhabarApplication.class, args);
			case NewsImportCommand.NAME -> NewsImportCommand.run(KhabarApplication.class, args);
			case ReindexCommand.NAME -> ReindexCommand.run(KhabarApplication.class, args);
			case WxrImportCommand.NAME -> WxrImportCommand.run(KhabarApplication.class, args);
			case WxrExportCommand.NAME -> WxrExportCommand.run(KhabarApplication.class, args);
			default -> unknown(command);
		});
	}

	/** A mistyped command must not start the site instead. */
	private static int unknown(String command) {
		System.err.println("khabar: فرمان ناشناخته «" + command + "»؛ فرمان‌ها: " + String.join("، ", COMMANDS)
				+ "؛ بدون فرمان (یا تنها با گزینه‌های --…) خود سایت راه می‌افتد");
		return 2;
	}

}
