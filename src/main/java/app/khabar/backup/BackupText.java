package app.khabar.backup;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What backup and restore tell the operator, from {@code messages/backup.properties} (the
 * commands run without the web application's message source).
 */
final class BackupText {

	private static final ResourceBundle TEXT = ResourceBundle.getBundle("messages.backup", Locale.ROOT);

	private BackupText() {
	}

	static String t(String key, Object... arguments) {
		return new MessageFormat(TEXT.getString(key), Locale.ROOT).format(arguments);
	}

}
