//! Throughput of the web chat over loopback: the real `baken serve` binary (web chat only, the
//! sealed sled session store as in production) and `BENCH_CONVERSATIONS` (default 1,000)
//! conversations at the same time, each a page load and then `SCRIPT` turns posted as the
//! page's script posts them (`POST /turn`), each turn waiting for the previous answer as a
//! person would.
//!
//! `cargo bench --no-default-features --features web --bench web` (a plain benchmark binary:
//! one long run says more here than many short ones). Reports messages/s (page loads and
//! turns), the median and 99th-percentile latency of one request as the client sees it, and
//! the peak RSS of the server process (`VmHWM`). The client runs on the same machine and
//! shares its cores: the numbers are a floor, not a ceiling.

use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::sync::Mutex;

/// What each conversation sends after the page load (under the flood limit of 8 per 10 s).
const SCRIPT: [&str; 6] = [
    "menu",
    "1",
    "ik word thuis gecontroleerd",
    "hulp",
    "menu",
    "2",
];

fn env(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn field(page: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = page.rfind(&marker).expect("field") + marker.len();
    let end = page[start..].find('"').unwrap() + start;
    page[start..end].to_string()
}

fn peak_rss_mb(pid: u32) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

fn main() {
    let conversations = env("BENCH_CONVERSATIONS", 1000);
    let dir = tempfile::tempdir().unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_baken"))
        .arg("serve")
        .env("BAKEN_WEB_LISTEN", format!("127.0.0.1:{port}"))
        .env("BAKEN_DATA_DIR", dir.path())
        .env("RUST_LOG", "warn")
        .env_remove("BAKEN_CONFIG")
        .env_remove("TELOXIDE_TOKEN")
        .current_dir(dir.path())
        .spawn()
        .unwrap();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        std::thread::sleep(Duration::from_millis(50));
    }
    let base = format!("http://127.0.0.1:{port}");
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let latencies = Arc::new(Mutex::new(Vec::<Duration>::new()));
    let started = Instant::now();
    let failures = runtime.block_on(async {
        let client = reqwest::Client::builder()
            .pool_max_idle_per_host(conversations)
            .timeout(Duration::from_secs(120))
            .build()
            .unwrap();
        let mut tasks = tokio::task::JoinSet::new();
        for _ in 0..conversations {
            let client = client.clone();
            let base = base.clone();
            let latencies = latencies.clone();
            tasks.spawn(async move {
                let mut mine = Vec::with_capacity(SCRIPT.len() + 1);
                let t = Instant::now();
                let page = client.get(format!("{base}/")).send().await?.text().await?;
                mine.push(t.elapsed());
                let (mut token, mut history) = (field(&page, "t"), field(&page, "h"));
                for text in SCRIPT {
                    let t = Instant::now();
                    let v: serde_json::Value = client
                        .post(format!("{base}/turn"))
                        .form(&[("t", &token), ("h", &history), ("text", &text.to_string())])
                        .send()
                        .await?
                        .json()
                        .await?;
                    mine.push(t.elapsed());
                    token = v["t"].as_str().unwrap_or_default().to_string();
                    history = v["h"].as_str().unwrap_or_default().to_string();
                    assert!(!token.is_empty(), "a turn lost its conversation: {v}");
                }
                latencies.lock().await.extend(mine);
                Ok::<_, reqwest::Error>(())
            });
        }
        let mut failures = 0;
        while let Some(r) = tasks.join_next().await {
            if !matches!(r, Ok(Ok(()))) {
                failures += 1;
            }
        }
        failures
    });
    let elapsed = started.elapsed();
    let rss = peak_rss_mb(child.id());
    let _ = child.kill();
    let _ = child.wait();
    let mut l = runtime.block_on(async { latencies.lock().await.clone() });
    l.sort();
    let pct = |p: f64| l[((l.len() as f64 * p) as usize).min(l.len() - 1)];
    println!(
        "web: {conversations} conversations, {} messages in {:.2} s: {:.0} messages/s; \
         latency p50 {:.1} ms, p99 {:.1} ms; server peak RSS {rss:.0} MB; {failures} failed",
        l.len(),
        elapsed.as_secs_f64(),
        l.len() as f64 / elapsed.as_secs_f64(),
        pct(0.50).as_secs_f64() * 1000.0,
        pct(0.99).as_secs_f64() * 1000.0,
    );
}
