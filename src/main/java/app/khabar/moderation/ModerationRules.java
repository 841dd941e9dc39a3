package app.khabar.moderation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.benmanes.caffeine.cache.Caffeine;

import app.khabar.account.StaffMember;
import app.khabar.article.ArticlePageKey;
import app.khabar.cluster.ChangeFeed;
import app.khabar.cluster.ChangesCommitted;
import app.khabar.cluster.ChangesMissed;
import app.khabar.moderation.phase.WordList;
import app.khabar.persian.PersianText;
import app.khabar.shared.AfterCommit;
import app.khabar.shared.KhabarException;
import app.khabar.shared.ReadThroughCache;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * The rules moderators edit at runtime: the banned and suspect word lists, bans by client
 * hash or name, and the site defaults. They live in the database; the first start copies
 * Khabar's starter lists ({@value #STARTER_LISTS}, common insults and spam shapes such as
 * phone numbers and Telegram handles) and the {@code khabar.moderation.*} lists in once,
 * so a new site screens with them and a site that has lists keeps its own. Word lists can
 * also be imported from a file ({@link WordListFile}). Screening reads them through a
 * node-local snapshot that every change here evicts after commit, and on the other nodes
 * through the cluster's change feed.
 */
@Service
public class ModerationRules implements MeterBinder {

	static final String SEEDED = "seeded";

	static final String AUTO_CLOSE_DAYS = "auto-close-days";

	static final String STARTER_LISTS = "moderation/starter-lists.csv";

	static final String RISK_LOW = "risk-low";

	static final String RISK_HOLD = "risk-hold";

	static final String RISK_REJECT = "risk-reject";

	/** {@code off} turns the screening model off; on by default. */
	static final String RISK_MODEL = "risk-model";

	/** {@code true} turns scheduled training from the decision log on; off by default. */
	static final String RISK_TRAIN_AUTO = "risk-train-auto";

	private static final String OFF = "off";

	/** The feed topic of rule changes: the article whose thresholds changed, or 0. */
	static final String TOPIC = "moderation";

	private static final long SITE_WIDE = 0;

	private final RuleRows rows;

	private final ModerationSettings settings;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ChangeFeed feed;

	private final ReadThroughCache<String, ScreeningLists> snapshot;

	private final ReadThroughCache<Long, RiskThresholds> articleRisk;

	ModerationRules(RuleRows rows, ModerationSettings settings, Clock clock, ApplicationEventPublisher events,
			ChangeFeed feed) {
		this.rows = rows;
		this.feed = feed;
		this.settings = settings;
		this.clock = clock;
		this.events = events;
		this.snapshot = ReadThroughCache.of(Caffeine.newBuilder().recordStats().expireAfterWrite(Duration.ofMinutes(1)),
				key -> load());
		this.articleRisk = ReadThroughCache.of(
				Caffeine.newBuilder().recordStats().maximumSize(10_000).expireAfterWrite(Duration.ofMinutes(1)),
				rows::articleRisk);
	}

	/**
	 * Copies the configured lists and bans in, once per database, so moderators can edit
	 * them from then on.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void seedDefaults() {
		if (!rows.claim(SEEDED, "true")) {
			return;
		}
		try (InputStream starter = new ClassPathResource(STARTER_LISTS).getInputStream()) {
			importWords(WordListFile.read(STARTER_LISTS, starter, WordListKind.SUSPECT), ModerationAction.SYSTEM);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		settings.bannedWords().forEach(word -> addWord(WordListKind.BANNED, word, ModerationAction.SYSTEM));
		settings.suspectWords().forEach(word -> addWord(WordListKind.SUSPECT, word, ModerationAction.SYSTEM));
		settings.bannedClients().forEach(hash -> addBan(BanKind.CLIENT, hash, null, ModerationAction.SYSTEM));
		settings.bannedNames().forEach(name -> addBan(BanKind.NAME, name, null, ModerationAction.SYSTEM));
		changed();
	}

	@Transactional(readOnly = true)
	public List<WordEntry> words() {
		return rows.words();
	}

	/**
	 * Adds a word or phrase to a list (a second typing of the same word is ignored).
	 * @throws KhabarException {@link ModerationError#WORD_EMPTY}
	 */
	@Transactional
	public void addWord(StaffMember by, WordListKind list, String word) {
		addWord(list, word, by.username());
		changed();
	}

	/**
	 * Adds the entries of a word list file ({@link WordListFile}: {@code .txt}, one entry
	 * a line, or {@code .csv}, {@code entry[,list]}); entries a list has already are
	 * counted, not added twice.
	 * @param list where entries without a list of their own go
	 * @throws KhabarException when the file is not a word list: too large, not UTF-8,
	 * empty, another type, broken CSV (see {@link WordListFile#read})
	 */
	@Transactional
	public WordListImport importWords(StaffMember by, WordListKind list, @Nullable String fileName,
			InputStream content) {
		WordListImport outcome = importWords(WordListFile.read(fileName, content, list), by.username());
		changed();
		return outcome;
	}

