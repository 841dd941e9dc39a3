package app.khabar.article;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.benmanes.caffeine.cache.Caffeine;

import app.khabar.cluster.Change;
import app.khabar.cluster.ChangesCommitted;
import app.khabar.cluster.ChangesMissed;
import app.khabar.shared.AfterCommit;
import app.khabar.shared.Page;
import app.khabar.shared.PageRequest;
import app.khabar.shared.ReadThroughCache;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * Reads articles and sections for every public page and for other modules. Single
 * articles are kept in a small node-local cache that {@link ArticleChanged} evicts once
 * the change is committed (evicting earlier would let a concurrent reader cache the old
 * row again), and the cluster's change feed evicts on every other node
 * ({@link ChangesCommitted}), so a hot article costs no query per request. Only reads of
 * more than one query run in a (read-only) transaction: a cache hit takes no connection.
 * The list of sections is kept the same way ({@link SectionAdded} evicts it): every
 * search and front page shows it.
 */
@Service
public class ArticleCatalog implements MeterBinder {

	private final Articles articles;

	private final Sections sections;

	private final ReadThroughCache<Long, Optional<Article>> byId;

	/** One entry: every section in order. */
	private final ReadThroughCache<Boolean, List<Section>> allSections;

	/** A tag's key → the spelling its pages show; a hot tag page costs no query. */
	private final ReadThroughCache<String, Optional<String>> tagNames;

	ArticleCatalog(Articles articles, Sections sections) {
		this.articles = articles;
		this.sections = sections;
		// other nodes' changes evict through the change feed; the expiry is a backstop
		this.byId = ReadThroughCache.of(
				Caffeine.newBuilder().recordStats().maximumSize(10_000).expireAfterWrite(Duration.ofSeconds(30)),
				articles::findById);
		// sections are only ever added, with imported articles (whose feed entries evict
		// it on every node)
		this.allSections = ReadThroughCache.of(
				Caffeine.newBuilder().recordStats().expireAfterWrite(Duration.ofSeconds(30)),
				unused -> List.copyOf(sections.findAll()));
		this.tagNames = ReadThroughCache.of(
				Caffeine.newBuilder().recordStats().maximumSize(10_000).expireAfterWrite(Duration.ofSeconds(30)),
				articles::tagName);
	}

	/**
	 * The article with this id in any state, e.g. to preview or to tell a retracted one
	 * from a missing one.
	 */
	public Optional<Article> find(long id) {
		return byId.get(id);
	}

	/**
	 * The sections of these articles, read in one query (not cached: for batches that
	 * touch many articles once).
	 */
	public Map<Long, Section> sectionsOf(Collection<Long> articleIds) {
		return articleIds.isEmpty() ? Map.of() : articles.sectionsOf(articleIds);
	}

	/** The article if readers may see it. */
	public Optional<Article> findPublished(long id) {
		return find(id).filter(article -> article.status().isPublic());
	}

	/** Every section, in the order the site lists them. */
	public List<Section> sections() {
		return allSections.get(Boolean.TRUE);
	}

	public Optional<Section> section(String slug) {
		return sections.findBySlug(slug);
	}

	@Transactional(readOnly = true)
	public Page<ArticleSummary> latest(PageRequest page) {
		return new Page<>(articles.latest(page), page, articles.countPublished());
	}

	/**
	 * The newest published articles but those already shown elsewhere on the page (the
	 * home page's lead stories), so the list does not repeat them on any of its pages.
	 */
	@Transactional(readOnly = true)
	public Page<ArticleSummary> latestExcept(Collection<Long> shown, PageRequest page) {
		if (shown.isEmpty()) {
			return latest(page);
		}
		return new Page<>(articles.latestExcept(shown, page), page, articles.countPublishedExcept(shown));
	}

	@Transactional(readOnly = true)
	public Page<ArticleSummary> latestInSection(Section section, PageRequest page) {
		return new Page<>(articles.latestInSection(section.id(), page), page, articles.countInSection(section.id()));
	}

	/**
	 * The newest published articles, whole (body, tags), of a section or, with none, of
	 * the whole site: what feeds carry.
	 */
	public List<Article> newest(@Nullable Section section, int limit) {
		return section == null ? articles.newest(limit) : articles.newestInSection(section.id(), limit);
	}

	/** The newest published articles with this tag, whole: its feed. */
	public List<Article> newestWithTag(Tag tag, int limit) {
		return articles.newestWithTag(tag.key(), limit);
	}

	/** The newest published articles this author signed, whole: their feed. */
	public List<Article> newestByAuthor(AuthorProfile author, int limit) {
		return articles.newestByAuthor(author.id(), limit);
	}

	/**
	 * Every month (in {@code zone}) with published articles, newest first, with the time
	 * of the last change of any of them: the months of the sitemap. One pass over the
	 * published articles' two times.
	 */
	public List<PublishedMonth> publishedMonths(ZoneId zone) {
		Map<YearMonth, Instant> lastChange = new TreeMap<>(Comparator.reverseOrder());
		articles.publishedTimes((published, updated) -> lastChange.merge(YearMonth.from(published.atZone(zone)),
				updated, (a, b) -> a.isAfter(b) ? a : b));
		return lastChange.entrySet()
			.stream()
			.map(entry -> new PublishedMonth(entry.getKey(), entry.getValue()))
			.toList();
	}

	/**
	 * Published articles whose publication time is in {@code [from, to)}, newest first,
	 * at most {@code limit}: a month's sitemap, the news sitemap's last two days.
	 */
	public List<PublishedArticle> publicationsBetween(Instant from, Instant to, int limit) {
		return articles.publicationsBetween(from, to, limit);
	}

