package app.khabar.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The commands read the site's configuration as the site does, and turn its JDBC URL into
 * what H2's files and PostgreSQL's tools need.
 */
class SiteLocationsTests {

	@Test
	void readsTheDefaultsAndTheOptions() {
		SiteLocations site = SiteLocations.of(List.of("--khabar.data-dir=/srv/khabar",
				"--spring.datasource.url=jdbc:h2:file:/srv/khabar/db/khabar;MODE=PostgreSQL;DB_CLOSE_ON_EXIT=FALSE"));

		assertThat(site.dataDir()).isEqualTo(Path.of("/srv/khabar"));
		assertThat(site.kind()).isEqualTo(SiteLocations.Kind.H2);
		assertThat(site.h2File()).isEqualTo(Path.of("/srv/khabar/db/khabar"));
		assertThat(site.mediaDir()).isEqualTo(Path.of("/srv/khabar/media"));
		assertThat(site.indexDir()).isEqualTo(Path.of("/srv/khabar/search"));
		assertThat(site.secretsDir()).isEqualTo(Path.of("/srv/khabar/secrets"));
		assertThat(site.pgBin()).isNull();
	}

	@Test
	void aMediaFolderOfItsOwnAndTheToolsFolderAreKept() {
		SiteLocations site = SiteLocations.of(List.of("--khabar.data-dir=/srv/khabar", "--khabar.media.dir=/mnt/media",
				"--khabar.backup.pg-bin=/usr/lib/postgresql/17/bin",
				"--spring.datasource.url=jdbc:postgresql://db:5432/khabar"));

		assertThat(site.mediaDir()).isEqualTo(Path.of("/mnt/media"));
		assertThat(site.pgBin()).isEqualTo(Path.of("/usr/lib/postgresql/17/bin"));
		assertThat(site.kind()).isEqualTo(SiteLocations.Kind.POSTGRESQL);
	}

	@Test
	void anInMemoryOrRemoteH2CannotBeBackedUp() {
		assertThat(SiteLocations.of(List.of("--spring.datasource.url=jdbc:h2:mem:x")).kind()).isNull();
		assertThat(SiteLocations.of(List.of("--spring.datasource.url=jdbc:h2:tcp://host/x")).kind()).isNull();
	}

	@Test
	void theJdbcUrlBecomesALibpqUriWithTheParametersLibpqKnows() {
		SiteLocations site = SiteLocations.of(List
			.of("--spring.datasource.url=jdbc:postgresql://db:5432/khabar?sslmode=require&ApplicationName=khabar&user=k"));

		assertThat(new PgTools(site).libpqUri()).isEqualTo("postgresql://db:5432/khabar?sslmode=require");
	}

}