	@Transactional
	public void removeWord(long id) {
		rows.removeWord(id);
		changed();
	}

	@Transactional(readOnly = true)
	public List<Ban> bans() {
		return rows.bans().stream().map(RuleRows.BanRow::ban).toList();
	}

	/**
	 * Bans a client hash or a name.
	 * @throws KhabarException {@link ModerationError#BAN_INVALID}
	 */
	@Transactional
	public void ban(StaffMember by, BanKind kind, String value, @Nullable String note) {
		addBan(kind, value, note, by.username());
		changed();
	}

	@Transactional
	public void unban(long id) {
		rows.removeBan(id);
		changed();
	}

	@Transactional(readOnly = true)
	public SiteDefaults siteDefaults() {
		return new SiteDefaults(rows.setting(AUTO_CLOSE_DAYS).map(Integer::valueOf).orElse(null));
	}

	/**
	 * Sets the site defaults. Article pages show the comment form or the closed notice by
	 * them, so every cached article page is dropped after the commit (after the snapshot,
	 * so a page rendered then sees the new defaults).
	 * @throws KhabarException {@link ModerationError#DAYS_INVALID}
	 */
	@Transactional
	public void setSiteDefaults(SiteDefaults defaults) {
		Integer days = defaults.autoCloseDays();
		if (days != null && (days < 1 || days > SiteDefaults.MAX_DAYS)) {
			throw new KhabarException(ModerationError.DAYS_INVALID);
		}
		rows.set(AUTO_CLOSE_DAYS, days == null ? null : days.toString());
		changed();
		events.publishEvent(ArticlePageKey.everyPageChanged());
	}

	/** The site's thresholds for the screening model's score. */
	@Transactional(readOnly = true)
	public RiskThresholds riskThresholds() {
		var d = RiskThresholds.SITE_DEFAULT;
		return new RiskThresholds(threshold(RISK_LOW, d.low()), threshold(RISK_HOLD, d.hold()),
				threshold(RISK_REJECT, d.reject()));
	}

	/**
	 * Sets the site's thresholds.
	 * @throws KhabarException {@link ModerationError#RISK_INVALID}
	 */
	@Transactional
	public void setRiskThresholds(RiskThresholds thresholds) {
		thresholds.validated();
		rows.set(RISK_LOW, thresholdText(thresholds.low()));
		rows.set(RISK_HOLD, thresholdText(thresholds.hold()));
		rows.set(RISK_REJECT, thresholdText(thresholds.reject()));
		changed();
	}

	/** An article's own thresholds ({@link RiskThresholds#INHERIT} without). */
	@Transactional(readOnly = true)
	public RiskThresholds articleRiskThresholds(long articleId) {
		return rows.articleRisk(articleId);
	}

	/**
	 * Sets an article's own thresholds; null values inherit the site's.
	 * @throws KhabarException {@link ModerationError#RISK_INVALID}
	 */
	@Transactional
	public void setArticleRiskThresholds(long articleId, RiskThresholds thresholds) {
		thresholds.over(riskThresholds()).validated();
		rows.setArticleRisk(articleId, thresholds.validated());
		AfterCommit.run(() -> articleRisk.invalidate(articleId));
		feed.append(TOPIC, articleId);
	}

	/** Whether moderators left the screening model on (it is by default). */
	@Transactional(readOnly = true)
	public boolean riskModelOn() {
		return !rows.setting(RISK_MODEL).map(OFF::equals).orElse(false);
	}

	@Transactional
	public void setRiskModelOn(boolean on) {
		rows.set(RISK_MODEL, on ? null : OFF);
		changed();
	}

	/** Whether the scheduled training from the decision log is on (off by default). */
	@Transactional(readOnly = true)
	public boolean trainAutomatically() {
		return rows.setting(RISK_TRAIN_AUTO).map("true"::equals).orElse(false);
	}

	@Transactional
	public void setTrainAutomatically(boolean on) {
		rows.set(RISK_TRAIN_AUTO, on ? "true" : null);
	}

	/** The thresholds screening applies to a comment on this article now (cached). */
	RiskThresholds effectiveRisk(long articleId) {
		return articleRisk.get(articleId).over(lists().risk());
	}

	private @Nullable Double threshold(String name, @Nullable Double fallback) {
		return rows.setting(name).map(v -> OFF.equals(v) ? null : Double.valueOf(v)).orElse(fallback);
	}

