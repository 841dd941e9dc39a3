package app.khabar.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The word lists, bans and settings rows through the real database: each word once per
 * list and folded form, each ban once per kind and match key, settings claimed once,
 * changed and cleared. Every row a test adds is unique to it and removed again, since the
 * desk's tests share this context.
 */
@SpringBootTest
@Import(DeskFixtures.class)
class RuleRowsIntegrationTests {

	static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");

	@Autowired
	RuleRows rows;

	@Test
	void aWordIsKeptOncePerListAndFoldedFormInListThenWordOrder() {
		String folded = DeskFixtures.unique("واژه");
		rows.addWord(WordListKind.SUSPECT, folded + "ب", folded + "ب", "sara", T0);
		rows.addWord(WordListKind.SUSPECT, folded + "الف", folded + "الف", "sara", T0);
		rows.addWord(WordListKind.SUSPECT, folded + "الف" + "\u200c", folded + "الف", "reza", T0.plusSeconds(60));
		rows.addWord(WordListKind.BANNED, folded + "الف", folded + "الف", "reza", T0.plusSeconds(120));

		var mine = rows.words().stream().filter(word -> word.word().startsWith(folded)).toList();
		try {
			assertThat(mine).extracting(WordEntry::list, WordEntry::word, WordEntry::addedBy, WordEntry::addedAt)
				.containsExactly(tuple(WordListKind.BANNED, folded + "الف", "reza", T0.plusSeconds(120)),
						tuple(WordListKind.SUSPECT, folded + "الف", "sara", T0),
						tuple(WordListKind.SUSPECT, folded + "ب", "sara", T0));
		}
		finally {
			mine.forEach(word -> rows.removeWord(word.id()));
		}
		assertThat(rows.words()).noneMatch(word -> word.word().startsWith(folded));
	}

	@Test
	void aBanIsKeptOncePerKindAndMatchKeyWithItsNote() {
		String key = DeskFixtures.unique("key");
		rows.addBan(BanKind.NAME, "علي رضا", key, "نام ناسزا", "sara", T0);
		rows.addBan(BanKind.NAME, "علی‌رضا", key, null, "reza", T0.plusSeconds(60));
		rows.addBan(BanKind.CLIENT, key, key, null, "reza", T0.plusSeconds(60));

		var mine = rows.bans().stream().filter(row -> row.matchKey().equals(key)).toList();
		try {
			assertThat(mine)
				.extracting(row -> row.ban().kind(), row -> row.ban().value(), row -> row.ban().note(),
						row -> row.ban().addedBy(), row -> row.ban().addedAt())
				.containsExactly(tuple(BanKind.CLIENT, key, null, "reza", T0.plusSeconds(60)),
						tuple(BanKind.NAME, "علي رضا", "نام ناسزا", "sara", T0));
		}
		finally {
			mine.forEach(row -> rows.removeBan(row.ban().id()));
		}
		assertThat(rows.bans()).noneMatch(row -> row.matchKey().equals(key));
	}

	@Test
	void aSettingIsClaimedOnceChangedAndCleared() {
		String name = DeskFixtures.unique("test.");
		assertThat(rows.setting(name)).isEmpty();

		assertThat(rows.claim(name, "first")).isTrue();
		assertThat(rows.claim(name, "second")).isFalse();
		assertThat(rows.setting(name)).contains("first");

		rows.set(name, "changed");
		assertThat(rows.setting(name)).contains("changed");

		rows.set(name, null);
		assertThat(rows.setting(name)).isEmpty();

		rows.set(name, "again");
		assertThat(rows.setting(name)).contains("again");
		rows.set(name, null);
	}

}
