package app.khabar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientIdentityTests {

	static final String SECRET = Base64.getEncoder().encodeToString("a secret of thirty-two bytes!!!!".getBytes());

	final ClientIdentity clients = trusting("10.0.0.0/8", "192.168.7.1", "fd00::/8");

	static ClientIdentity trusting(String... proxies) {
		return new ClientIdentity(new ClientSettings(List.of(proxies), SECRET), "target/unused");
	}

	static MockHttpServletRequest request(String peer, String... forwardedFor) {
		var request = new MockHttpServletRequest();
		request.setRemoteAddr(peer);
		for (var header : forwardedFor) {
			request.addHeader("X-Forwarded-For", header);
		}
		return request;
	}

	@Test
	void usesThePeerWhenItIsNotATrustedProxy() {
		assertThat(clients.address(request("203.0.113.7", "198.51.100.1")).getHostAddress()).isEqualTo("203.0.113.7");
	}

	@Test
	void takesTheRightMostUntrustedHopBehindTrustedProxies() {
		// the left-most entry is whatever the client claimed; the proxies appended the
		// real one
		var request = request("10.0.0.2", "1.2.3.4, 198.51.100.9, 10.0.0.9");
		assertThat(clients.address(request).getHostAddress()).isEqualTo("198.51.100.9");
		assertThat(clients.address(request("192.168.7.1", "198.51.100.1", "10.2.2.2")).getHostAddress())
			.isEqualTo("198.51.100.1");
		assertThat(clients.address(request("fd00::1", "2001:db8::5")).getHostAddress())
			.isEqualTo("2001:db8:0:0:0:0:0:5");
	}

	@Test
	void stopsAtGarbageInTheForwardedChain() {
		assertThat(clients.address(request("10.0.0.2", "198.51.100.1, not-an-ip")).getHostAddress())
			.isEqualTo("10.0.0.2");
	}

	@Test
	void hashesAreStableKeyedAndHideTheAddress() throws Exception {
		var first = clients.hash(InetAddress.ofLiteral("198.51.100.23"));
		assertThat(first.value()).hasSize(32).doesNotContain("198");
		assertThat(clients.hash(request("198.51.100.23"))).isEqualTo(first);
		assertThat(clients.hash(InetAddress.ofLiteral("198.51.100.24"))).isNotEqualTo(first);

		var otherKey = new ClientIdentity(
				new ClientSettings(List.of(),
						Base64.getEncoder().encodeToString("another secret, also 32 bytes!!!".getBytes())),
				"target/unused");
		assertThat(otherKey.hash(InetAddress.ofLiteral("198.51.100.23"))).isNotEqualTo(first);
	}

	@Test
	void ipv6ClientsAreHashedByTheirSlash64() {
		assertThat(clients.hash(InetAddress.ofLiteral("2001:db8:1:2::1")))
			.isEqualTo(clients.hash(InetAddress.ofLiteral("2001:db8:1:2:ffff::9")))
			.isNotEqualTo(clients.hash(InetAddress.ofLiteral("2001:db8:1:3::1")));
	}

	@Test
	void refusesMalformedProxyRanges() {
		assertThatThrownBy(() -> trusting("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> trusting("proxy.example")).isInstanceOf(IllegalArgumentException.class);
		assertThat(trusting("10.128.0.0/9").fromTrustedProxy(request("10.200.1.1"))).isTrue();
		assertThat(trusting("10.128.0.0/9").fromTrustedProxy(request("10.100.1.1"))).isFalse();
		assertThat(trusting("fd00::/8").fromTrustedProxy(request("10.0.0.1"))).isFalse();
	}

}
