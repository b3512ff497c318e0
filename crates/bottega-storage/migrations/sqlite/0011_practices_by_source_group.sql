-- Proposing a working group's outcome as a practice looks for one already proposed from that
-- group, and deleting a group clears the practices that name it (ON DELETE SET NULL): both
-- read practices by their source group, which without this index meant every practice.
CREATE INDEX practices_by_source_group ON practices (source_group_id, id);
