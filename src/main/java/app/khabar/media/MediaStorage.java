package app.khabar.media;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import org.springframework.core.io.Resource;

/**
 * Where uploaded files live, by name. Names are content-addressed, so a name is written
 * once and never changes; storing an existing name again does nothing. The local folder
 * is the one implementation today; a shared folder or an S3-compatible store replaces it
 * when several nodes serve the same site (DESIGN.md, "Scale").
 */
interface MediaStorage {

	/** Stores {@code content} under {@code name}, completely or not at all. */
	void put(String name, InputStream content) throws IOException;

	/** The stored file, if there is one. */
	Optional<Resource> get(String name);

}
