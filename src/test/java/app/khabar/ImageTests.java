package app.khabar;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OCI image that the profile {@code image} writes as a tar
 * ({@code ./mvnw -Pimage verify}, run by {@code .ci/run}; not part of the default build,
 * which has no tar yet when its tests run): its config says how it runs (entrypoint with
 * the AOT cache, a user that is not root, the data dir a volume, the site's port), and
 * its layers hold what that entrypoint names, with Jib's own copy of the app left out.
 */
@Tag("image")
class ImageTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static JsonNode config;

	/** Every file of every layer, by its path, with its mode. */
	private static final Map<String, Integer> files = new HashMap<>();

	@BeforeAll
	static void readTar() throws IOException {
		Path tar = Path.of(System.getProperty("khabar.image-tar", "target/khabar-image.tar"));
		Map<String, byte[]> entries = new HashMap<>();
		try (InputStream in = Files.newInputStream(tar)) {
			Tar.read(in, (name, mode, content) -> entries.put(name, content.readAllBytes()));
		}
		JsonNode manifest = JSON.readTree(entries.get("manifest.json")).get(0);
		config = JSON.readTree(entries.get(manifest.get("Config").asString())).get("config");
		for (JsonNode layer : manifest.get("Layers")) {
			try (InputStream in = new GZIPInputStream(
					new java.io.ByteArrayInputStream(entries.get(layer.asString())))) {
				Tar.read(in, (name, mode, content) -> files.put(name.startsWith("/") ? name : "/" + name, mode));
			}
		}
	}

	@Test
	void entrypointRunsTheExtractedAppWithItsAotCacheAndTheDataDirOfTheVolume() {
		assertThat(config.get("Entrypoint").valueStream().map(JsonNode::asString)).containsExactly("/opt/java/bin/java",
				"-XX:AOTCache=/opt/khabar/khabar.aot", "-Dkhabar.data-dir=/var/lib/khabar", "-jar",
				"/opt/khabar/khabar.jar");
		assertThat(files).containsKeys("/opt/khabar/khabar.aot", "/opt/khabar/khabar.jar");
		assertThat(files.keySet()).anyMatch(path -> path.matches("/opt/khabar/lib/spring-boot-4[^/]*\\.jar"));
		assertThat(files.get("/opt/java/bin/java")).as("java is executable").isEqualTo(0755);
	}

	@Test
	void runsAsAUserThatIsNotRootAndMayWriteTheDataDir() {
		String user = config.get("User").asString();
		assertThat(user).isEqualTo("10001:0");
		assertThat(files.get("/var/lib/khabar")).as("group 0 writes the data dir").isEqualTo(0770);
	}

	@Test
	void theDataDirIsAVolumeAndTheSitesPortIsExposed() {
		assertThat(config.get("Volumes").propertyNames()).containsExactly("/var/lib/khabar");
		assertThat(config.get("ExposedPorts").propertyNames()).containsExactly("8080/tcp");
		assertThat(config.get("Env").valueStream().map(JsonNode::asString))
			.anyMatch(env -> env.startsWith("JDK_JAVA_OPTIONS=") && env.contains("-XX:MaxRAMPercentage="));
	}

	@Test
	void holdsTheAppOnceOnlyAndNoJdkSources() {
		assertThat(files.keySet()).noneMatch(path -> path.startsWith("/app/"));
		assertThat(files).doesNotContainKey("/opt/java/lib/src.zip");
	}

	/**
	 * The ustar entries of a tar stream (what Jib writes: short names, regular files and
	 * folders).
	 */
	private static final class Tar {

		interface Entry {

			void read(String name, int mode, InputStream content) throws IOException;

		}

		static void read(InputStream in, Entry entry) throws IOException {
			byte[] header = new byte[512];
			while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
				String prefix = field(header, 345, 155);
				String name = (prefix.isEmpty() ? "" : prefix + "/") + field(header, 0, 100);
				int mode = Integer.parseInt(field(header, 100, 8).trim(), 8) & 07777;
				long size = Long.parseLong(field(header, 124, 12).trim(), 8);
				byte[] content = in.readNBytes((int) size);
				in.readNBytes((int) ((512 - size % 512) % 512));
				String path = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
				entry.read(path.startsWith("./") ? path.substring(1) : path, mode,
						new java.io.ByteArrayInputStream(content));
			}
		}

		private static String field(byte[] header, int offset, int length) {
			int end = offset;
			while (end < offset + length && header[end] != 0) {
				end++;
			}
			return new String(header, offset, end - offset, StandardCharsets.UTF_8);
		}

	}

}
