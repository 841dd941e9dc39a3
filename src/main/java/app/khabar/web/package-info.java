/**
 * The web shell: layout, localization ({@code Ui}), error pages, input normalization, HTTP caching of rendered
 * pages, static assets. It knows no domain: feature modules depend on it, never the reverse.
 */
@ApplicationModule(displayName = "web", allowedDependencies = { "shared", "persian" })
@NullMarked
package app.khabar.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
