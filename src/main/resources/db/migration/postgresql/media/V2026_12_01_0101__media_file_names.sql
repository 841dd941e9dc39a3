-- The names PostgreSQL gave the table's key, unique constraint and identity sequence follow the table's new name
-- (H2's generated names carry no table name).
ALTER TABLE media_file RENAME CONSTRAINT article_media_pkey TO media_file_pkey;
ALTER TABLE media_file RENAME CONSTRAINT article_media_sha256_key TO media_file_sha256_key;
ALTER SEQUENCE article_media_id_seq RENAME TO media_file_id_seq;
