//! Concepts and the rules that combine them: the part of crisis detection a content editor can
//! read and extend.
//!
//! A **concept** is a list of terms for one idea, in one language's `concepts.toml`
//! (`locales/<lang>/concepts.toml`): `kill = ["vermoord*", "maak .. af", "kill*"]`. Concepts with
//! the same name in different languages are one concept, so a sentence that mixes Dutch and
//! English still meets every word it uses. A **rule** (`locales/rules.toml`) names the concepts
//! that must occur together, how close, and the concepts that veto it (an idiom, a film, a
//! question about 112).
//!
//! Terms are matched on normalised words ([`super::normalise`]), never on raw text:
//! - `mes` a whole word; words of six letters or more also match with one letter wrong,
//!   missing, added or two letters swapped (`vermoorden` ~ `vermooden`); `=mes` turns that off;
//! - `vermoord*` a word that starts with it, `*mes` one that ends with it (`keukenmes`),
//!   `*moord*` one that contains it;
//! - `{8-17}` a number in that range (ages);
//! - `maak .. af` words in a row, `..` standing for up to three other words; between two words
//!   of a term one other word may always stand (`beter af zonder mij` matches "beter af zijn
//!   zonder mij").
//!
//! Each language's `[same]` table reads short and regional forms as one word before matching,
//! in messages and terms alike (`ni` and `nt` are `niet`, `mn` is `mijn`).
//!
//! Words typed together or split apart are found too: a one-word term also matches two words
//! written as one (`ver moorden`), and a term of seven letters or more is found anywhere in the
//! message with the spaces taken out (`hijgaatmevermoorden`).

use std::collections::BTreeMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The maps below are looked up a few hundred times per message with short words. Their keys
/// come from the content, not from people, so a fast non-keyed hash (FxHash, as in rustc) is
/// safe and several times cheaper than the default SipHash.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let w = u64::from_le_bytes(c.try_into().expect("8 bytes"));
            self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ b as u64).wrapping_mul(K);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

pub(crate) type HashMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<FxHasher>>;

use aho_corasick::AhoCorasick;
use serde::Deserialize;
use toml::Spanned;

use crate::content::{CrisisKind, Problem, SourceFile, line_of};

/// One word of a term.
#[derive(Debug, Clone, PartialEq)]
enum Tok {
    /// A whole word; `true` when one typo is tolerated.
    Word(String, bool),
    Prefix(String),
    Suffix(String),
    Infix(String),
    /// A number in a range, with an optional unit written against it (`{8-17}jr`: `12jr`).
    Range(u32, u32, String),
    /// Up to this many other words.
    Gap(usize),
}

impl Tok {
    fn matches(&self, word: &str) -> bool {
        match self {
            Tok::Word(w, fuzzy) => w == word || (*fuzzy && one_edit(w, word)),
            Tok::Prefix(p) => word.starts_with(p.as_str()),
            Tok::Suffix(p) => word.ends_with(p.as_str()),
            Tok::Infix(p) => word.contains(p.as_str()),
            Tok::Range(a, b, unit) => word
                .strip_suffix(unit.as_str())
                .and_then(|n| n.parse::<u32>().ok())
                .is_some_and(|n| (*a..=*b).contains(&n)),
            Tok::Gap(_) => true,
        }
    }
}

/// Whether two words differ by one edit: a letter changed, added or removed, or two neighbouring
/// letters swapped (optimal string alignment distance 1).
fn one_edit(a: &str, b: &str) -> bool {
    // Most words are ASCII: compared as bytes, without collecting the letters.
    if a.is_ascii() && b.is_ascii() {
        return one_edit_in(a.as_bytes(), b.as_bytes());
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    one_edit_in(&a, &b)
}

fn one_edit_in<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    if a.len().abs_diff(b.len()) > 1 || a.len() < FUZZY_MIN || b.len() < FUZZY_MIN - 1 {
        return false;
    }
    let p = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    if p == a.len() && p == b.len() {
        return true;
    }
    let (ra, rb) = (&a[p..], &b[p..]);
    match ra.len().cmp(&rb.len()) {
        std::cmp::Ordering::Equal => {
            ra[1..] == rb[1..]
                || (ra.len() >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..])
        }
        std::cmp::Ordering::Greater => ra[1..] == *rb,
        std::cmp::Ordering::Less => *ra == rb[1..],
    }
}

/// Words shorter than this are matched exactly: one letter off in a short word is another word
/// (`slaat`/`staat`, `mes`/`mas`).
const FUZZY_MIN: usize = 6;
/// Terms this long are also searched for in the message with its spaces taken out.
const GLUED_MIN: usize = 7;
/// How far (in words) a veto reaches from the words that made a rule fire.
const VETO_REACH: usize = 12;
/// Negation reaches this many words before a negatable concept, and two after (Dutch puts
/// `niet` after the verb: "hij slaat me niet").
const NEGATION_BEFORE: usize = 3;
const NEGATION_AFTER: usize = 2;

