-- Wakes every node that LISTENs on khabar_change when changes are appended to the feed. NOTIFY is delivered at commit
-- (never for a rolled-back append), once per statement, with the newest position as its payload.
CREATE FUNCTION cluster_change_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('khabar_change', (SELECT MAX(id) FROM appended)::text);
  RETURN NULL;
END
$$;

CREATE TRIGGER cluster_change_notify AFTER INSERT ON cluster_change
  REFERENCING NEW TABLE AS appended FOR EACH STATEMENT EXECUTE FUNCTION cluster_change_notify();
