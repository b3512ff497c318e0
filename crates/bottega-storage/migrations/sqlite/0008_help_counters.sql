-- The help record on a member's profile (answers to questions, accepted answers, questions
-- asked) is kept as counters, changed in the same transaction as the post or thread they count
-- (communication::threads::add_help). Counted over all of a member's posts on every profile
-- view, it cost 9 to 19 ms for the most active member of data set M. A table of its own rather
-- than columns on users: the wide users row (bio, password hash, indexed columns) would get a
-- new version on every reply, locked meanwhile against account and profile changes; this
-- narrow row changes alone and is found by its key. A member without a row has done none of it.
-- On SQLite the key is an INTEGER PRIMARY KEY, the table's own row id: one lookup, no index.
CREATE TABLE member_help_counts (
    user_id INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    answers BIGINT NOT NULL DEFAULT 0,
    accepted BIGINT NOT NULL DEFAULT 0,
    questions BIGINT NOT NULL DEFAULT 0
);

-- The counters of what is there already, by the rules of threads::help_recount: answers are
-- the replies not deleted in questions (deleted questions too), accepted answers the posts a
-- thread not deleted has accepted, questions those not deleted.
INSERT INTO member_help_counts (user_id, answers, accepted, questions)
SELECT user_id, SUM(answers), SUM(accepted), SUM(questions) FROM (
    SELECT p.author_id AS user_id, 1 AS answers, 0 AS accepted, 0 AS questions
    FROM posts p JOIN threads t ON t.id = p.thread_id
    WHERE p.author_id IS NOT NULL AND p.position > 1 AND t.kind = 'question' AND p.deleted_at IS NULL
    UNION ALL
    SELECT p.author_id, 0, 1, 0 FROM posts p
    WHERE p.author_id IS NOT NULL AND p.id IN
        (SELECT t.accepted_post_id FROM threads t WHERE t.accepted_post_id IS NOT NULL AND t.deleted_at IS NULL)
    UNION ALL
    SELECT t.author_id, 0, 0, 1 FROM threads t
    WHERE t.author_id IS NOT NULL AND t.kind = 'question' AND t.deleted_at IS NULL
) AS c
GROUP BY user_id;
