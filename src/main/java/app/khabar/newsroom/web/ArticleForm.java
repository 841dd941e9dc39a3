package app.khabar.newsroom.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import app.khabar.article.ArticleContent;
import app.khabar.article.ArticleKind;
import app.khabar.article.Byline;
import app.khabar.article.CommentSettings;
import app.khabar.article.Media;
import app.khabar.article.ModerationMode;
import app.khabar.article.Source;
import app.khabar.persian.PersianDigits;

/**
 * The editor's fields as typed. Tags are separated by the Persian or Latin comma; the
 * main image is a path on this site or an https URL; auto-close days are typed in any
 * digits.
 */
public record ArticleForm(@Nullable Long version, @Nullable Long section, @Nullable String kind,
		@Nullable String kicker, @Nullable String title, @Nullable String lead, @Nullable String body,
		@Nullable String outlet, @Nullable String agency, @Nullable String byline, @Nullable List<Long> authors,
		@Nullable String tags, @Nullable String mediaRef, @Nullable String mediaCaption, @Nullable Boolean commentsOpen,
		@Nullable String moderation, @Nullable String closeDays) {

	static final int MAX_TITLE = 400;

	static final int MAX_LEAD = 4000;

	static final int MAX_BODY = 400_000;

	static ArticleForm of(ArticleContent c, long version) {
		return new ArticleForm(version, c.sectionId(), c.kind().name(), c.kicker(), c.title(), c.lead(), c.bodyHtml(),
				c.source().outlet(), c.source().agency(), c.byline().text(), c.byline().authorIds(),
				String.join("، ", c.tags()), c.media().ref(), c.media().caption(), c.comments().open(),
				c.comments().mode().name(),
				c.comments().closeAfterDays() == null ? null : PersianDigits.format(c.comments().closeAfterDays()));
	}

	/** A new article's form: its author is the one who writes it. */
	static ArticleForm empty(long sectionId, long authorId) {
		return new ArticleForm(0L, sectionId, ArticleKind.STORY.name(), null, null, null, null, null, null, null,
				List.of(authorId), null, null, null, true, ModerationMode.PRE.name(), null);
	}

	/**
	 * The same text, to be saved over {@code storedVersion}: after a refused save, saving
	 * again is knowing.
	 */
	ArticleForm over(long storedVersion) {
		return new ArticleForm(storedVersion, section, kind, kicker, title, lead, body, outlet, agency, byline, authors,
				tags, mediaRef, mediaCaption, commentsOpen, moderation, closeDays);
	}

	/**
	 * Field name → message key of what is wrong with it; empty when the form can be
	 * saved.
	 */
	Map<String, String> errors() {
		var errors = new LinkedHashMap<String, String>();
		if (text(title).isEmpty()) {
			errors.put("title", "newsroom.form.error.title-required");
		}
		else if (text(title).length() > MAX_TITLE) {
			errors.put("title", "newsroom.form.error.too-long");
		}
		if (text(kicker).length() > 200) {
			errors.put("kicker", "newsroom.form.error.too-long");
		}
		if (text(lead).length() > MAX_LEAD) {
			errors.put("lead", "newsroom.form.error.too-long");
		}
		if (text(body).length() > MAX_BODY) {
			errors.put("body", "newsroom.form.error.too-long");
		}
		if (section == null) {
			errors.put("section", "newsroom.form.error.section-required");
		}
		if (kindOrNull() == null) {
			errors.put("kind", "newsroom.form.error.invalid");
		}
		String ref = text(mediaRef);
		if (!ref.isEmpty() && !(ref.startsWith("/") && !ref.startsWith("//") || ref.startsWith("https://"))
				|| ref.length() > 500) {
			errors.put("mediaRef", "newsroom.form.error.media-ref");
		}
		if (!text(closeDays).isEmpty()) {
			Integer days = days();
			if (days == null || days < 1 || days > 3650) {
				errors.put("closeDays", "newsroom.form.error.close-days");
			}
		}
		for (String[] field : new String[][] { { "outlet", text(outlet) }, { "agency", text(agency) },
				{ "byline", text(byline) } }) {
			if (field[1].length() > 120) {
				errors.put(field[0], "newsroom.form.error.too-long");
			}
		}
		if (tagList().size() > 20 || tagList().stream().anyMatch(t -> t.length() > 120)) {
			errors.put("tags", "newsroom.form.error.tags");
		}
		return errors;
	}

	/**
	 * The content to store; call only when {@link #errors()} is empty (or for an
	 * autosave, which is lenient).
	 */
	ArticleContent content(long fallbackSection) {
		ArticleKind k = kindOrNull();
		String ref = text(mediaRef);
		Media media = ref.isEmpty() ? Media.NONE
				: new Media(k == ArticleKind.VIDEO ? Media.Type.VIDEO : Media.Type.IMAGE, ref,
						text(mediaCaption).isEmpty() ? null : text(mediaCaption));
		ModerationMode mode = "POST".equals(moderation) ? ModerationMode.POST : ModerationMode.PRE;
		return new ArticleContent(section == null ? fallbackSection : section, k == null ? ArticleKind.STORY : k,
				text(kicker).isEmpty() ? null : text(kicker), text(title), text(lead), text(body),
				new Source(text(outlet), text(agency)), Byline.ofIds(authorIds(), text(byline)), tagList(), media,
				new CommentSettings(Boolean.TRUE.equals(commentsOpen), mode, days()));
	}

	/** The chosen authors, in order, each once; null entries (an empty choice) out. */
	List<Long> authorIds() {
		return authors == null ? List.of() : authors.stream().filter(id -> id != null).distinct().limit(10).toList();
	}

	List<String> tagList() {
		return Arrays.stream(text(tags).split("[،,]")).map(String::strip).filter(t -> !t.isEmpty()).toList();
	}

	private @Nullable ArticleKind kindOrNull() {
		for (ArticleKind k : ArticleKind.values()) {
			if (k.name().equals(kind)) {
				return k;
			}
		}
		return null;
	}

	private @Nullable Integer days() {
		String digits = PersianDigits.toLatin(text(closeDays));
		if (digits.isEmpty() || digits.length() > 4 || !digits.chars().allMatch(Character::isDigit)) {
			return null;
		}
		int value = Integer.parseInt(digits);
		return value >= 1 && value <= 3650 ? value : null;
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value.strip();
	}

}
