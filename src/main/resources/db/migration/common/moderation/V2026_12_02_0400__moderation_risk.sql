-- The learned screening model's view of each comment: risk_score 0-1 (null: no model scored it) and the words that
-- weighed most, strongest first, joined by the Persian comma '،'. Written with the queue row, never updated.
ALTER TABLE moderation_review_item ADD COLUMN risk_score DOUBLE PRECISION;
ALTER TABLE moderation_review_item ADD COLUMN risk_words VARCHAR(200);
-- the desk's "riskiest first" and "lowest risk first" pages, keyset over (risk_score, comment_id)
CREATE INDEX moderation_item_by_risk ON moderation_review_item (status, risk_score, comment_id);

-- Per-article screening thresholds that override the site's (moderation_setting risk-*); null columns inherit.
CREATE TABLE moderation_article_screening (
  article_id  BIGINT           NOT NULL PRIMARY KEY,
  risk_low    DOUBLE PRECISION,
  risk_hold   DOUBLE PRECISION,
  risk_reject DOUBLE PRECISION
);
