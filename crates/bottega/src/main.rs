//! The `bottega` command: one binary that serves the platform, migrates its database, loads
//! demo data and carries out administrators' tasks.

mod demo;
mod demo_collaboration;
mod demo_communication;
mod demo_cooperation;
mod demo_sharing;
mod demo_simulation;
mod demo_time;
mod generate;

use std::net::SocketAddr;
use std::path::PathBuf;

use anyhow::Context;
use bottega_domain::{password, validate, SiteRole};
use bottega_storage::{accounts, Db};
use bottega_web::config::Config;
use clap::{Parser, Subcommand};
use tokio_util::sync::CancellationToken;

/// mimalloc instead of the system allocator: a page allocates and frees thousands of small
/// values (rows, strings, the page itself) across threads, which took 15% of the CPU of a
/// thread list in glibc's malloc and left long-lived fragmentation after bursts. The crate's
/// `override` feature also replaces `malloc` itself, which the bundled SQLite calls for every
/// value it hands out (another 5% of a thread list in glibc's allocator).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "bottega",
    version,
    about = "The community platform for vocational education and training"
)]
struct Cli {
    /// Configuration file (TOML). Default: ./bottega.toml when it exists.
    #[arg(long, global = true, env = "BOTTEGA_CONFIG")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web server (migrates the database first).
    Serve {
        /// Fill an empty database with demo data first.
        #[arg(long)]
        demo: bool,
    },
    /// Apply database migrations and exit.
    Migrate,
    /// Load demo data (organisations, people) into the database.
    Demo,
    /// Administrators' tasks.
    Admin {
        #[command(subcommand)]
        task: AdminTask,
    },
    /// Print the effective configuration, with secrets hidden.
    Config,
    /// Rebuild the search index from the database (or ask the running servers to).
    Reindex,
    /// Fill an empty database with a large deterministic data set for benchmarks.
    Generate(generate::Args),
}

#[derive(Subcommand)]
enum AdminTask {
    /// Create a site administrator (or make an existing account one).
    Create {
        #[arg(long)]
        email: String,
        #[arg(long, default_value = "Administrator")]
        name: String,
        /// The password; read from BOTTEGA_ADMIN_PASSWORD, or generated and printed.
        #[arg(long, env = "BOTTEGA_ADMIN_PASSWORD", hide_env_values = true)]
        password: Option<String>,
    },
    /// Set a new password for an account and end its sessions.
    ResetPassword {
        #[arg(long)]
        email: String,
        #[arg(long, env = "BOTTEGA_NEW_PASSWORD", hide_env_values = true)]
        password: Option<String>,
    },
    /// List accounts.
    ListUsers {
        /// Only names or addresses containing this text.
        #[arg(long, default_value = "")]
        filter: String,
    },
}

fn init_logging(config: &Config) {
    use tracing_subscriber::EnvFilter;
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(&config.log.filter));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(false);
    if config.log.format == "json" {
        builder.json().with_current_span(true).init();
    } else {
        builder.init();
    }
}

async fn open_db(config: &Config) -> anyhow::Result<Db> {
    let url = config.database_url();
    if url.starts_with("sqlite:") {
        std::fs::create_dir_all(&config.data_dir).with_context(|| {
            format!(
                "cannot create the data folder {}",
                config.data_dir.display()
            )
        })?;
    }
    let db = Db::connect(&url, config.database_max_connections)
        .await
        .with_context(|| {
            format!(
                "cannot open the database {}",
                bottega_web::config::redact_url(&url)
            )
        })?;
    db.migrate().await.context("migrating the database")?;
    // A new installation starts with the usual themes of the Communication section.
    bottega_storage::communication::communities::seed_defaults(&db)
        .await
        .context("creating the default communities")?;
    Ok(db)
}

/// Threads the runtime may start for blocking work (files, and what `bottega_web::cpu` lets
/// through). Tokio's default of 512 let bursts of requests start hundreds of threads, each
/// keeping memory of its own, for work two CPUs cannot do faster anyway.
const MAX_BLOCKING_THREADS: usize = 64;

