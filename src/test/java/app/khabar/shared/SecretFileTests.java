package app.khabar.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretFileTests {

	@TempDir
	Path data;

	@Test
	void theKeyIsMadeOnceOwnerOnlyAndReadBackTheSame() throws Exception {
		Path file = data.resolve("secrets").resolve("client-hash.key");

		byte[] first = SecretFile.loadOrCreate(file, 32);
		byte[] again = SecretFile.loadOrCreate(file, 32);

		assertThat(first).hasSize(32).isEqualTo(again);
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		}
		// nothing but the key is left in the folder
		try (var left = Files.list(file.getParent())) {
			assertThat(left).containsExactly(file);
		}
	}

	@Test
	void loadersRacingToCreateTheKeyAllGetTheSameOne() throws Exception {
		Path file = data.resolve("race.key");
		var start = new CountDownLatch(1);
		try (var loaders = Executors.newFixedThreadPool(8)) {
			var keys = new ArrayList<Future<byte[]>>();
			for (int i = 0; i < 8; i++) {
				Callable<byte[]> load = () -> {
					start.await();
					return SecretFile.loadOrCreate(file, 32);
				};
				keys.add(loaders.submit(load));
			}
			start.countDown();
			byte[] first = keys.getFirst().get();
			assertThat(first).hasSize(32);
			for (Future<byte[]> key : keys) {
				assertThat(key.get()).isEqualTo(first);
			}
		}
	}

}
