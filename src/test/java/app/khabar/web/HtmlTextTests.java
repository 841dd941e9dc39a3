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

}
