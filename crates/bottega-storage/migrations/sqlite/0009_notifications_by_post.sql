-- The notifications of a post: the fan-out job checks by post that nobody is told twice when
-- it runs again, and deleting a post removes its notifications (ON DELETE CASCADE), which
-- without this index reads every notification.
CREATE INDEX notifications_by_post ON notifications (post_id, user_id);
