-- Why screening held or refused a comment, shown to moderators; and a moderator's edit keeps what the reader wrote.
ALTER TABLE comment_comment ADD COLUMN screening_reason VARCHAR(32);
ALTER TABLE comment_comment ADD COLUMN screening_detail VARCHAR(200);
ALTER TABLE comment_comment ADD COLUMN original_body TEXT;
ALTER TABLE comment_comment ADD COLUMN edited_at TIMESTAMP WITH TIME ZONE;
