//! The flows' typed-word patterns, matched so that text nobody typed before is as quick as
//! text seen a thousand times.
//!
//! All patterns in one `RegexSet` looked fast in a benchmark that repeated ten messages, but
//! on the varied messages of the corpus it took about 170 µs a message (and 1–2 ms for text in
//! Cyrillic or Arabic): the set's lazy DFA had to build new states for almost every new
//! message, and building the set was a third of the start (BENCHMARKS.md). So:
//! - every pattern gets the literals one of which any match must contain (its possible
//!   beginnings, or else its possible endings: for `\b(zwanger|zwangerschap)\b`, `zwanger`);
//! - one Aho-Corasick automaton finds those literals in a message; only the patterns whose
//!   literal occurs (a handful) run their own small regex, built at first use;
//! - a pattern without such literals (it can begin with anything) always runs.
//!
//! A literal is a necessary condition for its pattern, so the result is exactly what the set
//! gave (checked on every message of the corpus, `tests/understanding.rs`).

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use regex::{Regex, RegexBuilder};
use regex_syntax::hir::literal::{ExtractKind, Extractor};

/// Room for a pattern's lazy DFA.
const DFA_LIMIT: usize = 8 << 20;

/// A pattern that cannot be used, and which one (its index), for the editor's file:line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatternError {
    pub pattern: Option<usize>,
    pub message: String,
}

/// The routing patterns, matched together.
#[derive(Debug)]
pub struct Patterns {
    sources: Vec<String>,
    regexes: Vec<OnceLock<Regex>>,
    /// The literals of all patterns, each once.
    literals: AhoCorasick,
    /// For each literal, the patterns it may start (or end).
    literal_patterns: Vec<Vec<u32>>,
    /// Patterns with no literal to look for: they always run.
    always: Vec<u32>,
}

impl Patterns {
    /// Prepare the patterns: their literals and their size are checked here, their regexes
    /// built at first use.
    pub fn new(patterns: &[String]) -> Result<Patterns, PatternError> {
        let parsed = patterns
            .iter()
            .enumerate()
            .map(|(i, p)| {
                regex_syntax::Parser::new()
                    .parse(p)
                    .map(|hir| (p.clone(), hir))
                    .map_err(|e| PatternError {
                        pattern: Some(i),
                        message: e.to_string(),
                    })
            })
            .collect::<Result<Vec<_>, _>>()?;
        Patterns::from_parsed(parsed)
    }

    /// The same, from patterns already parsed (content loading checks their syntax anyway:
    /// parsing them twice was a tenth of the start).
    pub fn from_parsed(
        patterns: Vec<(String, regex_syntax::hir::Hir)>,
    ) -> Result<Patterns, PatternError> {
        let mut index: std::collections::HashMap<Vec<u8>, usize> = Default::default();
        let mut literals: Vec<Vec<u8>> = Vec::new();
        let mut literal_patterns: Vec<Vec<u32>> = Vec::new();
        let mut always = Vec::new();
        let mut sources = Vec::with_capacity(patterns.len());
        for (i, (p, hir)) in patterns.into_iter().enumerate() {
            check_size(&p, &hir).map_err(|message| PatternError {
                pattern: Some(i),
                message,
            })?;
            sources.push(p);
            match needed_literals(&hir) {
                Some(lits) => {
                    for lit in lits {
                        let id = *index.entry(lit.clone()).or_insert_with(|| {
                            literals.push(lit);
                            literal_patterns.push(Vec::new());
                            literals.len() - 1
                        });
                        if literal_patterns[id].last() != Some(&(i as u32)) {
                            literal_patterns[id].push(i as u32);
                        }
                    }
                }
                None => always.push(i as u32),
            }
        }
        let literals = AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .match_kind(MatchKind::Standard)
            .build(&literals)
            .map_err(|e| PatternError {
                pattern: None,
                message: e.to_string(),
            })?;
        Ok(Patterns {
            regexes: sources.iter().map(|_| OnceLock::new()).collect(),
            sources,
            literals,
            literal_patterns,
            always,
        })
    }

    /// The patterns as they are matched (after the rewrites of content loading).
    pub fn sources(&self) -> &[String] {
        &self.sources
    }

    /// The patterns (indices) that match `text`, in increasing order.
    pub fn matches(&self, text: &str) -> Vec<usize> {
        let mut candidates: Vec<u32> = self.always.clone();
        for m in self.literals.find_overlapping_iter(text) {
            candidates.extend(&self.literal_patterns[m.pattern().as_usize()]);
        }
        candidates.sort_unstable();
        candidates.dedup();
        candidates
            .into_iter()
            .map(|i| i as usize)
            .filter(|&i| self.regex(i).is_match(text))
            .collect()
    }

    fn regex(&self, i: usize) -> &Regex {
        self.regexes[i].get_or_init(|| {
            RegexBuilder::new(&self.sources[i])
                .dfa_size_limit(DFA_LIMIT)
                .build()
                .expect("checked at load")
        })
    }
}

