package app.khabar.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code POST /actuator/backup} with {@code {"key": …, "file": …}}: writes an online,
 * consistent copy of this site's H2 database ({@code BACKUP TO}) to {@code file}, a path
 * on this machine that does not exist yet. Only for the {@code backup} command, which
 * reads the key from {@code secrets/backup.key}: a wrong key is 403. On PostgreSQL
 * {@code backup} runs {@code pg_dump} itself, so the endpoint answers 409.
 */
@Component
@Endpoint(id = "backup")
class BackupEndpoint {

	private final BackupKey key;

	private final DataSource dataSource;

	private final SiteLocations site;

	BackupEndpoint(BackupKey key, DataSource dataSource, Environment environment) {
		this.key = key;
		this.dataSource = dataSource;
		this.site = SiteLocations.of(environment);
	}

	@WriteOperation
	public WebEndpointResponse<Map<String, Object>> backup(String key, String file) throws IOException {
		if (!this.key.matches(key)) {
			return new WebEndpointResponse<>(Map.of("error", "wrong key"), 403);
		}
		if (site.kind() != SiteLocations.Kind.H2) {
			return new WebEndpointResponse<>(Map.of("error", "not an H2 file database: use pg_dump"), 409);
		}
		Path target = Path.of(file);
		if (!target.isAbsolute() || Files.exists(target) || target.getParent() == null
				|| !Files.isDirectory(target.getParent())) {
			return new WebEndpointResponse<>(Map.of("error", "file must be a new absolute path"), 400);
		}
		H2Backup.write(new JdbcTemplate(dataSource), target);
		return new WebEndpointResponse<>(Map.of("database", "h2", "bytes", Files.size(target)), 200);
	}

}
