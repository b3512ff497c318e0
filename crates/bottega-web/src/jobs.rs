//! This node's job worker: takes due jobs from the database queue and runs them. Any node may
//! run any job; a request that enqueues work wakes the local worker at once.

use std::time::Duration;

use bottega_mail::{Email, Mailer};
use bottega_storage::{jobs, Db};
use tokio_util::sync::CancellationToken;

use crate::state::AppState;

pub const SEND_EMAIL: &str = "send-email";
pub const HOUSEKEEPING: &str = "housekeeping";
/// Removes stored files that no database row refers to (see `sharing::upload::sweep_orphans`).
pub const SWEEP_FILES: &str = "sweep-files";

/// Jobs leased at once. A burst of replies queues two jobs each; taking them in batches, and
/// recording the finished ones with the next claim ([`jobs::settle_and_claim`]), keeps the
/// queue from taking SQLite's single writer twice for every job.
pub const BATCH: i64 = 8;

/// Kinds of job that may run for minutes (they go through every member or every file).
const RUN_LONG: &[&str] = &[crate::features::notifications::DIGEST, SWEEP_FILES];

/// Runs until `stop` is cancelled; finishes the job in hand first, and hands back the rest of
/// its batch.
pub async fn run_worker(state: AppState, mailer: Mailer, stop: CancellationToken) {
    tracing::info!(mail = %mailer.describe(), "job worker started");
    let mut last_housekeeping = std::time::Instant::now() - Duration::from_secs(3600);
    let mut settled = jobs::Settled::default();
    loop {
        if stop.is_cancelled() {
            break;
        }
        if last_housekeeping.elapsed() > Duration::from_secs(3600) {
            housekeeping(&state.db).await;
            schedule_daily(&state, "digest", crate::features::notifications::DIGEST).await;
            schedule_daily(&state, "sweep-files", SWEEP_FILES).await;
            last_housekeeping = std::time::Instant::now();
        }
        match jobs::settle_and_claim(&state.db, &settled, BATCH).await {
            Ok(batch) if batch.is_empty() => settled = jobs::Settled::default(),
            Ok(batch) => {
                settled = run_batch(&state, &mailer, batch, &stop).await;
                continue;
            }
            // What was settled is tried again with the next claim.
            Err(e) => tracing::error!(error = %e, "could not claim a job"),
        }
        tokio::select! {
            _ = stop.cancelled() => break,
            _ = state.jobs_wakeup.notified() => {}
            _ = tokio::time::sleep(Duration::from_secs(2)) => {}
        }
    }
    if let Err(e) = jobs::settle(&state.db, &settled).await {
        tracing::error!(error = %e, "could not record the last jobs' outcome");
    }
    tracing::info!("job worker stopped");
}

/// Runs a leased batch in order. A failed job is recorded at once (it is retried later); the
/// others are returned to be recorded with the next claim. Once half the lease has passed, or
/// the node is stopping, the jobs not yet started are handed back rather than run late.
async fn run_batch(
    state: &AppState,
    mailer: &Mailer,
    batch: Vec<jobs::Job>,
    stop: &CancellationToken,
) -> jobs::Settled {
    let leased = std::time::Instant::now();
    let lease = Duration::from_millis(u64::try_from(jobs::LEASE).unwrap_or(0));
    let mut settled = jobs::Settled::default();
    for job in batch {
        if stop.is_cancelled() || leased.elapsed() > lease / 2 {
            settled.unstarted.push(job.id);
            continue;
        }
        // Jobs done but not yet recorded stay leased; before a job that may run for minutes
        // (or once the batch has run a while) they are recorded, so that their lease cannot run
        // out while this one runs and another node run them again.
        let long = RUN_LONG.contains(&job.kind.as_str()) || leased.elapsed() > lease / 4;
        if long && !settled.done.is_empty() {
            let done = jobs::Settled {
                done: std::mem::take(&mut settled.done),
                unstarted: Vec::new(),
            };
            if let Err(e) = jobs::settle(&state.db, &done).await {
                tracing::error!(error = %e, "could not record the jobs' outcome");
                settled.done = done.done;
            }
        }
        let started = std::time::Instant::now();
        let result = run_one(state, mailer, &job).await;
        metrics::histogram!("bottega_job_seconds", "kind" => job.kind.clone())
            .record(started.elapsed().as_secs_f64());
        match result {
            Ok(()) => settled.done.push(job.id),
            Err(e) => {
                tracing::warn!(job = job.id, kind = %job.kind, attempt = job.attempts, error = %e, "job failed");
                if let Err(e) = jobs::fail(&state.db, &job, &e.to_string()).await {
                    tracing::error!(error = %e, "could not record the job outcome");
                }
            }
        }
    }
    settled
}

async fn run_one(state: &AppState, mailer: &Mailer, job: &jobs::Job) -> anyhow::Result<()> {
    use crate::features::notifications;
    match job.kind.as_str() {
        SEND_EMAIL => {
            let email: Email = serde_json::from_str(&job.payload)?;
            mailer.send(&email).await?;
            Ok(())
        }
        notifications::NEW_POST => notifications::run_new_post(state, &job.payload).await,
        notifications::NOTIFY_EMAIL => notifications::send_one(state, mailer, &job.payload).await,
        notifications::DIGEST => notifications::send_digests(state, mailer).await,
        SWEEP_FILES => {
            let removed = crate::features::sharing::upload::sweep_orphans(state).await?;
            tracing::info!(removed, "file store swept");
            Ok(())
        }
        crate::features::simulation::DEADLINE_JOB => {
            crate::features::simulation::run_deadline(state, &job.payload).await
        }
        other => anyhow::bail!("unknown job kind {other}"),
    }
}

/// Queues a daily job (the digest, the file sweep) once a day, after 06:00 UTC. Several nodes
/// may try; the day's key in the settings table lets exactly one of them succeed.
async fn schedule_daily(state: &AppState, name: &str, kind: &str) {
    use chrono::Timelike;
    let now = chrono::Utc::now();
    if now.hour() < 6 {
        return;
    }
    let key = format!("{name}:{}", now.format("%Y-%m-%d"));
    let result = async {
        let mut tx = state.db.begin().await?;
        if bottega_storage::settings::claim_once(&mut tx, &key).await? {
            jobs::enqueue(&mut tx, kind, &()).await?;
        }
        tx.commit().await?;
        Ok::<(), bottega_storage::StorageError>(())
    }
    .await;
    if let Err(e) = result {
        tracing::warn!(error = %e, job = name, "could not schedule a daily job");
    }
}

async fn housekeeping(db: &Db) {
    let s = bottega_storage::sessions::purge_expired(db).await;
    let r = bottega_storage::rate::purge_old(db).await;
    let j = jobs::purge_done(db).await;
    tracing::debug!(?s, ?r, ?j, "housekeeping");
}
