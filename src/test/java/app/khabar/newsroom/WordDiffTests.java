package app.khabar.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.khabar.newsroom.WordDiff.Op;
import app.khabar.newsroom.WordDiff.Segment;

class WordDiffTests {

	@Test
	void marksTheChangedWordsOnly() {
		var diff = WordDiff.of("وزیر امور خارجه روز دوشنبه به مسکو رفت", "وزیر امور خارجه روز سه‌شنبه به مسکو رفت");
		assertThat(diff).containsExactly(new Segment(Op.SAME, "وزیر امور خارجه روز "),
				new Segment(Op.REMOVED, "دوشنبه "), new Segment(Op.ADDED, "سه‌شنبه "),
				new Segment(Op.SAME, "به مسکو رفت"));
	}

	@Test
	void keepsEachTextWhole() {
		String before = "همکاری‌ها ادامه دارد و نشست بعدی در تهران است";
		String after = "همکاری‌ها ادامه خواهد داشت؛ نشست بعدی در تهران است";
		List<Segment> diff = WordDiff.of(before, after);
		assertThat(join(diff, Op.ADDED)).isEqualTo(after);
		assertThat(join(diff, Op.REMOVED)).isEqualTo(before);
		assertThat(WordDiff.changed(diff)).isTrue();
	}

	@Test
	void seesNoChangeBetweenEqualTexts() {
		assertThat(WordDiff.changed(WordDiff.of("متن یکسان", "متن یکسان"))).isFalse();
		assertThat(WordDiff.of("", "")).isEmpty();
		assertThat(WordDiff.of("", "تازه")).containsExactly(new Segment(Op.ADDED, "تازه"));
	}

	/** The text on one side: the same segments plus that side's changes. */
	private static String join(List<Segment> diff, Op side) {
		var text = new StringBuilder();
		diff.stream().filter(s -> s.op() == Op.SAME || s.op() == side).forEach(s -> text.append(s.text()));
		return text.toString();
	}

}
