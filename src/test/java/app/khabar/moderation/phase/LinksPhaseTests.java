package app.khabar.moderation.phase;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import app.khabar.comment.spi.ReasonCode;
import app.khabar.comment.spi.Verdict;

class LinksPhaseTests {

	final LinksPhase phase = new LinksPhase(2);

	@Test
	void holdsACommentWithTheConfiguredNumberOfLinksOrMore() {
		var text = "ارزان بخرید: https://shop.example/x و www.example.com و t.me/channel";
		assertThat(phase.apply(Submissions.ordinary().text(text).build()))
			.contains(new Verdict.Hold(ReasonCode.LINKS, "3"));
	}

	@Test
	void passesFewerLinks() {
		assertThat(phase.apply(Submissions.ordinary().text("منبع: https://www.irna.ir/news/1").build())).isEmpty();
		assertThat(phase.apply(Submissions.ordinary().build())).isEmpty();
	}

	@Test
	void countsSchemesWwwAndBareDomainsButNotDecimals() {
		assertThat(Links.count("https://a.example/x http://b.example www.c.com d.ir e.com/path")).isEqualTo(5);
		assertThat(Links.count("تورم ۴۲.۵ درصد و 3.14 و نقطه.پایان")).isZero();
	}

}