fn main() -> std::process::ExitCode {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .max_blocking_threads(MAX_BLOCKING_THREADS)
        .build();
    match runtime {
        Ok(runtime) => runtime.block_on(start()),
        Err(e) => {
            eprintln!("bottega: cannot start the runtime: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn start() -> std::process::ExitCode {
    let cli = Cli::parse();
    let config = match Config::load(cli.config.as_deref()) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("bottega: {e:#}");
            return std::process::ExitCode::from(2);
        }
    };
    if !matches!(cli.command, Command::Config) {
        init_logging(&config);
    }
    match run(cli.command, config).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("bottega: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run(command: Command, config: Config) -> anyhow::Result<()> {
    match command {
        Command::Config => {
            print!("{}", config.redacted_toml());
            Ok(())
        }
        Command::Migrate => {
            let db = open_db(&config).await?;
            println!("Database migrated ({}).", db.engine().name());
            Ok(())
        }
        Command::Demo => {
            let db = open_db(&config).await?;
            demo::load(&db).await?;
            demo_sharing::load(&db, &config).await?;
            demo_simulation::load(&db).await?;
            demo_collaboration::load(&db).await?;
            demo_cooperation::load(&db).await
        }
        Command::Admin { task } => admin(task, &config).await,
        Command::Reindex => reindex(&config).await,
        Command::Generate(args) => generate::run(&config, args).await,
        Command::Serve { demo: with_demo } => serve(config, with_demo).await,
    }
}

async fn serve(config: Config, with_demo: bool) -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    let db = open_db(&config).await?;
    if with_demo {
        demo::load(&db).await?;
        demo_sharing::load(&db, &config).await?;
        demo_simulation::load(&db).await?;
        demo_collaboration::load(&db).await?;
        demo_cooperation::load(&db).await?;
    }
    let metrics = metrics_exporter_prometheus::PrometheusBuilder::new()
        .install_recorder()
        .ok();
    let mailer = bottega_mail::Mailer::new(
        Some(config.mail.smtp_url.as_str()),
        &config.mail.from,
        &config.mail_dir(),
    )?;
    let listen = config.listen.clone();
    let public = config.public_url();
    let state = bottega_web::build_state(config, db.clone(), metrics).await?;

    let background =
        bottega_web::background::Background::start(&state, mailer, CancellationToken::new());

    let app =
        bottega_web::router(state).layer(tower_http::timeout::TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            bottega_web::REQUEST_TIMEOUT,
        ));
    let listener = tokio::net::TcpListener::bind(&listen)
        .await
        .with_context(|| format!("cannot listen on {listen}"))?;
    let addr = listener.local_addr()?;
    // Without TCP_NODELAY, a response written in two parts (headers, then a streamed file)
    // waits for the client's delayed acknowledgement: 40 ms per download in the benchmark.
    let listener = axum::serve::ListenerExt::tap_io(listener, |tcp| {
        if let Err(e) = tcp.set_nodelay(true) {
            tracing::debug!(error = %e, "could not set TCP_NODELAY");
        }
    });
    tracing::info!(%addr, engine = db.engine().name(), startup_ms = started.elapsed().as_millis() as u64, "Bottega is ready");
    println!("Bottega is running at {public} (listening on {addr}). Press Ctrl+C to stop.");

    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await?;
    tracing::info!("stopping: finishing the job in hand");
    background.finish().await;
    db.close().await;
    tracing::info!("stopped");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
}

/// Rebuilds this node's search index when no server holds it, and asks every running server
/// (through the database) to rebuild its own, so a whole cluster follows one command.
async fn reindex(config: &Config) -> anyhow::Result<()> {
    let db = open_db(config).await?;
    let dir = config.search_dir();
    let mut tx = db.begin().await?;
    bottega_storage::settings::set(
        &mut tx,
        bottega_web::search_feed::REBUILD_REQUESTED,
        &bottega_storage::now().to_string(),
    )
    .await?;
    tx.commit()
        .await
        .map_err(bottega_storage::StorageError::from)?;
    match bottega_search::SearchIndex::open(&dir) {
        Ok(index) => {
            let index = std::sync::Arc::new(index);
            let n = bottega_web::search_feed::rebuild(&db, &index).await?;
            println!(
                "Search index rebuilt in {}: {n} documents. Running servers rebuild theirs within a second.",
                dir.display()
            );
        }
        Err(bottega_search::SearchError::Locked(_)) => {
            println!(
                "A server is using the index: every running server will rebuild its index within a second."
            );
        }
        Err(e) => return Err(anyhow::anyhow!("cannot open the search index: {e}")),
    }
    Ok(())
}

