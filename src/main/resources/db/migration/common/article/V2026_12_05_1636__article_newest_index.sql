-- The order of every list of published articles (Articles: "status, published_at DESC, id DESC"), so a list reads
-- the newest rows of the index and stops at its LIMIT instead of sorting all published articles (H2 picked the
-- older (status, published_at) index for the filter and sorted: 8 s for the feed on 100,000 articles)
CREATE INDEX article_newest ON article_article (status, published_at DESC, id DESC);
