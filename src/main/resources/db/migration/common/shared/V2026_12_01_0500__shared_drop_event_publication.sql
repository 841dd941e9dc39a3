-- Module events are synchronous, inside the publishing transaction: Spring Modulith's publication registry is gone,
-- and with it its table (created by V2026_11_25_0000, which never held a row: no listener was transactional)
DROP TABLE event_publication;
