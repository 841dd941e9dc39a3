package app.khabar.account;

import java.net.InetAddress;
import java.util.Optional;

/** An address or a CIDR range (IPv4 or IPv6), parsed without DNS lookups. */
record IpRange(byte[] network, int prefixLength) {

	static IpRange parse(String text) {
		var slash = text.indexOf('/');
		var address = parseLiteral(slash < 0 ? text : text.substring(0, slash))
			.orElseThrow(() -> new IllegalArgumentException("not an IP address or range: " + text));
		var bytes = address.getAddress();
		int prefix = slash < 0 ? bytes.length * 8 : Integer.parseInt(text.substring(slash + 1).strip());
		if (prefix < 0 || prefix > bytes.length * 8) {
			throw new IllegalArgumentException("bad prefix length: " + text);
		}
		return new IpRange(bytes, prefix);
	}

	boolean contains(InetAddress address) {
		var bytes = address.getAddress();
		if (bytes.length != network.length) {
			return false;
		}
		int full = prefixLength / 8;
		for (int i = 0; i < full; i++) {
			if (bytes[i] != network[i]) {
				return false;
			}
		}
		int rest = prefixLength % 8;
		if (rest == 0) {
			return true;
		}
		int mask = (0xFF << (8 - rest)) & 0xFF;
		return (bytes[full] & mask) == (network[full] & mask);
	}

	/** A literal IPv4 or IPv6 address, or empty for anything else (host names are not looked up). */
	static Optional<InetAddress> parseLiteral(String text) {
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
