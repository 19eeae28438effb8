//! Editorial rules of `baken check` that come from the content review (issue 12): every answer
//! leaves the reader with a person to talk to, and the Dutch stays at B1 (short sentences, no
//! unexplained jargon). The allow-lists live here, in one place, each with its reason, so that a
//! content editor who needs an exception writes down why.

use fluent_bundle::FluentResource;
use regex::Regex;

use super::{BASE_LOCALE, Content, Problem};

/// The term every answer must name: Veilig Thuis's number, free and open day and night.
pub const HUMAN_TERM: &str = "vt-tel";

/// Nodes that need not name a person to talk to, and why.
pub const HUMAN_EXCEPTIONS: &[(&str, &str)] = &[
    (
        "language",
        "only the choice of language; the next node names help",
    ),
    (
        "welcome",
        "the first lines name 112 and the next tap reaches the menu",
    ),
    (
        "menu",
        "a list of topics with an 'I am in danger' and a 'Who can help?' button",
    ),
    (
        "unsafe-now",
        "someone may be reading along: erase first, 112 is named",
    ),
    (
        "help",
        "how Baken works; names 112 and has the 'Who can help?' button",
    ),
    (
        "privacy",
        "what Baken keeps; names 112 and has the 'Who can help?' button",
    ),
    (
        "phone-erase",
        "how to erase; names 112 and has the 'Who can help?' button",
    ),
];

/// For some nodes another line is the relevant person to talk to (besides Veilig Thuis).
pub const HUMAN_ALTERNATIVES: &[(&str, &str)] = &[
    ("crisis-suicide", "zp-tel"),
    ("crisis-child", "kt-tel"),
    ("abroad", "bz-tel"),
];

/// The term for the emergency number, which every node names where danger is possible.
pub const DANGER_TERM: &str = "tel-112";

/// Nodes that need not name 112, and why: no danger is at stake where they are read, or the
/// node is a short choice between topics whose answers all name it.
pub const DANGER_EXCEPTIONS: &[(&str, &str)] = &[
    (
        "menu",
        "a list of topics; its 'Ik ben nu in gevaar' button leads to 112",
    ),
    ("language", "only the choice of language"),
    ("about-bot", "what Baken is; names a person (0800-2000)"),
    ("me-more", "a choice of topics; every topic names 112"),
    ("me-groups", "a choice of topics; every topic names 112"),
    ("me-life", "a choice of topics; every topic names 112"),
    ("worried-who", "a choice of topics; every topic names 112"),
    (
        "signals",
        "a choice of signs; the signs for victims and children name 112",
    ),
    (
        "signals-user",
        "signs in someone who uses violence, read by a bystander or that person; names a person",
    ),
];

/// B1: Dutch sentences longer than this are reported.
pub const MAX_SENTENCE_WORDS: usize = 20;

/// Dutch sentences that may be longer, by message id and the sentence's first words, and why.
pub const LONG_SENTENCE_ALLOWED: &[(&str, &str, &str)] = &[];

/// Words a B1 reader may not know. Where a node first uses one, the same sentence, the one
/// before or the one after must explain it (the second pattern, case-insensitive).
pub const JARGON: &[(&str, &str)] = &[
    ("melding", r"om iets te doen|meer dan advies"),
    ("lhbti", r"lesbisch|homo"),
    ("mantelzorg", r"dat heet (ontspoorde )?mantelzorg"),
    (
        "veiligheidsbeoordeling",
        r"dat heet een veiligheidsbeoordeling",
    ),
    ("stalkerware", r"spion-app"),
    ("dwingende controle", r"dat heet dwingende controle"),
    ("huisverbod", r"huis uit"),
    ("aangifte", r"politie"),
    ("verstoten", r"niet meer (kennen|zien)"),
];

/// A message's text split into sentences: by line, a leading list dash dropped, then after
/// `.`, `?` or `!` followed by a space.
pub fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        let line = line.trim().trim_start_matches("- ").trim();
        let mut current = String::new();
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            current.push(c);
            if matches!(c, '.' | '?' | '!') && chars.peek().is_none_or(|n| n.is_whitespace()) {
                if !current.trim().is_empty() {
                    out.push(current.trim().to_string());
                }
                current.clear();
            }
        }
        if !current.trim().is_empty() {
            out.push(current.trim().to_string());
        }
    }
    out
}

