package app.khabar.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * What the offline commands ({@code import-news}, {@code import-wxr}, {@code export-wxr})
 * pass to Spring: the Spring options given, plus two defaults unless given: no demo
 * content (an import loads only its file) and no HTTP port. The web shell's beans need a
 * servlet context, so the context stays a web one, but with {@code server.port=-1} its
 * server never listens.
 */
public final class OfflineCommand {

	private OfflineCommand() {
	}

	public static String[] springArguments(List<String> springOptions) {
		List<String> options = new ArrayList<>(springOptions);
		if (options.stream().noneMatch(option -> option.startsWith("--khabar.demo.enabled"))) {
			options.add("--khabar.demo.enabled=false");
		}
		if (options.stream().noneMatch(option -> option.startsWith("--server.port"))) {
			options.add("--server.port=-1");
		}
		return options.toArray(String[]::new);
	}

}
