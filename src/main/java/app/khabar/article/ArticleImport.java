package app.khabar.article;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.khabar.persian.PersianText;

/**
 * Stores articles that arrive whole (the news corpus import, demo content): text
 * normalized, body sanitized, sections created on first use. Importing the same
 * {@code externalId} again finds the stored article instead of adding one.
 */
@Service
public class ArticleImport {

	private final Articles articles;

	private final Sections sections;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AuthorDirectory authors;

	private final VideoEmbeds videoEmbeds;

	ArticleImport(Articles articles, Sections sections, ApplicationEventPublisher events, Clock clock,
			AuthorDirectory authors, VideoEmbeds videoEmbeds) {
		this.authors = authors;
		this.articles = articles;
		this.sections = sections;
		this.events = events;
		this.clock = clock;
		this.videoEmbeds = videoEmbeds;
	}

	@Transactional
	public Section ensureSection(String slug, String name) {
		return sections.findBySlug(slug).orElseGet(() -> {
			Section added = sections.insert(slug, PersianText.normalize(name));
			events.publishEvent(new SectionAdded(added.slug()));
			return added;
		});
	}

	@Transactional(readOnly = true)
	public Optional<Long> findByExternalId(String externalId) {
		return articles.findIdByExternalId(externalId);
	}

	/**
	 * Stores the article unless one with its external id exists; returns the id either
	 * way.
	 */
	@Transactional
	public long store(NewArticle article) {
		return store(article, article.title());
	}

	/**
	 * Like {@link #store(NewArticle)}, with the URL slug made from {@code slugText} (an
	 * imported site's own slug) instead of the title. A {@link ArticleStatus#SCHEDULED}
	 * article is due at its {@code publishedAt}.
	 */
	@Transactional
	public long store(NewArticle article, String slugText) {
		return storeAll(List.of(new Slugged(article, slugText))).getFirst();
	}

	/** An article to store with the text its URL slug is made from. */
	public record Slugged(NewArticle article, String slugText) {
	}

	/**
	 * Like {@link #store(NewArticle, String)} for many articles at once, in a few batch
	 * statements (an import stores thousands); returns the ids in the list's order.
	 */
	@Transactional
	public List<Long> storeAll(List<Slugged> incoming) {
		Map<String, Long> existing = articles.findIdsByExternalIds(
				incoming.stream().map(s -> s.article().externalId()).filter(id -> id != null).distinct().toList());
		Map<String, Section> sectionsBySlug = new HashMap<>();
		List<Byline> bylines = authors.cleanAll(incoming.stream().map(s -> s.article().byline()).toList());
		var rows = new ArrayList<Articles.NewRow>();
		var positions = new ArrayList<Integer>();
		Long[] ids = new Long[incoming.size()];
		for (int i = 0; i < incoming.size(); i++) {
			NewArticle article = incoming.get(i).article();
			Long found = article.externalId() == null ? null : existing.get(article.externalId());
			if (found != null) {
				ids[i] = found;
				continue;
			}
			Section section = sectionsBySlug.computeIfAbsent(article.sectionSlug(), slug -> sections.findBySlug(slug)
				.orElseThrow(() -> new IllegalArgumentException("no section " + slug)));
			NewArticle clean = normalized(article, bylines.get(i));
			rows.add(new Articles.NewRow(section.id(), clean, PersianText.slug(incoming.get(i).slugText())));
			positions.add(i);
		}
		List<Long> stored = articles.insertAll(rows, clock.instant());
		for (int k = 0; k < stored.size(); k++) {
			ids[positions.get(k)] = stored.get(k);
			events.publishEvent(new ArticleChanged(stored.get(k), rows.get(k).article().status()));
		}
		return List.of(ids);
	}

	private NewArticle normalized(NewArticle a, Byline cleanByline) {
		return new NewArticle(a.sectionSlug(), a.kind(), a.kicker() == null ? null : PersianText.normalize(a.kicker()),
				PersianText.normalize(a.title()), PersianText.normalize(a.lead()),
				BodySanitizer.sanitize(PersianText.normalize(a.bodyHtml()), videoEmbeds::allowedEmbed), a.source(),
				cleanByline, Tags.clean(a.tags()), a.media(), a.status(), a.comments(), a.publishedAt(),
				a.externalId());
	}

}
