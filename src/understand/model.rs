//! The second net: a classifier learnt from the labelled corpus, beside the rules.
//!
//! The weights are made by `build.rs` from `tests/corpus/train/` and `tests/corpus/lang/` and
//! compiled into the binary (no download, no training at start). Nothing is parsed at load; at the first message the
//! weights are copied once into plain `i16` arrays (a few MB, a few ms) for fast sums.
//! `baken eval --cross-validate` makes other [`Model`]s the same way ([`super::train`]) to
//! measure how the nets do on a writer they did not learn from.

use std::sync::OnceLock;

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

/// The classifier and the router: weights as [`super::train`] writes them, read once.
#[derive(Debug)]
pub struct Model {
    crisis_bias: [f32; 6],
    crisis_q: f32,
    crisis: Vec<i16>,
    router: Router,
}

impl Model {
    /// The weights compiled into the binary, read at the first message.
    pub fn embedded() -> &'static Model {
        static M: OnceLock<Model> = OnceLock::new();
        M.get_or_init(|| Model::from_bytes(CRISIS, ROUTE))
    }

    /// Weights in the formats `BKC1` (crisis) and `BKR2` (router). Panics on other bytes: they
    /// only ever come from [`super::train`].
    pub fn from_bytes(crisis: &[u8], route: &[u8]) -> Model {
        assert_eq!(&crisis[..4], b"BKC1", "crisis weights from build.rs");
        let k = u32_at(crisis, 4) as usize;
        assert_eq!(k, CLASSES.len());
        let mut crisis_bias = [0f32; 6];
        for (c, b) in crisis_bias.iter_mut().enumerate() {
            *b = f32_at(crisis, 12 + 4 * c);
        }
        Model {
            crisis_bias,
            crisis_q: f32_at(crisis, 8),
            crisis: to_i16(&crisis[12 + 4 * k..]),
            router: Router::from_bytes(route),
        }
    }

    /// Probabilities of [`CLASSES`] for a normalised message.
    pub fn crisis_scores(&self, normalised: &str) -> [f32; 6] {
        with_features(normalised, |f| self.crisis_scores_of(f))
    }

    fn crisis_scores_of(&self, f: &[u32]) -> [f32; 6] {
        const K: usize = CLASSES.len();
        let mut p = [0f32; K];
        if f.is_empty() {
            p[0] = 1.0;
            return p;
        }
        // Sum the quantised weights as integers (exact, and fast), scale once.
        let mut sum = [0i32; K];
        for &x in f {
            debug_assert!(x < BUCKETS);
            let row = &self.crisis[x as usize * K..][..K];
            for (s, w) in sum.iter_mut().zip(row) {
                *s += *w as i32;
            }
        }
        let scale = self.crisis_q / (f.len() as f32).sqrt();
        for (c, pc) in p.iter_mut().enumerate() {
            *pc = self.crisis_bias[c] + sum[c] as f32 * scale;
        }
        softmax(&mut p);
        p
    }

    /// What the router says about a message: its best guess overall, its best node (not `-`),
    /// and the probability that the message leads nowhere in particular (`-`). `None` for a
    /// message without features.
    pub fn route_guess(&self, normalised: &str) -> Option<RouteGuess<'_>> {
        let score = with_features(normalised, |f| {
            (!f.is_empty()).then(|| self.route_scores(f))
        })?;
        let mut guess = RouteGuess {
            best: ("-", 0.0),
            best_node: None,
            nowhere: 0.0,
        };
        for (name, p) in self.router.names.iter().map(String::as_str).zip(score) {
            if p > guess.best.1 {
                guess.best = (name, p);
            }
            if name == "-" {
                guess.nowhere = p;
            } else if guess.best_node.is_none_or(|(_, b)| p > b) {
                guess.best_node = Some((name, p));
            }
        }
        Some(guess)
    }

    fn route_scores(&self, f: &[u32]) -> Vec<f32> {
        let r = &self.router;
        let k = r.names.len();
        let mut g: Vec<u32> = f.iter().map(|x| x % r.buckets).collect();
        g.sort_unstable();
        g.dedup();
        let mut sum = vec![0i32; k];
        for &x in &g {
            let row = &r.weights[x as usize * k..][..k];
            for (s, w) in sum.iter_mut().zip(row) {
                *s += *w as i32;
            }
        }
        let scale = r.q / (g.len() as f32).sqrt();
        let mut score: Vec<f32> = r
            .bias
            .iter()
            .zip(&sum)
            .map(|(b, s)| b + *s as f32 * scale)
            .collect();
        softmax(&mut score);
        score
    }
}

/// A message's text as a hash and a length.
type TextKey = Option<(u64, usize)>;

thread_local! {
    /// The features of the last message on this thread, under a hash of its text (never the
    /// text itself: nothing of a message outlives its turn): the crisis classifier and the
    /// router read the same normalised text one after the other, so it is hashed into features
    /// once.
    static LAST_FEATURES: std::cell::RefCell<(TextKey, Vec<u32>)> = Default::default();
}

/// `f` applied to the features of `normalised` (see [`LAST_FEATURES`]).
fn with_features<R>(normalised: &str, f: impl FnOnce(&[u32]) -> R) -> R {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    normalised.hash(&mut h);
    let key = Some((h.finish(), normalised.len()));
    LAST_FEATURES.with(|last| {
        let mut last = last.borrow_mut();
        if last.0 != key {
            let (k, feats) = &mut *last;
            *k = key;
            features(normalised, feats);
        }
        f(&last.1)
    })
}

/// See [`Model::route_guess`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RouteGuess<'a> {
    pub best: (&'a str, f32),
    pub best_node: Option<(&'a str, f32)>,
    pub nowhere: f32,
}

/// The router's header: node names, biases, the bucket count, the scale, and the weights.
#[derive(Debug)]
struct Router {
    names: Vec<String>,
    bias: Vec<f32>,
    buckets: u32,
    q: f32,
    weights: Vec<i16>,
}

/// The little-endian `i16` weights as numbers, copied once so that the sums are plain loops
/// the compiler can vectorise (a few MB).
fn to_i16(b: &[u8]) -> Vec<i16> {
    b.chunks_exact(2)
        .map(|c| i16::from_le_bytes([c[0], c[1]]))
        .collect()
}

impl Router {
    fn from_bytes(b: &[u8]) -> Router {
        assert_eq!(&b[..4], b"BKR2", "router from build.rs");
        let k = u32_at(b, 4) as usize;
        let buckets = u32_at(b, 8);
        let q = f32_at(b, 12);
        let mut at = 16;
        let mut names = Vec::with_capacity(k);
        let mut bias = Vec::with_capacity(k);
        for _ in 0..k {
            let n = b[at] as usize;
            let name = std::str::from_utf8(&b[at + 1..at + 1 + n]).expect("utf-8 node id");
            at += 1 + n;
            names.push(name.to_string());
            bias.push(f32_at(b, at));
            at += 4;
        }
        Router {
            names,
            bias,
            buckets,
            q,
            weights: to_i16(&b[at..]),
        }
    }
}
