package app.khabar.moderation.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import app.khabar.moderation.phase.WordList;
import app.khabar.persian.SharedTestData;

/**
 * The model trained on the shared train splits and measured on their test splits, with
 * floors just under the figures in bench/RESULTS.md.
 */
@Tag("shared-data")
class ScreeningSharedDataTests {

	static List<RiskModel.Example> read(String file) throws IOException {
		Path folder = SharedTestData.folder("moderation");
		return LabelledComments.read(folder.resolve(file), "tweet", "label", null);
	}

	@Test
	void parsOffTest() throws IOException {
		var report = ScreeningEvaluation.evaluate(read("pars-off/Pars-OFF_levela_train.csv"),
				read("pars-off/Pars-OFF_levela_test.csv"), null);

		assertThat(report.model().f1()).isGreaterThanOrEqualTo(0.79);
		assertThat(report.rocAuc()).isGreaterThanOrEqualTo(0.93);
		assertThat(report.pass5Harmless()).isGreaterThanOrEqualTo(0.5);
	}

	@Test
	void abusiveWordsTest() throws IOException {
		var report = ScreeningEvaluation.evaluate(read("persian-abusive-words/train.converted.csv"),
				read("persian-abusive-words/test.converted.csv"), null);

		assertThat(report.model().f1()).isGreaterThanOrEqualTo(0.90);
		assertThat(report.rocAuc()).isGreaterThanOrEqualTo(0.975);
	}

	@Test
	void acrossTheDatasetsWithThePublishedKeywordListAsTheSitesSuspectWords() throws IOException {
		var keywords = Files
			.readAllLines(SharedTestData.folder("moderation").resolve("pars-off/Pars-OFF_KEY.txt"),
					StandardCharsets.UTF_8)
			.stream()
			.filter(w -> !w.isBlank())
			.toList();
		var lexicon = new Lexicon(WordList.empty(), WordList.of(keywords));

		var toAbusive = ScreeningEvaluation.evaluate(read("pars-off/Pars-OFF_levela_train.csv"),
				read("persian-abusive-words/test.converted.csv"), keywords, lexicon);
		assertThat(toAbusive.model().f1()).isGreaterThanOrEqualTo(0.82);
		assertThat(toAbusive.rocAuc()).isGreaterThanOrEqualTo(0.95);

		var toParsOff = ScreeningEvaluation.evaluate(read("persian-abusive-words/train.converted.csv"),
				read("pars-off/Pars-OFF_levela_test.csv"), keywords, lexicon);
		assertThat(toParsOff.model().f1()).isGreaterThanOrEqualTo(0.75);
		assertThat(toParsOff.rocAuc()).isGreaterThanOrEqualTo(0.88);
	}

}
