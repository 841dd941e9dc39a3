package app.khabar.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Media in a local folder, {@code khabar.media.dir} (by default
 * {@code ${khabar.data-dir}/media}), spread over subfolders by the first two characters
 * of the name. Files are written to a temporary name and moved into place, so a reader
 * never sees half a file.
 */
@Component
class LocalMediaStorage implements MediaStorage {

	private final Path root;

	LocalMediaStorage(MediaSettings settings, @Value("${khabar.data-dir:./data}") String dataDir) {
		String dir = settings.dir();
		this.root = (dir != null ? Path.of(dir) : Path.of(dataDir, "media")).toAbsolutePath().normalize();
	}

	@Override
	public void put(String name, InputStream content) throws IOException {
		Path target = file(name);
		if (Files.exists(target)) {
			return;
		}
		Files.createDirectories(target.getParent());
		Path temp = Files.createTempFile(target.getParent(), ".upload-", ".part");
		try {
			Files.copy(content, temp, StandardCopyOption.REPLACE_EXISTING);
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	@Override
	public Optional<Resource> get(String name) {
		Path file = file(name);
		return Files.isRegularFile(file) ? Optional.of(new FileSystemResource(file)) : Optional.empty();
	}

	private Path file(String name) {
		// names come from our own code (hex digests), but a path never leaves the root
		// whatever it is given
		if (name.length() < 3 || !name.matches("[0-9a-f]{2}[0-9a-z.-]+")) {
			throw new IllegalArgumentException("Not a media name: " + name);
		}
		Path file = root.resolve(name.substring(0, 2)).resolve(name).normalize();
		if (!file.startsWith(root)) {
			throw new IllegalArgumentException("Not a media name: " + name);
		}
		return file;
	}

}