/// A random password that passes the policy, for accounts created from the command line.
fn generated_password() -> String {
    use base64::Engine as _;
    use rand::RngCore;
    let mut bytes = [0u8; 15];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

async fn admin(task: AdminTask, config: &Config) -> anyhow::Result<()> {
    let db = open_db(config).await?;
    match task {
        AdminTask::Create {
            email,
            name,
            password,
        } => {
            let email =
                validate::email(&email).map_err(|e| anyhow::anyhow!("email: {}", e.code()))?;
            let (password, generated) = match password {
                Some(p) => (p, false),
                None => (generated_password(), true),
            };
            password::check_new(&password, &email)
                .map_err(|e| anyhow::anyhow!("password: {}", e.code()))?;
            let hash = bottega_web::passwords::hash(password.clone()).await?;
            let mut tx = db.begin().await?;
            match accounts::by_email(&db, &email).await? {
                Some(u) => {
                    accounts::set_site_role(&mut tx, u.id, SiteRole::Admin).await?;
                    accounts::set_password(&mut tx, u.id, &hash).await?;
                    accounts::mark_verified(&mut tx, u.id).await?;
                    bottega_storage::audit::record(
                        &mut tx,
                        None,
                        "user.role.admin",
                        "user",
                        Some(u.id),
                        "command line",
                    )
                    .await?;
                    println!("{email} is now an administrator.");
                }
                None => {
                    let id = accounts::create_user(
                        &mut tx,
                        &accounts::NewUser {
                            email: &email,
                            password_hash: &hash,
                            display_name: &name,
                            country: None,
                            is_minor: false,
                            locale: None,
                            site_role: SiteRole::Admin,
                            verified: true,
                        },
                    )
                    .await?;
                    bottega_storage::audit::record(
                        &mut tx,
                        None,
                        "user.create-admin",
                        "user",
                        Some(id),
                        "command line",
                    )
                    .await?;
                    println!("Administrator {email} created.");
                }
            }
            tx.commit()
                .await
                .map_err(bottega_storage::StorageError::from)?;
            if generated {
                println!("Password: {password}");
            }
            Ok(())
        }
        AdminTask::ResetPassword { email, password } => {
            let email =
                validate::email(&email).map_err(|e| anyhow::anyhow!("email: {}", e.code()))?;
            let user = accounts::by_email(&db, &email)
                .await?
                .ok_or_else(|| anyhow::anyhow!("no account with the address {email}"))?;
            let (password, generated) = match password {
                Some(p) => (p, false),
                None => (generated_password(), true),
            };
            password::check_new(&password, &email)
                .map_err(|e| anyhow::anyhow!("password: {}", e.code()))?;
            let hash = bottega_web::passwords::hash(password.clone()).await?;
            let mut tx = db.begin().await?;
            accounts::set_password(&mut tx, user.id, &hash).await?;
            bottega_storage::audit::record(
                &mut tx,
                None,
                "user.reset-password",
                "user",
                Some(user.id),
                "command line",
            )
            .await?;
            tx.commit()
                .await
                .map_err(bottega_storage::StorageError::from)?;
            println!("Password of {email} changed; its sessions are ended.");
            if generated {
                println!("Password: {password}");
            }
            Ok(())
        }
        AdminTask::ListUsers { filter } => {
            let mut offset = 0;
            println!(
                "{:<6} {:<36} {:<28} {:<10} {:<10} verified",
                "id", "email", "name", "role", "status"
            );
            loop {
                let (rows, total) = accounts::list_for_admin(&db, &filter, 500, offset).await?;
                for u in &rows {
                    println!(
                        "{:<6} {:<36} {:<28} {:<10} {:<10} {}",
                        u.id,
                        u.email,
                        u.display_name,
                        u.site_role,
                        u.status,
                        if u.email_verified_at.is_some() {
                            "yes"
                        } else {
                            "no"
                        }
                    );
                }
                offset += rows.len() as i64;
                if rows.is_empty() || offset >= total {
                    println!("{total} accounts");
                    break;
                }
            }
            Ok(())
        }
    }
}
