//! The features the classifier sees: hashed word unigrams and bigrams, character n-grams
//! (3 to 5 letters) of each word, and the letters around each space (so that "k wil" and
//! "kwil", "zelf moord" and "zelfmoord" share features). Shared, as a file, with `build.rs`, which trains the weights:
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

/// FNV-1a over bytes, fed piece by piece (so that an n-gram's hash extends the (n-1)-gram's).
#[derive(Clone, Copy)]
struct Fnv(u32);

impl Fnv {
    fn new(kind: u8) -> Fnv {
        let mut h = Fnv(0x811c_9dc5);
        h.eat(kind);
        h
    }
    fn eat(&mut self, b: u8) {
        self.0 ^= b as u32;
        self.0 = self.0.wrapping_mul(0x0100_0193);
    }
    fn eat_str(&mut self, s: &str) {
        for b in s.bytes() {
            self.eat(b);
        }
    }
    fn eat_char(&mut self, c: char) {
        self.eat_str(c.encode_utf8(&mut [0u8; 4]));
    }
    fn bucket(self) -> u32 {
        self.0 % BUCKETS
    }
}

/// The character n-grams (3 to 5) of `<word>`, each a hash of its letters: the hash of a
/// window is extended letter by letter, so a word costs five hash steps per letter and no
/// allocation.
fn char_grams(chars: impl Iterator<Item = char>, out: &mut Vec<u32>) {
    let mut h = Fnv::new(b'c');
    for (n, c) in chars.take(5).enumerate() {
        h.eat_char(c);
        if n >= 2 {
            out.push(h.bucket());
        }
    }
}

fn is_number(w: &str) -> bool {
    w.bytes().all(|b| b.is_ascii_digit())
}

/// The feature buckets of a normalised message (lower case, words split by single spaces),
/// sorted and without duplicates.
pub fn features(normalised: &str, out: &mut Vec<u32>) {
    out.clear();
    let mut prev: Option<&str> = None;
    for w in normalised.split(' ').filter(|w| !w.is_empty()) {
        let mut h = Fnv::new(b'w');
        h.eat_str(w);
        out.push(h.bucket());
        if let Some(p) = prev {
            let mut h = Fnv::new(b'b');
            h.eat_str(p);
            h.eat(b' ');
            h.eat_str(w);
            out.push(h.bucket());
        }
        // Across the boundary with the previous word: the letters around the space, so that
        // "k wil" and "kwil", "zelf moord" and "zelfmoord" share something.
        if let Some(p) = prev.filter(|p| !is_number(p) && !is_number(w)) {
            let tail: Vec<char> = p.chars().rev().take(3).collect();
            let mut h = Fnv::new(b'x');
            for c in tail.iter().rev() {
                h.eat_char(*c);
            }
            for (n, c) in w.chars().take(3).enumerate() {
                h.eat_char(c);
                if n >= 1 {
                    out.push(h.bucket());
                }
            }
        }
        prev = Some(w);
        // A number is a word, not letters: its pieces ("13" of "bericht 13") say nothing
        // (stop 21: with them, "bericht 13" read as suicidal, after "113").
        if is_number(w) {
            continue;
        }
        let end = || std::iter::once('>');
        char_grams(std::iter::once('<').chain(w.chars()).chain(end()), out);
        for (at, _) in w.char_indices() {
            char_grams(w[at..].chars().chain(end()), out);
        }
    }
    out.sort_unstable();
    out.dedup();
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first implementation (a `Vec` of words, a padded `Vec<char>` and a `String` per
    /// n-gram), kept as the reference, with the letters around each space added in stop 21.
    fn reference(normalised: &str, out: &mut Vec<u32>) {
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
        out.clear();
        let words: Vec<&str> = normalised.split(' ').filter(|w| !w.is_empty()).collect();
        for (i, w) in words.iter().enumerate() {
            out.push(fnv(b'w', &[w]));
            if let Some(next) = words.get(i + 1) {
                out.push(fnv(b'b', &[w, next]));
            }
            let number = |w: &str| w.bytes().all(|b| b.is_ascii_digit());
            // Across the boundary with the previous word: its last three letters (at most)
            // and the first two and three letters of this one; not around a number.
            if i > 0 && !number(w) && !number(words[i - 1]) {
                let prev: Vec<char> = words[i - 1].chars().collect();
                let tail: String = prev[prev.len().saturating_sub(3)..].iter().collect();
                let head: Vec<char> = w.chars().take(3).collect();
                for n in 2..=head.len() {
                    let mut h: u32 = 0x811c_9dc5;
                    for b in std::iter::once(b'x').chain(tail.bytes()).chain(
                        head[..n]
                            .iter()
                            .collect::<String>()
                            .bytes()
                            .collect::<Vec<_>>(),
                    ) {
                        h ^= b as u32;
                        h = h.wrapping_mul(0x0100_0193);
                    }
                    out.push(h % BUCKETS);
                }
            }
            if number(w) {
                continue;
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

    #[test]
    fn features_are_those_the_weights_were_trained_on() {
        for text in [
            "",
            "a",
            "ab",
            "hij gaat me vermoorden",
            "ik  sla mijn huiswerk over ",
            "k wil nie meer leven 😢 echt nie",
            "ابني ضرب صاحبه",
            "мені страшно він п'яний",
            "ölmek istiyorum bıktım",
            "x y z",
            "bericht 13 en 40 bel 113",
        ] {
            let (mut a, mut b) = (Vec::new(), Vec::new());
            features(text, &mut a);
            reference(text, &mut b);
            assert_eq!(a, b, "{text:?}");
        }
    }
}
