//! End-to-end throughput of the Telegram channel through the fake Bot API server on loopback.
//!
//! `cargo bench --bench telegram` (a plain benchmark binary, no criterion: one long run says
//! more here than many short ones). 1,000 private chats each send a conversation of
//! `ROUNDS` updates (`/start`, then typed text and commands); all updates are queued at the
//! fake server up front, as Telegram holds a backlog, and the clock runs until every update is
//! answered. Reports updates/s, the median handling latency (update accepted → last reply
//! sent) and the peak RSS of the process (which includes the fake server itself).
//! Options: `BENCH_CHATS`, `BENCH_ROUNDS`.

#[path = "../tests/support/fake_telegram.rs"]
mod fake_telegram;

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use baken::channels::telegram::{Telegram, TelegramOptions};
use baken::serve::{Restart, Shutdown};
use baken::store::MemoryStore;
use baken::{Content, Engine, KeyedHasher};
use fake_telegram::{FakeTelegram, TOKEN};

/// What each chat types after `/start` (at most the engine's flood limit per 10 s in all).
const SCRIPT: [&str; 7] = [
    "menu",
    "1",
    "ik word thuis gecontroleerd",
    "hulp",
    "menu",
    "2",
    "taal",
];

fn env(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn peak_rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map(|kb| kb / 1024.0)
        .unwrap_or(f64::NAN)
}

fn main() {
    // `cargo bench` passes `--bench`; nothing to parse.
    let chats = env("BENCH_CHATS", 1000) as i64;
    let rounds = env("BENCH_ROUNDS", 8).min(SCRIPT.len() + 1);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async move {
        let fake = FakeTelegram::start().await;
        fake.record_bodies(false);
        let content = Arc::new(Content::embedded().expect("shipped content loads"));
        let engine = Engine::new(content, "nl");
        let store = Arc::new(MemoryStore::new(30 * 60));
        let mut options = TelegramOptions::new(TOKEN, Some(fake.url()));
        options.poll_timeout = Duration::from_secs(1);
        let telegram = Telegram::new(
            options,
            engine,
            store.clone(),
            Arc::new(KeyedHasher::random()),
        );

        let total = chats as u64 * rounds as u64;
        for round in 0..rounds {
            for chat in 0..chats {
                let text = if round == 0 {
                    "/start"
                } else {
                    SCRIPT[round - 1]
                };
                fake.text(1_000_000 + chat, text);
            }
        }
        let (trigger, shutdown) = Shutdown::new();
        let started = Instant::now();
        let run = tokio::spawn(baken::serve::run_telegram(
            telegram.clone(),
            store,
            shutdown,
            Restart::default(),
        ));
        let stats = telegram.stats();
        while stats.handled.load(Ordering::Relaxed) < total {
            if started.elapsed() > Duration::from_secs(300) {
                panic!("not done after 5 minutes");
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        let elapsed = started.elapsed();
        trigger.trigger();
        run.await.unwrap().unwrap();
        let sent = stats.sent.load(Ordering::Relaxed);
        println!("telegram end-to-end over loopback (fake Bot API in the same process)");
        println!("chats            {chats}");
        println!("updates          {total}");
        println!("messages sent    {sent}");
        println!(
            "failures         {}",
            stats.failures.load(Ordering::Relaxed)
        );
        println!("elapsed          {:.2} s", elapsed.as_secs_f64());
        println!(
            "updates/s        {:.0}",
            total as f64 / elapsed.as_secs_f64()
        );
        println!(
            "messages/s       {:.0}",
            sent as f64 / elapsed.as_secs_f64()
        );
        println!(
            "median latency   {:.1} ms (update accepted → last reply sent)",
            stats.median_latency().unwrap_or_default().as_secs_f64() * 1000.0
        );
        println!("peak RSS         {:.1} MB", peak_rss_mb());
    });
}
