package app.khabar.moderation.phase;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import app.khabar.article.ModerationMode;
import app.khabar.comment.spi.Risk;

/**
 * Test submissions: an ordinary comment on an open, post-moderated article, changed one
 * field at a time.
 */
final class Submissions {

	static final Instant NOW = Instant.parse("2026-11-25T10:30:00Z");

	ModerationMode mode = ModerationMode.POST;

	String text = "به نظرم گزارش دقیقی بود؛ ممنون از خبرنگار‌تان.";

	@Nullable String name = "مریم";

	@Nullable Integer linkCount;

	List<String> recentTexts = List.of();

	List<Instant> recentSubmissions = List.of();

	boolean clientBanned;

	boolean nameBanned;

	@Nullable Risk risk;

	static Submissions ordinary() {
		return new Submissions();
	}

	Submissions mode(ModerationMode mode) {
		this.mode = mode;
		return this;
	}

	Submissions text(String text) {
		this.text = text;
		return this;
	}

	Submissions name(@Nullable String name) {
		this.name = name;
		return this;
	}

	Submissions recentTexts(String... texts) {
		this.recentTexts = List.of(texts);
		return this;
	}

	Submissions recentSubmissions(Instant... times) {
		this.recentSubmissions = List.of(times);
		return this;
	}

	Submissions clientBanned() {
		this.clientBanned = true;
		return this;
	}

	Submissions nameBanned() {
		this.nameBanned = true;
		return this;
	}

	Submissions risk(double score, String... words) {
		this.risk = new Risk(score, List.of(words));
		return this;
	}

	Submission build() {
		return new Submission(mode, text, name, linkCount != null ? linkCount : Links.count(text), recentTexts,
				recentSubmissions, NOW, clientBanned, nameBanned, risk);
	}

}
