//! Threads: a discussion or a question, opened by its first post.

use bottega_domain::{Country, Language, OrgType, Sector};
use sqlx::FromRow;

use super::{outbox, Cursor, Reader};
use crate::{now, Conn, Db, StorageError, StorageResult};

pub const DISCUSSION: &str = "discussion";
pub const QUESTION: &str = "question";

/// A thread as lists and pages show it, with its community and, for a signed-in reader, how far
/// they have read it.
#[derive(Debug, Clone, FromRow)]
pub struct Thread {
    pub id: i64,
    pub community_id: i64,
    pub community_slug: String,
    pub community_name: String,
    pub community_visibility: String,
    /// The thread belongs to an archived working group's discussion: kept to be read only.
    #[sqlx(try_from = "crate::flag::Flag")]
    pub community_read_only: bool,
    pub kind: String,
    pub title: String,
    pub author_id: Option<i64>,
    pub author_name: Option<String>,
    pub lang: String,
    pub country: Option<String>,
    pub sector: Option<String>,
    pub org_type: Option<String>,
    #[sqlx(try_from = "crate::flag::Flag")]
    pub pinned: bool,
    #[sqlx(try_from = "crate::flag::Flag")]
    pub locked: bool,
    pub hidden_at: Option<i64>,
    pub deleted_at: Option<i64>,
    pub accepted_post_id: Option<i64>,
    pub post_seq: i64,
    pub reply_count: i64,
    pub created_at: i64,
    pub last_post_at: i64,
    pub last_post_by_name: Option<String>,
    /// The last position this reader has seen; `None` if never opened (or anonymous).
    pub last_read: Option<i64>,
}

impl Thread {
    pub fn is_question(&self) -> bool {
        self.kind == QUESTION
    }
    pub fn is_solved(&self) -> bool {
        self.accepted_post_id.is_some()
    }
    /// Posts this reader has not seen yet (all of them for a thread never opened).
    pub fn unread(&self) -> i64 {
        (self.post_seq - self.last_read.unwrap_or(0)).max(0)
    }
    pub fn language(&self) -> Option<Language> {
        Language::parse(&self.lang)
    }
}

/// The columns of [`Thread`]. Callers add `c.id = t.community_id` to their conditions: the
/// communities come in through a CROSS JOIN, which SQLite reads as "threads first". Lists are
/// read in order from an index of threads and stop after a page; left free, SQLite started from
/// the few communities instead and sorted every thread of all of them (15 to 25 ms a page of
/// the mutual-help list on data set M). PostgreSQL plans it as any inner join.
const SELECT: &str = "SELECT t.id, t.community_id, c.slug AS community_slug, c.name AS community_name, \
    c.visibility AS community_visibility, c.read_only AS community_read_only, t.kind, t.title, t.author_id, a.display_name AS author_name, \
    t.lang, t.country, t.sector, t.org_type, t.pinned, t.locked, t.hidden_at, t.deleted_at, \
    t.accepted_post_id, t.post_seq, t.reply_count, t.created_at, t.last_post_at, \
    lp.display_name AS last_post_by_name, r.last_position AS last_read \
    FROM threads t CROSS JOIN communities c \
    LEFT JOIN users a ON a.id = t.author_id \
    LEFT JOIN users lp ON lp.id = t.last_post_by \
    LEFT JOIN thread_reads r ON r.thread_id = t.id AND r.user_id = $1";

pub struct NewThread<'a> {
    pub community_id: i64,
    pub kind: &'a str,
    pub title: &'a str,
    pub author_id: i64,
    pub lang: Language,
    pub lang_detected: bool,
    pub country: Option<Country>,
    pub sector: Option<Sector>,
    pub org_type: Option<OrgType>,
    pub body_md: &'a str,
    pub body_html: &'a str,
}

