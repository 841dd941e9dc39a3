package app.khabar.newsroom.web;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import app.khabar.account.StaffMember;
import app.khabar.article.ArticleAction;
import app.khabar.article.AuditEntry;
import app.khabar.feed.Box;
import app.khabar.feed.BoxMove;
import app.khabar.shared.Page;

/**
 * The audit log of editorial actions, newest first, with each actor's display name (by
 * username, the log's actor key).
 */
public record AuditPage(Page<AuditEntry> entries, Map<String, String> names) {

	/** A curation row's box and move, as message keys. */
	public record Curated(String boxKey, String moveKey) {
	}

	public AuditPage {
		names = Map.copyOf(names);
	}

	/**
	 * Who acted, as the newsroom knows them: the display name, the system's own word for
	 * what no person did, or the username of an account that is gone.
	 */
	public @Nullable String actorName(AuditEntry entry) {
		return StaffMember.SYSTEM.equals(entry.actor()) ? null : names.getOrDefault(entry.actor(), entry.actor());
	}

	/**
	 * A curation row's detail ({@code "DONT_MISS up"}, as stored) read back as a box and
	 * a move; null for other rows, or details that do not parse.
	 */
	public @Nullable Curated curated(AuditEntry entry) {
		if (entry.action() != ArticleAction.CURATE || entry.detail() == null) {
			return null;
		}
		String[] parts = entry.detail().split(" ");
		try {
			Box box = Box.valueOf(parts[0]);
			BoxMove move = BoxMove.valueOf(parts[1].toUpperCase(Locale.ROOT));
			return new Curated(box.titleKey(), "newsroom.audit.move." + move.name());
		}
		catch (IllegalArgumentException | ArrayIndexOutOfBoundsException unknown) {
			return null;
		}
	}

}