#[derive(Debug, Clone)]
struct Term {
    concept: usize,
    toks: Vec<Tok>,
}

/// What a rule decides when it fires.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Crisis(CrisisKind),
    /// Possible danger: the routed answer, with one safety line first.
    Caution,
}

#[derive(Debug, Clone)]
pub struct Rule {
    pub id: String,
    pub decision: Decision,
    /// `firm = true`: the classifier never turns this rule's crisis into the caution level
    /// (strangling, in any tense, is always a danger sign).
    pub firm: bool,
    /// Every entry must be met by one of its concepts.
    all: Vec<Vec<usize>>,
    within: Option<usize>,
    unless: Vec<usize>,
}

/// A concept found in a message: words `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Occurrence {
    pub concept: usize,
    pub start: usize,
    pub end: usize,
}

/// The concepts of every language and the rules, compiled for matching.
#[derive(Debug, Default)]
pub struct Lexicon {
    concepts: Vec<String>,
    terms: Vec<Term>,
    /// First word of a term → terms, by kind of first word.
    exact: HashMap<String, Vec<usize>>,
    /// Fuzzy first words: the word and each form of it with one letter removed → terms.
    fuzzy: HashMap<String, Vec<usize>>,
    prefix: HashMap<String, Vec<usize>>,
    suffix: HashMap<String, Vec<usize>>,
    prefix_lens: Vec<usize>,
    suffix_lens: Vec<usize>,
    /// Infix first words (`*x*`), found in a word by one automaton instead of one by one; the
    /// terms of each infix.
    infix: Option<AhoCorasick>,
    infix_terms: Vec<Vec<usize>>,
    /// Number ranges (`{8-17}jr`): only tried on words with a digit.
    ranges: Vec<usize>,
    other: Vec<usize>,
    /// The most words a term's match can cover (gaps included; at least two, for two words
    /// read as one).
    max_span: usize,
    glued: Option<AhoCorasick>,
    glued_terms: Vec<usize>,
    rules: Vec<Rule>,
    negation: Option<usize>,
    negatable: Vec<bool>,
    /// Short and regional forms → the word they stand for.
    same: HashMap<String, String>,
    /// The classifier alone may not decide this kind when one of the first concepts is present,
    /// or when none of the second is (if any are listed).
    guards: Vec<(CrisisKind, Vec<usize>, Vec<usize>)>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ConceptsFile {
    #[serde(default)]
    same: BTreeMap<String, Spanned<String>>,
    #[serde(default)]
    concepts: BTreeMap<String, Vec<Spanned<String>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RulesFile {
    #[serde(default)]
    negation: Option<Spanned<String>>,
    #[serde(default)]
    negatable: Vec<Spanned<String>>,
    #[serde(default, rename = "rule")]
    rules: Vec<RawRule>,
    #[serde(default, rename = "guard")]
    guards: Vec<RawGuard>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGuard {
    kind: Spanned<String>,
    #[serde(default)]
    when: Vec<Spanned<String>>,
    #[serde(default)]
    needs: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    id: Spanned<String>,
    kind: Spanned<String>,
    all: Vec<Spanned<String>>,
    within: Option<usize>,
    #[serde(default)]
    unless: Vec<Spanned<String>>,
    #[serde(default)]
    firm: bool,
}

fn parse_tok(word: &str) -> Result<Tok, String> {
    if word == ".." {
        return Ok(Tok::Gap(3));
    }
    if let Some((r, unit)) = word.strip_prefix('{').and_then(|w| w.split_once('}')) {
        let unit = super::normalise::normalise(unit);
        let (a, b) = r
            .split_once('-')
            .ok_or_else(|| format!("`{word}`: a range is written {{8-17}}"))?;
        let (a, b) = (a.trim().parse(), b.trim().parse());
        return match (a, b) {
            (Ok(a), Ok(b)) if a <= b && !unit.contains(' ') => Ok(Tok::Range(a, b, unit)),
            _ => Err(format!("`{word}`: a range is written {{8-17}}")),
        };
    }
    let (exact, w) = match word.strip_prefix('=') {
        Some(w) => (true, w),
        None => (false, word),
    };
    let start = w.starts_with('*');
    let end = w.ends_with('*') && w.len() > 1;
    let core = w.trim_matches('*');
    let norm = super::normalise::normalise(core);
    if norm.is_empty() || norm.contains(' ') || core.contains('*') {
        return Err(format!(
            "`{word}` is not a word (letters and digits, with `*` only at the start or end)"
        ));
    }
    Ok(match (start, end) {
        (true, true) => Tok::Infix(norm),
        (true, false) => Tok::Suffix(norm),
        (false, true) => Tok::Prefix(norm),
        (false, false) => {
            let fuzzy = !exact && norm.chars().count() >= FUZZY_MIN;
            Tok::Word(norm, fuzzy)
        }
    })
}

/// A DFA: larger than the default, but each message is searched with it many times.
fn automaton(patterns: &[String]) -> Option<AhoCorasick> {
    AhoCorasick::builder()
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(patterns)
        .ok()
}

fn deletions(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    (0..chars.len())
        .map(|i| {
            chars
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .map(|(_, c)| c)
                .collect()
        })
        .collect()
}

impl Lexicon {
    /// Build from every language's `concepts.toml` and the shared `rules.toml`. Problems (with
    /// file and line) are added to `problems`; what could be read is kept.
    pub fn load(
        concept_files: &[&SourceFile],
        rules: Option<&SourceFile>,
        problems: &mut Vec<Problem>,
    ) -> Lexicon {
        let mut lex = Lexicon::default();
        let mut index: HashMap<String, usize> = HashMap::default();
        let mut parsed_files = Vec::new();
        for file in concept_files {
            match toml::from_str::<ConceptsFile>(&file.text) {
                Ok(f) => parsed_files.push((file, f)),
                Err(e) => {
                    let line = e.span().map(|s| line_of(&file.text, s.start));
                    problems.push(Problem::new(&file.path, line, e.message().trim()));
                }
            }
        }
        for (file, parsed) in &parsed_files {
            for (short, long) in &parsed.same {
                let (s, l) = (
                    super::normalise::normalise(short),
                    super::normalise::normalise(long.get_ref()),
                );
                if s.is_empty() || s.contains(' ') || l.is_empty() || l.contains(' ') {
                    problems.push(Problem::new(
                        &file.path,
                        Some(line_of(&file.text, long.span().start)),
                        format!(
                            "`{short} = {}`: [same] maps one word to one word",
                            long.get_ref()
                        ),
                    ));
                    continue;
                }
                lex.same.insert(s, l);
            }
        }
        for (file, parsed) in parsed_files {
            for (name, terms) in parsed.concepts {
                let concept = *index.entry(name.clone()).or_insert_with(|| {
                    lex.concepts.push(name.clone());
                    lex.concepts.len() - 1
                });
                for t in terms {
                    // Counted only for a problem: counting lines for every term made loading
                    // quadratic in the file's size.
                    let line = || line_of(&file.text, t.span().start);
                    // A hyphen or other punctuation inside a word splits it, as in messages.
                    let mut depth = 0;
                    let spaced: String = t
                        .get_ref()
                        .chars()
                        .map(|c| {
                            match c {
                                '{' => depth += 1,
                                '}' => depth -= 1,
                                '-' | '/' if depth == 0 => return ' ',
                                _ => {}
                            }
                            c
                        })
                        .collect();
                    let words: Vec<&str> = spaced.split_whitespace().collect();
                    if words.is_empty() {
                        problems.push(Problem::new(&file.path, Some(line()), "an empty term"));
                        continue;
                    }
                    match words
                        .iter()
                        .map(|w| parse_tok(w))
                        .collect::<Result<Vec<_>, _>>()
                    {
                        Err(e) => problems.push(Problem::new(&file.path, Some(line()), e)),
                        Ok(toks)
                            if matches!(toks[0], Tok::Gap(_))
                                || matches!(toks.last(), Some(Tok::Gap(_))) =>
                        {
                            problems.push(Problem::new(
                                &file.path,
                                Some(line()),
                                format!("`{}`: `..` belongs between two words", t.get_ref()),
                            ))
                        }
                        Ok(mut toks) => {
                            for t in &mut toks {
                                if let Tok::Word(w, fuzzy) = t
                                    && let Some(l) = lex.same.get(w.as_str())
                                {
                                    *fuzzy = l.chars().count() >= FUZZY_MIN && *fuzzy;
                                    *w = l.clone();
                                }
                            }
                            lex.terms.push(Term { concept, toks })
                        }
                    }
                }
            }
        }
        let concept_of = |s: &Spanned<String>, file: &SourceFile, problems: &mut Vec<Problem>| {
            let found = index.get(s.get_ref().trim()).copied();
            if found.is_none() {
                problems.push(Problem::new(
                    &file.path,
                    Some(line_of(&file.text, s.span().start)),
                    format!(
                        "concept `{}` is not defined in any locales/<lang>/concepts.toml",
                        s.get_ref()
                    ),
                ));
            }
            found
        };
        match rules {
            None => problems.push(Problem::new(
                "locales/rules.toml",
                None,
                "missing: crisis detection needs its rules",
            )),
            Some(file) => match toml::from_str::<RulesFile>(&file.text) {
                Err(e) => {
                    let line = e.span().map(|s| line_of(&file.text, s.start));
                    problems.push(Problem::new(&file.path, line, e.message().trim()));
                }
                Ok(raw) => {
                    lex.negation = raw
                        .negation
                        .as_ref()
                        .and_then(|n| concept_of(n, file, problems));
                    lex.negatable = vec![false; lex.concepts.len()];
                    for n in &raw.negatable {
                        if let Some(c) = concept_of(n, file, problems) {
                            lex.negatable[c] = true;
                        }
                    }
                    for g in &raw.guards {
                        let kind = CrisisKind::ALL
                            .iter()
                            .find(|c| c.name() == g.kind.get_ref());
                        let Some(kind) = kind else {
                            problems.push(Problem::new(
                                &file.path,
                                Some(line_of(&file.text, g.kind.span().start)),
                                format!(
                                    "unknown kind `{}` (known: acute, suicide, child, child-adult)",
                                    g.kind.get_ref()
                                ),
                            ));
                            continue;
                        };
                        let when = g
                            .when
                            .iter()
                            .filter_map(|c| concept_of(c, file, problems))
                            .collect();
                        let needs = g
                            .needs
                            .iter()
                            .filter_map(|c| concept_of(c, file, problems))
                            .collect();
                        lex.guards.push((*kind, when, needs));
                    }
                    for r in raw.rules {
                        let line = line_of(&file.text, r.id.span().start);
                        let decision = match r.kind.get_ref().as_str() {
                            "caution" => Some(Decision::Caution),
                            k => CrisisKind::ALL
                                .iter()
                                .find(|c| c.name() == k)
                                .map(|c| Decision::Crisis(*c)),
                        };
                        let Some(decision) = decision else {
                            problems.push(Problem::new(
                                &file.path,
                                Some(line_of(&file.text, r.kind.span().start)),
                                format!(
                                    "unknown kind `{}` (known: acute, suicide, child, child-adult, caution)",
                                    r.kind.get_ref()
                                ),
                            ));
                            continue;
                        };
                        if r.firm && decision == Decision::Caution {
                            problems.push(Problem::new(
                                &file.path,
                                Some(line),
                                format!(
                                    "rule `{}`: `firm = true` only keeps a crisis from being turned down to caution; on a caution rule it does nothing (remove it, or give the rule a crisis kind)",
                                    r.id.get_ref()
                                ),
                            ));
                        }
                        if r.all.is_empty() {
                            problems.push(Problem::new(
                                &file.path,
                                Some(line),
                                format!(
                                    "rule `{}` needs at least one concept in `all`",
                                    r.id.get_ref()
                                ),
                            ));
                        }
                        let mut all = Vec::new();
                        for entry in &r.all {
                            let mut alts = Vec::new();
                            for alt in entry.get_ref().split('|') {
                                let s = Spanned::new(entry.span(), alt.trim().to_string());
                                alts.extend(concept_of(&s, file, problems));
                            }
                            all.push(alts);
                        }
                        let unless = r
                            .unless
                            .iter()
                            .filter_map(|u| concept_of(u, file, problems))
                            .collect();
                        lex.rules.push(Rule {
                            id: r.id.into_inner(),
                            decision,
                            firm: r.firm,
                            all,
                            within: r.within,
                            unless,
                        });
                    }
                }
            },
        }
        lex.negatable.resize(lex.concepts.len(), false);
        lex.compile();
        lex
    }

    /// Concepts that only ever veto (named in a rule's `unless`, never in a rule's `all`, a
    /// guard or `negatable`). Their words are not looked for inside other words typed together
    /// (nor is a word written `=exact`): the sport veto "voetbal" found inside "voetbaltrainer"
    /// stopped a football coach's report of a beaten boy. (Matching veto words only without
    /// typos was measured too: on the training part, rules alone, 25 more crises found and 42
    /// more false ones; not taken.)
    fn veto_only(&self) -> Vec<bool> {
        let mut veto = vec![false; self.concepts.len()];
        for r in &self.rules {
            for &c in &r.unless {
                veto[c] = true;
            }
        }
        let mut deciding = vec![false; self.concepts.len()];
        for r in &self.rules {
            for &c in r.all.iter().flatten() {
                deciding[c] = true;
            }
        }
        for (_, when, needs) in &self.guards {
            for &c in when.iter().chain(needs) {
                deciding[c] = true;
            }
        }
        for (c, d) in deciding.iter_mut().enumerate() {
            *d |= self.negatable.get(c).copied().unwrap_or(false) || Some(c) == self.negation;
        }
        veto.iter().zip(&deciding).map(|(v, d)| *v && !d).collect()
    }

    fn compile(&mut self) {
        let veto_only = self.veto_only();
        let mut glued = Vec::new();
        let mut infixes: Vec<String> = Vec::new();
        self.max_span = self
            .terms
            .iter()
            .map(|t| {
                1 + t.toks[1..]
                    .iter()
                    .map(|tok| match tok {
                        Tok::Gap(n) => *n,
                        _ => 1 + IMPLICIT_GAP,
                    })
                    .sum::<usize>()
            })
            .max()
            .unwrap_or(0)
            .max(2);
        for (i, term) in self.terms.iter().enumerate() {
            match &term.toks[0] {
                Tok::Word(w, fuzzy) => {
                    self.exact.entry(w.clone()).or_default().push(i);
                    if *fuzzy {
                        for d in deletions(w).into_iter().chain([w.clone()]) {
                            let v = self.fuzzy.entry(d).or_default();
                            if !v.contains(&i) {
                                v.push(i);
                            }
                        }
                    }
                }
                Tok::Prefix(p) => {
                    self.prefix.entry(p.clone()).or_default().push(i);
                    let n = p.chars().count();
                    if !self.prefix_lens.contains(&n) {
                        self.prefix_lens.push(n);
                    }
                }
                Tok::Suffix(p) => {
                    self.suffix.entry(p.clone()).or_default().push(i);
                    let n = p.chars().count();
                    if !self.suffix_lens.contains(&n) {
                        self.suffix_lens.push(n);
                    }
                }
                Tok::Infix(x) => match infixes.iter().position(|y| y == x) {
                    Some(at) => self.infix_terms[at].push(i),
                    None => {
                        infixes.push(x.clone());
                        self.infix_terms.push(vec![i]);
                    }
                },
                Tok::Range(..) => self.ranges.push(i),
                _ => self.other.push(i),
            }
            // Words typed together: not for a word written `=exact`, nor for a veto's words.
            if term.toks.len() == 1 && !veto_only[term.concept] {
                let stem = match &term.toks[0] {
                    Tok::Word(w, true) | Tok::Prefix(w) | Tok::Suffix(w) | Tok::Infix(w) => Some(w),
                    _ => None,
                };
                if let Some(stem) = stem.filter(|s| s.chars().count() >= GLUED_MIN) {
                    glued.push(stem.clone());
                    self.glued_terms.push(i);
                }
            }
        }
        if !glued.is_empty() {
            self.glued = automaton(&glued);
        }
        if !infixes.is_empty() {
            self.infix = automaton(&infixes);
        }
    }

    pub fn concept_name(&self, i: usize) -> &str {
        &self.concepts[i]
    }

    pub fn concept(&self, name: &str) -> Option<usize> {
        self.concepts.iter().position(|c| c == name)
    }

    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// Every concept found in the variants of a message (see [`super::normalise::variants`]).
    pub fn occurrences(&self, variants: &[String]) -> Vec<Occurrence> {
        let mut out = Vec::new();
        let mut first: Vec<&str> = Vec::new();
        let mut changed: Vec<bool> = Vec::new();
        for (k, v) in variants.iter().enumerate() {
            let words: Vec<&str> = if v.is_empty() {
                vec![]
            } else {
                v.split(' ')
                    .map(|w| self.same.get(w).map_or(w, String::as_str))
                    .collect()
            };
            // The other variants differ from the first in a few words (a stretched or a leet
            // word): only terms that could reach a changed word need to be tried again.
            let only = if k > 0 && words.len() == first.len() {
                changed.clear();
                changed.extend(words.iter().zip(&first).map(|(a, b)| a != b));
                Some(changed.as_slice())
            } else {
                None
            };
            self.find_in(&words, only, &mut out);
            self.find_glued(v, &words, &mut out);
            if k == 0 {
                first = words;
            }
        }
        out.sort();
        out.dedup();
        out
    }

    fn candidates(&self, word: &str, out: &mut Vec<usize>) {
        self.candidates_with(word, true, out)
    }

    /// Terms whose first word may match `word`; `fuzzy` also looks for one-typo matches (not
    /// for two words read as one: that would be two liberties at once, and costly).
    ///
    /// Each candidate is pushed as `term << 1 | unsure`: a term found by its exact word, prefix,
    /// suffix or infix matches `word` for certain; one found by a deletion (a possible typo), a
    /// number range or no index at all must still be checked with [`Tok::matches`]. Sorted,
    /// the certain entry of a term comes first. (Checking every candidate again cost a tenth of
    /// a step, most of it comparing a word with itself.)
    fn candidates_with(&self, word: &str, fuzzy: bool, out: &mut Vec<usize>) {
        let sure = |t: &usize| t << 1;
        let unsure = |t: &usize| (t << 1) | 1;
        if let Some(t) = self.exact.get(word) {
            out.extend(t.iter().map(sure));
        }
        let n = word.chars().count();
        if fuzzy && n + 1 >= FUZZY_MIN && !self.fuzzy.is_empty() {
            if let Some(t) = self.fuzzy.get(word) {
                out.extend(t.iter().map(unsure));
            }
            if n >= FUZZY_MIN {
                // Each one-letter deletion, built in one buffer (no allocation per deletion).
                let mut d = String::with_capacity(word.len());
                for (skip, _) in word.char_indices() {
                    d.clear();
                    d.push_str(&word[..skip]);
                    let next = word[skip..].chars().next().map_or(0, char::len_utf8);
                    d.push_str(&word[skip + next..]);
                    if let Some(t) = self.fuzzy.get(d.as_str()) {
                        out.extend(t.iter().map(unsure));
                    }
                }
            }
        }
        if !self.prefix_lens.is_empty() || !self.suffix_lens.is_empty() {
            // Where each letter starts (and the end): a prefix or suffix of any length is then
            // one slice, not a walk over the word per length.
            let at = |k: usize| word.char_indices().nth(k).map_or(word.len(), |(i, _)| i);
            let ascii = word.is_ascii();
            let bound = |k: usize| if ascii { k } else { at(k) };
            for &len in &self.prefix_lens {
                if n >= len
                    && let Some(t) = self.prefix.get(&word[..bound(len)])
                {
                    out.extend(t.iter().map(sure));
                }
            }
            for &len in &self.suffix_lens {
                if n >= len
                    && let Some(t) = self.suffix.get(&word[bound(n - len)..])
                {
                    out.extend(t.iter().map(sure));
                }
            }
        }
        if let Some(ac) = &self.infix {
            for m in ac.find_overlapping_iter(word) {
                out.extend(self.infix_terms[m.pattern().as_usize()].iter().map(sure));
            }
        }
        if word.bytes().any(|b| b.is_ascii_digit()) {
            out.extend(self.ranges.iter().map(unsure));
        }
        out.extend(self.other.iter().map(unsure));
    }

    fn find_in(&self, words: &[&str], only: Option<&[bool]>, out: &mut Vec<Occurrence>) {
        let mut cands = Vec::new();
        let mut joined = String::new();
        for i in 0..words.len() {
            if let Some(changed) = only {
                let hi = (i + self.max_span).min(words.len());
                if !changed[i..hi].contains(&true) {
                    continue;
                }
            }
            cands.clear();
            self.candidates(words[i], &mut cands);
            cands.sort_unstable();
            cands.dedup_by_key(|c| *c >> 1);
            for &c in &cands {
                let term = &self.terms[c >> 1];
                if c & 1 == 1 && !term.toks[0].matches(words[i]) {
                    continue;
                }
                if let Some(end) = match_rest(&term.toks[1..], words, i + 1) {
                    out.push(Occurrence {
                        concept: term.concept,
                        start: i,
                        end,
                    });
                }
            }
            // Two words that are one ("ver moorden", "zelf moord"): one-word terms only.
            if i + 1 < words.len() {
                joined.clear();
                joined.push_str(words[i]);
                joined.push_str(words[i + 1]);
                cands.clear();
                self.candidates_with(&joined, false, &mut cands);
                for &c in &cands {
                    let term = &self.terms[c >> 1];
                    // A negation word is not the first half of a word: "مش بيضربني" (he does
                    // not hit me) is a negation and a verb, not one verb.
                    if term.toks.len() == 1
                        && term.toks[0].matches(&joined)
                        && !self.is_negation_word(words[i])
                    {
                        out.push(Occurrence {
                            concept: term.concept,
                            start: i,
                            end: i + 2,
                        });
                    }
                }
            }
        }
    }

    /// Long terms in the message with its spaces taken out: words typed together.
    fn find_glued(&self, text: &str, words: &[&str], out: &mut Vec<Occurrence>) {
        let Some(ac) = &self.glued else { return };
        if words.len() > 1 && words.iter().all(|w| w.chars().count() < GLUED_MIN) {
            // No word is long enough to hide a glued term, and split words are found above.
            return;
        }
        let mut squashed = String::with_capacity(text.len());
        let mut word_at = Vec::with_capacity(text.len());
        for (wi, w) in words.iter().enumerate() {
            squashed.push_str(w);
            word_at.extend(std::iter::repeat_n(wi, w.len()));
        }
        for m in ac.find_overlapping_iter(&squashed) {
            let term = self.glued_terms[m.pattern().as_usize()];
            let (start, end) = (word_at[m.start()], word_at[m.end() - 1] + 1);
            if end - start > 1 && self.is_negation_word(words[start]) {
                continue;
            }
            out.push(Occurrence {
                concept: self.terms[term].concept,
                start,
                end,
            });
        }
    }

    /// Whether a whole word is one of the negation concept's words.
    fn is_negation_word(&self, word: &str) -> bool {
        let Some(neg) = self.negation else {
            return false;
        };
        let mut cands = Vec::new();
        self.candidates_with(word, false, &mut cands);
        cands.iter().any(|&c| {
            let term = &self.terms[c >> 1];
            term.concept == neg && term.toks.len() == 1 && term.toks[0].matches(word)
        })
    }

    fn negated(&self, o: &Occurrence, all: &[Occurrence]) -> bool {
        let Some(neg) = self.negation else {
            return false;
        };
        if !self.negatable[o.concept] {
            return false;
        }
        // A negation word that is part of a longer phrase of another concept ("not joking",
        // "no joke", "geen grap") belongs to that phrase: it negates nothing else.
        let in_phrase = |n: &Occurrence| {
            all.iter().any(|m| {
                m.concept != neg
                    && m.end - m.start > n.end - n.start
                    && m.start <= n.start
                    && n.end <= m.end
            })
        };
        all.iter().any(|n| {
            n.concept == neg
                && ((n.end <= o.start && o.start - n.end < NEGATION_BEFORE)
                    || (n.start >= o.end && n.start - o.end < NEGATION_AFTER))
                && !in_phrase(n)
        })
    }

    /// Whether a guard keeps the classifier alone from deciding `kind` here.
    pub fn guarded(&self, kind: CrisisKind, occ: &[Occurrence]) -> bool {
        self.guards.iter().any(|(k, when, needs)| {
            *k == kind
                && (occ.iter().any(|o| when.contains(&o.concept))
                    || (!needs.is_empty() && !occ.iter().any(|o| needs.contains(&o.concept))))
        })
    }

    /// The rules that fire on these occurrences, in file order.
    pub fn decide(&self, occ: &[Occurrence]) -> Vec<&Rule> {
        if occ.is_empty() {
            return Vec::new();
        }
        let live: Vec<Occurrence> = occ
            .iter()
            .filter(|o| !self.negated(o, occ))
            .copied()
            .collect();
        // Which concepts are present at all: most rules fail on that alone, cheaply.
        let mut present = vec![false; self.concepts.len()];
        for o in &live {
            present[o.concept] = true;
        }
        self.rules
            .iter()
            .filter(|r| r.all.iter().all(|alts| alts.iter().any(|c| present[*c])))
            .filter(|r| self.fires(r, &live, occ))
            .collect()
    }

    fn fires(&self, rule: &Rule, live: &[Occurrence], all: &[Occurrence]) -> bool {
        let per: Vec<Vec<&Occurrence>> = rule
            .all
            .iter()
            .map(|alts| {
                live.iter()
                    .filter(|o| alts.contains(&o.concept))
                    .take(8)
                    .collect()
            })
            .collect();
        if per.iter().any(|p| p.is_empty()) {
            return false;
        }
        // Try every combination (each list is short) for one that is close enough and not vetoed.
        let mut idx = vec![0usize; per.len()];
        loop {
            let chosen: Vec<&Occurrence> = idx.iter().zip(&per).map(|(i, p)| p[*i]).collect();
            let start = chosen.iter().map(|o| o.start).min().unwrap_or(0);
            let end = chosen.iter().map(|o| o.end).max().unwrap_or(0);
            let close = rule.within.is_none_or(|w| end - start <= w + chosen.len());
            if close {
                let lo = start.saturating_sub(VETO_REACH);
                let hi = end + VETO_REACH;
                let vetoed = all
                    .iter()
                    .any(|o| rule.unless.contains(&o.concept) && o.end > lo && o.start < hi);
                if !vetoed {
                    return true;
                }
            }
            // Next combination.
            let mut k = 0;
            loop {
                if k == idx.len() {
                    return false;
                }
                idx[k] += 1;
                if idx[k] < per[k].len() {
                    break;
                }
                idx[k] = 0;
                k += 1;
            }
        }
    }
}

fn match_rest(toks: &[Tok], words: &[&str], at: usize) -> Option<usize> {
    let Some(first) = toks.first() else {
        return Some(at);
    };
    if let Tok::Gap(n) = first {
        for skip in 0..=*n {
            if let Some(end) = match_rest(&toks[1..], words, at + skip) {
                return Some(end);
            }
        }
        return None;
    }
    // The next word of the term, right here or after one other word.
    for skip in 0..=IMPLICIT_GAP {
        let w = words.get(at + skip)?;
        if first.matches(w)
            && let Some(end) = match_rest(&toks[1..], words, at + skip + 1)
        {
            return Some(end);
        }
    }
    None
}

/// Between two words of a term, this many other words may stand.
const IMPLICIT_GAP: usize = 1;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_edit_is_one_letter_changed_added_removed_or_swapped() {
        assert!(one_edit("vermoorden", "vermoorden"));
        assert!(one_edit("vermoorden", "vermooden"));
        assert!(one_edit("vermoorden", "vermoordden"));
        assert!(one_edit("vermoorden", "vermoordne"));
        assert!(one_edit("vermoorden", "vermaorden"));
        assert!(!one_edit("vermoorden", "vermaordne"));
        assert!(!one_edit("slaat", "staat"), "short words are exact");
    }

    fn lex(concepts: &str, rules: &str) -> Lexicon {
        let c = SourceFile {
            path: "c.toml".into(),
            text: concepts.into(),
            instance: false,
        };
        let r = SourceFile {
            path: "r.toml".into(),
            text: rules.into(),
            instance: false,
        };
        let mut problems = Vec::new();
        let l = Lexicon::load(&[&c], Some(&r), &mut problems);
        assert!(problems.is_empty(), "{problems:?}");
        l
    }

    fn fired(l: &Lexicon, text: &str) -> Vec<String> {
        let v = super::super::normalise::variants(text);
        l.decide(&l.occurrences(&v))
            .iter()
            .map(|r| r.id.clone())
            .collect()
    }

    #[test]
    fn firm_on_a_caution_rule_is_refused_with_its_line() {
        let c = SourceFile {
            path: "c.toml".into(),
            text: "[concepts]\nfear = [\"bang\"]\n".into(),
            instance: false,
        };
        let r = SourceFile {
            path: "r.toml".into(),
            text: "[[rule]]\nid = \"ok\"\nkind = \"acute\"\nall = [\"fear\"]\nfirm = true\n\n[[rule]]\nid = \"afraid\"\nkind = \"caution\"\nall = [\"fear\"]\nfirm = true\n".into(),
            instance: false,
        };
        let mut problems = Vec::new();
        Lexicon::load(&[&c], Some(&r), &mut problems);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].file, "r.toml");
        assert_eq!(problems[0].line, Some(8), "the line of the rule's id");
        assert!(problems[0].message.contains("afraid"), "{problems:?}");
    }

