/**
 * Staff accounts, roles (ADMIN, EDITOR, REPORTER, MODERATOR), login and the security configuration.
 * Readers have no accounts: they comment as guests.
 */
@ApplicationModule(displayName = "account", allowedDependencies = { "web" })
@NullMarked
package app.khabar.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
