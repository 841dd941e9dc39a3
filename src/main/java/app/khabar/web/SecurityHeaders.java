package app.khabar.web;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The headers every answer carries, applied by Spring Security to every chain (a
 * {@code Customizer} bean of the headers DSL is applied to each {@code HttpSecurity}): a
 * Content-Security-Policy of our own origin only, with frames from the origins the
 * modules declare ({@link FrameSources}), images also from those they declare
 * ({@link ImageSources}: an imported site's images kept at their old address) and nobody
 * framing us; a referrer that never leaves the origin's path; no camera, microphone,
 * place or payment. The policy is the same for everyone and has no nonce, because
 * {@link CachedPages} and {@link HotPages} serve the same bytes and headers to every
 * reader: pages carry no inline script or style. HSTS (Spring Security's, on https
 * requests only) covers this host, not its subdomains, which Khabar does not know.
 */
final class SecurityHeaders implements Customizer<HeadersConfigurer<HttpSecurity>> {

	/**
	 * Fullscreen and picture-in-picture stay at the browser's default, so that the
	 * article's video frame may still be given them ({@code allow=}); a feature listed
	 * here could not be delegated to a frame.
	 */
	static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
			+ "magnetometer=(), microphone=(), payment=(), usb=(), display-capture=(), browsing-topics=()";

	private final String contentSecurityPolicy;

	SecurityHeaders(List<FrameSources> frameSources, List<ImageSources> imageSources) {
		var frames = frameSources.stream()
			.flatMap(sources -> sources.frameOrigins().stream())
			.distinct()
			.sorted()
			.collect(Collectors.joining(" "));
		var images = imageSources.stream()
			.flatMap(sources -> sources.imageOrigins().stream())
			.distinct()
			.sorted()
			.map(origin -> " " + origin)
			.collect(Collectors.joining());
		this.contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'" + images
				+ "; " + "font-src 'self'; media-src 'self'; connect-src 'self'; worker-src 'self'; frame-src "
				+ (frames.isEmpty() ? "'none'" : frames)
				+ "; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
	}

	/**
	 * The same headers on a page that Tomcat answers itself, before any filter
	 * ({@link TomcatErrorPages}).
	 */
	void writeTo(HttpServletResponse response) {
		response.setHeader("Content-Security-Policy", contentSecurityPolicy);
		response.setHeader("Referrer-Policy", ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN.getPolicy());
		response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("X-Content-Type-Options", "nosniff");
	}

	@Override
	public void customize(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
			.frameOptions(frames -> frames.deny())
			.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(false));
	}

}
