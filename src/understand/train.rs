//! Training the second net and the router from labelled messages: used by `build.rs` (the
//! weights compiled into the binary, from `tests/corpus/train/` and `tests/corpus/lang/`) and by
//! `baken eval --cross-validate` (the same training on all files but one, measured on the one
//! left out).
//! Shared as a file with `build.rs`, so it uses nothing but `std` and [`super::features`].
//!
//! - crisis: multinomial logistic regression over none / caution / acute / suicide / child /
//!   child-adult, trained by stochastic gradient descent; written as `i16` weights.
//! - routing: multinomial logistic regression over the nodes named in the corpus, and `-`.
//!
//! Deterministic: a fixed order and a fixed shuffle, so the same corpus gives the same weights.

use super::features::{BUCKETS, CLASSES, features, softmax};

/// One training message: its class (index in [`CLASSES`]), its node (`-` for none) and its
/// feature buckets.
pub struct Row {
    pub class: usize,
    pub node: String,
    pub features: Vec<u32>,
}

/// The class of a corpus line: `child` splits by its node into a child writing and an adult
/// reporting.
pub fn class_of(kind: &str, node: &str) -> Option<usize> {
    match (kind, node) {
        ("child", "crisis-child-adult") => Some(5),
        ("child", _) => Some(4),
        (k, _) => CLASSES.iter().position(|c| *c == k),
    }
}

/// A training row from a labelled message (`normalised`: the message through the normaliser).
pub fn row(class: usize, node: &str, normalised: &str) -> Row {
    let mut f = Vec::new();
    features(normalised, &mut f);
    Row {
        class,
        node: node.to_string(),
        features: f,
    }
}

/// The crisis classifier's weights, in the format [`super::model`] reads (`BKC1`).
pub fn crisis_weights(rows: &[Row]) -> Vec<u8> {
    let k = CLASSES.len();
    let data: Vec<(usize, &[u32])> = rows
        .iter()
        .filter(|r| !r.features.is_empty())
        .map(|r| (r.class, r.features.as_slice()))
        .collect();
    let (w, b) = train(
        &data,
        k,
        BUCKETS,
        &Sgd {
            // Crisis classes weigh more than none: a missed crisis costs more than a false one.
            class_weight: &[1.0, 1.5, 2.0, 2.0, 2.0, 2.0],
            l2: 1e-6,
            skip_below: 0.0,
            epochs: 12,
            // Chosen by cross-validation in stop 21 (learnt net alone, all files): rate 0.5 ->
            // 2.0 and decay 1.0 -> 0.5 took recall from 0.814 / 0.800 / 0.716 to 0.844 / 0.832
            // / 0.761 and false crises from 5.4 to 5.1 %.
            rate: 2.0,
            decay: 0.5,
            seed: 0x5eed_ba6e,
        },
    );
    let q = scale_of(&w);
    let mut out = Vec::with_capacity(12 + 4 * k + 2 * w.len());
    out.extend_from_slice(b"BKC1");
    out.extend_from_slice(&(k as u32).to_le_bytes());
    out.extend_from_slice(&q.to_le_bytes());
    for v in &b {
        out.extend_from_slice(&v.to_le_bytes());
    }
    quantise(&w, q, &mut out);
    out
}

/// Buckets of the router's weights: the crisis features folded into a smaller space, because
/// the router has one weight per bucket for each of some seventy nodes.
pub const ROUTE_BUCKETS: u32 = 1 << 15;

