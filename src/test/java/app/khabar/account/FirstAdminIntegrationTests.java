package app.khabar.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The first start on an empty database (a context of its own): the admin's one-time
 * password is printed once, works, and is not printed again.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(properties = "khabar.test.context=first-start")
class FirstAdminIntegrationTests {

	private static final Pattern PASSWORD_LINE = Pattern.compile("One-time password:\\s+(\\S+)");

	@Autowired
	FirstAdmin firstAdmin;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void printsAWorkingOneTimePasswordOnceAndOnlyOnce(CapturedOutput output) {
		var printed = PASSWORD_LINE.matcher(output.getAll()).results().toList();
		assertThat(printed).hasSize(1);
		var password = printed.getFirst().group(1);
		var admin = accounts.findByUsername("admin").orElseThrow();
		assertThat(passwords.matches(password, admin.passwordHash())).isTrue();
		assertThat(admin.mustChangePassword()).isTrue();
		assertThat(accounts.count()).isEqualTo(1);

		firstAdmin.run(new DefaultApplicationArguments());

		assertThat(PASSWORD_LINE.matcher(output.getAll()).results().count()).isEqualTo(1);
		assertThat(accounts.count()).isEqualTo(1);
	}

}