    #[test]
    fn rules_combine_concepts_and_vetoes_and_negation_hold() {
        let l = lex(
            r#"[concepts]
kill = ["vermoord*", "maak .. af", "kill*"]
me = ["me", "mij", "me"]
idiom = ["lachen"]
hit = ["slaat"]
neg = ["niet", "geen"]
weapon = ["*mes", "knife"]
strangle = ["gewurgd"]
no-joke = ["geen grap"]
beat = ["*beukt*"]
"#,
            r#"negation = "neg"
negatable = ["hit", "beat"]
[[rule]]
id = "beat"
kind = "caution"
all = ["beat"]
[[rule]]
id = "kill-me"
kind = "acute"
all = ["kill", "me"]
within = 6
unless = ["idiom"]
[[rule]]
id = "hit"
kind = "caution"
all = ["hit"]
[[rule]]
id = "weapon"
kind = "acute"
all = ["weapon"]
[[rule]]
id = "strangle"
kind = "acute"
all = ["strangle"]
"#,
        );
        assert_eq!(fired(&l, "hij gaat me VERMOORDEN!!"), ["kill-me"]);
        assert_eq!(fired(&l, "hij gaat me vermooorden"), ["kill-me"]);
        assert_eq!(fired(&l, "hij gaat me ver moorden"), ["kill-me"]);
        assert_eq!(fired(&l, "hijheeftmegewurgd"), ["strangle"]);
        assert_eq!(fired(&l, "hij heeft me gewrugd"), ["strangle"]);
        assert_eq!(
            fired(&l, "ik maak je helemaal af zei hij tegen me"),
            ["kill-me"]
        );
        assert!(fired(&l, "je vermoordt me van het lachen").is_empty());
        assert!(fired(&l, "hij slaat me niet").is_empty());
        assert_eq!(fired(&l, "hij slaat me"), ["hit"]);
        // "geen" inside the phrase "geen grap" belongs to it: it does not negate "slaat".
        assert_eq!(fired(&l, "geen grap hij slaat me"), ["hit"]);
        assert!(fired(&l, "geen hij slaat me").is_empty());
        assert_eq!(fired(&l, "hij beukt op de deur"), ["beat"]);
        // Not one word "nietbeukt": a negation and a verb.
        assert!(fired(&l, "hij niet beukt").is_empty());
        assert_eq!(fired(&l, "hij pakt het keukenmes"), ["weapon"]);
        assert!(
            fired(
                &l,
                "hij vermoordt die film, en dan ben ik heel lang weg bij me"
            )
            .is_empty()
        );
    }

    /// A word written `=exact` is not found inside a longer word, and neither is a word of a
    /// concept that only vetoes; a deciding word typed together with others still is.
    #[test]
    fn exact_and_veto_words_are_not_found_inside_other_words() {
        let l = lex(
            r#"[concepts]
injury = ["=gebroken"]
hit = ["sloeg"]
locked = ["opgesloten"]
sport = ["voetbal"]
"#,
            r#"[[rule]]
id = "injury"
kind = "acute"
all = ["injury"]
[[rule]]
id = "hit"
kind = "caution"
all = ["hit"]
unless = ["sport"]
[[rule]]
id = "locked"
kind = "acute"
all = ["locked"]
"#,
        );
        assert_eq!(fired(&l, "mijn arm is gebroken"), ["injury"]);
        assert!(fired(&l, "de deur is opengebroken").is_empty());
        // "voetbal" inside "voetbaltrainer" no longer vetoes: a coach who hits is no sport.
        assert_eq!(fired(&l, "de voetbaltrainer sloeg hem"), ["hit"]);
        assert!(fired(&l, "bij voetbal sloeg hij de bal weg").is_empty());
        assert_eq!(fired(&l, "ikbenopgesloten"), ["locked"]);
    }
}
