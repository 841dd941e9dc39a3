-- Uploads moved from article to the media module: the table created by article's V2026_11_27_0900 takes the media
-- prefix, so its owner shows in SQL. Columns and rows stay as they are.
ALTER TABLE article_media RENAME TO media_file;
ALTER INDEX article_media_by_uploaded RENAME TO media_file_by_uploaded;
