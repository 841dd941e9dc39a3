package app.khabar.moderation.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.khabar.moderation.phase.WordList;

/**
 * The model trained on a small labelled file of our own: it separates its classes, on
 * comments it never saw, however they are typed, and names the words that weighed most.
 */
class RiskModelTests {

	static final Instant NOW = Instant.parse("2026-12-02T04:00:00Z");

	static final RiskModel model = train();

	static Path labelledFile() {
		try {
			return Path.of(RiskModelTests.class.getResource("/moderation/labelled-comments.csv").toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static RiskModel train() {
		try {
			return RiskModel.train(LabelledComments.read(labelledFile(), "text", "label", null), NOW);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void separatesUnseenCommentsOfBothClasses() {
		List<String> offensive = List.of("این نویسنده یک احمق بی‌شرف و مزدور است، خفه شو", "برو گمشو آشغال");
		List<String> harmless = List.of("خبر خوبی بود، ممنون از شما", "قیمت مسکن امسال بالا رفته است");

		double lowestOffensive = offensive.stream().mapToDouble(model::probability).min().orElseThrow();
		double highestHarmless = harmless.stream().mapToDouble(model::probability).max().orElseThrow();

		assertThat(lowestOffensive).isGreaterThan(highestHarmless);
		assertThat(ScreeningEvaluation.rocAuc(new double[] { lowestOffensive, highestHarmless },
				new boolean[] { true, false }))
			.isEqualTo(1.0);
	}

	@Test
	void aWordOnTheSitesListWeighsEvenWhenTrainingNeverSawIt() throws IOException {
		// «الدنگ» is in no training comment; the list holds it and the insults training
		// saw
		var lexicon = new Lexicon(WordList.empty(), WordList.of(List.of("احمق", "آشغال", "مزدور", "الدنگ")));
		var withList = RiskModel.train(LabelledComments.read(labelledFile(), "text", "label", null), lexicon, NOW);

		assertThat(withList.probability("تو یک الدنگ هستی", lexicon))
			.isGreaterThan(withList.probability("تو یک الدنگ هستی", Lexicon.NONE) + 0.1)
			.isGreaterThan(withList.probability("تو یک خبرنگار هستی", lexicon));
		assertThat(withList.risk("تو یک الدنگ هستی", lexicon).words()).startsWith("الدنگ");
	}

	@Test
	void theSitesListMatchesInflectedFormsForTheModelButNotShortWordsThatOnlyLookAlike() {
		var lexicon = new Lexicon(WordList.empty(), WordList.of(List.of("احمق", "کس")));

		assertThat(lexicon.hits("شما احمق‌ها").suspect()).as("plural").contains("احمق");
		assertThat(lexicon.hits("احمقا خفه شین").suspect()).as("colloquial plural").contains("احمق");
		assertThat(lexicon.hits("تو احمقققققی").suspect()).as("repeats and a suffix").contains("احمق");
		assertThat(lexicon.hits("کسی نیامد").suspect()).as("«someone» is not the listed word").isEmpty();
		assertThat(lexicon.hits("حمقا").suspect()).isEmpty();
		assertThat(Lexicon.NONE.hits("احمق‌ها").suspect()).isEmpty();
	}

	@Test
	void scoresAreCalibratedProbabilities() {
		var measured = model.measured();

		assertThat(measured.f1()).isBetween(0.0, 1.0);
		assertThat(measured.rocAuc()).isGreaterThan(0.5);
		assertThat(model.probability("خبر خوبی بود")).isBetween(0.0, 0.5);
		assertThat(model.probability("احمق بی‌شرف خفه شو")).isBetween(0.5, 1.0);
	}

	@Test
	void readsPersianAsItIsReallyTyped() {
		double plain = model.probability("تو احمق هستی");

		assertThat(model.probability("تو احمق هستي")).as("Arabic yeh").isEqualTo(plain);
		assertThat(model.probability("تو احـــمق هستی")).as("tatweel").isEqualTo(plain);
		assertThat(model.probability("تو احمققققق هستی")).as("letters repeated for emphasis")
			.isGreaterThan(model.probability("تو خوب هستی"));
		assertThat(model.probability("بی شرف")).as("a missing ZWNJ").isGreaterThan(0.5);
		assertThat(model.probability("khafe sho")).as("Finglish")
			.isGreaterThan(model.probability("salam khabar khoobi bood"));
	}

	@Test
	void namesTheWordsThatWeighedMost() {
		var risk = model.risk("این نویسنده یک احمق است، خفه شو");

		assertThat(risk.words()).isNotEmpty().anyMatch(w -> w.contains("احمق") || w.contains("خفه"));
		assertThat(model.risk("خبر خوبی بود").words()).isEmpty();
	}

	@Test
	void aWrittenModelReadsBackTheSameAndACorruptOneIsRefused() throws IOException {
		var bytes = new ByteArrayOutputStream();
		model.write(bytes);

		RiskModel read = RiskModel.read(new ByteArrayInputStream(bytes.toByteArray()));
		assertThat(read.probability("خفه شو")).isEqualTo(model.probability("خفه شو"));
		assertThat(read.trainedAt()).isEqualTo(NOW);

		byte[] cut = Arrays.copyOf(bytes.toByteArray(), bytes.size() / 2);
		assertThatThrownBy(() -> RiskModel.read(new ByteArrayInputStream(cut))).isInstanceOf(IOException.class);
		assertThatThrownBy(() -> RiskModel.read(new ByteArrayInputStream("not a model".getBytes())))
			.isInstanceOf(IOException.class);
	}

	@Test
	void trainingNeedsBothClasses() {
		assertThatThrownBy(() -> RiskModel.train(List.of(new RiskModel.Example("سلام", false)), NOW))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
