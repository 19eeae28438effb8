//! Trains the second net of crisis detection and the router from the labelled corpus
//! (`tests/corpus/train/*.tsv`), at build time, so nothing is downloaded or trained at run time
//! and the same corpus always gives the same weights (fixed order, no randomness).
//!
//! - crisis: multinomial logistic regression over none / caution / acute / suicide / child /
//!   child-adult, trained by stochastic gradient descent; written as `i16` weights.
//! - routing: multinomial logistic regression over the nodes named in the corpus.
//!
//! The held-out part (`tests/corpus/heldout/`) is never read here.

use std::io::Write;
use std::path::Path;

#[path = "src/understand/features.rs"]
#[allow(dead_code)]
mod features;
#[path = "src/understand/normalise.rs"]
#[allow(dead_code)]
mod normalise;

use features::{BUCKETS, CLASSES, corpus_line, features, softmax};

fn class_of(kind: &str, node: &str) -> Option<usize> {
    match (kind, node) {
        ("child", "crisis-child-adult") => Some(5),
        ("child", _) => Some(4),
        (k, _) => CLASSES.iter().position(|c| *c == k),
    }
}

fn main() {
    let dir = Path::new("tests/corpus/train");
    println!("cargo::rerun-if-changed=tests/corpus/train");
    // The content is embedded with include_dir, which does not notice a new file (a new
    // language, a new concepts.toml): these make every change in them rebuild the crate.
    println!("cargo::rerun-if-changed=locales");
    println!("cargo::rerun-if-changed=flows");
    println!("cargo::rerun-if-changed=src/understand/features.rs");
    println!("cargo::rerun-if-changed=src/understand/normalise.rs");
    let mut rows: Vec<(usize, String, Vec<u32>)> = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    paths.sort();
    for path in paths {
        if path.extension().is_none_or(|e| e != "tsv") {
            continue;
        }
        println!("cargo::rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path).expect("corpus is UTF-8");
        for (n, line) in text.lines().enumerate() {
            let (kind, node, msg) = match corpus_line(line) {
                None => continue,
                Some(Ok(cols)) => cols,
                Some(Err(e)) => panic!("{}:{}: {e}", path.display(), n + 1),
            };
            let Some(class) = class_of(kind, node) else {
                panic!("{}:{}: unknown kind `{kind}`", path.display(), n + 1);
            };
            let mut f = Vec::new();
            features(&normalise::normalise(msg), &mut f);
            rows.push((class, node.to_string(), f));
        }
    }
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    write_crisis(&rows, &Path::new(&out).join("crisis.bin"));
    write_router(&rows, &Path::new(&out).join("route.bin"));
}

/// Multinomial logistic regression, SGD with L2, 12 passes in a fixed shuffled order.
fn write_crisis(rows: &[(usize, String, Vec<u32>)], path: &Path) {
    let k = CLASSES.len();
    let data: Vec<(usize, &[u32])> = rows
        .iter()
        .filter(|r| !r.2.is_empty())
        .map(|(c, _, f)| (*c, f.as_slice()))
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
            rate: 0.5,
            decay: 1.0,
            seed: 0x5eed_ba6e,
        },
    );
    let max = w.iter().fold(0f32, |a, v| a.max(v.abs())).max(1e-6);
    let q = max / i16::MAX as f32;
    let mut file = std::io::BufWriter::new(std::fs::File::create(path).expect("OUT_DIR"));
    file.write_all(b"BKC1").unwrap();
    file.write_all(&(k as u32).to_le_bytes()).unwrap();
    file.write_all(&q.to_le_bytes()).unwrap();
    for v in &b {
        file.write_all(&v.to_le_bytes()).unwrap();
    }
    for v in &w {
        file.write_all(&((v / q).round() as i16).to_le_bytes())
            .unwrap();
    }
}

/// Buckets of the router's weights: the crisis features folded into a smaller space, because
/// the router has one weight per bucket for each of some seventy nodes.
const ROUTE_BUCKETS: u32 = 1 << 15;

/// The router: multinomial logistic regression over the nodes, and `-` (no node: harmless
/// messages that are no crisis), SGD with only the classes that matter updated per message.
fn write_router(rows: &[(usize, String, Vec<u32>)], path: &Path) {
    let mut names: Vec<&str> = Vec::new();
    let mut data: Vec<(usize, Vec<u32>)> = Vec::new();
    for (class, node, f) in rows {
        // Messages that lead nowhere in particular are a class of their own, `-`, so that a
        // harmless sentence is not forced into the nearest topic.
        if node.starts_with("crisis-") || (node == "-" && *class != 0) || f.is_empty() {
            continue;
        }
        let c = match names.iter().position(|n| n == node) {
            Some(c) => c,
            None => {
                names.push(node);
                names.len() - 1
            }
        };
        let mut g: Vec<u32> = f.iter().map(|x| x % ROUTE_BUCKETS).collect();
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
    let max = w.iter().fold(0f32, |a, v| a.max(v.abs())).max(1e-6);
    let q = max / i16::MAX as f32;
    let mut file = std::io::BufWriter::new(std::fs::File::create(path).expect("OUT_DIR"));
    file.write_all(b"BKR2").unwrap();
    file.write_all(&(k as u32).to_le_bytes()).unwrap();
    file.write_all(&ROUTE_BUCKETS.to_le_bytes()).unwrap();
    file.write_all(&q.to_le_bytes()).unwrap();
    for (name, bias) in names.iter().zip(&b) {
        file.write_all(&[name.len() as u8]).unwrap();
        file.write_all(name.as_bytes()).unwrap();
        file.write_all(&bias.to_le_bytes()).unwrap();
    }
    for v in &w {
        file.write_all(&((v / q).round() as i16).to_le_bytes())
            .unwrap();
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
