-- Indexes found missing by the benchmark harness (bench/run, BENCHMARKS.md) on data set M.
-- Columns a query only filters on are part of the index, so the answer is read from the
-- index alone: SQLite does not take a partial index's condition as covering its column.

-- A member's profile shows their help record: answers to questions are counted over that
-- member's posts with their threads and positions. Before, every post of a prolific member
-- was read from the table (85 ms for a member with 24,000 posts).
CREATE INDEX posts_by_author_thread ON posts (author_id, thread_id, position, deleted_at);

-- The same record counts accepted answers: for each of the member's posts, whether a thread
-- accepted it.
CREATE INDEX threads_by_accepted_post ON threads (accepted_post_id, deleted_at)
    WHERE accepted_post_id IS NOT NULL;

-- The tabs of the mutual-help page count the questions by state on every view of the page.
-- The community comes last: placed second, SQLite took this index for the list of
-- unanswered questions too, community by community, and sorted the result.
CREATE INDEX threads_question_counts
    ON threads (kind, reply_count, accepted_post_id, deleted_at, hidden_at, community_id);

-- Unanswered questions, newest activity first, read in order (the older index of questions
-- puts the accepted answer before the reply count, so every question had to be sorted).
CREATE INDEX threads_unanswered ON threads (kind, reply_count, last_post_at, id);
