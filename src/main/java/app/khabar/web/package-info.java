/**
 * The web shell: layout, localization ({@code Ui}), error pages, strict input (a request that is not well-formed
 * %-encoded UTF-8 is a Persian 400, counted in one short log line a minute; an Accept header never turns work done
 * into a 406: such an answer is JSON), input normalization, HTTP caching of rendered pages, static assets, and what a
 * reader's request is over HTTP: the client behind it ({@code ClientIdentity}: its address behind trusted proxies and
 * the keyed {@code ClientHash}), the public and guest security chains, and the same-origin check of the
 * {@code GuestEndpoints} that each module declares. It knows no domain: feature modules
 * depend on it, never the reverse.
 */
@ApplicationModule(displayName = "web", allowedDependencies = { "shared", "persian" })
@NullMarked
package app.khabar.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
