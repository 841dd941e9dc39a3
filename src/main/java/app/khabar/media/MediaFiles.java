package app.khabar.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Uploaded media, one row per distinct content (the SHA-256 is unique). */
@Repository
class MediaFiles {

	private static final String INSERT = """
			INSERT INTO media_file (sha256, kind, format, stored_extension, width, height, widths, byte_size,
			  uploaded_by, uploaded_at)
			VALUES (:sha, :kind, :format, :ext, :width, :height, :widths, :bytes, :by, :at)
			""";

	private static final String BY_SHA = """
			SELECT id, sha256, format, stored_extension, width, height, widths, byte_size, uploaded_by, uploaded_at
			FROM media_file WHERE sha256 = :sha
			""";

	// the key of a public name is the first 32 hex digits of the SHA-256 (no wildcard can
	// be in it)
	private static final String BY_KEY = """
			SELECT id, sha256, format, stored_extension, width, height, widths, byte_size, uploaded_by, uploaded_at
			FROM media_file WHERE sha256 LIKE :prefix
			""";

	private final JdbcClient jdbc;

	MediaFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(String sha256, MediaFormat format, String extension, int width, int height, List<Integer> widths,
			long bytes, String uploadedBy, Instant at) {
		jdbc.sql(INSERT)
			.param("sha", sha256)
			.param("kind", format.kind().name())
			.param("format", format.name())
			.param("ext", extension)
			.param("width", width)
			.param("height", height)
			.param("widths", widths.stream().map(String::valueOf).collect(Collectors.joining(",")))
			.param("bytes", bytes)
			.param("by", uploadedBy)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update();
	}

	Optional<StoredMedia> findBySha256(String sha256) {
		return jdbc.sql(BY_SHA).param("sha", sha256).query(MediaFiles::map).optional();
	}

	Optional<StoredMedia> findByKey(String key) {
		return jdbc.sql(BY_KEY).param("prefix", key + "%").query(MediaFiles::map).optional();
	}

	private static StoredMedia map(ResultSet rs, int row) throws SQLException {
		String widths = rs.getString("widths");
		return new StoredMedia(rs.getLong("id"), rs.getString("sha256"), MediaFormat.valueOf(rs.getString("format")),
				rs.getInt("width"), rs.getInt("height"),
				widths.isEmpty() ? List.of() : Arrays.stream(widths.split(",")).map(Integer::valueOf).toList(),
				rs.getString("stored_extension"), rs.getLong("byte_size"), rs.getString("uploaded_by"),
				rs.getObject("uploaded_at", OffsetDateTime.class).toInstant());
	}

}
