//! Engine and session-cache benchmarks (issue: foundation).
//!
//! - `engine/step`: one typed message through crisis detection, commands, option matching,
//!   routing and Fluent rendering (a mix of messages people really send).
//! - `engine/step_corpus`: the same, one message at a time from the whole training corpus
//!   (6,700+ different messages, each new to the matchers' caches for a long while). A few
//!   repeated messages hid that the routing patterns took ~1 ms on text they had not seen.
//! - `store/sled_load_save`: one session loaded and saved through sled.
//! - `message/full`: what a channel does per message: load the session, step, save.
//!
//! Results and targets are in BENCHMARKS.md.

use std::hint::black_box;
use std::sync::Arc;

use baken::{Content, Engine, Event, KeyedHasher, SessionStore, SledStore};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

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

fn bench(c: &mut Criterion) {
    let engine = Engine::new(Arc::new(Content::embedded().unwrap()), "nl").with_flood_limit(None);
    let start = engine
        .step(
            None,
            Event::Start {
                payload: None,
                locale_hint: None,
            },
            0,
        )
        .session
        .unwrap();
    let menu = engine
        .step(Some(start), Event::Text("1".into()), 0)
        .session
        .unwrap();

    let mut g = c.benchmark_group("engine");
    g.throughput(Throughput::Elements(MESSAGES.len() as u64));
    g.bench_function("step", |b| {
        b.iter(|| {
            for m in MESSAGES {
                black_box(engine.step(Some(menu.clone()), Event::Text((*m).into()), 1));
            }
        })
    });
    let corpus: Vec<String> =
        baken::understand::eval::read_corpus(std::path::Path::new("tests/corpus/train"))
            .unwrap()
            .into_iter()
            .map(|e| e.text)
            .collect();
    g.throughput(Throughput::Elements(1));
    let mut next = 0;
    g.bench_function("step_corpus", |b| {
        b.iter(|| {
            next = (next + 1) % corpus.len();
            black_box(engine.step(Some(menu.clone()), Event::Text(corpus[next].clone()), 1))
        })
    });
    g.finish();

    let dir = tempfile::tempdir().unwrap();
    let store = SledStore::open(dir.path(), 1800).unwrap();
    let hasher = KeyedHasher::random();
    // A realistic cache: many other sessions present.
    for i in 0..10_000 {
        store
            .save(&hasher.key("bench", &i.to_string()), &menu)
            .unwrap();
    }
    let key = hasher.key("bench", "me");
    store.save(&key, &menu).unwrap();

    let mut g = c.benchmark_group("store");
    g.throughput(Throughput::Elements(1));
    g.bench_function("sled_load_save", |b| {
        b.iter(|| {
            let s = store.load(&key, 1).unwrap().unwrap();
            store.save(&key, black_box(&s)).unwrap();
        })
    });
    g.finish();

    let mut g = c.benchmark_group("message");
    g.throughput(Throughput::Elements(1));
    let mut i = 0;
    g.bench_function("full", |b| {
        b.iter(|| {
            i = (i + 1) % MESSAGES.len();
            let key = hasher.key("bench", "me");
            let s = store.load(&key, 1).unwrap();
            let out = engine.step(s, Event::Text(MESSAGES[i].into()), 1);
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
