-- The same for the lists of one section (ordered "section_id, status, published_at DESC, id DESC"): a small section
-- among 100,000 articles is not found by walking the newest of all articles (article_newest)
CREATE INDEX article_newest_in_section ON article_article (section_id, status, published_at DESC, id DESC);
