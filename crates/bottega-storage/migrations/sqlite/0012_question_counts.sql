-- The tabs of the mutual-help page count the questions of the communities a reader may see:
-- unanswered, unsolved, solved. Counted over every question on each view, that was 2 ms of CPU
-- a page on data set M (6,000 questions), the slowest page read. Each community now keeps its
-- counts, and the page adds up at most a few dozen rows.
--
-- Triggers keep the counts, so that every change of a thread counts, whichever code makes it
-- (a reply, an accepted answer, hiding, moving, deleting; the benchmark generator's bulk
-- inserts too). A question counts while it is neither deleted nor hidden; it is unanswered
-- while it has no reply, unsolved while it has no accepted answer.
ALTER TABLE communities ADD COLUMN questions_unanswered BIGINT NOT NULL DEFAULT 0;
ALTER TABLE communities ADD COLUMN questions_unsolved BIGINT NOT NULL DEFAULT 0;
ALTER TABLE communities ADD COLUMN questions_solved BIGINT NOT NULL DEFAULT 0;

-- The counts of what is there already; from any counts, so it also repairs them.
UPDATE communities SET
    questions_unanswered = (SELECT COUNT(*) FROM threads t WHERE t.community_id = communities.id
        AND t.kind = 'question' AND t.deleted_at IS NULL AND t.hidden_at IS NULL
        AND t.reply_count = 0),
    questions_unsolved = (SELECT COUNT(*) FROM threads t WHERE t.community_id = communities.id
        AND t.kind = 'question' AND t.deleted_at IS NULL AND t.hidden_at IS NULL
        AND t.accepted_post_id IS NULL),
    questions_solved = (SELECT COUNT(*) FROM threads t WHERE t.community_id = communities.id
        AND t.kind = 'question' AND t.deleted_at IS NULL AND t.hidden_at IS NULL
        AND t.accepted_post_id IS NOT NULL);

CREATE TRIGGER threads_count_questions_insert AFTER INSERT ON threads
WHEN NEW.kind = 'question' AND NEW.deleted_at IS NULL AND NEW.hidden_at IS NULL
BEGIN
    UPDATE communities SET
        questions_unanswered = questions_unanswered + (NEW.reply_count = 0),
        questions_unsolved = questions_unsolved + (NEW.accepted_post_id IS NULL),
        questions_solved = questions_solved + (NEW.accepted_post_id IS NOT NULL)
    WHERE id = NEW.community_id;
END;

CREATE TRIGGER threads_count_questions_delete AFTER DELETE ON threads
WHEN OLD.kind = 'question' AND OLD.deleted_at IS NULL AND OLD.hidden_at IS NULL
BEGIN
    UPDATE communities SET
        questions_unanswered = questions_unanswered - (OLD.reply_count = 0),
        questions_unsolved = questions_unsolved - (OLD.accepted_post_id IS NULL),
        questions_solved = questions_solved - (OLD.accepted_post_id IS NOT NULL)
    WHERE id = OLD.community_id;
END;

-- Only a change that moves a question between counts fires: most replies do not (a thread's
-- second reply leaves it answered).
CREATE TRIGGER threads_count_questions_update
AFTER UPDATE OF kind, community_id, reply_count, accepted_post_id, deleted_at, hidden_at ON threads
WHEN (OLD.kind = 'question' AND OLD.deleted_at IS NULL AND OLD.hidden_at IS NULL)
        IS NOT (NEW.kind = 'question' AND NEW.deleted_at IS NULL AND NEW.hidden_at IS NULL)
    OR (NEW.kind = 'question' AND NEW.deleted_at IS NULL AND NEW.hidden_at IS NULL AND (
        OLD.community_id IS NOT NEW.community_id
        OR (OLD.reply_count = 0) IS NOT (NEW.reply_count = 0)
        OR (OLD.accepted_post_id IS NULL) IS NOT (NEW.accepted_post_id IS NULL)))
BEGIN
    UPDATE communities SET
        questions_unanswered = questions_unanswered - (OLD.reply_count = 0),
        questions_unsolved = questions_unsolved - (OLD.accepted_post_id IS NULL),
        questions_solved = questions_solved - (OLD.accepted_post_id IS NOT NULL)
    WHERE id = OLD.community_id
        AND OLD.kind = 'question' AND OLD.deleted_at IS NULL AND OLD.hidden_at IS NULL;
    UPDATE communities SET
        questions_unanswered = questions_unanswered + (NEW.reply_count = 0),
        questions_unsolved = questions_unsolved + (NEW.accepted_post_id IS NULL),
        questions_solved = questions_solved + (NEW.accepted_post_id IS NOT NULL)
    WHERE id = NEW.community_id
        AND NEW.kind = 'question' AND NEW.deleted_at IS NULL AND NEW.hidden_at IS NULL;
END;