/// Opens a thread with its first post; the author follows it. Returns (thread id, post id).
pub async fn create(conn: &mut Conn, t: &NewThread<'_>) -> StorageResult<(i64, i64)> {
    let at = now();
    let thread_id: i64 = sqlx::query_scalar(
        "INSERT INTO threads (community_id, kind, title, author_id, lang, country, sector, org_type, \
         post_seq, reply_count, created_at, last_post_at, last_post_by) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1, 0, $9, $9, $4) RETURNING id",
    )
    .bind(t.community_id)
    .bind(t.kind)
    .bind(t.title)
    .bind(t.author_id)
    .bind(t.lang.code())
    .bind(t.country.map(Country::code))
    .bind(t.sector.map(Sector::code))
    .bind(t.org_type.map(OrgType::code))
    .bind(at)
    .fetch_one(&mut *conn)
    .await?;
    let post_id: i64 = sqlx::query_scalar(
        "INSERT INTO posts (thread_id, position, author_id, body_md, body_html, lang, lang_detected, created_at) \
         VALUES ($1, 1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(thread_id)
    .bind(t.author_id)
    .bind(t.body_md)
    .bind(t.body_html)
    .bind(t.lang.code())
    .bind(t.lang_detected)
    .bind(at)
    .fetch_one(&mut *conn)
    .await?;
    sqlx::query(
        "UPDATE communities SET thread_count = thread_count + 1, post_count = post_count + 1, \
         last_post_at = $1 WHERE id = $2",
    )
    .bind(at)
    .bind(t.community_id)
    .execute(&mut *conn)
    .await?;
    if t.kind == QUESTION {
        add_help(conn, &[(Some(t.author_id), HelpRecord::questions(1))]).await?;
    }
    follow(conn, thread_id, t.author_id).await?;
    outbox(conn, "thread", thread_id).await?;
    Ok((thread_id, post_id))
}

/// One thread, if this reader may see its community. Hidden and deleted threads are returned
/// too: the page decides what to show of them.
pub async fn visible(db: &Db, reader: &Reader, id: i64) -> StorageResult<Option<Thread>> {
    Ok(sqlx::query_as(&format!(
        "{SELECT} WHERE c.id = t.community_id AND t.id = $2 AND {}",
        reader.visible_sql(1)
    ))
    .bind(reader.bind_id())
    .bind(id)
    .fetch_optional(db.reader())
    .await?)
}

/// What a list of threads is filtered by.
#[derive(Debug, Clone, Default)]
pub struct ThreadFilter {
    pub community_id: Option<i64>,
    pub kind: Option<&'static str>,
    /// Only threads in these languages (empty: any).
    pub languages: Vec<Language>,
    pub state: QuestionState,
    pub country: Option<Country>,
    pub sector: Option<Sector>,
    pub org_type: Option<OrgType>,
    /// Pinned threads are listed apart, above the others.
    pub pinned: Option<bool>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum QuestionState {
    #[default]
    Any,
    /// No answer yet.
    Unanswered,
    /// No accepted solution yet.
    Unsolved,
    Solved,
}

impl QuestionState {
    pub fn code(self) -> &'static str {
        match self {
            QuestionState::Any => "",
            QuestionState::Unanswered => "unanswered",
            QuestionState::Unsolved => "unsolved",
            QuestionState::Solved => "solved",
        }
    }
    pub fn parse(s: &str) -> QuestionState {
        match s {
            "unanswered" => QuestionState::Unanswered,
            "unsolved" => QuestionState::Unsolved,
            "solved" => QuestionState::Solved,
            _ => QuestionState::Any,
        }
    }
}

/// A page of threads, newest activity first, after `after` (keyset paging). Returns the page
/// and the cursor of the next one, if there is more.
pub async fn list(
    db: &Db,
    reader: &Reader,
    f: &ThreadFilter,
    after: Option<Cursor>,
    limit: i64,
) -> StorageResult<(Vec<Thread>, Option<Cursor>)> {
    // Only the filters that are set go into the SQL, each as a plain comparison. A catch-all
    // form such as `($3 = 0 OR t.community_id = $3)` cannot be used to search an index: the
    // planner walked every thread of every community and sorted them (13 ms a page on data
    // set M); with `t.community_id = $n` it reads the page straight from the index in order.
    let mut binds: Vec<Bind> = vec![Bind::Int(reader.bind_id())];
    let mut sql = format!(
        "{SELECT} WHERE c.id = t.community_id AND {} AND t.deleted_at IS NULL",
        reader.visible_sql(1)
    );
    if !reader.staff {
        sql.push_str(" AND t.hidden_at IS NULL");
    }
    let mut eq = |sql: &mut String, column: &str, value: Bind| {
        binds.push(value);
        sql.push_str(&format!(" AND t.{column} = ${}", binds.len()));
    };
    if let Some(id) = f.community_id {
        eq(&mut sql, "community_id", Bind::Int(id));
    }
    if let Some(kind) = f.kind {
        eq(&mut sql, "kind", Bind::Str(kind));
    }
    if let Some(country) = f.country {
        eq(&mut sql, "country", Bind::Str(country.code()));
    }
    if let Some(sector) = f.sector {
        eq(&mut sql, "sector", Bind::Str(sector.code()));
    }
    if let Some(org_type) = f.org_type {
        eq(&mut sql, "org_type", Bind::Str(org_type.code()));
    }
    match f.state {
        QuestionState::Any => {}
        QuestionState::Unanswered => sql.push_str(" AND t.reply_count = 0"),
        QuestionState::Unsolved => sql.push_str(" AND t.accepted_post_id IS NULL"),
        QuestionState::Solved => sql.push_str(" AND t.accepted_post_id IS NOT NULL"),
    }
    match f.pinned {
        Some(true) => sql.push_str(" AND t.pinned = TRUE"),
        Some(false) => sql.push_str(" AND t.pinned = FALSE"),
        None => {}
    }
    if !f.languages.is_empty() {
        sql.push_str(&format!(
            " AND t.lang IN ({})",
            crate::placeholders(binds.len() + 1, f.languages.len())
        ));
        binds.extend(f.languages.iter().map(|l| Bind::Str(l.code())));
    }
    // A cursor of 0 (an old or hand-made link) means the first page.
    if let Some(c) = after.filter(|c| c.at != 0) {
        let n = binds.len();
        sql.push_str(&format!(
            " AND (t.last_post_at < ${} OR (t.last_post_at = ${} AND t.id < ${}))",
            n + 1,
            n + 1,
            n + 2
        ));
        binds.push(Bind::Int(c.at));
        binds.push(Bind::Int(c.id));
    }
    sql.push_str(&format!(
        " ORDER BY t.last_post_at DESC, t.id DESC LIMIT {}",
        limit + 1
    ));
    let mut q = sqlx::query_as::<_, Thread>(&sql);
    for b in binds {
        q = match b {
            Bind::Int(v) => q.bind(v),
            Bind::Str(v) => q.bind(v),
        };
    }
    let mut rows = q.fetch_all(db.reader()).await?;
    let next = if rows.len() as i64 > limit {
        rows.truncate(limit as usize);
        rows.last().map(|t| Cursor {
            at: t.last_post_at,
            id: t.id,
        })
    } else {
        None
    };
    Ok((rows, next))
}

/// A value bound to a placeholder of a query built piece by piece.
enum Bind {
    Int(i64),
    Str(&'static str),
}

/// Counts of questions per state for the tabs of the mutual-help page: unanswered, unsolved,
/// solved, over the communities this reader may see.
///
/// Each community keeps its counts, changed by triggers on `threads` (migration 0012), so this
/// adds up a row per community. Counting the questions themselves, one pass over an index of
/// all of them, cost 2 ms a page on data set M; [`question_recount`] still does, for tests.
pub async fn question_counts(db: &Db, reader: &Reader) -> StorageResult<(i64, i64, i64)> {
    Ok(sqlx::query_as(&format!(
        "SELECT CAST(COALESCE(SUM(c.questions_unanswered), 0) AS BIGINT), \
         CAST(COALESCE(SUM(c.questions_unsolved), 0) AS BIGINT), \
         CAST(COALESCE(SUM(c.questions_solved), 0) AS BIGINT) \
         FROM communities c WHERE {}",
        reader.visible_sql(1)
    ))
    .bind(reader.bind_id())
    .fetch_one(db.reader())
    .await?)
}

/// [`question_counts`] counted from the questions themselves: what the communities' counts must
/// always be.
///
/// The visible communities are a list the questions are checked against, so the count is one
/// pass over an index of questions (migration 0005). As a join, SQLite chose to start from the
/// communities and read every question's row.
pub async fn question_recount(db: &Db, reader: &Reader) -> StorageResult<(i64, i64, i64)> {
    Ok(sqlx::query_as(&format!(
        "SELECT COALESCE(SUM(CASE WHEN t.reply_count = 0 THEN 1 ELSE 0 END), 0), \
         COALESCE(SUM(CASE WHEN t.accepted_post_id IS NULL THEN 1 ELSE 0 END), 0), \
         COALESCE(SUM(CASE WHEN t.accepted_post_id IS NOT NULL THEN 1 ELSE 0 END), 0) \
         FROM threads t \
         WHERE t.kind = 'question' AND t.deleted_at IS NULL AND t.hidden_at IS NULL \
         AND t.community_id IN (SELECT c.id FROM communities c WHERE {})",
        reader.visible_sql(1)
    ))
    .bind(reader.bind_id())
    .fetch_one(db.reader())
    .await?)
}

/// Questions whose titles share words with `title`, for suggestions while asking.
pub async fn similar_questions(
    db: &Db,
    reader: &Reader,
    title: &str,
    limit: i64,
) -> StorageResult<Vec<(i64, String, bool)>> {
    let mut words: Vec<String> = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4)
        .map(|w| w.to_lowercase())
        .collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
    words.dedup();
    words.truncate(6);
    if words.is_empty() {
        return Ok(Vec::new());
    }
    // A word matches by its first letters, so "mentors" finds "mentoring"; the questions sharing
    // most words come first. SQLite's LOWER and LIKE fold the case of ASCII letters only, so a
    // word is also looked for capitalised and in capitals as typed in titles ("Überbetriebliche",
    // "ОБУЧЕНИЕ"); PostgreSQL finds those through LOWER already.
    let score: Vec<String> = (0..words.len())
        .map(|i| {
            let n = 2 + 3 * i;
            format!(
                "(CASE WHEN LOWER(t.title) LIKE ${n} ESCAPE '\\' OR t.title LIKE ${} ESCAPE '\\' \
                 OR t.title LIKE ${} ESCAPE '\\' THEN 1 ELSE 0 END)",
                n + 1,
                n + 2
            )
        })
        .collect();
    let sql = format!(
        "SELECT t.id, t.title, CASE WHEN t.accepted_post_id IS NULL THEN 0 ELSE 1 END AS solved, {score} AS score \
         FROM threads t JOIN communities c ON c.id = t.community_id \
         WHERE t.kind = 'question' AND t.deleted_at IS NULL AND t.hidden_at IS NULL AND {vis} \
         AND {score} > 0 ORDER BY score DESC, t.last_post_at DESC LIMIT {limit}",
        score = score.join(" + "),
        vis = reader.visible_sql(1),
    );
    let mut q = sqlx::query_as::<_, (i64, String, i64, i64)>(&sql).bind(reader.bind_id());
    for w in &words {
        let stem: String = w.chars().take(6).collect();
        let mut chars = stem.chars();
        let capitalised: String = chars
            .next()
            .map(|first| first.to_uppercase().chain(chars).collect())
            .unwrap_or_default();
        for variant in [stem.clone(), capitalised, stem.to_uppercase()] {
            q = q.bind(format!("%{}%", crate::accounts::escape_like(&variant)));
        }
    }
    Ok(q.fetch_all(db.reader())
        .await?
        .into_iter()
        .map(|(id, title, solved, _)| (id, title, solved == 1))
        .collect())
}

pub async fn follow(conn: &mut Conn, thread_id: i64, user_id: i64) -> StorageResult<()> {
    sqlx::query(
        "INSERT INTO thread_follows (thread_id, user_id, created_at) VALUES ($1, $2, $3) \
         ON CONFLICT (thread_id, user_id) DO NOTHING",
    )
    .bind(thread_id)
    .bind(user_id)
    .bind(now())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub async fn unfollow(conn: &mut Conn, thread_id: i64, user_id: i64) -> StorageResult<()> {
    sqlx::query("DELETE FROM thread_follows WHERE thread_id = $1 AND user_id = $2")
        .bind(thread_id)
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub async fn is_following(db: &Db, thread_id: i64, user_id: i64) -> StorageResult<bool> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM thread_follows WHERE thread_id = $1 AND user_id = $2",
    )
    .bind(thread_id)
    .bind(user_id)
    .fetch_one(db.reader())
    .await?;
    Ok(n > 0)
}

pub async fn followers(conn: &mut Conn, thread_id: i64) -> StorageResult<Vec<i64>> {
    Ok(
        sqlx::query_scalar("SELECT user_id FROM thread_follows WHERE thread_id = $1")
            .bind(thread_id)
            .fetch_all(&mut *conn)
            .await?,
    )
}

/// Moves a reader's read position forward (never back).
pub async fn mark_read(db: &Db, thread_id: i64, user_id: i64, position: i64) -> StorageResult<()> {
    let mut tx = db.begin().await?;
    sqlx::query(
        "INSERT INTO thread_reads (thread_id, user_id, last_position, read_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (user_id, thread_id) DO UPDATE SET \
         last_position = CASE WHEN excluded.last_position > thread_reads.last_position \
         THEN excluded.last_position ELSE thread_reads.last_position END, read_at = excluded.read_at",
    )
    .bind(thread_id)
    .bind(user_id)
    .bind(position)
    .bind(now())
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Marks `post_id` (an answer in this question) as the accepted solution, or clears it.
pub async fn set_accepted(
    conn: &mut Conn,
    thread_id: i64,
    post_id: Option<i64>,
) -> StorageResult<()> {
    if let Some(p) = post_id {
        let ok: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM posts WHERE id = $1 AND thread_id = $2 AND position > 1 \
             AND deleted_at IS NULL AND hidden_at IS NULL",
        )
        .bind(p)
        .bind(thread_id)
        .fetch_one(&mut *conn)
        .await?;
        if ok == 0 {
            return Err(StorageError::NotFound);
        }
    }
    // The answer accepted until now, read with the thread's row locked on PostgreSQL (SQLite
    // runs one writing transaction at a time): two people changing it at the same moment would
    // otherwise both take the count from the same answer's author.
    let lock = if crate::locks_rows(conn) {
        " FOR NO KEY UPDATE"
    } else {
        ""
    };
    let current: Option<(Option<i64>, Option<i64>)> = sqlx::query_as(&format!(
        "SELECT accepted_post_id, deleted_at FROM threads WHERE id = $1 AND kind = 'question'{lock}"
    ))
    .bind(thread_id)
    .fetch_optional(&mut *conn)
    .await?;
    sqlx::query("UPDATE threads SET accepted_post_id = $1 WHERE id = $2 AND kind = 'question'")
        .bind(post_id)
        .bind(thread_id)
        .execute(&mut *conn)
        .await?;
    // A deleted thread's accepted answer counts for nobody, before or after.
    if let Some((before, None)) = current {
        if before != post_id {
            let mut changes = Vec::with_capacity(2);
            for (post, n) in [(before, -1), (post_id, 1)] {
                if let Some(post) = post {
                    changes.push((post_author(conn, post).await?, HelpRecord::accepted(n)));
                }
            }
            add_help(conn, &changes).await?;
        }
    }
    outbox(conn, "thread", thread_id).await
}

/// The author of a post (`None` for a post whose author's account is gone, or no post).
pub(crate) async fn post_author(conn: &mut Conn, post_id: i64) -> StorageResult<Option<i64>> {
    Ok(
        sqlx::query_scalar::<_, Option<i64>>("SELECT author_id FROM posts WHERE id = $1")
            .bind(post_id)
            .fetch_optional(&mut *conn)
            .await?
            .flatten(),
    )
}

/// Changes the title (by its author or a moderator).
pub async fn set_title(conn: &mut Conn, thread_id: i64, title: &str) -> StorageResult<()> {
    sqlx::query("UPDATE threads SET title = $1 WHERE id = $2")
        .bind(title)
        .bind(thread_id)
        .execute(&mut *conn)
        .await?;
    outbox(conn, "thread", thread_id).await
}

/// What people have contributed to mutual help, for the recognition shown on profiles.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, FromRow)]
pub struct HelpRecord {
    pub answers: i64,
    pub accepted: i64,
    pub questions: i64,
}

/// A change of one figure of a help record, as the write paths add them up ([`add_help`]).
impl HelpRecord {
    pub(crate) fn answers(n: i64) -> HelpRecord {
        HelpRecord {
            answers: n,
            ..HelpRecord::default()
        }
    }
    pub(crate) fn accepted(n: i64) -> HelpRecord {
        HelpRecord {
            accepted: n,
            ..HelpRecord::default()
        }
    }
    pub(crate) fn questions(n: i64) -> HelpRecord {
        HelpRecord {
            questions: n,
            ..HelpRecord::default()
        }
    }
}

/// Answers, accepted answers and questions of one member, from the counters kept with every
/// change (migration 0008): one lookup by key, however much the member wrote. Counted over the
/// member's posts instead ([`help_recount`]), it cost 9 to 19 ms for the most active member of
/// data set M.
pub async fn help_record(db: &Db, user_id: i64) -> StorageResult<HelpRecord> {
    Ok(sqlx::query_as(
        "SELECT answers, accepted, questions FROM member_help_counts WHERE user_id = $1",
    )
    .bind(user_id)
    .fetch_optional(db.reader())
    .await?
    .unwrap_or_default())
}

/// The help record counted from the posts and threads themselves: the rules the counters follow.
/// Answers are the member's replies not deleted in questions (deleted questions too), accepted
/// answers their posts that a thread not deleted has accepted, questions the questions they
/// asked that are not deleted. For tests and repairs; profiles read [`help_record`].
pub async fn help_recount<'e, E>(db: E, user_id: i64) -> StorageResult<HelpRecord>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    Ok(sqlx::query_as(
        "SELECT \
         (SELECT COUNT(*) FROM posts p JOIN threads t ON t.id = p.thread_id \
          WHERE p.author_id = $1 AND p.position > 1 AND t.kind = 'question' AND p.deleted_at IS NULL) AS answers, \
         (SELECT COUNT(*) FROM posts p WHERE p.author_id = $1 AND EXISTS \
          (SELECT 1 FROM threads t WHERE t.accepted_post_id = p.id AND t.deleted_at IS NULL)) AS accepted, \
         (SELECT COUNT(*) FROM threads t WHERE t.author_id = $1 AND t.kind = 'question' AND t.deleted_at IS NULL) AS questions",
    )
    .bind(user_id)
    .fetch_one(db)
    .await?)
}

