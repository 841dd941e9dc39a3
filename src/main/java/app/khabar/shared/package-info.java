/**
 * Shared kernel: domain errors ({@link app.khabar.shared.KhabarException} with module-owned codes), paging, and
 * small helpers every module may use: {@link app.khabar.shared.GroupCommit} (batched writes that store everything
 * handed in before it closes), after-commit callbacks, secret files, a progress bar. Knows nothing of Spring MVC, SQL
 * or any feature.
 */
@ApplicationModule(displayName = "shared", allowedDependencies = {  })
@NullMarked
package app.khabar.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
