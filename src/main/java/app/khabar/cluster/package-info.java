/**
 * Node coordination: leases for jobs that must run once across nodes, and the change feed
 * that keeps every node's local projections (search index, caches) in step. Writers
 * append in their own transaction (on PostgreSQL a trigger sends {@code NOTIFY} with it);
 * each node's follower, woken by {@code LISTEN} on a connection of its own or by polling
 * (the only way on H2), publishes what committed as {@code ChangesCommitted}, writes the
 * node's position, and one node by lease prunes the rows every live node has passed. A
 * node that finds itself below the pruned rows publishes {@code ChangesMissed}.
 */
@ApplicationModule(displayName = "cluster", allowedDependencies = { "shared" })
@NullMarked
package app.khabar.cluster;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