/// Changes the help counters of members, in the transaction of the change they count: each
/// `(member, change)` adds its figures (negative ones take away). Members are updated in order
/// of their ids, so two transactions changing the same two members never wait for each other
/// crosswise (a deadlock on PostgreSQL); posts of deleted accounts (`None`) count for nobody.
pub(crate) async fn add_help(
    conn: &mut Conn,
    changes: &[(Option<i64>, HelpRecord)],
) -> StorageResult<()> {
    let mut by_member = std::collections::BTreeMap::<i64, HelpRecord>::new();
    for (member, change) in changes {
        if let Some(member) = member {
            let sum = by_member.entry(*member).or_default();
            sum.answers += change.answers;
            sum.accepted += change.accepted;
            sum.questions += change.questions;
        }
    }
    for (member, c) in by_member {
        if (c.answers, c.accepted, c.questions) == (0, 0, 0) {
            continue;
        }
        sqlx::query(
            "INSERT INTO member_help_counts (user_id, answers, accepted, questions) \
             VALUES ($1, $2, $3, $4) ON CONFLICT (user_id) DO UPDATE SET \
             answers = member_help_counts.answers + excluded.answers, \
             accepted = member_help_counts.accepted + excluded.accepted, \
             questions = member_help_counts.questions + excluded.questions",
        )
        .bind(member)
        .bind(c.answers)
        .bind(c.accepted)
        .bind(c.questions)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// Counts the help record of every member afresh, in one statement, by the rules of
/// [`help_recount`] (the back-fill of migration 0008, which also resets counters gone stale).
/// For data written around the functions of this module, such as the benchmark generator's
/// bulk inserts, and to repair. Returns the number of counter rows written.
pub async fn fill_help_counts(conn: &mut Conn) -> StorageResult<u64> {
    Ok(sqlx::query(
        "INSERT INTO member_help_counts (user_id, answers, accepted, questions) \
         SELECT user_id, SUM(answers), SUM(accepted), SUM(questions) FROM ( \
         SELECT p.author_id AS user_id, 1 AS answers, 0 AS accepted, 0 AS questions \
         FROM posts p JOIN threads t ON t.id = p.thread_id \
         WHERE p.author_id IS NOT NULL AND p.position > 1 AND t.kind = 'question' AND p.deleted_at IS NULL \
         UNION ALL \
         SELECT p.author_id, 0, 1, 0 FROM posts p \
         WHERE p.author_id IS NOT NULL AND p.id IN \
         (SELECT t.accepted_post_id FROM threads t WHERE t.accepted_post_id IS NOT NULL AND t.deleted_at IS NULL) \
         UNION ALL \
         SELECT t.author_id, 0, 0, 1 FROM threads t \
         WHERE t.author_id IS NOT NULL AND t.kind = 'question' AND t.deleted_at IS NULL \
         UNION ALL \
         SELECT h.user_id, 0, 0, 0 FROM member_help_counts h \
         ) AS c GROUP BY user_id \
         ON CONFLICT (user_id) DO UPDATE SET answers = excluded.answers, \
         accepted = excluded.accepted, questions = excluded.questions",
    )
    .execute(&mut *conn)
    .await?
    .rows_affected())
}
