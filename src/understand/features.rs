//! The features the classifier sees: hashed word unigrams and bigrams and character n-grams
//! (3 to 5 letters) of each word. Shared, as a file, with `build.rs`, which trains the weights:
//! training and use must see exactly the same features, so this file uses nothing but `std`.

/// Size of the hashed feature space. 2^18: few collisions for a corpus of thousands of short
/// messages, and 1.5 MB per class of `i16` weights.
pub const BUCKETS: u32 = 1 << 18;

/// The classes of the crisis classifier, in the order `build.rs` writes them.
pub const CLASSES: [&str; 6] = [
    "none",
    "caution",
    "acute",
    "suicide",
    "child",
    "child-adult",
];

/// One line of the corpus (`kind<TAB>node<TAB>text`, see `tests/corpus/README.md`): `None` for
/// a comment or an empty line, an error for a line without three columns.
pub fn corpus_line(line: &str) -> Option<Result<(&str, &str, &str), &'static str>> {
    if line.starts_with('#') || line.trim().is_empty() {
        return None;
    }
    let mut cols = line.splitn(3, '\t');
    Some(match (cols.next(), cols.next(), cols.next()) {
        (Some(kind), Some(node), Some(text)) => Ok((kind.trim(), node.trim(), text)),
        _ => Err("expected kind<TAB>node<TAB>text"),
    })
}

/// Scores to probabilities, in place (shared by training and use).
pub fn softmax(p: &mut [f32]) {
    let m = p.iter().copied().fold(f32::MIN, f32::max);
    let z: f32 = p.iter().map(|v| (v - m).exp()).sum();
    for v in p {
        *v = (*v - m).exp() / z;
    }
}

fn fnv(kind: u8, parts: &[&str]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    let mut eat = |b: u8| {
        h ^= b as u32;
        h = h.wrapping_mul(0x0100_0193);
    };
    eat(kind);
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            eat(b' ');
        }
        for b in p.bytes() {
            eat(b);
        }
    }
    h % BUCKETS
}

/// The feature buckets of a normalised message (lower case, words split by single spaces),
/// sorted and without duplicates.
pub fn features(normalised: &str, out: &mut Vec<u32>) {
    out.clear();
    let words: Vec<&str> = normalised.split(' ').filter(|w| !w.is_empty()).collect();
    for (i, w) in words.iter().enumerate() {
        out.push(fnv(b'w', &[w]));
        if let Some(next) = words.get(i + 1) {
            out.push(fnv(b'b', &[w, next]));
        }
        let padded: Vec<char> = std::iter::once('<')
            .chain(w.chars())
            .chain(std::iter::once('>'))
            .collect();
        let mut buf = String::new();
        for n in 3..=5 {
            if padded.len() < n {
                break;
            }
            for win in padded.windows(n) {
                buf.clear();
                buf.extend(win);
                out.push(fnv(b'c', &[&buf]));
            }
        }
    }
    out.sort_unstable();
    out.dedup();
}
