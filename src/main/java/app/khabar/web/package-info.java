/**
 * The web shell: layout, localization ({@code Ui}), error pages, strict input (a request
 * that is not well-formed %-encoded UTF-8 is a Persian 400, counted in one short log line
 * a minute; an Accept header never turns work done into a 406: such an answer is JSON),
 * input normalization, HTTP caching of rendered pages, static assets; what a reader's
 * request is over HTTP: the client behind it ({@code ClientIdentity}: its address behind
 * trusted proxies and the keyed {@code ClientHash}), the scheme and host a trusted TLS
 * proxy forwards ({@code ForwardedHeaders}), the public and guest security chains, the
 * security headers of every answer ({@code SecurityHeaders}: the Content-Security-Policy,
 * with the frame and image origins modules declare as {@code FrameSources} and
 * {@code ImageSources}), and the same-origin check of the {@code GuestEndpoints} that
 * each module declares; and the staff pages' one convention: a page renders a view with a
 * {@code page} model, a form post redirects (303) with a {@link app.khabar.web.Notice}
 * that the next page shows once, a form field is the {@code partial/field} template. It
 * also holds the one HTML-to-text function ({@link app.khabar.web.HtmlText}), the site's
 * own address ({@code SiteAddress}: {@code khabar.web.base-url}, or else the request's
 * origin, which then keys the page caches so that a forged Host gets only its own links)
 * and the head every page shares ({@code PageMeta}: OpenGraph, Twitter card, feed links,
 * JSON-LD written safely by {@code JsonLd}). It knows no domain: feature modules depend
 * on it, never the reverse.
 */
@ApplicationModule(displayName = "web", allowedDependencies = { "shared", "persian" })
@NullMarked
package app.khabar.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
