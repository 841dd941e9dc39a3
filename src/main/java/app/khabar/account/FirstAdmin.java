package app.khabar.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import app.khabar.shared.Unguessable;

/**
 * On the first start (no account at all) creates {@code admin} with a random one-time
 * password, printed once in the log; its owner must replace it at the first login. When
 * several nodes start at once on an empty database, the unique username lets exactly one
 * of them create it.
 */
@Component
class FirstAdmin implements ApplicationRunner {

	static final String USERNAME = "admin";

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	/**
	 * No look-alike characters (0/O, 1/l/I): the password is read off a log and typed.
	 */
	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final MessageSource messages;

	private final Clock clock;

	private final SecureRandom random = Unguessable.generator();

	FirstAdmin(Accounts accounts, PasswordEncoder passwords, MessageSource messages, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		createIfNoAccount().ifPresent(password -> log.warn("""

				================================================================
				  Khabar: first start, an admin account was created.
				  Username:           {}
				  One-time password:  {}
				  Log in at /login and choose a new password. It is not shown again.
				================================================================
				""", USERNAME, password));
	}

	/**
	 * The one-time password if this call created the admin, empty if any account already
	 * existed.
	 */
	Optional<String> createIfNoAccount() {
		if (accounts.count() > 0) {
			return Optional.empty();
		}
		var password = randomPassword(20);
		try {
			accounts.insert(USERNAME,
					messages.getMessage("account.first-admin.display-name", null, Locale.forLanguageTag("fa-IR")),
					passwords.encode(password), Set.of(Role.ADMIN), true, clock.instant());
			return Optional.of(password);
		}
		catch (DuplicateKeyException anotherNodeWasFirst) {
			return Optional.empty();
		}
	}

	private String randomPassword(int length) {
		var password = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
