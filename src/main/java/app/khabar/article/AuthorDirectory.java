package app.khabar.article;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.khabar.account.AccountManagement;
import app.khabar.account.AccountSummary;
import app.khabar.account.Role;
import app.khabar.account.StaffMember;
import app.khabar.cluster.ChangesCommitted;
import app.khabar.persian.PersianText;
import app.khabar.shared.AfterCommit;
import app.khabar.shared.KhabarException;
import app.khabar.shared.Page;
import app.khabar.shared.PageRequest;
import app.khabar.shared.ReadThroughCache;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * Authors' public profiles: looked up for their pages and bylines, made for a staff
 * member of the newsroom on first need (handle = username, name = the account's display
 * name), made for an author an import brings, and edited by their owner.
 */
@Service
public class AuthorDirectory implements MeterBinder {

	/** Lower case letters (any script), digits, {@code .}, {@code _}, {@code -}. */
	private static final Pattern HANDLE = Pattern.compile("[\\p{Ll}\\p{Lo}\\p{Nd}][\\p{Ll}\\p{Lo}\\p{Nd}._-]{0,59}");

	static final int NAME_MAX = 100;

	static final int BIO_MAX = 600;

	/** {@code article_article.byline_text}. */
	static final int BYLINE_TEXT_MAX = 120;

	private final Authors authors;

	private final AccountManagement accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** Handle → profile, for the author pages: a hot page costs no query. */
	private final ReadThroughCache<String, Optional<AuthorProfile>> byHandle;

	AuthorDirectory(Authors authors, AccountManagement accounts, ApplicationEventPublisher events, Clock clock) {
		this.authors = authors;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
		// the expiry bounds how late a profile edited on another node shows here
		this.byHandle = ReadThroughCache.of(
				Caffeine.newBuilder().recordStats().maximumSize(10_000).expireAfterWrite(Duration.ofSeconds(30)),
				authors::findByHandle);
	}

	/**
	 * The author of a page's handle, as typed in a URL (case and Persian/Arabic letter
	 * variants do not matter); empty for anything that is not a known handle.
	 */
	public Optional<AuthorProfile> findByHandle(String handle) {
		return handle(handle).flatMap(byHandle::get);
	}

	public Optional<AuthorProfile> find(long id) {
		return authors.find(id);
	}

	/** The profile of a staff member, if one was made. */
	public Optional<AuthorProfile> ofStaff(String username) {
		return authors.findByUsername(username);
	}

	/** The profile of a staff member, made on first need. */
	@Transactional
	public AuthorProfile ensureStaff(StaffMember member) {
		return authors.findByUsername(member.username()).orElseGet(() -> {
			String handle = freeHandle(member.username());
			authors.insert(handle, member.username(), displayName(member.displayName()), "", clock.instant());
			made(handle);
			return authors.findByUsername(member.username()).orElseThrow();
		});
	}

	/**
	 * Everyone who may sign an article (enabled reporters, editors and admins), each with
	 * a profile (made here for those who had none), by name: the newsroom's author
	 * picker.
	 */
	@Transactional
	public List<AuthorProfile> staffAuthors() {
		accounts.all()
			.stream()
			.filter(AccountSummary::enabled)
			.map(AccountSummary::toStaffMember)
			.filter(m -> m.can(Role.REPORTER) || m.can(Role.EDITOR))
			.forEach(this::ensureStaff);
		return authors.staff();
	}

	/**
	 * The profile of an author an import brings (a WordPress author), found by handle or
	 * made; a handle that cannot be one is replaced by a slug of the name.
	 */
	public AuthorProfile ensureImported(String handle, String name) {
		return ensureImported(handle, name, "");
	}

	/** As {@link #ensureImported(String, String)}, with a bio for a profile it makes. */
	@Transactional
	public AuthorProfile ensureImported(String handle, String name, String bio) {
		String wanted = handle(handle).orElseGet(() -> {
			String slug = PersianText.slug(name);
			return slug.length() <= 60 ? slug : slug.substring(0, 60);
		});
		return authors.findByHandle(wanted).orElseGet(() -> {
			String text = PersianText.normalize(bio).strip();
			authors.insert(wanted, null, displayName(name),
					text.length() <= BIO_MAX ? text : text.substring(0, BIO_MAX), clock.instant());
			made(wanted);
			return authors.findByHandle(wanted).orElseThrow();
		});
	}

	/** Authors with at least one published article, by name: for sitemaps and the API. */
	@Transactional(readOnly = true)
	public Page<AuthorProfile> withPublishedArticles(PageRequest page) {
		return new Page<>(authors.published(page.size(), page.offset()), page, authors.countPublished());
	}

