package app.khabar.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.khabar.shared.KhabarException;
import app.khabar.support.MutableClock;

/**
 * Two-factor enrolment, codes, recovery codes, throttling, required roles and resets on a
 * real database (H2 here, PostgreSQL in the subclass), with the test's clock deciding
 * which codes are current.
 */
@SpringBootTest
@Import(TestClock.Config.class)
@ExtendWith(OutputCaptureExtension.class)
class TwoFactorIntegrationTests {

	@Autowired
	TwoFactor twoFactor;

	@Autowired
	AccountManagement management;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	StaffMember member(Role... roles) {
		var id = management.create(new NewAccount(AccountsIntegrationTests.unique("tf."), "عضو آزمایشی",
				"long-enough-password", Set.of(roles)));
		return management.staff(id).orElseThrow();
	}

	StaffMember admin() {
		return accounts.findByUsername(FirstAdmin.USERNAME).orElseThrow().summary().toStaffMember();
	}

	/**
	 * Enrols the member with a code of the app; the clock then moves on to the next step.
	 */
	Enrolled enrol(StaffMember member) {
		var secret = new Base32().decode(twoFactor.enrolment(member).secret());
		var codes = twoFactor.confirm(member, code(secret));
		clock.advance(Totp.STEP);
		return new Enrolled(secret, codes);
	}

	record Enrolled(byte[] secret, List<String> recoveryCodes) {
	}

	String code(byte[] secret) {
		return Totp.code(secret, Totp.step(clock.instant()));
	}

	/** Six digits that no step within one of now has. */
	String wrongCode(byte[] secret) {
		for (int guess = 0;; guess++) {
			var candidate = "%06d".formatted(guess);
			if (Totp.matchingStep(secret, candidate, clock.instant()).isEmpty()) {
				return candidate;
			}
		}
	}

	TwoFactor.Check check(StaffMember member, String code) {
		return twoFactor.check(member.id(), member.username(), code);
	}

	@Test
	void enrolmentKeepsItsSecretUntilAFirstCodeConfirmsItAndGivesTenRecoveryCodes() {
		var member = member(Role.EDITOR);
		var enrolment = twoFactor.enrolment(member);
		assertThat(twoFactor.enrolment(member)).as("a reload shows the same secret").isEqualTo(enrolment);
		assertThat(enrolment.secret()).matches("[A-Z2-7]{32}");
		assertThat(enrolment.groupedSecret()).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");
		assertThat(enrolment.uri()).startsWith("otpauth://totp/")
			.contains(":" + member.username() + "?secret=" + enrolment.secret());
		var secret = new Base32().decode(enrolment.secret());

		assertThatThrownBy(() -> twoFactor.confirm(member, wrongCode(secret))).isInstanceOf(KhabarException.class)
			.extracting(e -> ((KhabarException) e).code())
			.isEqualTo(AccountError.TWO_FACTOR_WRONG_CODE);
		assertThat(twoFactor.status(member).enabled()).isFalse();
		assertThat(twoFactor.enabled(member.id())).isFalse();

		var codes = twoFactor.confirm(member, code(secret));

		assertThat(codes).hasSize(10)
			.doesNotHaveDuplicates()
			.allMatch(code -> code.matches("[a-km-z2-9]{5}-[a-km-z2-9]{5}"));
		var status = twoFactor.status(member);
		assertThat(status.enabled()).isTrue();
		assertThat(status.enabledSince()).isEqualTo(clock.instant());
		assertThat(status.recoveryCodesLeft()).isEqualTo(10);
		assertThat(twoFactor.enabled(member.id())).isTrue();
		assertThatThrownBy(() -> twoFactor.enrolment(member)).extracting(e -> ((KhabarException) e).code())
			.isEqualTo(AccountError.TWO_FACTOR_ALREADY_ENABLED);
		assertThat(twoFactor.recentEvents(10)).anySatisfy(event -> {
			assertThat(event.kind()).isEqualTo(TwoFactorEvent.Kind.ENABLED);
			assertThat(event.subject()).isEqualTo(member.username());
		});
	}

	@Test
	void storesTheSecretEncryptedAndTheRecoveryCodesOnlyAsHashes() {
		var member = member(Role.REPORTER);
		var base32 = twoFactor.enrolment(member).secret();
		var codes = twoFactor.confirm(member, code(new Base32().decode(base32)));

		var stored = jdbc.sql("SELECT secret FROM account_two_factor WHERE account_id = :id")
			.param("id", member.id().value())
			.query(String.class)
			.single();
		assertThat(stored).startsWith("1:").doesNotContain(base32);
		var hashes = jdbc.sql("SELECT code_hash FROM account_recovery_code WHERE account_id = :id")
			.param("id", member.id().value())
			.query(String.class)
			.list();
		assertThat(hashes).hasSize(10);
		for (var code : codes) {
			assertThat(hashes).noneMatch(hash -> hash.contains(code) || hash.contains(code.replace("-", "")));
		}
	}

