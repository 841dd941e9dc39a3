package app.khabar.media.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.khabar.media.MediaLibrary;
import app.khabar.media.StoredMedia;
import app.khabar.media.TestImages;

/**
 * {@code GET /media/{name}} for readers: a stored file with the type its name says, and
 * nothing for a name we did not make. Uploading over HTTP, caching and byte ranges are in
 * {@code newsroom.web.MediaUploadIntegrationTests}.
 */
@SpringBootTest(properties = { "khabar.newsroom.scheduled-publishing=false" })
@AutoConfigureMockMvc
class MediaControllerIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MediaLibrary library;

	@Test
	void aStoredFileIsServedWithTheTypeOfItsNameAndNeverSniffed() {
		byte[] clip = TestImages.mp4(10_000);
		StoredMedia video = library.storeVideo("maryam", new ByteArrayInputStream(clip), clip.length);

		MvcTestResult served = mvc.get().uri(video.ref()).exchange();
		assertThat(served).hasStatusOk().hasContentType("video/mp4");
		assertThat(served.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(served.getResponse().getContentAsByteArray()).isEqualTo(clip);
	}

	@Test
	void unknownOrCraftedMediaNamesAreNotFound() {
		assertThat(mvc.get().uri("/media/0123456789abcdef0123456789abcdef-480.jpg")).hasStatus(404);
		assertThat(mvc.get().uri("/media/passwd")).hasStatus(404);
		assertThat(mvc.get().uri("/media/..%2F..%2Fapplication.properties")).hasStatus4xxClientError();
	}

}
