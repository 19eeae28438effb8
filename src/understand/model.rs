//! The second net: a classifier learnt from the labelled corpus, beside the rules.
//!
//! The weights are made by `build.rs` from `tests/corpus/train/` and compiled into the binary
//! (no download, no training at start). They are read in place: nothing is parsed at load, so
//! the classifier costs no start-up time.

use super::features::{BUCKETS, features, softmax};

static CRISIS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/crisis.bin"));
static ROUTE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/route.bin"));

pub use super::features::CLASSES;

fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(b[at..at + 4].try_into().expect("4 bytes"))
}

fn f32_at(b: &[u8], at: usize) -> f32 {
    f32::from_le_bytes(b[at..at + 4].try_into().expect("4 bytes"))
}

/// Probabilities of [`CLASSES`] for a normalised message.
pub fn crisis_scores(normalised: &str) -> [f32; 6] {
    let mut f = Vec::new();
    features(normalised, &mut f);
    crisis_scores_of(&f)
}

fn crisis_scores_of(f: &[u32]) -> [f32; 6] {
    let b = CRISIS;
    assert_eq!(&b[..4], b"BKC1", "crisis weights from build.rs");
    let k = u32_at(b, 4) as usize;
    debug_assert_eq!(k, CLASSES.len());
    let q = f32_at(b, 8);
    let weights = 12 + 4 * k;
    let mut p = [0f32; 6];
    if f.is_empty() {
        p[0] = 1.0;
        return p;
    }
    let scale = 1.0 / (f.len() as f32).sqrt();
    for (c, pc) in p.iter_mut().enumerate() {
        let mut s = 0f32;
        for &x in f {
            debug_assert!(x < BUCKETS);
            let at = weights + (x as usize * k + c) * 2;
            s += i16::from_le_bytes([b[at], b[at + 1]]) as f32 * q;
        }
        *pc = f32_at(b, 12 + 4 * c) + s * scale;
    }
    softmax(&mut p);
    p
}

/// The router: the node a message most likely asks for (`-`: none in particular), with its
/// probability among the nodes the corpus knows.
pub fn route(normalised: &str) -> Option<(&'static str, f32)> {
    let mut f = Vec::new();
    features(normalised, &mut f);
    if f.is_empty() {
        return None;
    }
    let b = ROUTE;
    assert_eq!(&b[..4], b"BKR2", "router from build.rs");
    let k = u32_at(b, 4) as usize;
    let buckets = u32_at(b, 8);
    let q = f32_at(b, 12);
    let mut at = 16;
    let mut names = Vec::with_capacity(k);
    let mut score = Vec::with_capacity(k);
    for _ in 0..k {
        let n = b[at] as usize;
        let name = std::str::from_utf8(&b[at + 1..at + 1 + n]).expect("utf-8 node id");
        at += 1 + n;
        names.push(name);
        score.push(f32_at(b, at));
        at += 4;
    }
    let mut g: Vec<u32> = f.iter().map(|x| x % buckets).collect();
    g.sort_unstable();
    g.dedup();
    let scale = 1.0 / (g.len() as f32).sqrt();
    for &x in &g {
        let row = at + x as usize * k * 2;
        for (c, s) in score.iter_mut().enumerate() {
            let o = row + c * 2;
            *s += i16::from_le_bytes([b[o], b[o + 1]]) as f32 * q * scale;
        }
    }
    softmax(&mut score);
    let best = (0..k).max_by(|a, b| score[*a].total_cmp(&score[*b]))?;
    Some((names[best], score[best]))
}
