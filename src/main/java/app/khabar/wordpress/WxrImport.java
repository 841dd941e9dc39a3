package app.khabar.wordpress;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.xml.stream.XMLStreamException;

import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import app.khabar.article.ArticleImport;
import app.khabar.article.ArticleKind;
import app.khabar.article.ArticleStatus;
import app.khabar.article.AuthorDirectory;
import app.khabar.article.AuthorProfile;
import app.khabar.article.Byline;
import app.khabar.article.BylineAuthor;
import app.khabar.article.CommentSettings;
import app.khabar.article.Media;
import app.khabar.article.ModerationMode;
import app.khabar.article.NewArticle;
import app.khabar.article.Source;
import app.khabar.article.VideoEmbeds;
import app.khabar.comment.CommentImport;
import app.khabar.comment.CommentStatus;
import app.khabar.feed.Box;
import app.khabar.feed.Curation;
import app.khabar.media.MediaLibrary;
import app.khabar.media.Pictures;
import app.khabar.media.StoredMedia;
import app.khabar.persian.PersianDigits;
import app.khabar.persian.PersianText;
import app.khabar.shared.ProgressBar;
import app.khabar.web.HtmlText;

/**
 * Imports WordPress export files (WXR) into Khabar: posts become articles, their comments
 * Khabar comments with their threads, categories sections and tags tags; what each became
 * is recorded per site ({@link ImportRecords}), so importing the same file again changes
 * nothing and a later export of the same site adds only what is new. The file is read
 * twice, as a stream: once for the attachments (a post's gallery and featured image may
 * come after it) and the count, once to import; memory holds one batch of items at a
 * time. Items are read, checked and converted outside the transaction, on a thread of
 * their own a few batches ahead ({@link ReadAhead}), and stored {@value #BATCH_SIZE} to a
 * transaction, each post's comments in one batch insert with its counters moved once; an
 * item the file spoils is reported with its line and skipped, and a batch the database
 * refuses is stored again one item at a time, so that only the bad item is reported and
 * skipped. A dry run only reads and counts ({@link WxrDryRun}).
 */
@Service
public class WxrImport {

	/** The moderators' note on imported comments that are not publishable. */
	static final String IMPORTED_NOTE = "وارد شده از وردپرس";

	private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final int SNIFF_BYTES = 64 << 10;

	private static final int TITLE_MAX = 400;

	private static final int LEAD_MAX = 600;

	private static final int KICKER_MAX = 200;

	private static final int NAME_MAX = 80;

	private static final int TAGS_MAX = 30;

	/** Items stored in one transaction. */
	private static final int BATCH_SIZE = 500;

	private final ArticleImport articles;

	private final CommentImport comments;

	private final Curation curation;

	private final ImportRecords records;

	private final OldUrls oldUrls;

	private final AuthorDirectory authors;

	private final MediaLibrary mediaLibrary;

	private final VideoEmbeds videoEmbeds;

	private final WordPressSettings settings;

	private final TransactionTemplate transaction;

	private final Clock clock;

