/**
 * Node coordination: leases for jobs that must run once across nodes, and the change feed
 * that each node follows to keep its local projections (search index, caches) in step.
 */
@ApplicationModule(displayName = "cluster", allowedDependencies = { "shared" })
@NullMarked
package app.khabar.cluster;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
