package app.khabar.wordpress;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import app.khabar.web.ImageSources;

/**
 * The origins of images that imports kept at their old address, for the site's
 * Content-Security-Policy: read when the site starts, so a site started after
 * {@code import-wxr} shows them.
 */
@Component
class ImportedImageOrigins implements ImageSources {

	private final ImportRecords records;

	ImportedImageOrigins(ImportRecords records) {
		this.records = records;
	}

	@Override
	public Collection<String> imageOrigins() {
		return records.imageOrigins().stream().map(ImportedImageOrigins::originOf).filter(o -> o != null).toList();
	}

	/**
	 * {@code scheme://host[:port]} of an http(s) address, rebuilt from its parts so that
	 * nothing but a host name reaches the policy; null for anything else.
	 */
	static @Nullable String originOf(String address) {
		try {
			URI uri = new URI(address.strip());
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			String host = uri.getHost();
			if (!(scheme.equals("http") || scheme.equals("https")) || host == null || !host.matches("[A-Za-z0-9.-]+")) {
				return null;
			}
			return scheme + "://" + host.toLowerCase(Locale.ROOT) + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

}