	/**
	 * The tag that any spelling of it, or its page's URL segment, names
	 * ({@link Tag#key}), with the spelling of its newest published article; empty when no
	 * published article carries it.
	 */
	public Optional<Tag> tag(String text) {
		String key = Tag.key(text);
		return key.isEmpty() ? Optional.empty() : tagNames.get(key).map(name -> new Tag(name, key));
	}

	/** Published articles with this tag, newest first. */
	@Transactional(readOnly = true)
	public Page<ArticleSummary> latestWithTag(Tag tag, PageRequest page) {
		return new Page<>(articles.latestWithTag(tag.key(), page), page, articles.countWithTag(tag.key()));
	}

	/** Published articles this author signed, newest first. */
	@Transactional(readOnly = true)
	public Page<ArticleSummary> latestByAuthor(AuthorProfile author, PageRequest page) {
		return new Page<>(articles.latestByAuthor(author.id(), page), page, articles.countByAuthor(author.id()));
	}

	/**
	 * Published articles with {@code from <= publishedAt < until}, of one section or
	 * (null) all, newest first: the archive of a day, month or year.
	 */
	@Transactional(readOnly = true)
	public Page<ArticleSummary> publishedBetween(Instant from, Instant until, @Nullable Section section,
			PageRequest page) {
		Long sectionId = section == null ? null : section.id();
		return new Page<>(articles.publishedBetween(from, until, sectionId, page), page,
				articles.countBetween(from, until, sectionId));
	}

	/**
	 * Tags of published articles, the most recently used first: for sitemaps and the API.
	 */
	@Transactional(readOnly = true)
	public Page<TagUse> tags(PageRequest page) {
		return new Page<>(articles.tagUses(page.size(), page.offset()), page, articles.countTags());
	}

	/** The first {@code limit} of {@link #tags(PageRequest)}'s order, in one query. */
	public List<TagUse> tags(int limit) {
		return articles.tagUses(limit, 0);
	}

	/**
	 * A page of the published articles that {@code filter} holds, newest first: up to
	 * {@code limit} after {@code after} (from the newest when null).
	 */
	public List<ArticleSummary> published(ArticleFilter filter, ArticleFilter.@Nullable Position after, int limit) {
		return articles.published(filter, after, limit);
	}

	/**
	 * Published summaries of these ids, in their order; ids of missing or unpublished
	 * articles are skipped.
	 */
	public List<ArticleSummary> summaries(List<Long> ids) {
		return articles.summaries(ids);
	}

	/**
	 * These articles in any state, read from the database past the node cache: for
	 * projections that follow the change feed, where a change made on another node must
	 * not meet a stale cached copy. Missing ids are left out.
	 */
	public List<Article> findCurrent(Collection<Long> ids) {
		return articles.findByIds(ids);
	}

	/**
	 * Up to {@code limit} articles in any state with an id above {@code afterId}, in id
	 * order, read from the database: to rebuild a projection page by page (an empty page
	 * is the end).
	 */
	public List<Article> after(long afterId, int limit) {
		return articles.findAfter(afterId, limit);
	}

	/**
	 * The article that a change-feed entry says changed, if it is an article change: the
	 * one way to read the entries that {@link ArticleChanged} puts in the cluster's
	 * change feed.
	 */
	public static OptionalLong changedArticle(Change change) {
		return ArticleChangeFeed.TOPIC.equals(change.topic()) ? OptionalLong.of(change.entityId())
				: OptionalLong.empty();
	}

	@EventListener
	void on(ArticleChanged event) {
		AfterCommit.run(() -> {
			byId.invalidate(event.articleId());
			// a tag may have appeared or gone with the article
			tagNames.invalidateAll();
		});
	}

	@EventListener
	void on(AuthorChanged event) {
		// bylines carry the author's name: every cached article may show it
		AfterCommit.run(byId::invalidateAll);
	}

	/** The articles that changes read from the feed say changed. */
	public static Set<Long> changedArticles(ChangesCommitted event) {
		return event.of(ArticleChangeFeed.TOPIC);
	}

	/**
	 * Whether changes read from the feed changed an author's profile: on any node, the
	 * {@link AuthorChanged} of those who follow it.
	 */
	public static boolean authorsChanged(ChangesCommitted event) {
		return event.touches(ArticleChangeFeed.AUTHOR_TOPIC);
	}

	/**
	 * Articles changed on any node: the cached copies go (sections too, which only ever
	 * come with imported articles, and tags, which come and go with articles).
	 */
	@EventListener
	void on(ChangesCommitted event) {
		Set<Long> changed = changedArticles(event);
		if (!changed.isEmpty()) {
			byId.invalidateAll(changed);
			allSections.invalidateAll();
			tagNames.invalidateAll();
		}
		if (authorsChanged(event)) {
			byId.invalidateAll();
		}
	}

	@EventListener
	void on(ChangesMissed event) {
		byId.invalidateAll();
		allSections.invalidateAll();
		tagNames.invalidateAll();
	}

	@EventListener
	void on(SectionAdded event) {
		AfterCommit.run(allSections::invalidateAll);
	}

	/** Its caches' hits and misses ({@code cache.gets}, README "Metrics"). */
	@Override
	public void bindTo(MeterRegistry meters) {
		CaffeineCacheMetrics.monitor(meters, byId.async(), "article.by-id");
		CaffeineCacheMetrics.monitor(meters, allSections.async(), "article.sections");
		CaffeineCacheMetrics.monitor(meters, tagNames.async(), "article.tag-names");
	}

}
