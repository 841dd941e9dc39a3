package app.khabar.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * A random key kept in a file under the data folder (Base64 text, owner-only where the
 * file system has permissions), created on first use; when two processes race to create
 * it, both end up with the one that was written first.
 */
public final class SecretFile {

	private SecretFile() {
	}

	public static byte[] loadOrCreate(Path file, int bytes) {
		try {
			if (!Files.exists(file)) {
				create(file, bytes);
			}
			return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read or create the key " + file, e);
		}
	}

	/**
	 * Writes the key whole into a temporary file (owner-only from the start on POSIX) and
	 * only then gives it its name, with a hard link that fails if the name is taken: no
	 * reader ever sees a half-written or readable-by-all key, and of two racing writers
	 * the first keeps it.
	 */
	private static void create(Path file, int bytes) throws IOException {
		Path folder = Files.createDirectories(file.toAbsolutePath().getParent());
		var key = new byte[bytes];
		Unguessable.generator().nextBytes(key);
		Path written = Files.createTempFile(folder, file.getFileName() + ".", ".new");
		try {
			Files.writeString(written, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
			try {
				Files.createLink(file, written);
			}
			catch (UnsupportedOperationException noHardLinks) {
				// a file system without links: a plain rename, which also refuses an
				// existing name
				Files.move(written, file);
			}
		}
		catch (FileAlreadyExistsException raced) {
			// another process wrote it first: use theirs
		}
		finally {
			Files.deleteIfExists(written);
		}
	}

}
