package app.khabar.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;

import app.khabar.shared.KhabarException;
import app.khabar.shared.Unguessable;

/**
 * Two-factor sign-in of staff with an authenticator app (TOTP): a member enrols on their
 * own page and confirms with a first code, which also gives them single-use recovery
 * codes; an admin requires it per role and resets it for a member who lost their phone.
 * Every change is logged ({@link TwoFactorEvent}).
 */
@Service
public class TwoFactor {

	private static final Logger log = LoggerFactory.getLogger(TwoFactor.class);

	static final int RECOVERY_CODES = 10;

	/**
	 * No look-alike characters (0/o, 1/l): a recovery code is read off paper and typed.
	 * 32 letters: 5 bits each.
	 */
	private static final String RECOVERY_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

	private static final int RECOVERY_CODE_LENGTH = 10;

	/** What a code typed at sign-in did. */
	enum Check {

		ACCEPTED, RECOVERY_CODE, WRONG, THROTTLED;

		boolean accepted() {
			return this == ACCEPTED || this == RECOVERY_CODE;
		}

	}

	private final TwoFactors twoFactors;

	private final RequiredRoles requiredRoles;

	private final TwoFactorLog events;

	private final TwoFactorKeys keys;

	private final Accounts accounts;

	private final TwoFactorSettings settings;

	private final MessageSource messages;

	private final TransactionOperations transactions;

	private final Clock clock;

	private final SecureRandom random = Unguessable.generator();

	TwoFactor(TwoFactors twoFactors, RequiredRoles requiredRoles, TwoFactorLog events, TwoFactorKeys keys,
			Accounts accounts, TwoFactorSettings settings, MessageSource messages, TransactionOperations transactions,
			Clock clock) {
		this.twoFactors = twoFactors;
		this.requiredRoles = requiredRoles;
		this.events = events;
		this.keys = keys;
		this.accounts = accounts;
		this.settings = settings;
		this.messages = messages;
		this.transactions = transactions;
		this.clock = clock;
	}

	public TwoFactorStatus status(StaffMember member) {
		var enabled = twoFactors.find(member.id()).filter(TwoFactors.Row::confirmed);
		return new TwoFactorStatus(enabled.map(TwoFactors.Row::confirmedAt).orElse(null),
				enabled.isPresent() ? twoFactors.recoveryCodesLeft(member.id()) : 0, required(member));
	}

	/**
	 * The member's secret waiting for its first code, made on the first call and the same
	 * on every later one, so a reload does not invalidate what the app scanned.
	 * @throws KhabarException {@link AccountError#TWO_FACTOR_ALREADY_ENABLED}
	 */
	public TwoFactorEnrolment enrolment(StaffMember member) {
		var id = member.id();
		var row = twoFactors.find(id);
		if (row.filter(TwoFactors.Row::confirmed).isPresent()) {
			throw new KhabarException(AccountError.TWO_FACTOR_ALREADY_ENABLED);
		}
		var stored = row.flatMap(waiting -> opened(id, waiting.secret()));
		if (row.isPresent() && stored.isEmpty()) {
			// sealed with a key this node no longer has: that enrolment cannot finish,
			// begin a new one
			twoFactors.delete(id);
			return enrolment(member);
		}
		byte[] secret;
		if (stored.isPresent()) {
			secret = stored.get();
		}
		else {
			secret = Totp.newSecret();
			try {
				twoFactors.insert(id, keys.seal(id, secret), clock.instant());
			}
			catch (DuplicateKeyException anotherTabWasFirst) {
				return enrolment(member);
			}
		}
		var issuer = messages.getMessage("site.name", null, "Khabar", Locale.forLanguageTag("fa-IR"));
		return new TwoFactorEnrolment(Totp.base32(secret), Totp.uri(issuer, member.username(), secret));
	}

