-- A commenter's private receipt: the SHA-256 of the unguessable token in the receipt link, never the token itself,
-- so a copy of the database opens no receipt. Null for imported comments and after erasure.
ALTER TABLE comment_comment ADD COLUMN receipt_hash VARCHAR(64);
CREATE UNIQUE INDEX comment_by_receipt ON comment_comment (receipt_hash);
-- finds a commenter's comments by name for an export or an erasure
CREATE INDEX comment_by_author ON comment_comment (author_name);
-- the retention job's scan: comments old enough to lose their client hash and kept original
CREATE INDEX comment_by_created ON comment_comment (created_at);