	@Test
	void acceptsACodeOnceWithinItsWindowAndNeverAgain() {
		var member = member(Role.MODERATOR);
		var secret = enrol(member).secret();

		var code = code(secret);
		assertThat(check(member, code)).isEqualTo(TwoFactor.Check.ACCEPTED);
		assertThat(check(member, code)).as("the same code again").isEqualTo(TwoFactor.Check.WRONG);
		clock.advance(Totp.STEP);
		assertThat(check(member, code)).as("still within its window, but used").isEqualTo(TwoFactor.Check.WRONG);

		// a phone a little fast: the next step's code counts, and then nothing older
		var early = Totp.code(secret, Totp.step(clock.instant()) + 1);
		assertThat(check(member, early)).isEqualTo(TwoFactor.Check.ACCEPTED);
		assertThat(check(member, code(secret))).isEqualTo(TwoFactor.Check.WRONG);

		clock.advance(Totp.STEP.multipliedBy(2));
		var stale = Totp.code(secret, Totp.step(clock.instant()) - 2);
		assertThat(check(member, stale)).as("two steps old").isEqualTo(TwoFactor.Check.WRONG);
		assertThat(check(member, toPersianDigits(code(secret)))).isEqualTo(TwoFactor.Check.ACCEPTED);
	}

	static String toPersianDigits(String digits) {
		var persian = new StringBuilder();
		digits.chars().forEach(c -> persian.append((char) ('۰' + (c - '0'))));
		return persian.toString();
	}

	@Test
	void fiveWrongCodesLockTheAccountEvenForTheRightCodeWithADoublingBackOff(CapturedOutput output) {
		var member = member(Role.EDITOR);
		var secret = enrol(member).secret();

		for (int i = 0; i < 4; i++) {
			assertThat(check(member, wrongCode(secret))).isEqualTo(TwoFactor.Check.WRONG);
		}
		// a right code ends a run of failures
		assertThat(check(member, code(secret))).isEqualTo(TwoFactor.Check.ACCEPTED);
		clock.advance(Totp.STEP);
		for (int i = 0; i < 5; i++) {
			assertThat(check(member, wrongCode(secret))).isEqualTo(TwoFactor.Check.WRONG);
		}
		assertThat(check(member, code(secret))).isEqualTo(TwoFactor.Check.THROTTLED);

		clock.advance(Duration.ofSeconds(31));
		assertThat(check(member, wrongCode(secret))).as("the sixth in a row").isEqualTo(TwoFactor.Check.WRONG);
		clock.advance(Duration.ofSeconds(31));
		assertThat(check(member, code(secret))).as("locked a minute now").isEqualTo(TwoFactor.Check.THROTTLED);
		clock.advance(Duration.ofSeconds(30));
		assertThat(check(member, code(secret))).isEqualTo(TwoFactor.Check.ACCEPTED);

		assertThat(twoFactor.recentEvents(20))
			.filteredOn(
					event -> member.username().equals(event.subject()) && event.kind() == TwoFactorEvent.Kind.LOCKED)
			.hasSize(1);
		assertThat(output.getAll().lines().filter(line -> line.contains("two-factor LOCKED of " + member.username())))
			.hasSize(1);
	}

	@Test
	void concurrentGuessesAreCountedOneByOne() throws Exception {
		var member = member(Role.EDITOR);
		var wrong = wrongCode(enrol(member).secret());
		int guesses = 24;
		var start = new CountDownLatch(1);
		var results = new ArrayList<Future<TwoFactor.Check>>();
		try (var threads = Executors.newFixedThreadPool(8)) {
			for (int i = 0; i < guesses; i++) {
				results.add(threads.submit(() -> {
					start.await();
					return check(member, wrong);
				}));
			}
			start.countDown();
		}
		var checks = new ArrayList<TwoFactor.Check>();
		for (var result : results) {
			checks.add(result.get());
		}
		assertThat(checks).as("guesses that were evaluated").filteredOn(c -> c == TwoFactor.Check.WRONG).hasSize(5);
		assertThat(checks).filteredOn(c -> c == TwoFactor.Check.THROTTLED).hasSize(guesses - 5);
	}

