//! Two `bottega serve` processes on one PostgreSQL database, as a small cluster runs: each
//! keeps its own search index, fed from the database's outbox, so a resource published on one
//! node is found on the other, a deletion disappears from both, and `bottega reindex` run while
//! they serve leaves both answering alike.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use bottega_storage::testing::TestDb;

const PASSWORD: &str = "tutor-aziendale-2026";
const EMAIL: &str = "cluster-admin@example.org";

struct Node {
    child: Child,
    base: String,
}

impl Drop for Node {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port")
}

fn bottega(db_url: &str, data_dir: &std::path::Path, files: &std::path::Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_bottega"));
    cmd.env("DATABASE_URL", db_url)
        .env("BOTTEGA_DATA_DIR", data_dir)
        // Files must be shared by the nodes (S3 in production); a common folder here.
        .env("BOTTEGA_STORAGE_URL", format!("file://{}", files.display()))
        .env("BOTTEGA_LOG__FILTER", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::inherit());
    cmd
}

async fn start(db_url: &str, data_dir: &std::path::Path, files: &std::path::Path) -> Node {
    let port = free_port();
    let child = bottega(db_url, data_dir, files)
        .env("BOTTEGA_LISTEN", format!("127.0.0.1:{port}"))
        .arg("serve")
        .spawn()
        .expect("start bottega serve");
    let node = Node {
        child,
        base: format!("http://127.0.0.1:{port}"),
    };
    let client = reqwest::Client::new();
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Ok(r) = client.get(format!("{}/readyz", node.base)).send().await {
            if r.status().is_success() {
                return node;
            }
        }
        assert!(
            Instant::now() < deadline,
            "node {} never became ready",
            node.base
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn csrf_of(html: &str) -> String {
    let re = regex::Regex::new(r#"name="csrf" value="([^"]+)""#).expect("regex");
    re.captures(html)
        .and_then(|c| c.get(1))
        .map(|m| m.as_str().to_string())
        .expect("a csrf field on the page")
}

async fn signed_in(node: &Node) -> reqwest::Client {
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let page = client
        .get(format!("{}/login", node.base))
        .send()
        .await
        .expect("login page")
        .text()
        .await
        .expect("body");
    let res = client
        .post(format!("{}/login", node.base))
        .form(&[
            ("csrf", csrf_of(&page).as_str()),
            ("email", EMAIL),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .expect("login");
    assert_eq!(res.status().as_u16(), 303, "login should redirect");
    client
}

/// The resource ids a search on `node` lists, in order.
async fn found(node: &Node, query: &str) -> Vec<String> {
    let html = reqwest::get(format!("{}/resources?{query}", node.base))
        .await
        .expect("search")
        .text()
        .await
        .expect("body");
    let re = regex::Regex::new(r#"<h3><a href="/resources/(\d+)""#).expect("regex");
    re.captures_iter(&html).map(|c| c[1].to_string()).collect()
}

/// Polls both nodes until they list `expected` for `query`.
async fn both_find(a: &Node, b: &Node, query: &str, expected: &[String]) {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let (on_a, on_b) = (found(a, query).await, found(b, query).await);
        if on_a == expected && on_b == expected {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "nodes disagree or are stale for {query}: a={on_a:?} b={on_b:?}, expected {expected:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn publish(client: &reqwest::Client, node: &Node, title: &str, description: &str) -> String {
    let page = client
        .get(format!("{}/resources/new", node.base))
        .send()
        .await
        .expect("form")
        .text()
        .await
        .expect("body");
    let re = regex::Regex::new(r#"\?csrf=([^"&]+)""#).expect("regex");
    let token = re
        .captures(&page)
        .map(|c| c[1].to_string())
        .expect("csrf in the form action");
    let form = reqwest::multipart::Form::new()
        .text("title", title.to_string())
        .text("rtype", "link")
        .text("description", description.to_string())
        .text("lang", "it")
        .text("url", "https://example.org/guida")
        .text("licence", "cc-by")
        .text("visibility", "public");
    let res = client
        .post(format!("{}/resources/new?csrf={token}", node.base))
        .multipart(form)
        .send()
        .await
        .expect("publish");
    assert_eq!(
        res.status().as_u16(),
        303,
        "publishing should redirect to the resource"
    );
    let location = res
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .expect("location")
        .to_string();
    location.trim_start_matches("/resources/").to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_nodes_on_one_postgres_answer_searches_alike() {
    let db = TestDb::postgres().await;
    let shared_files = tempfile::tempdir().expect("files");
    let (dir_a, dir_b) = (
        tempfile::tempdir().expect("a"),
        tempfile::tempdir().expect("b"),
    );
    let status = bottega(&db.url, dir_a.path(), shared_files.path())
        .args([
            "admin",
            "create",
            "--email",
            EMAIL,
            "--name",
            "Cluster Admin",
        ])
        .env("BOTTEGA_ADMIN_PASSWORD", PASSWORD)
        .status()
        .expect("admin create");
    assert!(status.success());

    let a = start(&db.url, dir_a.path(), shared_files.path()).await;
    let b = start(&db.url, dir_b.path(), shared_files.path()).await;

    // Published on A, found on B through the Italian stem, and the same on both.
    let on_a = signed_in(&a).await;
    let first = publish(
        &on_a,
        &a,
        "Guida per i tutor aziendali",
        "Come accompagnare gli apprendisti nella formazione duale in azienda.",
    )
    .await;
    both_find(&a, &b, "q=formazioni", std::slice::from_ref(&first)).await;

    // Published on B, found on A; both list the two in the same order.
    let on_b = signed_in(&b).await;
    let second = publish(
        &on_b,
        &b,
        "Formazione dei formatori in falegnameria",
        "Un percorso per chi forma apprendisti falegnami.",
    )
    .await;
    both_find(
        &a,
        &b,
        "q=formazione&sort=newest",
        &[second.clone(), first.clone()],
    )
    .await;

    // Deleted on A: gone from B's answers too.
    let page = on_a
        .get(format!("{}/resources/{first}", a.base))
        .send()
        .await
        .expect("page")
        .text()
        .await
        .expect("body");
    let res = on_a
        .post(format!("{}/resources/{first}/delete", a.base))
        .form(&[("csrf", csrf_of(&page).as_str())])
        .send()
        .await
        .expect("delete");
    assert_eq!(res.status().as_u16(), 303);
    both_find(
        &a,
        &b,
        "q=formazione&sort=newest",
        std::slice::from_ref(&second),
    )
    .await;

    // A rebuild requested from the command line while both serve: both rebuild and agree.
    let status = bottega(&db.url, dir_a.path(), shared_files.path())
        .arg("reindex")
        .status()
        .expect("reindex");
    assert!(status.success());
    tokio::time::sleep(Duration::from_millis(1500)).await;
    both_find(
        &a,
        &b,
        "q=formazione&sort=newest",
        std::slice::from_ref(&second),
    )
    .await;
}
