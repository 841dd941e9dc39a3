package app.khabar.comment.captcha;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/** A random key kept in a file under the data folder, created on first use (Base64 text). */
final class KeyFile {

	private KeyFile() {
	}

	static String loadOrCreate(Path file) {
		try {
			if (!Files.exists(file)) {
				Files.createDirectories(file.getParent());
				var key = new byte[32];
				new SecureRandom().nextBytes(key);
				try {
					Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII,
							StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
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
			return Files.readString(file, StandardCharsets.US_ASCII).strip();
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read or create the key " + file, e);
		}
	}

}
