package app.khabar.corpus;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.view.ViewBox;

import app.khabar.article.Media;
import app.khabar.media.MediaLibrary;
import app.khabar.media.StoredMedia;

/**
 * The demo's pictures as uploads. The demo files name our SVG art by its static path
 * ({@code /demo/port.svg}, under {@code static/demo/}); messengers show no SVG in a link
 * preview and an SVG has no pixel size for OpenGraph or JSON-LD, so each is drawn once at
 * {@link #WIDTH}×{@link #HEIGHT}, stored through the media library like a newsroom upload
 * (standard widths, {@code srcset}, a known size), and the article keeps the stored path.
 * All are stored before the load's transaction begins: drawing takes seconds, and the
 * loader holds the marker row's lock, which a second node starting at once waits for.
 */
final class DemoPictures {

	static final int WIDTH = 1280;

	static final int HEIGHT = 720;

	static final String UPLOADER = "demo";

	private static final Pattern ART = Pattern.compile("/demo/([a-z-]{1,40})\\.svg");

	private static final Pattern ART_IN_BODY = Pattern.compile("src=\"(/demo/[a-z-]{1,40}\\.svg)\"");

	private final Map<String, String> stored;

	private DemoPictures(Map<String, String> stored) {
		this.stored = stored;
	}

	/** Draws and stores every picture the articles name. */
	static DemoPictures store(MediaLibrary media, List<DemoFiles.ArticleEntry> entries) {
		Map<String, String> stored = new HashMap<>();
		for (DemoFiles.ArticleEntry entry : entries) {
			if (entry.media() != null && entry.media().type() == Media.Type.IMAGE && entry.media().ref() != null) {
				stored.computeIfAbsent(entry.media().ref(), art -> store(media, art));
			}
			ART_IN_BODY.matcher(String.join("\n", entry.body()))
				.results()
				.forEach(found -> stored.computeIfAbsent(found.group(1), art -> store(media, art)));
		}
		return new DemoPictures(stored);
	}

	/** The article's main image, its picture stored. */
	Media media(@Nullable Media main) {
		if (main == null) {
			return Media.NONE;
		}
		return main.type() == Media.Type.IMAGE && main.ref() != null
				? new Media(Media.Type.IMAGE, stored(main.ref()), main.caption()) : main;
	}

	/** The body with each demo art image replaced by its stored picture. */
	String body(List<String> lines) {
		Matcher m = ART_IN_BODY.matcher(String.join("\n", lines));
		return m.replaceAll(found -> Matcher.quoteReplacement("src=\"" + stored(found.group(1)) + "\""));
	}

	private String stored(String artPath) {
		String path = stored.get(artPath);
		if (path == null) {
			throw new IllegalStateException("demo picture not stored: " + artPath);
		}
		return path;
	}

	private static String store(MediaLibrary media, String artPath) {
		Matcher m = ART.matcher(artPath);
		if (!m.matches()) {
			throw new IllegalStateException("not a demo picture: " + artPath);
		}
		byte[] png = draw(new ClassPathResource("static/demo/" + m.group(1) + ".svg"));
		StoredMedia picture = media.storeImage(UPLOADER, new ByteArrayInputStream(png), png.length);
		return picture.ref();
	}

	private static byte[] draw(ClassPathResource art) {
		try (InputStream in = art.getInputStream()) {
			SVGDocument document = new SVGLoader().load(in, URI.create("classpath:/" + art.getPath()),
					LoaderContext.createDefault());
			if (document == null) {
				throw new IllegalStateException("demo picture is no SVG: " + art.getPath());
			}
			var image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
			Graphics2D g = image.createGraphics();
			try {
				g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
				g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
				document.render(null, g, new ViewBox(0, 0, WIDTH, HEIGHT));
			}
			finally {
				g.dispose();
			}
			var png = new ByteArrayOutputStream();
			ImageIO.write(image, "png", png);
			return png.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
