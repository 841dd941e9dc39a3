package app.khabar.comment.country;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.annotation.PreDestroy;
import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.maxmind.db.CHMCache;
import com.maxmind.geoip2.DatabaseReader;
import com.maxmind.geoip2.exception.GeoIp2Exception;

import app.khabar.web.ClientIdentity;

/**
 * The country a comment comes from, as an ISO 3166 alpha-2 code, or {@link #UNKNOWN}.
 * Asks, in order: the trusted proxy's country header (when configured and the request
 * comes from a trusted proxy), then the MaxMind-format database (when configured) for the
 * client's address. The address itself is never kept.
 */
@Component
public class CountryResolver {

	/**
	 * No country known: no source configured, a private or unlisted address, or an
	 * anonymizer.
	 */
	public static final String UNKNOWN = "--";

	private static final Logger log = LoggerFactory.getLogger(CountryResolver.class);

	private static final Pattern ISO_CODE = Pattern.compile("[A-Z]{2}");

	private final ClientIdentity clients;

	private final @Nullable String header;

	private final @Nullable DatabaseReader database;

	CountryResolver(CountrySettings settings, ClientIdentity clients) {
		this.clients = clients;
		this.header = blankToNull(settings.countryHeader());
		this.database = open(blankToNull(settings.geoipDatabase()));
	}

	/** The request's country code (upper case), or {@link #UNKNOWN}. */
	public String countryOf(HttpServletRequest request) {
		if (header != null && clients.fromTrustedProxy(request)) {
			var code = code(request.getHeader(header));
			if (!code.equals(UNKNOWN)) {
				return code;
			}
		}
		return database == null ? UNKNOWN : countryOf(clients.address(request));
	}

	/** The country of an address in the configured database, or {@link #UNKNOWN}. */
	public String countryOf(InetAddress address) {
		if (database == null) {
			return UNKNOWN;
		}
		try {
			return database.tryCountry(address)
				.map(response -> response.country().isoCode())
				.map(CountryResolver::code)
				.orElse(UNKNOWN);
		}
		catch (IOException | GeoIp2Exception e) {
			log.debug("No country for an address: {}", e.toString());
			return UNKNOWN;
		}
	}

	/**
	 * A well-formed code, upper case; Cloudflare's {@code XX} (unknown) and {@code T1}
	 * (Tor) count as unknown.
	 */
	static String code(@Nullable String value) {
		if (value == null) {
			return UNKNOWN;
		}
		var code = value.strip().toUpperCase(Locale.ROOT);
		return ISO_CODE.matcher(code).matches() && !code.equals("XX") ? code : UNKNOWN;
	}

	@PreDestroy
	void close() throws IOException {
		if (database != null) {
			database.close();
		}
	}

	private static @Nullable DatabaseReader open(@Nullable String path) {
		if (path == null) {
			return null;
		}
		try {
			return new DatabaseReader.Builder(new File(path)).withCache(new CHMCache()).build();
		}
		catch (IOException e) {
			throw new UncheckedIOException("khabar.comment.geoip-database: cannot open " + path, e);
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