	WxrImport(ArticleImport articles, CommentImport comments, Curation curation, ImportRecords records, OldUrls oldUrls,
			AuthorDirectory authors, MediaLibrary mediaLibrary, VideoEmbeds videoEmbeds, WordPressSettings settings,
			PlatformTransactionManager transactions, Clock clock) {
		this.articles = articles;
		this.comments = comments;
		this.curation = curation;
		this.records = records;
		this.oldUrls = oldUrls;
		this.authors = authors;
		this.mediaLibrary = mediaLibrary;
		this.videoEmbeds = videoEmbeds;
		this.settings = settings;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** The file is not a WordPress export: nothing was imported. */
	public static final class NotWxrFile extends Exception {

		NotWxrFile(Path file, String detail) {
			super("«%s» پروندهٔ خروجی وردپرس (WXR) نیست: %s".formatted(file.getFileName(), detail));
		}

	}

	/**
	 * How to import: {@code sections} maps WordPress category slugs (decoded) to section
	 * slugs; {@code flattenCategories} files a post under its category's top ancestor;
	 * {@code zone} is the site's time zone, for dates WordPress wrote without GMT.
	 */
	public record Options(boolean dryRun, @Nullable Path uploads, Map<String, String> sections,
			boolean flattenCategories, ZoneId zone) {

		public static final Options DEFAULT = new Options(false, null, Map.of(), false, ZoneId.of("Asia/Tehran"));

	}

	/** What an import did, by kind; {@code skipped} by reason. */
	public record Summary(Map<String, Integer> items, Map<String, Integer> comments, Map<String, Integer> skipped,
			int alreadyPresent, int commentsPresent, List<String> notes, boolean dryRun, Duration took) {

		/** Articles stored by this run. */
		public int imported() {
			return items.entrySet()
				.stream()
				.filter(e -> e.getKey().startsWith("post "))
				.mapToInt(Map.Entry::getValue)
				.sum();
		}

		public int commentsImported() {
			return comments.values().stream().mapToInt(Integer::intValue).sum();
		}

		public int skippedTotal() {
			return skipped.values().stream().mapToInt(Integer::intValue).sum();
		}

		/** The summary as the command prints it: in Persian, counts in Persian digits. */
		public String report() {
			ResourceBundle text = ResourceBundle.getBundle(MESSAGES, Locale.ROOT);
			var report = new StringBuilder();
			report.append(MessageFormat.format(text.getString("wordpress.import.title"),
					dryRun ? text.getString("wordpress.import.dry-run") : "",
					PersianDigits.toPersian(ProgressBar.clock(took.toSeconds()))))
				.append('\n');
			report.append("  ").append(text.getString("wordpress.import.items")).append('\n');
			items.forEach((kind, count) -> report.append("    %s: %s%n".formatted(label(text, kind), digits(count))));
			report.append("  ")
				.append(MessageFormat.format(text.getString("wordpress.import.present"), digits(alreadyPresent),
						digits(commentsPresent)))
				.append('\n');
			report.append("  ").append(text.getString("wordpress.import.comments")).append('\n');
			comments.forEach(
					(status, count) -> report.append("    %s: %s%n".formatted(label(text, status), digits(count))));
			report.append("  ")
				.append(MessageFormat.format(text.getString("wordpress.import.skipped"), digits(skippedTotal())))
				.append('\n');
			skipped.forEach(
					(reason, count) -> report.append("    %s: %s%n".formatted(label(text, reason), digits(count))));
			return report.toString();
		}

		private static String digits(long count) {
			return PersianDigits.format(count);
		}

	}

	/** The bundle of the command's texts. */
	static final String MESSAGES = "messages.wordpress";

	/**
	 * A summary key ({@code post draft (draft)}, {@code post type page}) in Persian: the
	 * bundle's text of its longest known first words, the rest of the key (WordPress's
	 * own names) after it; the key itself when no words are known.
	 */
	static String label(ResourceBundle text, String key) {
		String[] words = key.split(" ");
		for (int n = words.length; n > 0; n--) {
			String id = "wordpress.kind." + String.join(" ", java.util.Arrays.copyOf(words, n))
				.toLowerCase(Locale.ROOT)
				.replaceAll("[^a-z0-9_]+", "-")
				.replaceAll("^-|-$", "");
			if (text.containsKey(id)) {
				String rest = String.join(" ", java.util.Arrays.copyOfRange(words, n, words.length));
				return MessageFormat.format(text.getString(id), rest).strip();
			}
		}
		return key;
	}

	/** Imports the files without showing progress. */
	public Summary importFiles(List<Path> files, Options options) throws IOException, NotWxrFile {
		return importFiles(files, options, ProgressBar.silent());
	}

	public Summary importFiles(List<Path> files, Options options, ProgressBar progress) throws IOException, NotWxrFile {
		if (options.dryRun()) {
			return WxrDryRun.summarize(files, settings.postTypes(), progress);
		}
		long started = System.nanoTime();
		for (Path file : files) {
			sniff(file);
		}
		var run = new Run(options, progress);
		for (Path file : files) {
			importFile(file, run);
		}
		if (!run.leads.isEmpty()) {
			List<Long> lead = new ArrayList<>(run.leads);
			lead.addAll(curation.articleIdsOf(Box.LEAD));
			curation.replace(Box.LEAD, lead);
		}
		return new Summary(run.items, run.commentCounts, run.skipped, run.present, run.commentsPresent,
				List.copyOf(run.notes), false, Duration.ofNanos(System.nanoTime() - started));
	}

	/** Fails fast on a file that does not even start like a WordPress export. */
	static void sniff(Path file) throws IOException, NotWxrFile {
		byte[] start;
		try (InputStream in = Files.newInputStream(file)) {
			start = in.readNBytes(SNIFF_BYTES);
		}
		String text = new String(start, StandardCharsets.UTF_8);
		if (!text.contains("<rss") || !text.contains("wordpress.org/export/")) {
			throw new NotWxrFile(file, "در آغاز آن عنصر <rss> با فضای نام خروجی وردپرس نیامده است");
		}
	}

	/** Counts and reports of one run over all its files. */
	private final class Run {

		final Options options;

		final ProgressBar progress;

		final Map<String, Integer> items = new TreeMap<>();

		final Map<String, Integer> commentCounts = new TreeMap<>();

		final Map<String, Integer> skipped = new TreeMap<>();

		final List<String> notes = new ArrayList<>();

		final List<Long> leads = new ArrayList<>();

		int present;

		int commentsPresent;

		Run(Options options, ProgressBar progress) {
			this.options = options;
			this.progress = progress;
		}

		/** The counts at a moment, to go back to when a batch is undone. */
		record Mark(Map<String, Integer> items, Map<String, Integer> commentCounts, Map<String, Integer> skipped,
				int notes, int leads, int present, int commentsPresent) {
		}

		Mark mark() {
			return new Mark(new TreeMap<>(items), new TreeMap<>(commentCounts), new TreeMap<>(skipped), notes.size(),
					leads.size(), present, commentsPresent);
		}

		void reset(Mark mark) {
			items.clear();
			items.putAll(mark.items());
			commentCounts.clear();
			commentCounts.putAll(mark.commentCounts());
			skipped.clear();
			skipped.putAll(mark.skipped());
			notes.subList(mark.notes(), notes.size()).clear();
			leads.subList(mark.leads(), leads.size()).clear();
			present = mark.present();
			commentsPresent = mark.commentsPresent();
		}

		void count(String kind) {
			items.merge(kind, 1, Integer::sum);
		}

		void skip(Path file, int line, String reason, String detail) {
			skipped.merge(reason, 1, Integer::sum);
			String note = "%s line %d: %s%s".formatted(file.getFileName(), line, reason,
					detail.isEmpty() ? "" : " (" + detail + ")");
			if (notes.size() < 1000) {
				notes.add(note);
			}
			progress.note(MessageFormat.format(
					ResourceBundle.getBundle(MESSAGES, Locale.ROOT).getString("wordpress.import.note"),
					file.getFileName(), PersianDigits.format(line),
					label(ResourceBundle.getBundle(MESSAGES, Locale.ROOT), reason))
					+ (detail.isEmpty() ? "" : " (" + detail + ")"));
		}

	}

	/**
	 * One file's site, channel and attachments, and what this run made for them.
	 */
	private final class FileContext {

		private final Path file;

		private final SiteAddress address;

		private final Wxr.Channel channel;

		private final Attachments attachments;

		private final Map<String, String> sectionOfCategory = new HashMap<>();

		private final Map<String, BylineAuthor> authors = new HashMap<>();

		private final Set<String> tagsRecorded = new HashSet<>();

		private final Set<String> imageOrigins = new HashSet<>();

		private final UploadedMedia media;

		private long siteId = -1;

		FileContext(Path file, SiteAddress address, Wxr.Channel channel, Attachments attachments, Options options) {
			this.file = file;
			this.address = address;
			this.channel = channel;
			this.attachments = attachments;
			this.media = new UploadedMedia(mediaLibrary, options.uploads());
		}

		UploadedMedia media() {
			return media;
		}

		Path file() {
			return file;
		}

		Wxr.Channel channel() {
			return channel;
		}

		Attachments attachments() {
			return attachments;
		}

		/** Sections made by this run. */
		Map<String, String> sectionOfCategory() {
			return sectionOfCategory;
		}

		long siteId() {
			if (siteId < 0) {
				siteId = records.site(address.key(), address.host(), address.pathPrefix(), channel.title(),
						clock.instant());
			}
			return siteId;
		}

		/** Tags whose record this run has made or found, by slug key. */
		Set<String> tagsRecorded() {
			return tagsRecorded;
		}

		/** Origins of external images this run has recorded. */
		Set<String> imageOrigins() {
			return imageOrigins;
		}

		/** Bylines made by this run, by WordPress login. */
		Map<String, BylineAuthor> authors() {
			return authors;
		}

		/** Forgets the sections and bylines made by a transaction that was undone. */
		void forget() {
			sectionOfCategory.clear();
			authors.clear();
			tagsRecorded.clear();
			imageOrigins.clear();
		}

	}

	private void importFile(Path file, Run run) throws IOException, NotWxrFile {
		Attachments attachments = Attachments.scan(file);
		run.progress.start(attachments.items());
		try (var reader = reader(file)) {
			var splitter = new WxrSplitter(reader);
			WxrSplitter.Piece header = splitter.next();
			if (header == null || !header.header()) {
				throw new NotWxrFile(file, "سرآغاز کانال ندارد");
			}
			var channel = new Wxr.Channel[1];
			WxrParser parser;
			try {
				parser = WxrParser.header(header.text(), c -> channel[0] = c);
			}
			catch (WxrParser.NotWxr ex) {
				throw new NotWxrFile(file, ex.getMessage());
			}
			var context = new FileContext(file, SiteAddress.of(channel[0].siteUrl(), file), channel[0], attachments,
					run.options);
			inTransaction(context::siteId);
			oldUrls.sitesChanged();
			var batch = new ArrayList<Work>(BATCH_SIZE);
			var inBatch = new HashSet<String>();
			try (var ahead = new ReadAhead(splitter, parser, context)) {
				Read read;
				while ((read = ahead.next()) != null) {
					if (read.skip() != null) {
						Skip skip = read.skip();
						run.skip(context.file(), skip.line(), skip.reason(), skip.detail());
					}
					Work work = read.work();
					if (work != null) {
						Wxr.Item item = work.item();
						// a post that comes again is stored after its first time, as it
						// would be one item at a time
						if (!inBatch.add("id:" + item.postId())
								| (!item.guid().isBlank() && !inBatch.add(item.guid()))) {
							store(batch, context, run);
							inBatch.clear();
							inBatch.add("id:" + item.postId());
							inBatch.add(item.guid());
						}
						batch.add(work);
					}
					if (batch.size() == BATCH_SIZE) {
						store(batch, context, run);
						inBatch.clear();
					}
					run.progress.advance(1);
				}
			}
			store(batch, context, run);
			// a commit that waits for the disk, and with it for every batch before it
			inTransaction(() -> {
				records.touchSite(context.siteId(), clock.instant());
				return null;
			});
			if (splitter.replacedCharacters() > 0) {
				run.notes.add("%s: %d characters not allowed in XML were replaced by U+FFFD"
					.formatted(file.getFileName(), splitter.replacedCharacters()));
			}
		}
		run.progress.finish();
	}

	/**
	 * An item to store, once it has been read, checked and converted outside the
	 * transaction: a post's content as WordPress's rules make it HTML, with its plain
	 * text, and the plain text of each of its comments.
	 */
	private record Work(Wxr.Item item, boolean attachment, WpContent.@Nullable Converted content,
			@Nullable String plain, Map<Wxr.Comment, String> commentTexts) {

		int line() {
			return item.line();
		}

		String commentText(Wxr.Comment comment) {
			String text = commentTexts.get(comment);
			return text != null ? text : WxrImport.commentText(comment);
		}

	}

	/**
	 * What the reading thread made of one piece of the file: an item to store, a skip, or
	 * both absent.
	 */
	private record Read(@Nullable Work work, @Nullable Skip skip) {
	}

	/** An item the reading thread skipped, reported by the importing one. */
	private record Skip(int line, String reason, String detail) {
	}

	/** How many items the reading thread may be ahead of the importing one. */
	private static final int READ_AHEAD = 2 * BATCH_SIZE;

	private static final Read END = new Read(null, null);

	/**
	 * Reads, parses and converts the file's items on a thread of its own while the
	 * importing thread stores the ones before them: the two overlap instead of taking
	 * turns. At most {@value #READ_AHEAD} items wait between them, so memory stays
	 * bounded whatever the file's size.
	 */
	private final class ReadAhead implements AutoCloseable {

		private final BlockingQueue<Read> reads = new ArrayBlockingQueue<>(READ_AHEAD);

		private final Thread reader;

		private volatile boolean closed;

		private volatile @Nullable Exception failure;

		ReadAhead(WxrSplitter splitter, WxrParser parser, FileContext context) {
			this.reader = Thread.ofPlatform().daemon().name("wxr-reader").start(() -> {
				try {
					WxrSplitter.Piece piece;
					while ((piece = splitter.next()) != null && !closed) {
						put(prepare(parser, piece, context));
					}
				}
				catch (IOException | RuntimeException ex) {
					failure = ex;
				}
				put(END);
			});
		}

		private void put(Read read) {
			try {
				// no interrupts: an interrupted thread would close the file under the
				// reader
				while (!closed && !reads.offer(read, 100, TimeUnit.MILLISECONDS)) {
					// the importing thread is busy storing; wait for room
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

		/** The next piece read, or null at the end of the file. */
		@Nullable Read next() throws IOException {
			Read read;
			try {
				read = reads.take();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new java.io.InterruptedIOException("import interrupted");
			}
			if (read != END) {
				return read;
			}
			Exception failed = failure;
			if (failed instanceof IOException io) {
				throw io;
			}
			if (failed instanceof RuntimeException runtime) {
				throw runtime;
			}
			return null;
		}

		@Override
		public void close() {
			closed = true;
			reads.clear();
			try {
				reader.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

	/**
	 * Stores a batch of items in one transaction. When the database refuses one of them,
	 * the batch is undone and its items stored one at a time, so that the bad one costs
	 * only itself; the run's counts are set back to what they were before the batch.
	 */
	private void store(List<Work> batch, FileContext context, Run run) {
		if (batch.isEmpty()) {
			return;
		}
		Run.Mark mark = run.mark();
		try {
			inTransaction(() -> {
				records.commitWithoutWaiting();
				storeAll(batch, context, run);
				return null;
			});
		}
		catch (DataAccessException | IllegalArgumentException batchFailure) {
			run.reset(mark);
			context.forget();
			for (Work work : batch) {
				Run.Mark before = run.mark();
				try {
					inTransaction(() -> {
						records.commitWithoutWaiting();
						storeAll(List.of(work), context, run);
						return null;
					});
				}
				catch (DataAccessException | IllegalArgumentException ex) {
					// what the item counted was undone with it
					run.reset(before);
					context.forget();
					run.skip(context.file(), work.line(), "refused by the database", rootMessage(ex));
				}
			}
		}
		batch.clear();
	}

	/**
	 * Reads an item and decides what becomes of it (on the reading thread): skipped
	 * (reported by the importing thread), or stored by the work returned, in its batch's
	 * transaction, with its content and comments converted already.
	 */
	private Read prepare(WxrParser parser, WxrSplitter.Piece piece, FileContext context) {
		Wxr.Item item;
		try {
			item = parser.item(piece.line(), piece.text());
		}
		catch (XMLStreamException ex) {
			String where = ex.getLocation() == null ? ""
					: "line %d".formatted(piece.line() + ex.getLocation().getLineNumber() - 1);
			return new Read(null,
					new Skip(piece.line(), piece.complete() ? "malformed item" : "item cut off by the end of the file",
							where + (where.isEmpty() ? "" : ": ") + firstLine(ex.getMessage())));
		}
		String type = item.postType().isBlank() ? "post" : item.postType();
		if ("attachment".equals(type)) {
			return new Read(new Work(item, true, null, null, Map.of()), null);
		}
		String reason = unimportable(item, type, settings.postTypes());
		if (reason != null) {
			return new Read(null, new Skip(item.line(), reason, item.title()));
		}
		WpContent.Converted content = WpContent.convert(item.content(),
				ids -> context.attachments().gallery(ids, item.postId()), videoEmbeds::allowedEmbed);
		// images rewritten later change attributes only, never the text
		String plain = HtmlText.plain(content.html());
		Map<Wxr.Comment, String> texts = new IdentityHashMap<>();
		item.comments().forEach(comment -> texts.put(comment, commentText(comment)));
		return new Read(new Work(item, false, content, plain, texts), null);
	}

	/**
	 * Stores a batch of items in the caller's transaction: their records read in one
	 * query, the new articles stored together, then all their comments together.
	 */
	private void storeAll(List<Work> batch, FileContext context, Run run) {
		long site = context.siteId();
		Map<Long, String> guids = new LinkedHashMap<>();
		batch.forEach(work -> guids.put(work.item().postId(), work.item().guid()));
		Map<Long, ImportRecords.Post> present = records.posts(site, guids);
		var newRecords = new ArrayList<ImportRecords.NewPost>();
		var newArticles = new ArrayList<ArticleImport.Slugged>();
		var newItems = new ArrayList<Work>();
		var threads = new ArrayList<Map.Entry<Work, Long>>();
		for (Work work : batch) {
			Wxr.Item item = work.item();
			ImportRecords.Post existing = present.get(item.postId());
			if (work.attachment()) {
				if (existing == null) {
					newRecords.add(new ImportRecords.NewPost(item.postId(), item.guid(), "attachment",
							slugKey(item.postName()), null,
							cut(mediaRef(item.attachmentUrl(), context, run, item.line()), 500)));
					run.count("attachment");
				}
				else {
					run.present++;
				}
			}
			else if (existing != null && existing.articleId() != null) {
				run.present++;
				threads.add(Map.entry(work, existing.articleId()));
			}
			else {
				NewArticle article = article(work, status(item.status()), context, run);
				String slugText = item.postName().isBlank() ? article.title() : decode(item.postName());
				newArticles.add(new ArticleImport.Slugged(article, slugText));
				newItems.add(work);
			}
		}
		List<Long> ids = articles.storeAll(newArticles);
		for (int k = 0; k < ids.size(); k++) {
			Work work = newItems.get(k);
			Wxr.Item item = work.item();
			long articleId = ids.get(k);
			ArticleStatus status = newArticles.get(k).article().status();
			newRecords.add(new ImportRecords.NewPost(item.postId(), item.guid(), item.postType(),
					slugKey(item.postName()), articleId, null));
			run.count(postKind(item));
			if (item.sticky() && status == ArticleStatus.PUBLISHED) {
				run.leads.add(articleId);
			}
			threads.add(Map.entry(work, articleId));
		}
		records.addPosts(site, newRecords);
		importComments(threads, context, run);
	}

	private NewArticle article(Work work, ArticleStatus status, FileContext context, Run run) {
		Wxr.Item item = work.item();
		WpContent.Converted content = java.util.Objects.requireNonNull(work.content());
		for (String shortcode : content.removedShortcodes()) {
			run.skip(context.file(), item.line(), "shortcode removed", "[" + shortcode + "] in " + item.title());
		}
		for (String embed : content.refusedEmbeds()) {
			run.skip(context.file(), item.line(), "embed not on an allowed video host (kept as a link)", embed);
		}
		String body = rewriteImages(content.html(), context, run, item.line());
		String plain = java.util.Objects.requireNonNull(work.plain());
		String title = text(item.title());
		if (title.isBlank()) {
			title = firstSentence(plain, 120);
		}
		if (title.isBlank()) {
			title = "بی‌عنوان";
		}
		String lead = text(HtmlText.plain(item.excerpt()));
		if (lead.isBlank()) {
			lead = text(meta(item, settings.leadKeys()));
		}
		if (lead.isBlank()) {
			lead = firstSentence(plain, LEAD_MAX);
		}
		String kicker = cut(text(meta(item, settings.kickerKeys())), KICKER_MAX);
		String outlet = cut(text(meta(item, settings.sourceKeys())), 120);
		Byline byline = byline(item.creator(), context);
		String section = section(item, context, run);
		List<String> tags = item.terms("post_tag")
			.stream()
			.map(tag -> cut(text(tag.name()), 120))
			.filter(tag -> !tag.isBlank())
			.distinct()
			.limit(TAGS_MAX)
			.toList();
		for (Wxr.ItemTerm tag : item.terms("post_tag")) {
			String key = slugKey(tag.slug().isBlank() ? tag.name() : tag.slug());
			if (context.tagsRecorded().add(key)) {
				records.addTerm(context.siteId(), "post_tag", key, 0, cut(text(tag.name()), 120));
			}
		}
		Instant date = date(item.postDateGmt(), item.postDate(), run.options.zone());
		if (date == null) {
			date = status == ArticleStatus.PUBLISHED || status == ArticleStatus.SCHEDULED ? clock.instant() : null;
		}
		var comments = new CommentSettings(!"closed".equals(item.commentStatus()), ModerationMode.PRE, null);
		return new NewArticle(section, ArticleKind.STORY, kicker.isBlank() ? null : kicker, cut(title, TITLE_MAX),
				cut(lead, LEAD_MAX), body, new Source(outlet.isBlank() ? null : outlet, null), byline, tags,
				featured(item, context, run), status, comments, date,
				cut("wordpress:" + context.siteId() + ":" + item.postId(), 300));
	}

	private Media featured(Wxr.Item item, FileContext context, Run run) {
		String thumbnail = item.meta("_thumbnail_id");
		if (thumbnail == null) {
			return Media.NONE;
		}
		try {
			String url = context.attachments().url(Long.parseLong(thumbnail.strip()));
			return url == null ? Media.NONE
					: new Media(Media.Type.IMAGE, cut(mediaRef(url, context, run, item.line()), 500), null);
		}
		catch (NumberFormatException ex) {
			return Media.NONE;
		}
	}

	/**
	 * An image address as Khabar has it: the stored media's path when the file was found
	 * under {@code --uploads}, else the address itself, an external image (reported).
	 */
	private String mediaRef(String address, FileContext context, Run run, int line) {
		Optional<StoredMedia> stored = context.media().find(address);
		if (stored.isPresent()) {
			return stored.get().ref();
		}
		if (run.options.uploads() != null && context.media().exists(address)) {
			// there, but not an image Khabar takes: its address stays
			return address;
		}
		run.skip(context.file(), line, "image not found under --uploads (kept as an external image)", address);
		String origin = ImportedImageOrigins.originOf(address);
		if (origin != null && context.imageOrigins().add(origin)) {
			records.addImageOrigin(origin);
		}
		return address;
	}

	/** Images of the site's uploads in a body point at the imported media. */
	private String rewriteImages(String html, FileContext context, Run run, int line) {
		if (!html.contains("<img")) {
			return html;
		}
		var body = org.jsoup.Jsoup.parseBodyFragment(html);
		boolean changed = false;
		for (var image : body.select("img[src]")) {
			String src = image.attr("src");
			if (!UploadedMedia.isUpload(src)) {
				continue;
			}
			String ref = mediaRef(src, context, run, line);
			if (!ref.equals(src)) {
				image.attr("src", ref);
				String srcset = Pictures.srcset(ref);
				image.removeAttr("sizes").removeAttr("srcset");
				if (srcset != null) {
					image.attr("srcset", srcset);
				}
				changed = true;
			}
		}
		if (!changed) {
			return html;
		}
		body.outputSettings().prettyPrint(false);
		return body.body().html();
	}

	/**
	 * The section of a post: Yoast's (or Rank Math's) primary category when it names one,
	 * else the first category; mapped by the operator's table, else its own (or its top
	 * ancestor's), made on first use.
	 */
	private String section(Wxr.Item item, FileContext context, Run run) {
		List<Wxr.ItemTerm> categories = item.terms("category");
		Map<String, Wxr.Term> bySlug = new LinkedHashMap<>();
		context.channel().categories().forEach(term -> bySlug.putIfAbsent(term.slug(), term));
		String slug = categories.isEmpty() ? "uncategorized" : categories.getFirst().slug();
		String name = categories.isEmpty() ? "بدون دسته" : categories.getFirst().name();
		String primary = item.meta("_yoast_wpseo_primary_category");
		if (primary == null) {
			primary = item.meta("rank_math_primary_category");
		}
		if (primary != null) {
			for (Wxr.Term term : context.channel().categories()) {
				if (String.valueOf(term.termId()).equals(primary.strip())) {
					slug = term.slug();
					name = term.name();
				}
			}
		}
		if (run.options.flattenCategories()) {
			for (int depth = 0; depth < 20 && bySlug.containsKey(slug)
					&& !bySlug.get(slug).parentSlug().isBlank(); depth++) {
				Wxr.Term parent = bySlug.get(bySlug.get(slug).parentSlug());
				if (parent == null) {
					break;
				}
				slug = parent.slug();
				name = parent.name();
			}
		}
		String wpSlug = slug;
		String sectionName = text(name).isBlank() ? decode(slug) : text(name);
		return context.sectionOfCategory().computeIfAbsent(wpSlug, key -> {
			String mapped = run.options.sections().get(decode(key));
			String sectionSlug = mapped != null ? mapped : sectionSlug(key);
			articles.ensureSection(sectionSlug, mapped != null ? sectionName : cut(sectionName, 128));
			String termKey = slugKey(key);
			records.addTerm(context.siteId(), "category", termKey, 0, sectionSlug);
			return sectionSlug;
		});
	}

	/** A section slug from a category's: decoded, URL-safe, at most 64 characters. */
	static String sectionSlug(String wpSlug) {
		String slug = PersianText.slug(decode(wpSlug).replace('-', ' '));
		if (slug.length() <= 64) {
			return slug;
		}
		int cut = slug.lastIndexOf('-', 64);
		return slug.substring(0, cut > 16 ? cut : 64);
	}

	/**
	 * The comments of a batch's posts together: the records of those imported before are
	 * read in one query, the new ones stored together (parents first) and recorded
	 * together.
	 */
	private void importComments(List<Map.Entry<Work, Long>> threads, FileContext context, Run run) {
		Map<Long, List<Wxr.Comment>> orderedByPost = new HashMap<>();
		Map<Long, Long> postOfComment = new HashMap<>();
		for (var thread : threads) {
			Wxr.Item item = thread.getKey().item();
			List<Wxr.Comment> ordered = CommentOrder.parentsFirst(item.comments());
			orderedByPost.put(item.postId(), ordered);
			ordered.stream().filter(c -> c.id() > 0).forEach(c -> postOfComment.putIfAbsent(c.id(), item.postId()));
		}
		if (postOfComment.isEmpty() && orderedByPost.values().stream().allMatch(List::isEmpty)) {
			return;
		}
		Map<Long, ImportRecords.Comment> present = records.comments(context.siteId(), postOfComment.keySet());
		Map<Long, List<CommentImport.Imported>> batch = new LinkedHashMap<>();
		Map<Long, List<Wxr.Comment>> batched = new HashMap<>();
		Map<Long, Wxr.Item> itemOfArticle = new HashMap<>();
		for (var thread : threads) {
			Work work = thread.getKey();
			Wxr.Item item = work.item();
			long articleId = thread.getValue();
			List<Wxr.Comment> ordered = orderedByPost.get(item.postId());
			if (ordered.isEmpty()) {
				continue;
			}
			itemOfArticle.put(articleId, item);
			Map<Long, Long> stored = new HashMap<>();
			Map<Long, Integer> batchIndex = new HashMap<>();
			List<CommentImport.Imported> imported = batch.computeIfAbsent(articleId, a -> new ArrayList<>());
			List<Wxr.Comment> kept = batched.computeIfAbsent(articleId, a -> new ArrayList<>());
			for (Wxr.Comment comment : ordered) {
				ImportRecords.Comment existing = comment.id() > 0 ? present.get(comment.id()) : null;
				if (existing != null) {
					run.commentsPresent++;
					stored.put(comment.id(), existing.commentId());
					continue;
				}
				String text = work.commentText(comment);
				String unimportable = unimportable(comment, text);
				if (unimportable != null) {
					run.skip(context.file(), item.line(), unimportable, "comment " + comment.id());
					continue;
				}
				Integer parentIndex = comment.parent() > 0 ? batchIndex.get(comment.parent()) : null;
				Long parent = parentIndex != null ? null : parent(comment, item, stored, postOfComment, context, run);
				CommentStatus status = commentStatus(comment);
				Instant created = date(comment.dateGmt(), comment.date(), run.options.zone());
				String name = cut(text(comment.author()), NAME_MAX);
				if (comment.id() > 0) {
					batchIndex.put(comment.id(), imported.size());
				}
				imported.add(new CommentImport.Imported(parent, parentIndex == null ? -1 : parentIndex,
						name.isBlank() ? null : name, text, null, status, created == null ? clock.instant() : created,
						0, 0, status == CommentStatus.REJECTED ? IMPORTED_NOTE : null));
				kept.add(comment);
				run.commentCounts.merge(commentKind(comment), 1, Integer::sum);
			}
		}
		Map<Long, List<Long>> ids = comments.storeAll(batch);
		boolean keep = settings.keepCommenterContact();
		var recorded = new ArrayList<ImportRecords.NewComment>();
		ids.forEach((articleId, commentIds) -> {
			List<Wxr.Comment> kept = batched.get(articleId);
			long wpPostId = itemOfArticle.get(articleId).postId();
			for (int i = 0; i < commentIds.size(); i++) {
				Wxr.Comment comment = kept.get(i);
				long id = commentIds.get(i);
				recorded.add(new ImportRecords.NewComment(comment.id() > 0 ? comment.id() : -id, wpPostId, id,
						keep && !comment.authorEmail().isBlank() ? comment.authorEmail() : null,
						keep && !comment.authorUrl().isBlank() ? comment.authorUrl() : null));
			}
		});
		records.addComments(context.siteId(), recorded);
	}

	/**
	 * The stored parent of a reply: one of this post's imported before, or one of the
	 * same post in an earlier import; a parent that is missing or on another post is
	 * reported, and the reply then answers the post.
	 */
	private @Nullable Long parent(Wxr.Comment comment, Wxr.Item item, Map<Long, Long> stored,
			Map<Long, Long> postOfBatchComment, FileContext context, Run run) {
		if (comment.parent() <= 0) {
			return null;
		}
		Long local = stored.get(comment.parent());
		if (local != null) {
			return local;
		}
		Long postInBatch = postOfBatchComment.get(comment.parent());
		Optional<ImportRecords.Comment> earlier = postInBatch != null ? Optional.empty()
				: records.comment(context.siteId(), comment.parent());
		if (earlier.isPresent() && earlier.get().wpPostId() == item.postId()) {
			return earlier.get().commentId();
		}
		boolean elsewhere = earlier.isPresent() || (postInBatch != null && postInBatch.longValue() != item.postId());
		run.skip(context.file(), item.line(),
				elsewhere ? "reply's parent is on another post (attached to the post)"
						: "reply's parent is missing (attached to the post)",
				"comment %d, parent %d".formatted(comment.id(), comment.parent()));
		return null;
	}

	/** Why a post that is not an attachment is not imported, or null when it is. */
	static @Nullable String unimportable(Wxr.Item item, String type, List<String> postTypes) {
		if (!postTypes.contains(type)) {
			return "pages".equals(type) || "page".equals(type) ? "page (Khabar has no static pages)"
					: "post type " + type;
		}
		if (item.postId() <= 0) {
			return "no wp:post_id to identify it";
		}
		if ("auto-draft".equals(item.status()) || "inherit".equals(item.status())) {
			return "status " + item.status();
		}
		return null;
	}

	/** What an imported post is counted as: its article's status, and WordPress's. */
	static String postKind(Wxr.Item item) {
		return "post " + status(item.status()).name().toLowerCase(Locale.ROOT)
				+ ("publish".equals(item.status()) || item.status().isBlank() ? "" : " (" + item.status() + ")");
	}

	/** Why a comment is not imported, or null when it is. */
	static @Nullable String unimportable(Wxr.Comment comment) {
		return unimportable(comment, commentText(comment));
	}

	private static @Nullable String unimportable(Wxr.Comment comment, String text) {
		if ("pingback".equals(comment.type()) || "trackback".equals(comment.type())) {
			return "comment is a " + comment.type();
		}
		return text.isBlank() ? "comment has no text" : null;
	}

	static String commentText(Wxr.Comment comment) {
		return HtmlText.plain(comment.content().replace("\r\n", "\n"));
	}

	private static CommentStatus commentStatus(Wxr.Comment comment) {
		return switch (comment.approved()) {
			case "1", "approve", "approved" -> CommentStatus.PUBLISHED;
			case "0", "hold", "" -> CommentStatus.PENDING;
			default -> CommentStatus.REJECTED;
		};
	}

	/**
	 * What an imported comment is counted as: its status, and WordPress's when refused.
	 */
	static String commentKind(Wxr.Comment comment) {
		CommentStatus status = commentStatus(comment);
		return status.name().toLowerCase(Locale.ROOT)
				+ (status == CommentStatus.REJECTED ? " (" + comment.approved() + ")" : "");
	}

	private static ArticleStatus status(String wpStatus) {
		return switch (wpStatus) {
			case "publish", "" -> ArticleStatus.PUBLISHED;
			case "future" -> ArticleStatus.SCHEDULED;
			case "pending" -> ArticleStatus.IN_REVIEW;
			// draft, private, trash and anything else: kept, not public
			default -> ArticleStatus.DRAFT;
		};
	}

	/**
	 * The byline of a post's author: the staff member with the same login when there is
	 * one with a profile, else an imported author (a profile without an account) made on
	 * first use; recorded so that the old {@code /author/{login}/} finds its page.
	 */
	private Byline byline(String login, FileContext context) {
		if (login.isBlank()) {
			return Byline.NONE;
		}
		BylineAuthor author = context.authors().computeIfAbsent(login, key -> {
			AuthorProfile profile = authors.ofStaff(key)
				.orElseGet(() -> authors.ensureImported(key, cut(author(key, context.channel()), 120)));
			String termKey = slugKey(key);
			records.addTerm(context.siteId(), "author", termKey, profile.id(), profile.handle());
			return profile.byline();
		});
		return new Byline(List.of(author), null);
	}

	private static String author(String login, Wxr.Channel channel) {
		for (Wxr.Author author : channel.authors()) {
			if (author.login().equals(login)) {
				String name = text(author.displayName());
				if (name.isBlank()) {
					name = text(author.firstName() + " " + author.lastName());
				}
				return name.isBlank() ? login : name;
			}
		}
		return text(login);
	}

	private static String meta(Wxr.Item item, List<String> keys) {
		for (String key : keys) {
			String value = item.meta(key);
			if (value != null && !value.isBlank()) {
				return HtmlText.plain(value);
			}
		}
		return "";
	}

	/**
	 * A WordPress time: {@code post_date_gmt} when it is a real one (drafts have
	 * {@code 0000-00-00 00:00:00}), else the local {@code post_date} in the site's zone.
	 */
	static @Nullable Instant date(String gmt, String local, ZoneId zone) {
		LocalDateTime utc = parse(gmt);
		if (utc != null) {
			return utc.toInstant(java.time.ZoneOffset.UTC);
		}
		LocalDateTime there = parse(local);
		return there == null ? null : ZonedDateTime.of(there, zone).toInstant();
	}

	private static @Nullable LocalDateTime parse(String text) {
		if (text.isBlank() || text.startsWith("0000-00-00")) {
			return null;
		}
		try {
			return LocalDateTime.parse(text.strip(), WP_DATE);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** Text as WordPress stores it (entities as typed) as plain text. */
	private static String text(String html) {
		return Parser.unescapeEntities(html, false).strip();
	}

	/**
	 * WordPress's slugs are percent-encoded UTF-8: {@code %d8%b3%d9%84%d8%a7%d9%85} →
	 * سلام.
	 */
	static String decode(String slug) {
		if (slug.indexOf('%') < 0) {
			return slug;
		}
		try {
			return URLDecoder.decode(slug.replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return slug;
		}
	}

	/** The look-up form of a slug: decoded, folded as all matching of Persian text is. */
	static String slugKey(String slug) {
		return PersianText.fold(decode(slug).strip()).toLowerCase(Locale.ROOT);
	}

	static String firstSentence(String text, int max) {
		String paragraph = text.strip().lines().filter(line -> !line.isBlank()).findFirst().orElse("").strip();
		java.util.regex.Matcher end = java.util.regex.Pattern.compile("[.!?؟](?=\\s|$)").matcher(paragraph);
		String sentence = end.find() && end.end() >= 20 ? paragraph.substring(0, end.end()) : paragraph;
		if (sentence.length() <= max) {
			return sentence;
		}
		int space = sentence.lastIndexOf(' ', max - 1);
		return sentence.substring(0, space > max / 2 ? space : max - 1).strip() + "…";
	}

	private static String cut(String text, int max) {
		return text.length() > max ? text.substring(0, max) : text;
	}

	private static String firstLine(@Nullable String message) {
		String text = String.valueOf(message);
		int newline = text.indexOf('\n');
		text = newline < 0 ? text : text.substring(0, newline);
		return text.length() > 200 ? text.substring(0, 200) : text;
	}

	private static String rootMessage(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return firstLine(root.getMessage());
	}

	private <T> T inTransaction(java.util.function.Supplier<T> work) {
		return transaction.execute(status -> work.get());
	}

	static BufferedReader reader(Path file) throws IOException {
		// bytes that are not UTF-8 become U+FFFD instead of ending the import
		return new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8), 1 << 16);
	}

	/** Where the WordPress site was: its host and the path it was installed under. */
	record SiteAddress(String key, String host, String pathPrefix) {

		static SiteAddress of(String siteUrl, Path file) {
			try {
				URI uri = new URI(siteUrl.strip());
				if (uri.getHost() != null) {
					String host = uri.getHost().toLowerCase(Locale.ROOT);
					String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
					return new SiteAddress(host + path, host, path);
				}
			}
			catch (java.net.URISyntaxException ex) {
				// an export without a usable address: the file names the site
			}
			String name = "file:" + file.getFileName();
			return new SiteAddress(name, "", "");
		}

	}

}
