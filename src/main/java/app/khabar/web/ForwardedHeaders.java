package app.khabar.web;

import java.util.stream.Collectors;

import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Behind a TLS proxy, the request is what the reader sent to the proxy: when the direct
 * peer is one of {@code khabar.client.trusted-proxies}, Tomcat's {@link RemoteIpValve}
 * takes the scheme from {@code X-Forwarded-Proto}, the host from
 * {@code X-Forwarded-Host}, the port from {@code X-Forwarded-Port} and the client's
 * address from {@code X-Forwarded-For}, before any filter runs. So redirects stay on
 * https, cookies are {@code Secure}, HSTS is sent and {@link HotPages} keys pages by the
 * reader's scheme. From any other peer these headers change nothing. With no trusted
 * proxy (the default) there is no valve at all.
 * <p>
 * The valve is Tomcat's, not Spring's {@code ForwardedHeaderFilter}: the filter would
 * take the client's address from the left-most (client-written) entry of
 * {@code X-Forwarded-For}, while the valve, like {@link ClientIdentity}, takes the
 * right-most entry that is not a trusted proxy.
 */
@Component
class ForwardedHeaders implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

	private final ClientSettings settings;

	ForwardedHeaders(ClientSettings settings) {
		this.settings = settings;
	}

	@Override
	public void customize(ConfigurableTomcatWebServerFactory factory) {
		var proxies = settings.trustedProxies()
			.stream()
			.map(String::strip)
			.filter(range -> !range.isEmpty())
			.map(ForwardedHeaders::cidr)
			.collect(Collectors.joining(","));
		if (proxies.isEmpty()) {
			return;
		}
		var valve = new RemoteIpValve();
		// a list with a "/" is read as CIDR ranges (a plain list would be read as one
		// regular expression)
		valve.setInternalProxies(proxies);
		valve.setTrustedProxies(null);
		valve.setRemoteIpHeader("X-Forwarded-For");
		valve.setProtocolHeader("X-Forwarded-Proto");
		valve.setHostHeader("X-Forwarded-Host");
		valve.setPortHeader("X-Forwarded-Port");
		factory.addEngineValves(valve);
	}

	/** A range as CIDR: a single address is a range of one. */
	static String cidr(String range) {
		if (range.contains("/")) {
			return range;
		}
		return range + (range.contains(":") ? "/128" : "/32");
	}

}
