package app.khabar.conventions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The project's source tree, for convention tests that read files rather than run code.
 */
final class SourceFiles {

	static final Path MAIN = Path.of("src", "main");

	static final Path JAVA = MAIN.resolve("java/app/khabar");

	static final Path JTE = MAIN.resolve("jte");

	static final Path MESSAGES = MAIN.resolve("resources/messages");

	static final Path MIGRATIONS = MAIN.resolve("resources/db/migration");

	private static final Pattern ALLOWED_DEPENDENCIES = Pattern.compile("allowedDependencies\\s*=\\s*\\{([^}]*)}");

	private SourceFiles() {
	}

	/** Files under a folder whose name ends with the suffix, sorted. */
	static List<Path> files(Path root, String suffix) {
		if (!Files.isDirectory(root)) {
			return List.of();
		}
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter(Files::isRegularFile)
				.filter(path -> path.toString().endsWith(suffix))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The file's text, failing on bytes that are not UTF-8. */
	static String utf8(Path file) throws CharacterCodingException {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(Files.readAllBytes(file)))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw ex;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Application modules: packages under app.khabar with a package-info.java. */
	static Set<String> modules() {
		Set<String> modules = new TreeSet<>();
		for (Path info : files(JAVA, "package-info.java")) {
			if (info.getParent().getParent().equals(JAVA)) {
				modules.add(info.getParent().getFileName().toString());
			}
		}
		return modules;
	}

	/**
	 * The modules a module may use, from its package-info.java (named interfaces reduced
	 * to their module).
	 */
	static Set<String> allowedDependencies(String module) {
		Set<String> allowed = new TreeSet<>();
		try {
			Matcher matcher = ALLOWED_DEPENDENCIES
				.matcher(Files.readString(JAVA.resolve(module).resolve("package-info.java")));
			if (matcher.find()) {
				for (String entry : matcher.group(1).split(",")) {
					String name = entry.replace("\"", "").strip();
					if (!name.isEmpty()) {
						allowed.add(name.split("::")[0].strip());
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return allowed;
	}

}