fn words(sentence: &str) -> usize {
    sentence
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

impl Content {
    /// The value of a shared term (`-name`), as the last contact file that defines it says
    /// (an instance's file overrides the shipped one). Only plain text values.
    fn term_value(&self, name: &str) -> Option<String> {
        let mut value = None;
        for file in &self.files.shared {
            let Ok(res) = FluentResource::try_new(file.text.clone()) else {
                continue;
            };
            for entry in res.entries() {
                if let fluent_syntax::ast::Entry::Term(t) = entry
                    && t.id.name == name
                {
                    let text: String = t
                        .value
                        .elements
                        .iter()
                        .filter_map(|e| match e {
                            fluent_syntax::ast::PatternElement::TextElement { value } => {
                                Some(*value)
                            }
                            _ => None,
                        })
                        .collect();
                    value = Some(text.trim().to_string());
                }
            }
        }
        value
    }

    /// The human-contact and readability rules; see the module documentation.
    pub(super) fn editorial_lint(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        self.lint_human_contact(&mut problems);
        self.lint_danger_line(&mut problems);
        self.lint_readability(&mut problems);
        self.lint_sources(&mut problems);
        problems
    }

    /// Every shipped node has a row in `flows/SOURCES.md` (what its statements rest on), so
    /// the export a reviewer reads shows it. Instance nodes are the municipality's own.
    fn lint_sources(&self, problems: &mut Vec<Problem>) {
        let Some(file) = &self.files.sources else {
            return;
        };
        let sources = crate::review::node_sources(&file.text);
        for node in self.nodes.iter().filter(|n| !n.instance) {
            if !sources.contains_key(&node.id) {
                problems.push(Problem::new(
                    &node.file,
                    Some(node.line),
                    format!(
                        "node `{}` has no row in {}: say what its statements rest on",
                        node.id, file.path
                    ),
                ));
            }
        }
    }

    /// Every node a person can reach names Veilig Thuis's number (or its relevant line), in
    /// every language, unless [`HUMAN_EXCEPTIONS`] says why not.
    fn lint_human_contact(&self, problems: &mut Vec<Problem>) {
        self.require_term(
            problems,
            HUMAN_TERM,
            HUMAN_EXCEPTIONS,
            HUMAN_ALTERNATIVES,
            "names no person to talk to",
            "HUMAN_EXCEPTIONS",
        );
    }

    /// Every node names 112, in every language, unless [`DANGER_EXCEPTIONS`] says why not.
    fn lint_danger_line(&self, problems: &mut Vec<Problem>) {
        self.require_term(
            problems,
            DANGER_TERM,
            DANGER_EXCEPTIONS,
            &[],
            "does not name the emergency number",
            "DANGER_EXCEPTIONS",
        );
    }

    /// Every node's text, in every language, contains the value of the term `-term` (as a
    /// whole word), or of one of the node's `alternatives`, unless `exceptions` lists the node.
    fn require_term(
        &self,
        problems: &mut Vec<Problem>,
        term: &str,
        exceptions: &[(&str, &str)],
        alternatives: &[(&str, &str)],
        lacks: &str,
        list: &str,
    ) {
        let Some(value) = self.term_value(term) else {
            problems.push(Problem::new(
                "locales/contacts.ftl",
                None,
                format!("the term `-{term}` is missing"),
            ));
            return;
        };
        for node in &self.nodes {
            if exceptions.iter().any(|(id, _)| *id == node.id) {
                continue;
            }
            let accepted: Vec<String> = std::iter::once(value.clone())
                .chain(
                    alternatives
                        .iter()
                        .filter(|(id, _)| *id == node.id)
                        .filter_map(|(_, t)| self.term_value(t)),
                )
                .collect();
            for locale in self.locales.iter().filter(|l| self.has_locale(&l.id)) {
                let text = self.node_text(&locale.id, node);
                if !accepted.iter().any(|v| contains_word(&text, v)) {
                    problems.push(Problem::new(
                        &node.file,
                        Some(node.line),
                        format!(
                            "node `{}` [{}] {lacks}: add {{ -{term} }} (or list the node in \
                             {list} with a reason)",
                            node.id, locale.id
                        ),
                    ));
                }
            }
        }
    }

    /// All a node says on arrival in a locale.
    fn node_text(&self, locale: &str, node: &super::Node) -> String {
        node.say
            .iter()
            .map(|m| self.render(locale, m))
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Dutch at B1: sentences of at most [`MAX_SENTENCE_WORDS`] words, and jargon explained
    /// where a node first uses it.
    fn lint_readability(&self, problems: &mut Vec<Problem>) {
        let Some(base) = self.locales.iter().find(|l| l.id == BASE_LOCALE) else {
            return;
        };
        for (id, (file, line)) in &base.messages {
            for s in sentences(&self.render(BASE_LOCALE, id)) {
                let n = words(&s);
                let allowed = LONG_SENTENCE_ALLOWED
                    .iter()
                    .any(|(m, start, _)| m == id && s.starts_with(start));
                if n > MAX_SENTENCE_WORDS && !allowed {
                    problems.push(Problem::new(
                        file,
                        Some(*line),
                        format!(
                            "message `{id}`: a sentence of {n} words (B1: at most \
                             {MAX_SENTENCE_WORDS}; split it, or allow it in \
                             LONG_SENTENCE_ALLOWED with a reason): {s}"
                        ),
                    ));
                }
            }
        }
        // The sentences are compared in lower case: no `(?i)` (and no Unicode `\w`), which made
        // these few patterns a tenth of every start.
        let jargon: Vec<(&str, Regex)> = JARGON
            .iter()
            .map(|(word, explained)| (*word, Regex::new(explained).expect("valid")))
            .collect();
        for node in &self.nodes {
            // (sentence, message id) in the order the reader sees them.
            let said: Vec<(String, &str)> = node
                .say
                .iter()
                .flat_map(|m| {
                    sentences(&self.render(BASE_LOCALE, m))
                        .into_iter()
                        .map(move |s| (s, m.as_str()))
                })
                .collect();
            let lower: Vec<String> = said.iter().map(|(s, _)| s.to_lowercase()).collect();
            for (word, explains) in &jargon {
                let Some(i) = lower.iter().position(|s| starts_a_word(s, word)) else {
                    continue;
                };
                let window = lower[i.saturating_sub(1)..(i + 2).min(said.len())].join(" ");
                if !explains.is_match(&window) {
                    let message = said[i].1;
                    let (file, line) = base
                        .messages
                        .get(message)
                        .cloned()
                        .unwrap_or_else(|| (node.file.clone(), node.line));
                    problems.push(Problem::new(
                        &file,
                        Some(line),
                        format!(
                            "node `{}`: `{word}` is not explained where it is first used (B1): {}",
                            node.id, said[i].0
                        ),
                    ));
                }
            }
        }
    }
}

/// Whether `text` contains `value` as a whole word: not inside a longer word or number. (A
/// regex per node and term did this before and was more than half of the start-up time.)
fn contains_word(text: &str, value: &str) -> bool {
    if value.is_empty() {
        return false;
    }
    let is_word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    text.match_indices(value).any(|(at, _)| {
        !is_word(text[..at].chars().next_back())
            && !is_word(text[at + value.len()..].chars().next())
    })
}

/// Whether `value` begins a word of `text` ("melding" in "meldingen", not in "ommelding").
fn starts_a_word(text: &str, value: &str) -> bool {
    let is_word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    !value.is_empty()
        && text
            .match_indices(value)
            .any(|(at, _)| !is_word(text[..at].chars().next_back()))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_jargon_word_counts_where_it_begins_a_word() {
        assert!(starts_a_word("een melding doen", "melding"));
        assert!(starts_a_word("meldingen", "melding"));
        assert!(!starts_a_word("ommelding", "melding"));
    }

    #[test]
    fn a_term_counts_only_as_a_whole_word() {
        assert!(contains_word("Bel 112 nu.", "112"));
        assert!(contains_word("112", "112"));
        assert!(!contains_word("Bel 1120 nu", "112"));
        assert!(!contains_word("Bel 0800-2000x", "0800-2000"));
        assert!(contains_word("Bel Veilig Thuis (0800-2000).", "0800-2000"));
    }

    use super::*;

    #[test]
    fn sentences_split_on_lines_dashes_and_full_stops() {
        let s = sentences("Hallo. Bel 0800-2000.\n- een punt\nWat nu? Kijk op www.veiligthuis.nl");
        assert_eq!(
            s,
            [
                "Hallo.",
                "Bel 0800-2000.",
                "een punt",
                "Wat nu?",
                "Kijk op www.veiligthuis.nl"
            ]
        );
        assert_eq!(words("Bel { -vt }: 0800-2000, dag en nacht."), 6);
    }
}
