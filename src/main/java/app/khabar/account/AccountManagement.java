package app.khabar.account;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.khabar.shared.KhabarException;

/**
 * Creating and changing staff accounts: what the admin screens and the password page do.
 */
@Service
public class AccountManagement {

	private static final Logger log = LoggerFactory.getLogger(AccountManagement.class);

	/**
	 * Lower-case Latin letters, digits, dot, dash and underscore: usernames are typed on
	 * any keyboard.
	 */
	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");

	public static final int MIN_PASSWORD_LENGTH = 10;

	private static final int MAX_PASSWORD_LENGTH = 128;

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final LoginThrottle throttle;

	private final Clock clock;

	AccountManagement(Accounts accounts, PasswordEncoder passwords, LoginThrottle throttle, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.throttle = throttle;
		this.clock = clock;
	}

	public List<AccountSummary> all() {
		return accounts.findAll().stream().map(Account::summary).toList();
	}

	public Optional<AccountSummary> find(AccountId id) {
		return accounts.findById(id).map(Account::summary);
	}

	/**
	 * The staff member behind an id, enabled or not, e.g. to name who decided something.
	 */
	public Optional<StaffMember> staff(AccountId id) {
		return find(id).map(AccountSummary::toStaffMember);
	}

	/**
	 * Creates an enabled account whose owner must change the given one-time password at
	 * the first login.
	 * @throws KhabarException {@link AccountError#INVALID_USERNAME},
	 * {@link AccountError#USERNAME_TAKEN}, {@link AccountError#WEAK_PASSWORD} or
	 * {@link AccountError#NO_ROLE}
	 */
	@Transactional
	public AccountId create(NewAccount account) {
		var username = normalizeUsername(account.username());
		checkPassword(username, account.password());
		if (account.roles().isEmpty()) {
			throw new KhabarException(AccountError.NO_ROLE);
		}
		try {
			return accounts.insert(username, displayName(account.displayName(), username),
					passwords.encode(account.password()), account.roles(), true, clock.instant());
		}
		catch (DuplicateKeyException taken) {
			throw new KhabarException(AccountError.USERNAME_TAKEN, username);
		}
	}

	/**
	 * Sets the display name, roles and enabled state of an account, if nobody changed it
	 * since {@code version}. An admin cannot take away their own admin role or disable
	 * themselves, nor leave the site without an enabled admin.
	 */
	@Transactional
	public void change(StaffMember actor, AccountId id, int version, String displayName, Set<Role> roles,
			boolean enabled) {
		var account = accounts.findById(id).orElseThrow(() -> new KhabarException(AccountError.ACCOUNT_NOT_FOUND));
		if (roles.isEmpty()) {
			throw new KhabarException(AccountError.NO_ROLE);
		}
		boolean staysAdmin = enabled && roles.contains(Role.ADMIN);
		boolean wasAdmin = account.enabled() && account.roles().contains(Role.ADMIN);
		if (wasAdmin && !staysAdmin && (actor.id().equals(id) || enabledAdmins() <= 1)) {
			throw new KhabarException(AccountError.LAST_ADMIN);
		}
		if (!accounts.update(id, version, displayName(displayName, account.username()), roles, enabled)) {
			throw new KhabarException(AccountError.CONCURRENT_CHANGE);
		}
	}

	/**
	 * Sets a new one-time password chosen by an admin; the owner must change it at the
	 * next login.
	 */
	@Transactional
	public void resetPassword(AccountId id, String oneTimePassword) {
		var account = accounts.findById(id).orElseThrow(() -> new KhabarException(AccountError.ACCOUNT_NOT_FOUND));
		checkPassword(account.username(), oneTimePassword);
		accounts.updatePassword(id, passwords.encode(oneTimePassword), true);
	}

	/**
	 * The owner changes their own password; clears the must-change flag.
	 * @throws KhabarException {@link AccountError#WRONG_PASSWORD} or
	 * {@link AccountError#WEAK_PASSWORD}
	 */
	@Transactional
	public void changeOwnPassword(AccountId id, String currentPassword, String newPassword) {
		var account = accounts.findById(id).orElseThrow(() -> new KhabarException(AccountError.ACCOUNT_NOT_FOUND));
		if (!passwords.matches(currentPassword, account.passwordHash())) {
			throw new KhabarException(AccountError.WRONG_PASSWORD);
		}
		checkPassword(account.username(), newPassword);
		if (newPassword.equals(currentPassword)) {
			throw new KhabarException(AccountError.WEAK_PASSWORD, MIN_PASSWORD_LENGTH);
		}
		accounts.updatePassword(id, passwords.encode(newPassword), false);
	}

	/**
	 * The accounts that some client, or every client they have never seen, must wait for
	 * before signing in.
	 */
	public Set<AccountId> backedOff() {
		var usernames = throttle.backedOff();
		return accounts.findAll()
			.stream()
			.filter(account -> usernames.contains(account.username()))
			.map(Account::id)
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * An admin lifts every sign-in back-off of an account, for every client (its owner is
	 * stuck on a new device).
	 */
	public void unlock(StaffMember actor, AccountId id) {
		var account = accounts.findById(id).orElseThrow(() -> new KhabarException(AccountError.ACCOUNT_NOT_FOUND));
		throttle.unlock(account.username());
		log.info("Sign-in back-off of {} lifted by {}", account.username(), actor.username());
	}

	private long enabledAdmins() {
		return accounts.findAll().stream().filter(a -> a.enabled() && a.roles().contains(Role.ADMIN)).count();
	}

	static String normalizeUsername(String username) {
		var normalized = username.strip().toLowerCase(Locale.ROOT);
		if (!USERNAME.matcher(normalized).matches()) {
			throw new KhabarException(AccountError.INVALID_USERNAME);
		}
		if (normalized.equals(StaffMember.SYSTEM)) {
			// the logs' actor key of screening: a person under that name would pass for
			// it
			throw new KhabarException(AccountError.USERNAME_TAKEN, normalized);
		}
		return normalized;
	}

	private static void checkPassword(String username, String password) {
		int length = password.codePointCount(0, password.length());
		if (length < MIN_PASSWORD_LENGTH || length > MAX_PASSWORD_LENGTH || password.strip().isEmpty()
				|| password.toLowerCase(Locale.ROOT).contains(username)) {
			throw new KhabarException(AccountError.WEAK_PASSWORD, MIN_PASSWORD_LENGTH);
		}
	}

	private static String displayName(String displayName, String username) {
		var stripped = displayName.strip();
		return stripped.isEmpty() ? username : stripped.substring(0, Math.min(stripped.length(), 100));
	}

}
