package app.khabar.wordpress;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import app.khabar.shared.OfflineCommand;
import app.khabar.shared.ProgressBar;

/**
 * {@code java -jar khabar.jar import-wxr FILE… [--uploads DIR] [--dry-run] [--sections MAP]
 * [--flatten-categories] [--time-zone ZONE] [--spring.option=value …]}: imports WordPress
 * exports into the configured database with Khabar's web server not listening, with a
 * progress bar and a summary. {@code MAP} is a file of {@code category-slug=section-slug}
 * lines. Exit status: 0 done, 1 a file is not a WordPress export, cannot be read, or gave
 * nothing, 2 usage.
 */
public final class WxrImportCommand {

	/** The first program argument that selects this command. */
	public static final String NAME = "import-wxr";

	private static final String USAGE = "usage: " + NAME
			+ " FILE... [--uploads DIR] [--dry-run] [--sections MAP] [--flatten-categories] [--time-zone ZONE]"
			+ " [--spring.option=value ...]";

	private WxrImportCommand() {
	}

	/** The command line, read. */
	record Arguments(List<Path> files, WxrImport.Options options, List<String> spring) {
	}

	public static int run(Class<?> application, String[] args) {
		PrintStream out = System.out;
		Arguments arguments;
		try {
			arguments = parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(NAME + ": " + ex.getMessage());
			System.err.println(USAGE);
			return 2;
		}
		for (Path file : arguments.files()) {
			if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
				System.err.println(NAME + ": پرونده خواندنی نیست: " + file.toAbsolutePath());
				return 1;
			}
			try {
				// before Spring starts: a wrong file fails in a moment
				WxrImport.sniff(file);
			}
			catch (WxrImport.NotWxrFile | IOException ex) {
				System.err.println(NAME + ": " + ex.getMessage());
				return 1;
			}
		}
		if (arguments.options().dryRun()) {
			// read and counted only: no Spring, so no database, account or file is made
			try {
				out.print(WxrDryRun.summarize(arguments.files(), postTypes(arguments.spring()), ProgressBar.on(out))
					.report());
				return 0;
			}
			catch (WxrImport.NotWxrFile | IOException ex) {
				System.err.println(NAME + ": " + ex.getMessage());
				return 1;
			}
		}
		var inUse = OfflineCommand.embeddedDatabaseInUse(arguments.spring());
		if (inUse.isPresent()) {
			System.err.println(NAME + ": " + inUse.get());
			return 1;
		}
		var spring = new SpringApplication(application);
		List<String> options = new ArrayList<>(arguments.spring());
		// the search index is not kept in step article by article while the import runs
		// (it took a core from the import): the site's next start catches it up from the
		// change feed before it opens its port, or builds it when it is new
		if (options.stream().noneMatch(option -> option.startsWith("--khabar.search.follow"))) {
			options.add("--khabar.search.follow=false");
		}
		try (ConfigurableApplicationContext context = spring.run(OfflineCommand.springArguments(options))) {
			WxrImport.Summary summary = context.getBean(WxrImport.class)
				.importFiles(arguments.files(), arguments.options(), ProgressBar.on(out));
			out.print(summary.report());
			if (summary.imported() + summary.alreadyPresent() + summary.commentsImported() == 0) {
				System.err.println(NAME + ": هیچ نوشته‌ای از این پرونده‌ها وارد نشد");
				return 1;
			}
			return 0;
		}
		catch (WxrImport.NotWxrFile | IOException ex) {
			System.err.println(NAME + ": " + ex.getMessage());
			return 1;
		}
	}

	/** The post types an option gives, for a dry run (which reads no configuration). */
	private static List<String> postTypes(List<String> spring) {
		return spring.stream()
			.filter(option -> option.startsWith("--khabar.wordpress.post-types="))
			.map(option -> List.of(option.substring(option.indexOf('=') + 1).split(",")))
			.reduce((first, last) -> last)
			.orElse(WordPressSettings.DEFAULT_POST_TYPES);
	}

	static Arguments parse(String[] args) {
		List<Path> files = new ArrayList<>();
		List<String> spring = new ArrayList<>();
		boolean dryRun = false;
		boolean flatten = false;
		@Nullable Path uploads = null;
		Map<String, String> sections = Map.of();
		ZoneId zone = WxrImport.Options.DEFAULT.zone();
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			switch (arg) {
				case "--dry-run" -> dryRun = true;
				case "--flatten-categories" -> flatten = true;
				case "--uploads" -> {
					uploads = Path.of(value(args, ++i, arg));
					if (!Files.isDirectory(uploads)) {
						throw new IllegalArgumentException("پوشهٔ بارگذاری‌ها نیست: " + uploads.toAbsolutePath());
					}
				}
				case "--sections" -> sections = sectionMap(Path.of(value(args, ++i, arg)));
				case "--time-zone" -> {
					try {
						zone = ZoneId.of(value(args, ++i, arg));
					}
					catch (DateTimeException ex) {
						throw new IllegalArgumentException("منطقهٔ زمانی ناشناخته: " + args[i]);
					}
				}
				default -> {
					if (arg.startsWith("--")) {
						spring.add(arg);
					}
					else {
						files.add(Path.of(arg));
					}
				}
			}
		}
		if (files.isEmpty()) {
			throw new IllegalArgumentException("پرونده‌ای برای ورود داده نشده است");
		}
		return new Arguments(List.copyOf(files), new WxrImport.Options(dryRun, uploads, sections, flatten, zone),
				List.copyOf(spring));
	}

	private static String value(String[] args, int i, String option) {
		if (i >= args.length || args[i].startsWith("--")) {
			throw new IllegalArgumentException("«" + option + "» مقداری می‌خواهد");
		}
		return args[i];
	}

	/**
	 * {@code category-slug=section-slug} lines; blank lines and {@code #} comments pass.
	 */
	static Map<String, String> sectionMap(Path file) {
		List<String> lines;
		try {
			lines = Files.readAllLines(file);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("پروندهٔ نگاشت بخش‌ها خواندنی نیست: " + file.toAbsolutePath());
		}
		Map<String, String> map = new LinkedHashMap<>();
		for (int n = 0; n < lines.size(); n++) {
			String line = lines.get(n).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			int equals = line.indexOf('=');
			if (equals <= 0 || equals == line.length() - 1) {
				throw new IllegalArgumentException(
						"سطر %d پروندهٔ نگاشت بخش‌ها «دسته=بخش» نیست: %s".formatted(n + 1, line));
			}
			map.put(WxrImport.decode(line.substring(0, equals).strip()),
					WxrImport.sectionSlug(line.substring(equals + 1).strip()));
		}
		return Map.copyOf(map);
	}

}