	/** The first {@code limit} of them, in one query. */
	public List<AuthorProfile> withPublishedArticles(int limit) {
		return authors.published(limit, 0);
	}

	/**
	 * The staff member edits their own public profile.
	 * @throws KhabarException {@link ArticleError#AUTHOR_NAME_REQUIRED},
	 * {@link ArticleError#AUTHOR_TEXT_TOO_LONG} or {@link ArticleError#VERSION_CONFLICT}
	 */
	@Transactional
	public AuthorProfile updateOwn(StaffMember member, ProfileChange change) {
		AuthorProfile profile = ensureStaff(member);
		String name = PersianText.normalize(change.name()).strip();
		String bio = PersianText.normalize(change.bio()).strip();
		if (name.isEmpty()) {
			throw new KhabarException(ArticleError.AUTHOR_NAME_REQUIRED);
		}
		if (name.length() > NAME_MAX || bio.length() > BIO_MAX) {
			throw new KhabarException(ArticleError.AUTHOR_TEXT_TOO_LONG, NAME_MAX, BIO_MAX);
		}
		String photo = change.photoRef() == null || change.photoRef().isBlank() ? null : change.photoRef().strip();
		if (!authors.update(profile.id(), new ProfileChange(change.version(), name, bio, photo), clock.instant())) {
			throw new KhabarException(ArticleError.VERSION_CONFLICT);
		}
		events.publishEvent(new AuthorChanged(profile.id()));
		// the byline of each of their articles shows the name
		events.publishEvent(ArticlePageKey.everyPageChanged());
		return authors.find(profile.id()).orElseThrow();
	}

	/** A page asked for before the profile existed must not stay a 404. */
	private void made(String handle) {
		AfterCommit.run(() -> byHandle.invalidate(handle));
	}

	@EventListener
	void on(AuthorChanged event) {
		AfterCommit.run(byHandle::invalidateAll);
	}

	/** Another node's profile change. */
	@EventListener
	void on(ChangesCommitted event) {
		if (ArticleCatalog.authorsChanged(event)) {
			byHandle.invalidateAll();
		}
	}

	/**
	 * A byline as stored: authors that exist, each once, in order, with their current
	 * names; the text normalized, blank as none.
	 * @throws KhabarException {@link ArticleError#BYLINE_TEXT_TOO_LONG}
	 */
	Byline clean(Byline byline) {
		return clean(byline, authors.findAll(byline.authorIds()));
	}

	/** Like {@link #clean(Byline)} for many bylines, their authors read in one query. */
	List<Byline> cleanAll(List<Byline> bylines) {
		var found = authors.findAll(bylines.stream().flatMap(b -> b.authorIds().stream()).distinct().toList());
		return bylines.stream().map(byline -> clean(byline, found)).toList();
	}

	private static Byline clean(Byline byline, Map<Long, AuthorProfile> found) {
		List<BylineAuthor> known = byline.authorIds()
			.stream()
			.distinct()
			.map(found::get)
			.filter(a -> a != null)
			.map(AuthorProfile::byline)
			.toList();
		String text = byline.text() == null ? "" : PersianText.normalize(byline.text()).strip();
		if (text.length() > BYLINE_TEXT_MAX) {
			throw new KhabarException(ArticleError.BYLINE_TEXT_TOO_LONG, BYLINE_TEXT_MAX);
		}
		return new Byline(known, text.isEmpty() ? null : text);
	}

	/** A handle as typed (any case, Persian/Arabic letter variants) if it can be one. */
	private static Optional<String> handle(String typed) {
		String clean = PersianText.normalize(typed).strip().toLowerCase(Locale.ROOT);
		return HANDLE.matcher(clean).matches() ? Optional.of(clean) : Optional.empty();
	}

	private String freeHandle(String username) {
		String handle = username.toLowerCase(Locale.ROOT);
		// an imported author may have taken the handle first
		for (int n = 2; authors.findByHandle(handle).isPresent(); n++) {
			handle = username.toLowerCase(Locale.ROOT) + "-" + n;
		}
		return handle;
	}

	private static String displayName(@Nullable String name) {
		String clean = name == null ? "" : PersianText.normalize(name).strip();
		return clean.length() <= NAME_MAX ? clean : clean.substring(0, NAME_MAX);
	}

	/** Its cache's hits and misses ({@code cache.gets}, README "Metrics"). */
	@Override
	public void bindTo(MeterRegistry meters) {
		CaffeineCacheMetrics.monitor(meters, byHandle.async(), "article.authors");
	}

}
