package app.khabar.article;

import java.time.Clock;
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
		if (article.externalId() != null) {
			Optional<Long> existing = articles.findIdByExternalId(article.externalId());
			if (existing.isPresent()) {
				return existing.get();
			}
		}
		Section section = sections.findBySlug(article.sectionSlug())
			.orElseThrow(() -> new IllegalArgumentException("no section " + article.sectionSlug()));
		NewArticle clean = normalized(article);
		long id = articles.insert(section.id(), clean, PersianText.slug(slugText), clock.instant());
		events.publishEvent(new ArticleChanged(id, clean.status()));
		return id;
	}

	private NewArticle normalized(NewArticle a) {
		return new NewArticle(a.sectionSlug(), a.kind(), a.kicker() == null ? null : PersianText.normalize(a.kicker()),
				PersianText.normalize(a.title()), PersianText.normalize(a.lead()),
				BodySanitizer.sanitize(PersianText.normalize(a.bodyHtml()), videoEmbeds::allowedEmbed), a.source(),
				authors.clean(a.byline()), Tags.clean(a.tags()), a.media(), a.status(), a.comments(), a.publishedAt(),
				a.externalId());
	}

}
