-- Captcha solutions already accepted (ALTCHA signatures, fallback question tokens), kept until they expire,
-- so each is accepted once on every node.
CREATE TABLE comment_captcha_used (
  signature   VARCHAR(128) NOT NULL PRIMARY KEY,
  expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX comment_captcha_used_expires ON comment_captcha_used (expires_at);
