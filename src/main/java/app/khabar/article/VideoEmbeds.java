package app.khabar.article;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import app.khabar.media.MediaFormat;
import app.khabar.media.StoredMedia;
import app.khabar.web.FrameSources;

/**
 * Where a video article's player may come from: our own uploads
 * ({@code /media/<key>.mp4|webm}) or an https embed page on a host of
 * {@code khabar.newsroom.video-embed-hosts} (exact host names, comma-separated). The
 * editor checks a typed address against it, and the article page renders a sandboxed
 * frame only for an allowed host, so removing a host from the list also stops older
 * articles from framing it. Article bodies never carry frames (the sanitizer stays
 * strict); the player is the article's main media. The same hosts are the only frames the
 * pages' Content-Security-Policy allows.
 */
@Component
public class VideoEmbeds implements FrameSources {

	private final Set<String> hosts;

	VideoEmbeds(@Value("${khabar.newsroom.video-embed-hosts:}") List<String> hosts) {
		this.hosts = hosts.stream()
			.map(h -> h.strip().toLowerCase(Locale.ROOT))
			.filter(h -> !h.isEmpty())
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * {@code https://} and each allowed host: {@link #allowedEmbed} accepts https on the
	 * default port only.
	 */
	@Override
	public List<String> frameOrigins() {
		return hosts.stream().sorted().map(host -> "https://" + host).toList();
	}

	/**
	 * How the article page shows a video reference, or null when it must not be shown.
	 */
	public @Nullable Player player(@Nullable String ref) {
		if (ref == null) {
			return null;
		}
		Optional<MediaFormat> uploaded = StoredMedia.videoFormat(ref);
		if (uploaded.isPresent()) {
			return new Player(ref, false, uploaded.get().contentType());
		}
		return allowedEmbed(ref) ? new Player(ref, true, null) : null;
	}

	/**
	 * Whether {@code url} is an https address on an allowed host (no credentials, no odd
	 * ports).
	 */
	public boolean allowedEmbed(String url) {
		try {
			URI uri = new URI(url);
			return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && uri.getRawUserInfo() == null
					&& (uri.getPort() == -1 || uri.getPort() == 443)
					&& hosts.contains(uri.getHost().toLowerCase(Locale.ROOT));
		}
		catch (java.net.URISyntaxException ex) {
			return false;
		}
	}

	/**
	 * A video to show: our file in a {@code <video>} element, or an allowed host's page
	 * in a sandboxed frame.
	 */
	public record Player(String src, boolean embed, @Nullable String type) {
	}

}
