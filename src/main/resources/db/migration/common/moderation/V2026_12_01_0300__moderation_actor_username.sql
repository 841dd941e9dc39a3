-- The decision log names a moderator by username from now on, the actor key of every other log (article audit,
-- word lists, bans, media, ticker); decisions logged before named them by account id. Rewritten once, so a
-- moderator's history stays whole; what was decided, by whom and when is unchanged.
UPDATE moderation_action
SET actor = (SELECT a.username FROM account_account a WHERE CAST(a.id AS VARCHAR(40)) = moderation_action.actor)
WHERE actor <> 'system'
  AND EXISTS (SELECT 1 FROM account_account a WHERE CAST(a.id AS VARCHAR(40)) = moderation_action.actor);