/// The router's weights (`BKR2`): multinomial logistic regression over the nodes, and `-` (no
/// node: harmless messages that are no crisis), SGD with only the classes that matter updated
/// per message.
pub fn router_weights(rows: &[Row]) -> Vec<u8> {
    let mut names: Vec<&str> = Vec::new();
    let mut data: Vec<(usize, Vec<u32>)> = Vec::new();
    for r in rows {
        // Messages that lead nowhere in particular are a class of their own, `-`, so that a
        // harmless sentence is not forced into the nearest topic.
        if r.node.starts_with("crisis-") || (r.node == "-" && r.class != 0) || r.features.is_empty()
        {
            continue;
        }
        let c = match names.iter().position(|n| *n == r.node) {
            Some(c) => c,
            None => {
                names.push(&r.node);
                names.len() - 1
            }
        };
        let mut g: Vec<u32> = r.features.iter().map(|x| x % ROUTE_BUCKETS).collect();
        g.sort_unstable();
        g.dedup();
        data.push((c, g));
    }
    let k = names.len();
    let data: Vec<(usize, &[u32])> = data.iter().map(|(c, f)| (*c, f.as_slice())).collect();
    let (w, b) = train(
        &data,
        k,
        ROUTE_BUCKETS,
        &Sgd {
            class_weight: &[],
            l2: 0.0,
            // With some seventy classes, most are far off for a message: leave them be.
            skip_below: 1e-3,
            epochs: 16,
            rate: 4.0,
            decay: 0.5,
            seed: 0x0bad_5eed,
        },
    );
    let q = scale_of(&w);
    let mut out = Vec::new();
    out.extend_from_slice(b"BKR2");
    out.extend_from_slice(&(k as u32).to_le_bytes());
    out.extend_from_slice(&ROUTE_BUCKETS.to_le_bytes());
    out.extend_from_slice(&q.to_le_bytes());
    for (name, bias) in names.iter().zip(&b) {
        out.push(name.len() as u8);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(&bias.to_le_bytes());
    }
    quantise(&w, q, &mut out);
    out
}

/// The step of the `i16` weights: the largest weight becomes `i16::MAX`.
fn scale_of(w: &[f32]) -> f32 {
    w.iter().fold(0f32, |a, v| a.max(v.abs())).max(1e-6) / i16::MAX as f32
}

fn quantise(w: &[f32], q: f32, out: &mut Vec<u8>) {
    for v in w {
        out.extend_from_slice(&((v / q).round() as i16).to_le_bytes());
    }
}

/// How [`train`] learns.
struct Sgd<'a> {
    /// Weight of each class's examples (empty: all 1).
    class_weight: &'a [f32],
    l2: f32,
    /// A class whose gradient is smaller than this is not updated for a message.
    skip_below: f32,
    epochs: usize,
    /// Learning rate `rate / (1 + decay * epoch)`.
    rate: f32,
    decay: f32,
    /// The shuffle of each pass is a fixed sequence: the same corpus gives the same weights.
    seed: u64,
}

/// Multinomial logistic regression by stochastic gradient descent over hashed features
/// (`buckets` of them, values 1/sqrt(n)): the weights `[bucket][class]` and the biases.
fn train(data: &[(usize, &[u32])], k: usize, buckets: u32, sgd: &Sgd) -> (Vec<f32>, Vec<f32>) {
    let mut w = vec![0f32; buckets as usize * k];
    let mut b = vec![0f32; k];
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut seed = sgd.seed;
    let mut p = vec![0f32; k];
    for epoch in 0..sgd.epochs {
        for i in (1..order.len()).rev() {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            order.swap(i, (seed >> 33) as usize % (i + 1));
        }
        let lr = sgd.rate / (1.0 + sgd.decay * epoch as f32);
        for &r in &order {
            let (class, f) = data[r];
            let scale = 1.0 / (f.len() as f32).sqrt();
            for c in 0..k {
                p[c] = b[c] + f.iter().map(|&x| w[x as usize * k + c]).sum::<f32>() * scale;
            }
            softmax(&mut p);
            let weight = sgd.class_weight.get(class).copied().unwrap_or(1.0);
            for c in 0..k {
                let g = (p[c] - if c == class { 1.0 } else { 0.0 }) * weight;
                if g.abs() < sgd.skip_below {
                    continue;
                }
                b[c] -= lr * g * 0.1;
                for &x in f {
                    let wi = &mut w[x as usize * k + c];
                    *wi -= lr * (g * scale + sgd.l2 * *wi);
                }
            }
        }
    }
    (w, b)
}
