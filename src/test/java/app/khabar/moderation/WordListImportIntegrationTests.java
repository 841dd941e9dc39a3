package app.khabar.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import app.khabar.account.StaffMember;
import app.khabar.article.ModerationMode;
import app.khabar.comment.spi.CommentScreening;
import app.khabar.comment.spi.ReasonCode;
import app.khabar.comment.spi.ScreeningRequest;
import app.khabar.comment.spi.Verdict;
import app.khabar.shared.KhabarException;
import app.khabar.web.ClientHash;

/**
 * Word lists imported from files through the real database: entries of a {@code .txt} or
 * {@code .csv} file join their lists once however often they are imported, rows that are
 * no entry are counted and left out, screening applies the new entries at once, and a
 * file that is no word list changes nothing.
 */
@SpringBootTest
@Import(DeskFixtures.class)
class WordListImportIntegrationTests {

	@Autowired
	ModerationRules rules;

	@Autowired
	CommentScreening screening;

	@Autowired
	DeskFixtures fixtures;

	StaffMember moderator;

	String word;

	@BeforeEach
	void moderator() {
		moderator = fixtures.moderator("نرگس ناظر");
		word = DeskFixtures.unique("واژه");
	}

	WordListImport importing(@Nullable String fileName, byte[] content, WordListKind list) {
		return rules.importWords(moderator, list, fileName, new ByteArrayInputStream(content));
	}

	WordListImport importing(String fileName, String content, WordListKind list) {
		return importing(fileName, content.getBytes(StandardCharsets.UTF_8), list);
	}

	List<WordEntry> mine() {
		return rules.words().stream().filter(entry -> entry.word().contains(word)).toList();
	}

	/**
	 * The word lists' verdict, without the model's score: another test class sharing this
	 * context may have trained a model.
	 */
	Verdict screen(String text) {
		return screening
			.screen(new ScreeningRequest(42, ModerationMode.POST, null, text,
					new ClientHash("fedcba9876543210fedcba9876543210"), List.of(), List.of(), Instant.now()))
			.withRisk(null);
	}

	@Test
	void aTextFileAddsOneEntryALineOnceAndSkipsLinesWithoutLetters() {
		String file = "\uFEFF" + word + "الف\r\n" + word + "ب\n\n# یادداشت\n" + word + "الف\n  " + word
				+ "\u200cالف  \n ؟! \n";

		assertThat(importing("words.TXT", file, WordListKind.BANNED)).isEqualTo(new WordListImport(2, 2, 1));
		assertThat(mine()).extracting(WordEntry::list, WordEntry::word, WordEntry::addedBy)
			.containsExactly(tuple(WordListKind.BANNED, word + "الف", moderator.username()),
					tuple(WordListKind.BANNED, word + "ب", moderator.username()));
		assertThat(screen("این " + word + "ب است")).isEqualTo(new Verdict.Reject(ReasonCode.BANNED_WORD, word + "ب"));

		assertThat(importing("words.txt", file, WordListKind.BANNED)).isEqualTo(new WordListImport(0, 4, 1));
	}

	@Test
	void aCsvFileNamesEachEntrysListOrTakesTheOnePicked() {
		String file = String.join("\n", word + "یک,banned", word + "دو , مشکوک", word + "سه",
				"\"" + word + "چهار, پنج\",BANNED", "\"/" + word + "\\d{3}/\",suspect", word + "شش,unknown", ",banned",
				"\"/(broken/\",suspect", "x".repeat(101) + word + ",suspect");

		assertThat(importing("lists.csv", file, WordListKind.SUSPECT)).isEqualTo(new WordListImport(5, 0, 4));
		assertThat(mine()).extracting(WordEntry::list, WordEntry::word, WordEntry::pattern)
			.containsExactlyInAnyOrder(tuple(WordListKind.BANNED, word + "یک", false),
					tuple(WordListKind.SUSPECT, word + "دو", false), tuple(WordListKind.SUSPECT, word + "سه", false),
					tuple(WordListKind.BANNED, word + "چهار, پنج", false),
					tuple(WordListKind.SUSPECT, "/" + word + "\\d{3}/", true));
		assertThat(screen("کد " + word + "۱۲۳ را بزنید"))
			.isEqualTo(new Verdict.Hold(ReasonCode.SUSPECT_WORD, word + "123"));
	}

	@Test
	void aFileThatIsNoWordListIsRefusedWithItsReasonAndChangesNothing() {
		String entry = word + "\n";
		assertRefused("words.txt", new byte[0], ModerationError.IMPORT_EMPTY);
		assertRefused("words.txt", "# فقط یادداشت\n\n".getBytes(StandardCharsets.UTF_8), ModerationError.IMPORT_EMPTY);
		assertRefused("words.csv", ",banned\n".getBytes(StandardCharsets.UTF_8), ModerationError.IMPORT_EMPTY);
		assertRefused("words.txt", (word + "سلام\n").getBytes(Charset.forName("windows-1256")),
				ModerationError.IMPORT_NOT_UTF8);
		assertRefused("words.txt", (entry + "\0\0\0").getBytes(StandardCharsets.UTF_8),
				ModerationError.IMPORT_NOT_UTF8);
		assertRefused("words.txt",
				entry.repeat(WordListFile.MAX_BYTES / entry.length() + 1).getBytes(StandardCharsets.UTF_8),
				ModerationError.IMPORT_TOO_LARGE);
		assertRefused("words.txt",
				String
					.join("\n",
							IntStream.rangeClosed(0, WordListFile.MAX_ENTRIES).mapToObj(i -> word + "w" + i).toList())
					.getBytes(StandardCharsets.UTF_8),
				ModerationError.IMPORT_TOO_LARGE);
		assertRefused("words.xlsx", entry.getBytes(StandardCharsets.UTF_8), ModerationError.IMPORT_TYPE);
		assertRefused(null, entry.getBytes(StandardCharsets.UTF_8), ModerationError.IMPORT_TYPE);
		assertRefused("words.csv", (entry + "\"" + word + ",banned\n").getBytes(StandardCharsets.UTF_8),
				ModerationError.IMPORT_CSV_INVALID);

		assertThat(mine()).isEmpty();
	}

	void assertRefused(@Nullable String fileName, byte[] content, ModerationError error) {
		assertThatThrownBy(() -> importing(fileName, content, WordListKind.SUSPECT))
			.isInstanceOfSatisfying(KhabarException.class, refused -> assertThat(refused.code()).isEqualTo(error));
	}

}