	/**
	 * Turns two-factor on with a first code from the app.
	 * @return the recovery codes, shown to the member this once (only their hashes are
	 * kept)
	 * @throws KhabarException {@link AccountError#TWO_FACTOR_WRONG_CODE},
	 * {@link AccountError#TWO_FACTOR_ALREADY_ENABLED} or
	 * {@link AccountError#TWO_FACTOR_NOT_ENABLED} (no enrolment was started)
	 */
	@Transactional
	public List<String> confirm(StaffMember member, String code) {
		var id = member.id();
		var row = twoFactors.lock(id).orElseThrow(() -> new KhabarException(AccountError.TWO_FACTOR_NOT_ENABLED));
		if (row.confirmed()) {
			throw new KhabarException(AccountError.TWO_FACTOR_ALREADY_ENABLED);
		}
		var now = clock.instant();
		// the enrolment page replaces a secret that no longer opens before anyone can
		// type its code
		var secret = opened(id, row.secret())
			.orElseThrow(() -> new KhabarException(AccountError.TWO_FACTOR_WRONG_CODE));
		var digits = Totp.digits(code);
		var step = digits.isEmpty() ? OptionalLong.empty() : Totp.matchingStep(secret, digits.get(), now);
		if (step.isEmpty()) {
			throw new KhabarException(AccountError.TWO_FACTOR_WRONG_CODE);
		}
		twoFactors.confirm(id, step.getAsLong(), now);
		var codes = replaceRecoveryCodes(id);
		record(member.username(), member.username(), TwoFactorEvent.Kind.ENABLED, "");
		return codes;
	}

	/**
	 * New recovery codes for an enrolled member, replacing the old ones; takes a code
	 * from the app (or a recovery code), checked and throttled as at sign-in.
	 * @throws KhabarException {@link AccountError#TWO_FACTOR_WRONG_CODE},
	 * {@link AccountError#TWO_FACTOR_THROTTLED} or
	 * {@link AccountError#TWO_FACTOR_NOT_ENABLED}
	 */
	public List<String> renewRecoveryCodes(StaffMember member, String code) {
		if (!twoFactors.enabled(member.id())) {
			throw new KhabarException(AccountError.TWO_FACTOR_NOT_ENABLED);
		}
		var check = check(member.id(), member.username(), code);
		if (!check.accepted()) {
			throw new KhabarException(
					check == Check.THROTTLED ? AccountError.TWO_FACTOR_THROTTLED : AccountError.TWO_FACTOR_WRONG_CODE);
		}
		var codes = transactions.execute(status -> replaceRecoveryCodes(member.id()));
		record(member.username(), member.username(), TwoFactorEvent.Kind.RECOVERY_CODES_RENEWED, "");
		return codes;
	}

	/** The roles whose members must use two-factor sign-in. */
	public Set<Role> requiredRoles() {
		return requiredRoles.all();
	}

	/** Whether one of the member's roles requires two-factor sign-in. */
	public boolean required(StaffMember member) {
		return !Collections.disjoint(member.roles(), requiredRoles.all());
	}

	/**
	 * Sets the roles whose members must use two-factor sign-in: from their next request
	 * on, a member of one without it can only enrol.
	 */
	@Transactional
	public void requireFor(StaffMember admin, Set<Role> roles) {
		requiredRoles.replace(roles, admin.username(), clock.instant());
		var names = roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
		record(admin.username(), null, TwoFactorEvent.Kind.ROLES_REQUIRED, names);
	}

	/** Every account with its two-factor state, for the admin. */
	public List<TwoFactorAccount> accounts() {
		var enabled = twoFactors.allEnabled()
			.stream()
			.collect(Collectors.toMap(TwoFactors.Enabled::account, Function.identity()));
		var required = requiredRoles.all();
		return accounts.findAll().stream().map(account -> {
			var on = enabled.get(account.id());
			return new TwoFactorAccount(account.summary(), on == null ? null : on.since(),
					on == null ? 0 : on.recoveryCodesLeft(), !Collections.disjoint(account.roles(), required));
		}).toList();
	}

	/**
	 * Removes a member's two-factor and recovery codes (a lost phone): they sign in with
	 * their password alone, or are sent to enrol again if a role of theirs requires it.
	 * @throws KhabarException {@link AccountError#ACCOUNT_NOT_FOUND} or
	 * {@link AccountError#TWO_FACTOR_NOT_ENABLED}
	 */
	@Transactional
	public void reset(StaffMember admin, AccountId id) {
		var account = accounts.findById(id).orElseThrow(() -> new KhabarException(AccountError.ACCOUNT_NOT_FOUND));
		if (!twoFactors.delete(id)) {
			throw new KhabarException(AccountError.TWO_FACTOR_NOT_ENABLED);
		}
		record(admin.username(), account.username(), TwoFactorEvent.Kind.RESET, "");
	}

	public List<TwoFactorEvent> recentEvents(int limit) {
		return events.recent(limit);
	}

	boolean enabled(AccountId id) {
		return twoFactors.enabled(id);
	}

	/**
	 * Whether the member holds a role that requires two-factor and has not enrolled: all
	 * they may do is enrol.
	 */
	boolean mustEnrol(StaffMember member) {
		return twoFactors.mustEnrol(member.id(), member.roles());
	}

