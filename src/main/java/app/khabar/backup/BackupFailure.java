package app.khabar.backup;

/**
 * Why a backup or a restore stopped, in a sentence for the operator (Persian, as the
 * commands print it).
 */
class BackupFailure extends Exception {

	BackupFailure(String message) {
		super(message);
	}

	BackupFailure(String message, Throwable cause) {
		super(message, cause);
	}

}
