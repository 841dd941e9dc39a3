/**
 * Shared kernel: domain errors ({@link app.khabar.shared.KhabarException} with
 * module-owned codes), paging, the clock and small helpers any module may use (work after
 * commit, a progress bar, a secret file), and what a lost database connection looks like
 * ({@link app.khabar.shared.DatabaseUnavailable}). Knows nothing of Spring MVC or any
 * feature.
 */
@ApplicationModule(displayName = "shared", allowedDependencies = {})
@NullMarked
package app.khabar.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