	private static String thresholdText(@Nullable Double value) {
		return value == null ? OFF : value.toString();
	}

	/** What screening applies now. */
	ScreeningLists lists() {
		return snapshot.get("lists");
	}

	/** Names compare folded and without separators: «علي رضا» is «علی‌رضا». */
	static String nameKey(String name) {
		return String.join("", PersianText.foldedTokens(name));
	}

	private ScreeningLists load() {
		List<String> banned = new ArrayList<>();
		List<String> suspect = new ArrayList<>();
		for (WordEntry entry : rows.words()) {
			(entry.list() == WordListKind.BANNED ? banned : suspect).add(entry.word());
		}
		Set<String> clients = new HashSet<>();
		Set<String> names = new HashSet<>();
		for (RuleRows.BanRow row : rows.bans()) {
			(row.ban().kind() == BanKind.CLIENT ? clients : names).add(row.matchKey());
		}
		return ScreeningLists.of(banned, suspect, clients, names, siteDefaults().autoCloseDays(), riskThresholds(),
				riskModelOn());
	}

	private void addWord(WordListKind list, String word, String by) {
		StoredWord stored = StoredWord.of(word);
		if (stored == null) {
			throw new KhabarException(
					WordList.isPattern(word) ? ModerationError.PATTERN_INVALID : ModerationError.WORD_EMPTY);
		}
		rows.addWord(list, stored.shown(), stored.folded(), by, clock.instant());
	}

	private WordListImport importWords(WordListFile.Parsed file, String by) {
		int added = 0;
		int present = 0;
		int skipped = file.skipped();
		for (WordListFile.Line line : file.lines()) {
			StoredWord stored = StoredWord.of(line.entry());
			if (stored == null) {
				skipped++;
			}
			else if (rows.addWord(line.list(), stored.shown(), stored.folded(), by, clock.instant())) {
				added++;
			}
			else {
				present++;
			}
		}
		return new WordListImport(added, present, skipped);
	}

	/**
	 * A word list entry as stored: as written (normalized) and the form that makes it
	 * unique in its list, folded and glued for a word, the expression itself for a
	 * pattern.
	 */
	private record StoredWord(String shown, String folded) {

		static final int MAX_LENGTH = 100;

		/** Null when the entry is none: no letters, too long, or a broken pattern. */
		static @Nullable StoredWord of(String word) {
			String shown = PersianText.normalize(word).strip();
			if (shown.length() > MAX_LENGTH) {
				return null;
			}
			if (WordList.isPattern(shown)) {
				return WordList.compile(shown).isPresent() ? new StoredWord(shown, shown) : null;
			}
			String folded = SearchText.of(shown);
			return folded.isEmpty() ? null : new StoredWord(shown, folded);
		}

	}

	private void addBan(BanKind kind, String value, @Nullable String note, String by) {
		String shown = PersianText.normalize(value).strip();
		String key = switch (kind) {
			case CLIENT -> shown.toLowerCase(Locale.ROOT);
			case NAME -> nameKey(shown);
		};
		boolean valid = switch (kind) {
			case CLIENT -> key.matches("[0-9a-f]{32}");
			case NAME -> !key.isEmpty() && shown.length() <= 100;
		};
		if (!valid) {
			throw new KhabarException(ModerationError.BAN_INVALID);
		}
		String cleanNote = note == null || note.isBlank() ? null : PersianText.normalize(note).strip();
		if (cleanNote != null && cleanNote.length() > 200) {
			cleanNote = cleanNote.substring(0, 200);
		}
		rows.addBan(kind, kind == BanKind.CLIENT ? key : shown, key, cleanNote, by, clock.instant());
	}

	private void changed() {
		AfterCommit.run(snapshot::invalidateAll);
		feed.append(TOPIC, SITE_WIDE);
	}

	/**
	 * Rules changed on any node: lists, bans and site defaults (which article pages show)
	 * are read again, or one article's thresholds.
	 */
	@EventListener
	void on(ChangesCommitted event) {
		Set<Long> changed = event.of(TOPIC);
		if (changed.contains(SITE_WIDE)) {
			snapshot.invalidateAll();
			events.publishEvent(ArticlePageKey.everyPageChanged());
		}
		articleRisk.invalidateAll(changed);
	}

	@EventListener
	void on(ChangesMissed event) {
		snapshot.invalidateAll();
		articleRisk.invalidateAll();
	}

	/** Its caches' hits and misses ({@code cache.gets}, README "Metrics"). */
	@Override
	public void bindTo(MeterRegistry meters) {
		CaffeineCacheMetrics.monitor(meters, snapshot.async(), "moderation.rules");
		CaffeineCacheMetrics.monitor(meters, articleRisk.async(), "moderation.article-risk");
	}

}
