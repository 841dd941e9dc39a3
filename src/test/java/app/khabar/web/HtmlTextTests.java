package app.khabar.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTests {

	@Test
	void blocksEndALineAndBlankLinesBecomeOne() {
		assertThat(HtmlText
			.plain("<h2>تیتر</h2>\r\n<p>بند نخست</p>   \n  <p>بند دوم<br>سطر دوم</p><ul><li>یک</li><li>دو</li></ul>"))
			.isEqualTo("تیتر\n\nبند نخست\n\nبند دوم\nسطر دوم\n\nیک\n\nدو");
	}

	@Test
	void inlineElementsLeaveAWordWholeAndReferencesAreDecoded() {
		assertThat(HtmlText
			.plain("<p>می\u200c<b>روم</b> <a href=\"/x\">پیوند</a> &amp; &lt;&gt;&#34;&#39; &zwnj;x&nbsp;y</p>"))
			.isEqualTo("می\u200cروم پیوند & <>\"' \u200cx\u00A0y");
	}

	@Test
	void commentsAndScriptsAreNotTextAndAnNbspLineIsText() {
		assertThat(HtmlText.plain("<!-- یادداشت --><p>a</p><script>alert(1)</script><p>\u00A0</p><p>b</p>"))
			.isEqualTo("a\n\n\u00A0\n\nb");
	}

	@Test
	void linksAndImagesBecomeAbsoluteForAFeedAndOtherMarkupStays() {
		assertThat(HtmlText.withAbsoluteLinks("<p>متن <a href=\"/tag/همکاری\">برچسب</a></p>"
				+ "<figure><img src=\"/media/ab-640.jpg\" srcset=\"/media/ab-640.jpg 640w, /media/ab-1280.jpg 1280w\" alt=\"عکس\">"
				+ "<figcaption>زیرنویس</figcaption></figure><a href=\"https://example.org/x\">بیرون</a>",
				"https://khabar.example/"))
			.isEqualTo("<p>متن <a href=\"https://khabar.example/tag/همکاری\">برچسب</a></p>"
					+ "<figure><img src=\"https://khabar.example/media/ab-640.jpg\" srcset=\"https://khabar.example/media/ab-640.jpg 640w, https://khabar.example/media/ab-1280.jpg 1280w\" alt=\"عکس\">"
					+ "<figcaption>زیرنویس</figcaption></figure><a href=\"https://example.org/x\">بیرون</a>");
	}

}
