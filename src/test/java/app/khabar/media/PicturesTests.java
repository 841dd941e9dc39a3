package app.khabar.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The srcset follows from the stored reference alone. */
class PicturesTests {

	static final String KEY = "0123456789abcdef0123456789abcdef";

	@Test
	void makesEveryStandardWidthBelowTheImageAndOneAtItsOwnCappedWidth() {
		assertThat(Pictures.widthsFor(4000)).containsExactly(480, 960, 1600);
		assertThat(Pictures.widthsFor(1600)).containsExactly(480, 960, 1600);
		assertThat(Pictures.widthsFor(1200)).containsExactly(480, 960, 1200);
		assertThat(Pictures.widthsFor(480)).containsExactly(480);
		assertThat(Pictures.widthsFor(300)).containsExactly(300);
	}

	@Test
	void buildsTheSrcsetFromTheLargestWidthsReference() {
		assertThat(Pictures.srcset("/media/" + KEY + "-1600.jpg")).isEqualTo(
				"/media/" + KEY + "-480.jpg 480w, /media/" + KEY + "-960.jpg 960w, /media/" + KEY + "-1600.jpg 1600w");
		assertThat(Pictures.srcset("/media/" + KEY + "-700.png"))
			.isEqualTo("/media/" + KEY + "-480.png 480w, /media/" + KEY + "-700.png 700w");
	}

	@Test
	void hasNoSrcsetForOtherImages() {
		assertThat(Pictures.srcset("/demo/politics.svg")).isNull();
		assertThat(Pictures.srcset("https://example.com/a-1600.jpg")).isNull();
		assertThat(Pictures.srcset(null)).isNull();
		assertThat(Pictures.sizes("/demo/politics.svg", Pictures.ARTICLE_SIZES)).isNull();
	}

}
