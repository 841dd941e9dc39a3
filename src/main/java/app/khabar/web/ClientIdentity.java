package app.khabar.web;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.catalina.Globals;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

import app.khabar.shared.SecretFile;

/**
 * The client behind a request: its address (honouring {@code X-Forwarded-For} only when
 * the request comes from a trusted proxy) and its {@link ClientHash}. Nothing here stores
 * an address. Addresses are read as literals only (never looked up in DNS); trusted
 * ranges are Spring Security's {@link IpAddressMatcher} (IPv4, IPv6, CIDR).
 */
@Component
public class ClientIdentity {

	private static final String FORWARDED_FOR = "X-Forwarded-For";

	private final List<IpAddressMatcher> trustedProxies;

	// keyed and fed the "client:" prefix once; each hash works on a clone (cheaper than a
	// new Mac per request)
	private final Mac prototype;

	ClientIdentity(ClientSettings settings, @Value("${khabar.data-dir:./data}") String dataDir) {
		this.trustedProxies = settings.trustedProxies()
			.stream()
			.map(range -> new IpAddressMatcher(range.strip()))
			.toList();
		var secret = settings.hashSecret() != null && !settings.hashSecret().isBlank()
				? Base64.getDecoder().decode(settings.hashSecret().strip())
				: SecretFile.loadOrCreate(Path.of(dataDir, "secrets", "client-hash.key"), 32);
		try {
			this.prototype = Mac.getInstance("HmacSHA256");
			this.prototype.init(new SecretKeySpec(secret, "HmacSHA256"));
			this.prototype.update("client:".getBytes(StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
		}
	}

	/**
	 * Whether the request's direct peer is one of the configured trusted proxies.
	 * Tomcat's valve of {@link ForwardedHeaders} has already put the client's address in
	 * place of the proxy's and marked the request.
	 */
	public boolean fromTrustedProxy(HttpServletRequest request) {
		return Boolean.TRUE.equals(request.getAttribute(Globals.REQUEST_FORWARDED_ATTRIBUTE))
				|| literal(request.getRemoteAddr()).map(this::trusted).orElse(false);
	}

	/**
	 * The client's address: the direct peer, or, when that is a trusted proxy, the
	 * right-most address of {@code X-Forwarded-For} that is not itself a trusted proxy
	 * (left-most entries are whatever the client claimed).
	 */
	public InetAddress address(HttpServletRequest request) {
		var peer = literal(request.getRemoteAddr()).orElse(InetAddress.getLoopbackAddress());
		if (!trusted(peer)) {
			return peer;
		}
		var hops = request.getHeaders(FORWARDED_FOR);
		var chain = new ArrayList<String>();
		while (hops.hasMoreElements()) {
			chain.addAll(Arrays.asList(hops.nextElement().split(",")));
		}
		var client = peer;
		for (int i = chain.size() - 1; i >= 0; i--) {
			var hop = literal(chain.get(i));
			if (hop.isEmpty()) {
				break;
			}
			client = hop.get();
			if (!trusted(client)) {
				break;
			}
		}
		return client;
	}

	public ClientHash hash(HttpServletRequest request) {
		return hash(address(request));
	}

	public ClientHash hash(InetAddress address) {
		var bytes = address.getAddress();
		if (address instanceof Inet6Address) {
			bytes = Arrays.copyOf(bytes, 8);
		}
		try {
			var mac = (Mac) prototype.clone();
			return new ClientHash(HexFormat.of().formatHex(mac.doFinal(bytes), 0, 16));
		}
		catch (CloneNotSupportedException e) {
			throw new IllegalStateException("the JDK's HmacSHA256 can be cloned", e);
		}
	}

	private boolean trusted(InetAddress address) {
		var literal = address.getHostAddress();
		return trustedProxies.stream().anyMatch(range -> range.matches(literal));
	}

	/**
	 * A literal IPv4 or IPv6 address (brackets allowed), or empty for anything else: host
	 * names are not looked up.
	 */
	private static Optional<InetAddress> literal(String text) {
		var stripped = text.strip();
		if (stripped.startsWith("[") && stripped.endsWith("]")) {
			stripped = stripped.substring(1, stripped.length() - 1);
		}
		try {
			return Optional.of(InetAddress.ofLiteral(stripped));
		}
		catch (IllegalArgumentException notLiteral) {
			return Optional.empty();
		}
	}

}
