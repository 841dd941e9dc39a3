package app.khabar.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

import app.khabar.shared.ErrorCode;

/**
 * Message bundles (src/main/resources/messages, Persian base bundles, UTF-8): valid, no
 * duplicate keys, and every key the code asks for exists: {@code ui.t("...")} in
 * templates and Java (and the backup commands' {@code BackupText.t("...")}), the notices
 * controllers leave after a redirect ({@code Notice.done(redirect, "...")}), and every
 * {@link ErrorCode}'s message key.
 */
class MessageBundleTests {

	/** {@code ui.t("key")}, and the commands' own {@code BackupText.t("key")}. */
	private static final Pattern UI_T = Pattern.compile("\\b(?:ui|BackupText)\\.t\\(\\s*\"([^\"]+)\"");

	/**
	 * A notice after a redirect: {@code Notice.done(redirect, "key")},
	 * {@code Notice.error("key")} ...
	 */
	private static final Pattern NOTICE = Pattern.compile("\\bNotice\\.\\w+\\(\\s*(?:\\w+\\s*,\\s*)?\"([^\"]+)\"");

	@Test
	void bundlesAreUtf8WithoutDuplicateKeys() throws IOException {
		List<Path> bundles = SourceFiles.files(SourceFiles.MESSAGES, ".properties");
		assertThat(bundles).isNotEmpty();
		for (Path bundle : bundles) {
			List<String> keys = keys(SourceFiles.utf8(bundle));
			Set<String> seen = new HashSet<>();
			List<String> duplicates = keys.stream().filter(key -> !seen.add(key)).toList();
			assertThat(duplicates).as("duplicate keys in %s", bundle).isEmpty();
		}
	}

	@Test
	void everyKeyUsedInTemplatesAndJavaExists() throws IOException {
		Set<String> known = allKeys();
		Map<String, Path> used = new LinkedHashMap<>();
		for (Path file : concat(SourceFiles.files(SourceFiles.JTE, ".jte"),
				SourceFiles.files(SourceFiles.JAVA, ".java"))) {
			String text = Files.readString(file);
			for (Pattern use : List.of(UI_T, NOTICE)) {
				Matcher matcher = use.matcher(text);
				while (matcher.find()) {
					used.putIfAbsent(matcher.group(1), file);
				}
			}
		}
		assertThat(used).isNotEmpty();
		Map<String, Path> missing = new LinkedHashMap<>(used);
		missing.keySet().removeAll(known);
		// a key built from a prefix ("newsroom.status." + status) needs at least one key
		// under that prefix
		missing.keySet().removeIf(key -> key.endsWith(".") && known.stream().anyMatch(k -> k.startsWith(key)));
		assertThat(missing).as("keys used but missing from src/main/resources/messages").isEmpty();
	}

	@Test
	void everyErrorCodeHasItsMessage() throws Exception {
		Set<String> known = allKeys();
		var scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(
					org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
				return true;
			}
		};
		scanner.addIncludeFilter(new AssignableTypeFilter(ErrorCode.class));
		List<String> missing = new ArrayList<>();
		int codes = 0;
		for (BeanDefinition candidate : scanner.findCandidateComponents("app.khabar")) {
			Class<?> type = Class.forName(candidate.getBeanClassName());
			if (type.isEnum()) {
				for (Object constant : type.getEnumConstants()) {
					codes++;
					String key = ((ErrorCode) constant).messageKey();
					if (!known.contains(key)) {
						missing.add(type.getSimpleName() + "." + constant + " -> " + key);
					}
				}
			}
		}
		assertThat(codes).isPositive();
		assertThat(missing).as("error codes whose message key is missing").isEmpty();
	}

	@Test
	void translationsHaveNoKeysTheBaseBundleLacks() throws IOException {
		for (Path bundle : SourceFiles.files(SourceFiles.MESSAGES, ".properties")) {
			String name = bundle.getFileName().toString();
			int underscore = name.indexOf('_');
			if (underscore > 0) {
				Path base = bundle.resolveSibling(name.substring(0, underscore) + ".properties");
				Set<String> extra = new TreeSet<>(keys(SourceFiles.utf8(bundle)));
				extra.removeAll(keys(SourceFiles.utf8(base)));
				assertThat(extra).as("keys in %s but not in %s", bundle, base).isEmpty();
			}
		}
	}

	static Set<String> allKeys() throws IOException {
		Set<String> keys = new TreeSet<>();
		for (Path bundle : SourceFiles.files(SourceFiles.MESSAGES, ".properties")) {
			keys.addAll(keys(SourceFiles.utf8(bundle)));
		}
		return keys;
	}

	/** Keys in file order, duplicates kept (java.util.Properties would hide them). */
	static List<String> keys(String text) {
		List<String> keys = new ArrayList<>();
		boolean continuation = false;
		for (String line : text.split("\\R")) {
			String stripped = line.strip();
			boolean wasContinuation = continuation;
			continuation = endsWithOddBackslashes(line);
			if (wasContinuation || stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith("!")) {
				continue;
			}
			keys.add(key(stripped));
		}
		return keys;
	}

	private static String key(String line) {
		StringBuilder key = new StringBuilder();
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '\\' && i + 1 < line.length()) {
				key.append(line.charAt(++i));
			}
			else if (c == '=' || c == ':' || Character.isWhitespace(c)) {
				break;
			}
			else {
				key.append(c);
			}
		}
		return key.toString();
	}

	private static boolean endsWithOddBackslashes(String line) {
		int count = 0;
		for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
			count++;
		}
		return count % 2 == 1;
	}

	private static List<Path> concat(List<Path> a, List<Path> b) {
		List<Path> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

}