	@Test
	void aRecoveryCodeWorksOnceAndNewOnesReplaceTheOld() {
		var member = member(Role.EDITOR);
		var enrolled = enrol(member);
		var codes = enrolled.recoveryCodes();

		assertThat(check(member, codes.get(0).toUpperCase())).isEqualTo(TwoFactor.Check.RECOVERY_CODE);
		assertThat(check(member, codes.get(0))).isEqualTo(TwoFactor.Check.WRONG);
		assertThat(check(member, " " + codes.get(1).replace("-", "") + " ")).isEqualTo(TwoFactor.Check.RECOVERY_CODE);
		assertThat(twoFactor.status(member).recoveryCodesLeft()).isEqualTo(8);

		var renewed = twoFactor.renewRecoveryCodes(member, code(enrolled.secret()));

		assertThat(renewed).hasSize(10).doesNotContainAnyElementsOf(codes);
		assertThat(twoFactor.status(member).recoveryCodesLeft()).isEqualTo(10);
		assertThat(check(member, codes.get(2))).as("an old code").isEqualTo(TwoFactor.Check.WRONG);
		assertThatThrownBy(() -> twoFactor.renewRecoveryCodes(member, wrongCode(enrolled.secret())))
			.extracting(e -> ((KhabarException) e).code())
			.isEqualTo(AccountError.TWO_FACTOR_WRONG_CODE);
		assertThat(twoFactor.recentEvents(20)).filteredOn(event -> member.username().equals(event.subject()))
			.extracting(TwoFactorEvent::kind)
			.contains(TwoFactorEvent.Kind.RECOVERY_CODE_USED, TwoFactorEvent.Kind.RECOVERY_CODES_RENEWED);
	}

	@Test
	void anAdminRequiresTwoFactorPerRoleAndResetsALostPhoneAndBothAreLogged(CapturedOutput output) {
		var admin = admin();
		var moderator = member(Role.MODERATOR);
		var editor = member(Role.EDITOR);
		try {
			twoFactor.requireFor(admin, Set.of(Role.MODERATOR));

			assertThat(twoFactor.requiredRoles()).containsExactly(Role.MODERATOR);
			assertThat(twoFactor.mustEnrol(moderator)).isTrue();
			assertThat(twoFactor.required(moderator)).isTrue();
			assertThat(twoFactor.mustEnrol(editor)).isFalse();
			assertThat(twoFactor.accounts()).filteredOn(entry -> entry.account().id().equals(moderator.id()))
				.singleElement()
				.satisfies(entry -> assertThat(entry.required() && !entry.enabled()).isTrue());

			enrol(moderator);
			assertThat(twoFactor.mustEnrol(moderator)).isFalse();
			assertThat(twoFactor.accounts()).filteredOn(entry -> entry.account().id().equals(moderator.id()))
				.singleElement()
				.satisfies(entry -> assertThat(entry.enabled()).isTrue());

			twoFactor.reset(admin, moderator.id());

			assertThat(twoFactor.enabled(moderator.id())).isFalse();
			assertThat(twoFactor.status(moderator).recoveryCodesLeft()).isZero();
			assertThat(twoFactor.mustEnrol(moderator)).as("enrols again at the next sign-in").isTrue();
			assertThatThrownBy(() -> twoFactor.reset(admin, moderator.id()))
				.extracting(e -> ((KhabarException) e).code())
				.isEqualTo(AccountError.TWO_FACTOR_NOT_ENABLED);
			assertThat(twoFactor.recentEvents(5)).first().satisfies(event -> {
				assertThat(event.kind()).isEqualTo(TwoFactorEvent.Kind.RESET);
				assertThat(event.actor()).isEqualTo(FirstAdmin.USERNAME);
				assertThat(event.subject()).isEqualTo(moderator.username());
			});
			assertThat(twoFactor.recentEvents(20))
				.filteredOn(event -> event.kind() == TwoFactorEvent.Kind.ROLES_REQUIRED)
				.first()
				.satisfies(event -> assertThat(event.roles()).containsExactly(Role.MODERATOR));
			assertThat(output.getAll()).contains("two-factor RESET of " + moderator.username() + " by admin");
		}
		finally {
			twoFactor.requireFor(admin, Set.of());
		}
		assertThat(twoFactor.mustEnrol(moderator)).isFalse();
	}

	@Test
	void aSecretThatNoLongerOpensRefusesCodesAndEnrolmentBeginsAnew(CapturedOutput output) {
		var enrolled = member(Role.EDITOR);
		var secret = enrol(enrolled).secret();
		var waiting = member(Role.EDITOR);
		var first = twoFactor.enrolment(waiting);
		// a secret sealed for another account (or with another key) does not open: swap
		// the two
		var sealed = "SELECT secret FROM account_two_factor WHERE account_id = :id";
		var ofEnrolled = jdbc.sql(sealed).param("id", enrolled.id().value()).query(String.class).single();
		var ofWaiting = jdbc.sql(sealed).param("id", waiting.id().value()).query(String.class).single();
		var store = "UPDATE account_two_factor SET secret = :secret WHERE account_id = :id";
		jdbc.sql(store).param("id", enrolled.id().value()).param("secret", ofWaiting).update();
		jdbc.sql(store).param("id", waiting.id().value()).param("secret", ofEnrolled).update();

		assertThat(check(enrolled, code(secret))).isEqualTo(TwoFactor.Check.WRONG);
		assertThat(output.getAll()).contains("does not open with this key");
		var again = twoFactor.enrolment(waiting);
		assertThat(again.secret()).isNotEqualTo(first.secret());
		assertThat(twoFactor.confirm(waiting, code(new Base32().decode(again.secret())))).hasSize(10);
	}

}
