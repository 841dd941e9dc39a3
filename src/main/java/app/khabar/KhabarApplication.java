package app.khabar;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

import app.khabar.backup.BackupCommand;
import app.khabar.backup.RestoreCommand;
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

	/**
	 * The offline commands, run before and without the web site; each returns its exit
	 * code.
	 */
	private static final Map<String, ToIntFunction<String[]>> COMMANDS = commands();

	public static void main(String[] args) {
		String command = args.length > 0 && !args[0].startsWith("-") ? args[0] : null;
		if (command == null) {
			SpringApplication.run(KhabarApplication.class, args);
			return;
		}
		ToIntFunction<String[]> run = COMMANDS.get(command);
		System.exit(run != null ? run.applyAsInt(args) : unknown(command));
	}

	private static Map<String, ToIntFunction<String[]>> commands() {
		Map<String, ToIntFunction<String[]>> commands = new LinkedHashMap<>();
		commands.put("search-eval", args -> app.khabar.search.SearchEvaluation.run(args, System.out));
		commands.put(ScreeningEvalCommand.NAME, args -> ScreeningEvalCommand.run(args, System.out));
		commands.put(ScreeningTrainCommand.NAME, args -> ScreeningTrainCommand.run(KhabarApplication.class, args));
		commands.put(NewsImportCommand.NAME, args -> NewsImportCommand.run(KhabarApplication.class, args));
		commands.put(ReindexCommand.NAME, args -> ReindexCommand.run(KhabarApplication.class, args));
		commands.put(WxrImportCommand.NAME, args -> WxrImportCommand.run(KhabarApplication.class, args));
		commands.put(WxrExportCommand.NAME, args -> WxrExportCommand.run(KhabarApplication.class, args));
		commands.put(BackupCommand.NAME, BackupCommand::run);
		commands.put(RestoreCommand.NAME, RestoreCommand::run);
		return commands;
	}

	/** A mistyped command must not start the site instead. */
	private static int unknown(String command) {
		System.err.println("khabar: فرمان ناشناخته «" + command + "»؛ فرمان‌ها: " + String.join("، ", COMMANDS.keySet())
				+ "؛ بدون فرمان (یا تنها با گزینه‌های --…) خود سایت راه می‌افتد");
		return 2;
	}

}
