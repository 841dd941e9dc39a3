package app.khabar.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The public path of an upload, and the format an article page reads back from a video's
 * path.
 */
class StoredMediaTests {

	static final String SHA = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

	@Test
	void aVideosPathNamesItsFormat() {
		var video = new StoredMedia(1, SHA, MediaFormat.WEBM, 0, 0, List.of(), "webm", 100, "maryam", Instant.EPOCH);
		assertThat(video.ref()).isEqualTo("/media/0123456789abcdef0123456789abcdef.webm");
		assertThat(StoredMedia.videoFormat(video.ref())).contains(MediaFormat.WEBM);
		assertThat(StoredMedia.videoFormat("/media/0123456789abcdef0123456789abcdef.mp4")).contains(MediaFormat.MP4);
	}

	@Test
	void anythingElseIsNotAnUploadedVideo() {
		var image = new StoredMedia(1, SHA, MediaFormat.JPEG, 2000, 1000, List.of(480, 960, 1600), "jpg", 100, "maryam",
				Instant.EPOCH);
		assertThat(image.ref()).isEqualTo("/media/0123456789abcdef0123456789abcdef-1600.jpg");
		assertThat(StoredMedia.videoFormat(image.ref())).isEmpty();
		assertThat(StoredMedia.videoFormat("/media/0123456789abcdef0123456789abcdef.mkv")).isEmpty();
		assertThat(StoredMedia.videoFormat("/media/0123456789abcdef.mp4")).isEmpty();
		assertThat(StoredMedia.videoFormat("https://www.aparat.com/video/video/embed/videohash/abc123/vt/frame"))
			.isEmpty();
		assertThat(StoredMedia.videoFormat(null)).isEmpty();
	}

}
