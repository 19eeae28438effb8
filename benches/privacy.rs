//! Privacy and abuse-resistance measurements (issue 6): `cargo bench --bench privacy`.
//!
//! First, once (printed as `privacy:` lines):
//! - memory: peak RSS (`VmHWM` from /proc/self/status) after loading the content, and again
//!   after 100,000 sessions were created in the sled store through `SessionStore::save`;
//! - disk: the size of the data directory after `flush`, divided by 100,000.
//!
//! Then with criterion:
//! - `privacy/seal_open`: `Sealer::seal` + `Sealer::open` of one serialised session — the work
//!   sealing adds to a message;
//! - `privacy/message_full`: a whole message as a channel handles it, in the store holding
//!   those 100,000 sessions: load (open) + `Engine::step` + save (seal).
//!
//! The sealing cost per message is `seal_open / message_full`; the issue asks for < 10%.
//! Results are in BENCHMARKS.md, "Privacy and abuse resistance".

use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use baken::store::Sealer;
use baken::{Content, Engine, Event, KeyedHasher, Session, SessionStore, SledStore};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const SESSIONS: usize = 100_000;

const MESSAGES: &[&str] = &[
    "1",
    "mijn ex blijft me volgen",
    "hij checks my phone",
    "ik sla mijn huiswerk over",
    "hij gaat me vermoorden",
    "menu",
    "ben je een mens?",
    "ik maak me zorgen om mijn buurvrouw, ze heeft blauwe plekken",
    "xyzzy",
    "I'm worried about my sister",
];

/// A key from /proc/self/status, in kB.
fn status_kb(key: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix(key))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

fn dir_bytes(dir: &Path) -> u64 {
    let mut total = 0;
    for e in std::fs::read_dir(dir).unwrap() {
        let e = e.unwrap();
        let meta = e.metadata().unwrap();
        total += if meta.is_dir() {
            dir_bytes(&e.path())
        } else {
            meta.len()
        };
    }
    total
}

/// A session as a person in a Telegram chat leaves it after a few messages: in a flow, with
/// the ids of the messages to erase.
fn typical_session(engine: &Engine) -> Session {
    let mut s = engine
        .step(
            None,
            Event::Start {
                payload: None,
                locale_hint: None,
            },
            1_700_000_000,
        )
        .session
        .unwrap();
    for m in ["1", "mijn ex blijft me volgen"] {
        s = engine
            .step(Some(s), Event::Text(m.into()), 1_700_000_010)
            .session
            .unwrap();
    }
    for id in 0..8 {
        s.remember_sent((1_000_000 + id).to_string());
    }
    s
}

fn bench(c: &mut Criterion) {
    let engine = Engine::new(Arc::new(Content::embedded().unwrap()), "nl").with_flood_limit(None);
    let session = typical_session(&engine);
    let plain = serde_json::to_vec(&session).unwrap();

    // --- Memory and disk with 100,000 sessions ---------------------------------------------
    let base_hwm = status_kb("VmHWM:");
    let dir = tempfile::tempdir().unwrap();
    let store = SledStore::open(dir.path(), 1800).unwrap();
    let hasher = KeyedHasher::random();
    let t = Instant::now();
    for i in 0..SESSIONS {
        store
            .save(&hasher.key("bench", &i.to_string()), &session)
            .unwrap();
    }
    store.flush().unwrap();
    let took = t.elapsed();
    let hwm = status_kb("VmHWM:");
    let rss = status_kb("VmRSS:");
    let disk = dir_bytes(dir.path());
    println!(
        "privacy: serialised session {} bytes, sealed {} bytes",
        plain.len(),
        plain.len() + 12 + 16
    );
    println!(
        "privacy: {SESSIONS} sessions saved and flushed in {:.2} s ({:.1} µs/session)",
        took.as_secs_f64(),
        took.as_secs_f64() * 1e6 / SESSIONS as f64
    );
    println!(
        "privacy: peak RSS {:.1} MB before (content loaded), {:.1} MB after {SESSIONS} sessions (+{:.1} MB); RSS now {:.1} MB",
        base_hwm as f64 / 1024.0,
        hwm as f64 / 1024.0,
        (hwm - base_hwm) as f64 / 1024.0,
        rss as f64 / 1024.0
    );
    println!(
        "privacy: data directory {:.1} MB after flush = {} bytes per session",
        disk as f64 / 1e6,
        disk / SESSIONS as u64
    );

    // --- Sealing versus a whole message ------------------------------------------------------
    let sealer = Sealer::random();
    let key = hasher.key("bench", "me");
    store.save(&key, &session).unwrap();

    let mut g = c.benchmark_group("privacy");
    g.throughput(Throughput::Elements(1));
    g.bench_function("seal_open", |b| {
        b.iter(|| {
            let sealed = sealer.seal(&key, black_box(&plain));
            black_box(sealer.open(&key, &sealed).unwrap())
        })
    });
    let mut i = 0;
    g.bench_function("message_full", |b| {
        b.iter(|| {
            i = (i + 1) % MESSAGES.len();
            let s = store.load(&key, 1_700_000_020).unwrap();
            let out = engine.step(s, Event::Text(MESSAGES[i].into()), 1_700_000_020);
            match &out.session {
                Some(s) => store.save(&key, s).unwrap(),
                None => store.remove(&key).unwrap(),
            }
            black_box(out)
        })
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30).measurement_time(std::time::Duration::from_secs(4));
    targets = bench
}
criterion_main!(benches);
