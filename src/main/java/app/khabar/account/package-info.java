/**
 * Staff accounts, roles (ADMIN, EDITOR, REPORTER, MODERATOR), login with two-factor sign-in (TOTP authenticator
 * apps, recovery codes, roles that require it, admin resets: {@code TwoFactor}), and the one identity of a staff
 * member that every other module uses ({@code StaffMember}, from {@code CurrentStaff}); the staff pages' security
 * chain. Readers have no accounts: they comment as guests (their side of security is the web shell's).
 */
@ApplicationModule(displayName = "account", allowedDependencies = { "web" })
@NullMarked
package app.khabar.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
