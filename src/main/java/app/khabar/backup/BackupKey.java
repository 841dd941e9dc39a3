package app.khabar.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.Base64;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import app.khabar.shared.SecretFile;

/**
 * What lets {@code backup} ask a running site for an online copy of its H2 database: the
 * key {@code secrets/backup.key} (made on first start, readable by the site's user only)
 * that {@link BackupEndpoint} requires, and the file {@code backup.endpoint} in the data
 * dir with the endpoint's loopback address, written once the actuator's server listens.
 */
@Component
class BackupKey {

	static final String FILE = "backup.key";

	static final String ENDPOINT_FILE = "backup.endpoint";

	private final SiteLocations site;

	private final Environment environment;

	private final byte[] key;

	BackupKey(Environment environment) {
		this.environment = environment;
		this.site = SiteLocations.of(environment);
		this.key = Base64.getEncoder().encode(SecretFile.loadOrCreate(site.backupKey(), 32));
	}

	boolean matches(String given) {
		return MessageDigest.isEqual(key, given.strip().getBytes(StandardCharsets.US_ASCII));
	}

	/**
	 * The actuator answers on its own port (the management server) or, without one, on
	 * the site's.
	 */
	@EventListener
	void on(WebServerInitializedEvent event) {
		String namespace = event.getApplicationContext().getServerNamespace();
		boolean ownPort = environment.getProperty("management.server.port") != null;
		if ("management".equals(namespace) || namespace == null && !ownPort) {
			String address = environment.getProperty("management.server.address", "127.0.0.1");
			if (address.isBlank() || address.equals("0.0.0.0") || address.equals("::")) {
				address = "127.0.0.1";
			}
			String base = environment.getProperty("management.endpoints.web.base-path", "/actuator");
			String host = address.contains(":") ? "[" + address + "]" : address;
			write("http://" + host + ":" + event.getWebServer().getPort() + base + "/backup");
		}
	}

	private void write(String url) {
		try {
			Path file = site.endpointFile();
			Files.createDirectories(file.getParent());
			Path temporary = Files.createTempFile(file.getParent(), ENDPOINT_FILE, ".new");
			Files.writeString(temporary, url + "\n", StandardCharsets.US_ASCII);
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the backup endpoint's address", ex);
		}
	}

}
