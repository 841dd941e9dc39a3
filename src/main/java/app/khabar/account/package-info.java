/**
 * Staff accounts, roles (ADMIN, EDITOR, REPORTER, MODERATOR), login with two-factor
 * sign-in (TOTP authenticator apps, recovery codes, roles that require it, admin resets:
 * {@code TwoFactor}), and the one identity of a staff member that every other module uses
 * ({@code StaffMember}, from {@code CurrentStaff}); the staff pages' security chain. The
 * sign-in's defences: throttling with back-off per account and client
 * ({@code LoginThrottle}), device cookies of browsers that signed in before, this node's
 * sign-in budget and password hashing on a bounded pool of its own, a CSRF token without
 * a session for the login form (no session before sign-in). Readers have no accounts:
 * they comment as guests (their side of security is the web shell's).
 */
@ApplicationModule(displayName = "account", allowedDependencies = { "web" })
@NullMarked
package app.khabar.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
