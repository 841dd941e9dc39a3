package app.khabar.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A random key kept in a file under the data folder (Base64 text, owner-only where the file system has permissions),
 * created on first use; when two processes race to create it, both end up with the one that was written first.
 */
public final class SecretFile {

	private SecretFile() {
	}

	public static byte[] loadOrCreate(Path file, int bytes) {
		try {
			if (!Files.exists(file)) {
				Files.createDirectories(file.getParent());
				var key = new byte[bytes];
				new SecureRandom().nextBytes(key);
				try {
					Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII,
							java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
					try {
						Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
					}
					catch (UnsupportedOperationException notPosix) {
						// Windows: the folder's permissions apply
					}
				}
				catch (FileAlreadyExistsException raced) {
					// another process wrote it first: use theirs
				}
			}
			return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read or create the key " + file, e);
		}
	}

}
