/**
 * Shared kernel: domain errors ({@link app.khabar.shared.KhabarException} with module-owned codes) and paging.
 * Knows nothing of Spring MVC, SQL or any feature.
 */
@ApplicationModule(displayName = "shared", allowedDependencies = {  })
@NullMarked
package app.khabar.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
