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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.view.ViewBox;

import app.khabar.article.Media;
import app.khabar.media.MediaLibrary;
import app.khabar.media.PreparedImage;
import app.khabar.media.StoredMedia;

/**
 * The demo's pictures as uploads. The demo files name our SVG art by its static path
 * ({@code /demo/port.svg}, under {@code static/demo/}); messengers show no SVG in a link
 * preview and an SVG has no pixel size for OpenGraph or JSON-LD, so each is drawn once at
 * {@link #WIDTH}×{@link #HEIGHT}, stored through the media library like a newsroom upload
 * (standard widths, {@code srcset}, a known size), and the article keeps the stored path.
 * The build draws and resizes them ({@link #main}, a {@link PreparedImage} each in the
 * jar), so a first start only copies their files; all are stored before the load's
 * transaction begins, since the loader holds the marker row's lock, which a second node
 * starting at once waits for.
 */
final class DemoPictures {

	static final int WIDTH = 1280;

	static final int HEIGHT = 720;

	static final String UPLOADER = "demo";

	/** Where the build puts the prepared pictures on the classpath. */
	static final String PREPARED = "demo/pictures/";

	/** Changes when {@link #draw} does, so the build draws again. */
	private static final int PREPARED_VERSION = 1;

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
		Optional<PreparedImage> prepared = PreparedImage.find(PREPARED + m.group(1));
		if (prepared.isPresent()) {
			return media.storePrepared(UPLOADER, prepared.get()).ref();
		}
		// not built by Maven (an IDE's classes): drawn and resized now, seconds more
		byte[] png = draw(new ClassPathResource("static/demo/" + m.group(1) + ".svg"));
		StoredMedia picture = media.storeImage(UPLOADER, new ByteArrayInputStream(png), png.length);
		return picture.ref();
	}

	/**
	 * The build's step ({@code process-classes}, pom.xml): draws every demo SVG and
	 * writes it resized as a {@link PreparedImage} under {@code CLASSES/demo/pictures/},
	 * so a first start stores files instead of drawing and encoding pictures (about 3 s
	 * of a 2-core start). Does nothing when the SVGs are those of the last run
	 * ({@code SOURCES} lists each one's SHA-256 and the step's version).
	 */
	public static void main(String[] args) throws IOException {
		Path classes = Path.of(args[0]);
		Path art = classes.resolve("static/demo");
		Path out = classes.resolve(PREPARED);
		List<Path> svgs;
		try (Stream<Path> files = Files.list(art)) {
			svgs = files.filter(file -> file.getFileName().toString().endsWith(".svg")).sorted().toList();
		}
		var sources = new StringBuilder("version " + PREPARED_VERSION + "\n");
		for (Path svg : svgs) {
			sources.append(svg.getFileName())
				.append(' ')
				.append(PreparedImage.sha256(Files.readAllBytes(svg)))
				.append('\n');
		}
		Path stamp = out.resolve("SOURCES");
		if (Files.exists(stamp) && Files.readString(stamp).contentEquals(sources)) {
			return;
		}
		for (Path svg : svgs) {
			String name = svg.getFileName().toString().replaceFirst("\\.svg$", "");
			PreparedImage.write(draw(new ClassPathResource("static/demo/" + name + ".svg")), out, name);
		}
		Files.writeString(stamp, sources);
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
