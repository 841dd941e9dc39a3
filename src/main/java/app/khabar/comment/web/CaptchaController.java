package app.khabar.comment.web;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import app.khabar.comment.captcha.CaptchaChallenge;
import app.khabar.comment.captcha.CaptchaVerifier;

/** Serves ALTCHA challenges to the comment form's script: per reader, so never cached. */
@RestController
class CaptchaController {

	private final CaptchaVerifier captcha;

	CaptchaController(CaptchaVerifier captcha) {
		this.captcha = captcha;
	}

	@GetMapping("/api/v1/captcha/challenge")
	ResponseEntity<CaptchaChallenge> challenge() {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(captcha.newChallenge());
	}

}