/// Literals one of which every match of the pattern contains: its possible beginnings, or
/// else its possible endings. `None` when there are no such (a pattern that can begin and end
/// with anything, or match the empty text).
fn needed_literals(hir: &regex_syntax::hir::Hir) -> Option<Vec<Vec<u8>>> {
    for kind in [ExtractKind::Prefix, ExtractKind::Suffix] {
        let mut seq = Extractor::new().kind(kind).extract(hir);
        seq.dedup();
        if let Some(lits) = seq.literals()
            && !lits.is_empty()
            && lits.iter().all(|l| !l.as_bytes().is_empty())
        {
            return Some(lits.iter().map(|l| l.as_bytes().to_vec()).collect());
        }
    }
    None
}

/// Whether a pattern fits the regex crate's default size limit. A generous estimate from the
/// parsed pattern decides first; only a pattern that might be too big has its automaton
/// compiled (what the limit measures) to know.
fn check_size(p: &str, hir: &regex_syntax::hir::Hir) -> Result<(), String> {
    use regex_automata::nfa::thompson;
    /// The regex crate's default `size_limit`.
    const SIZE_LIMIT: usize = 10 << 20;
    // At most some tens of bytes per automaton state: far under the limit is surely under.
    if estimate(hir).saturating_mul(64) < SIZE_LIMIT / 8 {
        return Ok(());
    }
    thompson::Compiler::new()
        .configure(
            thompson::Config::new()
                .nfa_size_limit(Some(SIZE_LIMIT))
                .which_captures(thompson::WhichCaptures::None),
        )
        .build(p)
        .map(|_| ())
        .map_err(|e| {
            format!("too big, over the size limit of 10 MiB compiled (make it simpler): {e}")
        })
}

/// A generous count of the automaton states a pattern needs: a class counts every range as a
/// few UTF-8 states, a repetition its upper bound times its body.
fn estimate(h: &regex_syntax::hir::Hir) -> usize {
    use regex_syntax::hir::{Class, HirKind};
    match h.kind() {
        HirKind::Empty | HirKind::Look(_) => 1,
        HirKind::Literal(l) => l.0.len(),
        HirKind::Class(Class::Unicode(c)) => c.ranges().len() * 4 + 1,
        HirKind::Class(Class::Bytes(c)) => c.ranges().len() + 1,
        HirKind::Repetition(r) => {
            let times = r.max.unwrap_or(r.min.max(1)).max(1) as usize;
            estimate(&r.sub).saturating_mul(times).saturating_add(1)
        }
        HirKind::Capture(c) => estimate(&c.sub) + 2,
        HirKind::Concat(hs) | HirKind::Alternation(hs) => {
            hs.iter().map(estimate).fold(1, usize::saturating_add)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hir(p: &str) -> regex_syntax::hir::Hir {
        regex_syntax::Parser::new().parse(p).unwrap()
    }

    #[test]
    fn a_pattern_is_looked_for_by_its_literals() {
        let lits = needed_literals(&hir(r"(?-u:\b)(zwanger|zwangerschap)(?-u:\b)")).unwrap();
        assert!(lits.iter().all(|l| l.starts_with(b"zwanger")), "{lits:?}");
        // Anything may begin it, but it ends in a known word.
        let lits = needed_literals(&hir(r"[^ ]*heid")).unwrap();
        assert_eq!(lits, [b"heid".to_vec()]);
        // Anything at both ends: it always runs.
        assert!(needed_literals(&hir(r"[^ ]+ [^ ]+")).is_none());
    }

    #[test]
    fn a_pattern_too_big_is_refused_at_load() {
        let big = vec![r"\p{L}{1000}\p{L}{1000}.{0,40}x".to_string()];
        assert!(Patterns::new(&big).is_err());
        let fine = vec![r"\b(a|b)\b.{0,60}\b(c|d)\b".to_string()];
        assert!(Patterns::new(&fine).is_ok());
    }

    #[test]
    fn the_result_is_the_sets() {
        let patterns: Vec<String> = [
            r"\b(familie|broers)\b.{0,40}\b(bedreigt|dwingt)\b",
            r"\bhulp\b",
            r"\bveilig thuis\b.{0,10}\bbellen\b",
            r"a.*b|c",
            r"[^ ]+ [^ ]+",
            r"[^ ]*heid\b",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let ours = Patterns::new(&patterns).unwrap();
        let set = regex::RegexSet::new(&patterns).unwrap();
        for text in [
            "mijn familie bedreigt mij",
            "mijn broers zeggen dat ze mij dwingt",
            "de familie is lief en niemand hier bedreigt iemand anders dan de buurman van verderop",
            "hulp bij veilig thuis bellen",
            "veilig thuis moet ik ze echt gaan bellen",
            "c",
            "xaxb",
            "onveiligheid",
            "",
        ] {
            let want: Vec<usize> = set.matches(text).into_iter().collect();
            assert_eq!(ours.matches(text), want, "{text}");
        }
    }
}
