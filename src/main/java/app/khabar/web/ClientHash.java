package app.khabar.web;

/**
 * A keyed hash of a client's network address (HMAC-SHA256, truncated to 128 bits, hex).
 * The address itself is never stored: rate limits and bans use this value. IPv6 addresses
 * are hashed by their /64 prefix, which one subscriber usually owns whole.
 */
public record ClientHash(String value) {

	public ClientHash {
		if (!value.matches("[0-9a-f]{32}")) {
			throw new IllegalArgumentException("not a client hash");
		}
	}

	@Override
	public String toString() {
		return value;
	}

}
