package app.khabar.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NewsSectionsTests {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			بین الملل            | international
			بین‌الملل             | international
			بین‌الملل             | international
			'اجتماعی '           | society
			سياست‌خارجی           | international
			سیاست خارجی          | international
			بـــورس               | economy
			سیاسی،مجلس           | politics
			علمی -آموزشی         | science
			فناوری و IT          | science
			خواندنی ها و دیدنی ها | general
			ورزشی                | sports
			سلامت                | health
			نجوم                 | general
			''                   | general
			""")
	void mapsACategoryWrittenAnyWayToItsSection(String category, String slug) {
		assertThat(NewsSections.slugFor(List.of(category))).isEqualTo(slug);
	}

	@ParameterizedTest(name = "{0}, {1} → {2}")
	@CsvSource(delimiter = '|', textBlock = """
			صفحه نخست | بین‌الملل | international
			اقتصادی   | خارجی    | economy
			گوناگون   | نامعلوم  | general
			""")
	void takesTheFirstSpecificCategory(String first, String second, String slug) {
		assertThat(NewsSections.slugFor(List.of(first, second))).isEqualTo(slug);
	}

}
