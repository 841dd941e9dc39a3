package app.khabar.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;

import app.khabar.shared.KhabarException;

/**
 * Accounts and the first admin on a real database (H2 here, PostgreSQL in the subclass);
 * sign-in throttling: {@link LoginThrottleIntegrationTests}.
 */
@SpringBootTest
@Import(TestClock.Config.class)
class AccountsIntegrationTests {

	@Autowired
	Accounts accounts;

	@Autowired
	AccountManagement management;

	@Autowired
	FirstAdmin firstAdmin;

	@Autowired
	PasswordEncoder passwords;

	static String unique(String prefix) {
		return prefix + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
	}

	@Test
	void createsTheAdminOnFirstStartOnlyWithAOneTimePassword() {
		var admin = accounts.findByUsername(FirstAdmin.USERNAME).orElseThrow();
		assertThat(admin.roles()).containsExactly(Role.ADMIN);
		assertThat(admin.mustChangePassword()).isTrue();
		assertThat(admin.enabled()).isTrue();
		assertThat(admin.passwordHash()).startsWith("{argon2}$argon2id$");
		assertThat(admin.displayName()).isEqualTo("مدیر سامانه");

		long before = accounts.count();
		assertThat(firstAdmin.createIfNoAccount()).isEmpty();
		assertThat(accounts.count()).isEqualTo(before);
	}

	@Test
	void storesAndFindsAnAccountWithItsRolesAndPersianName() {
		var username = unique("reporter.");
		var id = management.create(new NewAccount("  " + username.toUpperCase() + " ", "زهرا كريمي‌نژاد",
				"یک گذرواژهٔ بلند ۱۲۳", Set.of(Role.REPORTER, Role.EDITOR)));

		var found = accounts.findById(id).orElseThrow();
		assertThat(found.username()).isEqualTo(username);
		assertThat(found.displayName()).isEqualTo("زهرا كريمي‌نژاد");
		assertThat(found.roles()).containsExactlyInAnyOrder(Role.REPORTER, Role.EDITOR);
		assertThat(found.mustChangePassword()).isTrue();
		assertThat(passwords.matches("یک گذرواژهٔ بلند ۱۲۳", found.passwordHash())).isTrue();
		assertThat(accounts.findByUsername(username)).contains(found);
		assertThat(management.all()).extracting(AccountSummary::username).contains(username);
	}

	@Test
	void refusesATakenUsernameAWeakPasswordAndNoRole() {
		var username = unique("editor.");
		management.create(new NewAccount(username, "", "password-long-enough", Set.of(Role.EDITOR)));

		assertThatThrownBy(() -> management
			.create(new NewAccount(username, "دیگری", "another-long-password", Set.of(Role.EDITOR))))
			.isInstanceOf(KhabarException.class)
			.extracting(e -> ((KhabarException) e).code())
			.isEqualTo(AccountError.USERNAME_TAKEN);
		assertThatThrownBy(() -> management.create(new NewAccount(unique("x"), "", "short", Set.of(Role.EDITOR))))
			.extracting(e -> ((KhabarException) e).code())
			.isEqualTo(AccountError.WEAK_PASSWORD);
		assertThatThrownBy(() -> management.create(new NewAccount(unique("x"), "", "long-enough-password", Set.of())))
			.extracting(e -> ((KhabarException) e).code())
			.isEqualTo(AccountError.NO_ROLE);
		assertThatThrownBy(
				() -> management.create(new NewAccount("علی", "", "long-enough-password", Set.of(Role.EDITOR))))
			.extracting(e -> ((KhabarException) e).code())
			.isEqualTo(AccountError.INVALID_USERNAME);
		assertThatThrownBy(
				() -> management.create(new NewAccount(" System ", "", "long-enough-password", Set.of(Role.MODERATOR))))
			.extracting(e -> ((KhabarException) e).code())
			.isEqualTo(AccountError.USERNAME_TAKEN);
	}

	@Test
	void changesRolesWithAVersionCheck() {
		var admin = accounts.findByUsername(FirstAdmin.USERNAME).orElseThrow().summary().toStaffMember();
		var id = management
			.create(new NewAccount(unique("mod."), "ناظر", "long-enough-password", Set.of(Role.MODERATOR)));
		var read = management.find(id).orElseThrow();

		management.change(admin, id, read.version(), "ناظر ارشد", Set.of(Role.MODERATOR, Role.EDITOR), false);

		var changed = management.find(id).orElseThrow();
		assertThat(changed.roles()).containsExactlyInAnyOrder(Role.MODERATOR, Role.EDITOR);
		assertThat(changed.enabled()).isFalse();
		assertThat(changed.displayName()).isEqualTo("ناظر ارشد");
		assertThatThrownBy(() -> management.change(admin, id, read.version(), "ناظر", Set.of(Role.MODERATOR), true))
			.extracting(e -> ((KhabarException) e).code())
			.isEqualTo(AccountError.CONCURRENT_CHANGE);
	}

	@Test
	void anAdminCannotDisableOrDemoteThemself() {
		var admin = accounts.findByUsername(FirstAdmin.USERNAME).orElseThrow();
		assertThatThrownBy(() -> management.change(admin.summary().toStaffMember(), admin.id(), admin.version(),
				admin.displayName(), Set.of(Role.EDITOR), true))
			.extracting(e -> ((KhabarException) e).code())
			.isEqualTo(AccountError.LAST_ADMIN);
		assertThat(accounts.findById(admin.id()).orElseThrow().roles()).contains(Role.ADMIN);
	}

	@Test
	void changingTheOwnPasswordNeedsTheCurrentOneAndClearsTheMustChangeFlag() {
		var id = management.create(new NewAccount(unique("rep."), "", "first-one-time-pass", Set.of(Role.REPORTER)));

		assertThatThrownBy(() -> management.changeOwnPassword(id, "not-the-password", "brand-new-password"))
			.extracting(e -> ((KhabarException) e).code())
			.isEqualTo(AccountError.WRONG_PASSWORD);
		management.changeOwnPassword(id, "first-one-time-pass", "گذرواژهٔ تازهٔ من");

		var account = accounts.findById(id).orElseThrow();
		assertThat(account.mustChangePassword()).isFalse();
		assertThat(passwords.matches("گذرواژهٔ تازهٔ من", account.passwordHash())).isTrue();
	}

}
