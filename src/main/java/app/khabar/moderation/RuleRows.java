package app.khabar.moderation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Word lists, bans and site settings: {@code moderation_word}, {@code moderation_ban},
 * {@code moderation_setting}.
 */
@Repository
class RuleRows {

	private static final String WORDS = """
			SELECT id, list, word, added_by, added_at FROM moderation_word ORDER BY list, word
			""";

	private static final String ADD_WORD = """
			INSERT INTO moderation_word (list, word, folded, added_by, added_at)
			VALUES (:list, :word, :folded, :by, :at) ON CONFLICT DO NOTHING
			""";

	private static final String REMOVE_WORD = "DELETE FROM moderation_word WHERE id = :id";

	private static final String BANS = """
			SELECT id, kind, shown, match_key, note, added_by, added_at FROM moderation_ban ORDER BY kind, shown
			""";

	private static final String ADD_BAN = """
			INSERT INTO moderation_ban (kind, shown, match_key, note, added_by, added_at)
			VALUES (:kind, :shown, :key, :note, :by, :at) ON CONFLICT DO NOTHING
			""";

	private static final String REMOVE_BAN = "DELETE FROM moderation_ban WHERE id = :id";

	private static final String SETTING = "SELECT setting_value FROM moderation_setting WHERE name = :name";

	private static final String CLAIM_SETTING = """
			INSERT INTO moderation_setting (name, setting_value) VALUES (:name, :value) ON CONFLICT DO NOTHING
			""";

	private static final String UPDATE_SETTING = "UPDATE moderation_setting SET setting_value = :value WHERE name = :name";

	private static final String DELETE_SETTING = "DELETE FROM moderation_setting WHERE name = :name";

	private static final String ARTICLE_RISK = """
			SELECT risk_low, risk_hold, risk_reject FROM moderation_article_screening WHERE article_id = :article
			""";

	private static final String DELETE_ARTICLE_RISK = "DELETE FROM moderation_article_screening WHERE article_id = :article";

	private static final String INSERT_ARTICLE_RISK = """
			INSERT INTO moderation_article_screening (article_id, risk_low, risk_hold, risk_reject)
			VALUES (:article, :low, :hold, :reject)
			""";

	private final JdbcClient jdbc;

	RuleRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<WordEntry> words() {
		return jdbc.sql(WORDS)
			.query((rs, row) -> new WordEntry(rs.getLong("id"), WordListKind.valueOf(rs.getString("list")),
					rs.getString("word"), rs.getString("added_by"), ReviewItems.instant(rs, "added_at")))
			.list();
	}

	/** Adds the word unless its list has its folded form; true if it was added. */
	boolean addWord(WordListKind list, String word, String folded, String by, Instant at) {
		return jdbc.sql(ADD_WORD)
			.param("list", list.name())
			.param("word", word)
			.param("folded", folded)
			.param("by", by)
			.param("at", ReviewItems.utc(at))
			.update() == 1;
	}

	void removeWord(long id) {
		jdbc.sql(REMOVE_WORD).param("id", id).update();
	}

	/** Bans with their match keys. */
	record BanRow(Ban ban, String matchKey) {
	}

	List<BanRow> bans() {
		return jdbc.sql(BANS)
			.query((rs, row) -> new BanRow(
					new Ban(rs.getLong("id"), BanKind.valueOf(rs.getString("kind")), rs.getString("shown"),
							rs.getString("note"), rs.getString("added_by"), ReviewItems.instant(rs, "added_at")),
					rs.getString("match_key")))
			.list();
	}

	void addBan(BanKind kind, String shown, String key, @Nullable String note, String by, Instant at) {
		jdbc.sql(ADD_BAN)
			.param("kind", kind.name())
			.param("shown", shown)
			.param("key", key)
			.param("note", note)
			.param("by", by)
			.param("at", ReviewItems.utc(at))
			.update();
	}

	void removeBan(long id) {
		jdbc.sql(REMOVE_BAN).param("id", id).update();
	}

	Optional<String> setting(String name) {
		return jdbc.sql(SETTING).param("name", name).query(String.class).optional();
	}

	/** Creates the setting if it does not exist yet; true if this call created it. */
	boolean claim(String name, String value) {
		return jdbc.sql(CLAIM_SETTING).param("name", name).param("value", value).update() == 1;
	}

	void set(String name, @Nullable String value) {
		if (value == null) {
			jdbc.sql(DELETE_SETTING).param("name", name).update();
		}
		else if (!claim(name, value)) {
			jdbc.sql(UPDATE_SETTING).param("name", name).param("value", value).update();
		}
	}

	/** An article's own screening thresholds; {@link RiskThresholds#INHERIT} without. */
	RiskThresholds articleRisk(long articleId) {
		return jdbc.sql(ARTICLE_RISK)
			.param("article", articleId)
			.query((rs, row) -> new RiskThresholds(rs.getObject("risk_low", Double.class),
					rs.getObject("risk_hold", Double.class), rs.getObject("risk_reject", Double.class)))
			.optional()
			.orElse(RiskThresholds.INHERIT);
	}

	void setArticleRisk(long articleId, RiskThresholds thresholds) {
		jdbc.sql(DELETE_ARTICLE_RISK).param("article", articleId).update();
		if (!thresholds.equals(RiskThresholds.INHERIT)) {
			jdbc.sql(INSERT_ARTICLE_RISK)
				.param("article", articleId)
				.param("low", thresholds.low())
				.param("hold", thresholds.hold())
				.param("reject", thresholds.reject())
				.update();
		}
	}

}