	/**
	 * Checks a code typed at sign-in: a code of the app, never one of a step already
	 * used, or an unused recovery code. Each check holds the account's row locked, so
	 * guesses are counted one by one; after {@link TwoFactorSettings#maxFailures} wrong
	 * ones in a row the account takes no code for a while that doubles with each further
	 * wrong one ({@link #lockAfter}).
	 */
	Check check(AccountId id, String username, String typed) {
		return transactions.execute(status -> checkLocked(id, username, typed));
	}

	private Check checkLocked(AccountId id, String username, String typed) {
		var now = clock.instant();
		var row = twoFactors.lock(id).filter(TwoFactors.Row::confirmed).orElse(null);
		if (row == null) {
			return Check.WRONG;
		}
		if (row.lockedUntil() != null && now.isBefore(row.lockedUntil())) {
			return Check.THROTTLED;
		}
		var digits = Totp.digits(typed);
		if (digits.isPresent()) {
			var secret = opened(id, row.secret());
			var step = secret.isEmpty() ? OptionalLong.empty() : Totp.matchingStep(secret.get(), digits.get(), now);
			if (step.isPresent() && step.getAsLong() > row.lastStep()) {
				twoFactors.accepted(id, step.getAsLong());
				return Check.ACCEPTED;
			}
		}
		else {
			var code = recoveryCode(typed);
			if (code.isPresent() && twoFactors.useRecoveryCode(id, keys.recoveryCodeHash(code.get()), now)) {
				twoFactors.accepted(id, row.lastStep());
				record(username, username, TwoFactorEvent.Kind.RECOVERY_CODE_USED, "");
				return Check.RECOVERY_CODE;
			}
		}
		int failures = row.failures() + 1;
		var lock = lockAfter(failures, settings);
		twoFactors.failed(id, failures, lock.map(now::plus).orElse(null));
		if (failures == settings.maxFailures()) {
			// once per run of failures, not once per guess: no log flood
			record(username, username, TwoFactorEvent.Kind.LOCKED, "");
		}
		return Check.WRONG;
	}

	/**
	 * The secret, or empty (and one line in the log) when it does not open: the key was
	 * replaced or lost, and the member can no longer sign in with their app until an
	 * admin resets their two-factor. Never a 500 at sign-in.
	 */
	private Optional<byte[]> opened(AccountId id, String sealed) {
		try {
			return Optional.of(keys.open(id, sealed));
		}
		catch (IllegalStateException unopenable) {
			log.error("two-factor: {}", unopenable.getMessage());
			return Optional.empty();
		}
	}

	/**
	 * How long an account takes no code after its n-th wrong one in a row: nothing, then
	 * doubling up to a cap.
	 */
	static Optional<Duration> lockAfter(int failures, TwoFactorSettings settings) {
		if (failures < settings.maxFailures()) {
			return Optional.empty();
		}
		var lock = settings.firstLock().multipliedBy(1L << Math.min(failures - settings.maxFailures(), 30));
		return Optional.of(lock.compareTo(settings.longestLock()) > 0 ? settings.longestLock() : lock);
	}

	/**
	 * A typed recovery code in its stored form: lower case, no dashes or spaces; empty
	 * when it cannot be one.
	 */
	static Optional<String> recoveryCode(String typed) {
		var code = typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
		return code.length() == RECOVERY_CODE_LENGTH && code.chars().allMatch(c -> RECOVERY_ALPHABET.indexOf(c) >= 0)
				? Optional.of(code) : Optional.empty();
	}

	private List<String> replaceRecoveryCodes(AccountId id) {
		var codes = new ArrayList<String>(RECOVERY_CODES);
		for (int i = 0; i < RECOVERY_CODES; i++) {
			var code = new StringBuilder(RECOVERY_CODE_LENGTH + 1);
			for (int j = 0; j < RECOVERY_CODE_LENGTH; j++) {
				code.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
			}
			codes.add(code.insert(RECOVERY_CODE_LENGTH / 2, '-').toString());
		}
		twoFactors.replaceRecoveryCodes(id,
				codes.stream().map(code -> keys.recoveryCodeHash(recoveryCode(code).orElseThrow())).toList());
		return codes;
	}

	private void record(String actor, @Nullable String subject, TwoFactorEvent.Kind kind, String detail) {
		events.append(new TwoFactorEvent(clock.instant(), actor, subject, kind, detail));
		log.info("two-factor {} of {} by {} {}", kind, subject == null ? "-" : subject, actor, detail);
	}

}
