package app.khabar.wordpress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import app.khabar.shared.OfflineCommand;

/**
 * {@code java -jar khabar.jar export-wxr FILE [--spring.option=value …]}: writes the
 * configured database's site as a WordPress export, with Khabar's web server not
 * listening. Exit status: 0 written, 1 the file cannot be written, 2 usage.
 */
public final class WxrExportCommand {

	/** The first program argument that selects this command. */
	public static final String NAME = "export-wxr";

	private static final String USAGE = "usage: " + NAME + " FILE [--spring.option=value ...]";

	private WxrExportCommand() {
	}

	public static int run(Class<?> application, String[] args) {
		Path file = null;
		List<String> spring = new ArrayList<>();
		for (int i = 1; i < args.length; i++) {
			if (args[i].startsWith("--")) {
				spring.add(args[i]);
			}
			else if (file == null) {
				file = Path.of(args[i]);
			}
			else {
				System.err.println(NAME + ": تنها یک پرونده: " + args[i]);
				System.err.println(USAGE);
				return 2;
			}
		}
		if (file == null) {
			System.err.println(NAME + ": پروندهٔ خروجی داده نشده است");
			System.err.println(USAGE);
			return 2;
		}
		Path folder = file.toAbsolutePath().getParent();
		if (folder == null || !Files.isDirectory(folder) || !Files.isWritable(folder)) {
			System.err.println(NAME + ": در این پوشه نمی‌توان نوشت: " + folder);
			return 1;
		}
		var inUse = OfflineCommand.embeddedDatabaseInUse(spring);
		if (inUse.isPresent()) {
			System.err.println(NAME + ": " + inUse.get());
			return 1;
		}
		try (ConfigurableApplicationContext context = new SpringApplication(application)
			.run(OfflineCommand.springArguments(spring))) {
			WxrExport.Summary summary = context.getBean(WxrExport.class).export(file);
			System.out.printf("WordPress export %s: %d articles, %d comments, %d attachments%n", file,
					summary.articles(), summary.comments(), summary.attachments());
			return 0;
		}
		catch (IOException ex) {
			System.err.println(NAME + ": " + ex.getMessage());
			return 1;
		}
	}

}
