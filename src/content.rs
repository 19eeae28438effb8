//! Loading and validating the content: the flows (`flows/*.toml`), the sentences
//! (`locales/<lang>/*.ftl`), the shared contact terms (`locales/*.ftl`) and each locale's
//! commands and crisis patterns (`locales/<lang>/locale.toml`).
//!
//! Content is loaded whole or not at all: [`Content::load`] collects *every* problem with its
//! file and line and refuses the lot if there is one, so a bot never runs half-loaded.
//! [`Content::lint`] adds the editorial checks `baken check` reports (unused messages,
//! unreachable nodes, dead ends, missing translations).

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};
use std::fmt;
use std::path::Path;
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use include_dir::{Dir, include_dir};
use serde::Deserialize;
use toml::Spanned;
use unic_langid::LanguageIdentifier;

use crate::understand::normalise::normalise_pattern;
use crate::understand::{Lexicon, Understanding};

mod editorial;
pub use editorial::{
    HUMAN_EXCEPTIONS, JARGON, LONG_SENTENCE_ALLOWED, MAX_SENTENCE_WORDS, sentences,
};

static EMBEDDED_FLOWS: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/flows");
static EMBEDDED_LOCALES: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// The crisis rules, beside the language folders: `locales/rules.toml`.
pub const RULES_FILE: &str = "rules.toml";
/// Each language's crisis concepts: `locales/<lang>/concepts.toml`.
pub const CONCEPTS_FILE: &str = "concepts.toml";

/// The base locale: every message must exist here, and every other locale falls back to it
/// message by message.
pub const BASE_LOCALE: &str = "nl";

/// Languages written right to left. Their bundles wrap every placeable (a phone number, a URL,
/// a Latin name from the shared terms) in FSI … PDI (U+2068 … U+2069), so that the Unicode
/// bidirectional algorithm lays the number out as one left-to-right run inside the Arabic
/// sentence: without it `0800 2000` in an Arabic sentence shows as `2000 0800`. Left-to-right
/// languages get no isolation marks (they would only be noise in logs, tests and old clients).
pub const RTL_LOCALES: &[&str] = &["ar", "he", "fa", "ur"];

/// Whether a language is written right to left.
pub fn is_rtl(locale: &str) -> bool {
    RTL_LOCALES.contains(&locale)
}

/// The message ids of the generated language options (`languages = true` on a node):
/// `language-name-tr` renders as `Türkçe` in every language, from `locales/tr/locale.toml`.
pub const LANGUAGE_NAME_PREFIX: &str = "language-name-";

/// First ASCII digit of a rendered right-to-left message that is not inside an FSI … PDI
/// isolate, as a character offset. A number outside an isolate may be reordered by the
/// bidirectional algorithm (`0800 2000` → `2000 0800`); numbers belong in a placeable
/// (a shared term such as `{ -vt-tel }`), which the RTL bundle isolates.
pub fn unisolated_digit(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in text.chars().enumerate() {
        match c {
            '\u{2066}' | '\u{2067}' | '\u{2068}' => depth += 1,
            '\u{2069}' => depth = depth.saturating_sub(1),
            c if c.is_ascii_digit() && depth == 0 => return Some(i),
            _ => {}
        }
    }
    None
}

/// Whether a native speaker has reviewed a language (`review` in `locale.toml`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Review {
    /// Reviewed: offered by default.
    #[default]
    Reviewed,
    /// A draft no native speaker has reviewed yet: offered only when an instance's `locales`
    /// (or `BAKEN_LOCALES`) names it. Its crisis words apply either way.
    Draft,
}

/// The file in `flows/` that says which sources every node rests on.
pub const SOURCES_FILE: &str = "SOURCES.md";

/// Nodes the engine itself sends people to; every flow set must define them.
pub const REQUIRED_NODES: &[&str] = &[
    "welcome",
    "menu",
    "help",
    "language",
    "crisis-acute",
    "crisis-suicide",
    "crisis-child",
    "crisis-child-adult",
];

/// Messages the engine says outside any node.
pub const REQUIRED_MESSAGES: &[&str] = &[
    "not-understood",
    "caution-line",
    "non-text",
    "empty-message",
    "erased",
    "slow-down",
    "not-offered",
    "deep-link-promise",
    "language-offer",
];

/// Messages channels say themselves (e.g. "this bot only works in a private chat"). Channels
/// render them through [`Content::render`]; like engine messages they must exist in the base
/// locale and count as used.
pub const CHANNEL_MESSAGES: &[&str] = &[
    // Telegram (src/channels/telegram.rs): said in a group before leaving; after an erase; the command
    // menu's descriptions.
    "telegram-private-only",
    "telegram-delete-chat",
    "telegram-cmd-start",
    "telegram-cmd-menu",
    "telegram-cmd-help",
    "telegram-cmd-language",
    "telegram-cmd-erase",
    // Matrix (src/channels/matrix.rs): said in a group before leaving; after an erase; when a message
    // could not be decrypted.
    "matrix-direct-only",
    "matrix-delete-chat",
    "matrix-delete-chat-failed",
    "matrix-undecryptable",
    // The web chat (src/channels/web.rs): the page's own labels, its privacy note, and what it says
    // when a message was too long or arrived broken, or an address does not exist.
    "web-quick-exit",
    "web-quick-exit-hint",
    "web-log",
    "web-you",
    "web-input",
    "web-send",
    "web-choices",
    "web-privacy",
    "web-too-long",
    "web-too-slow",
    "web-not-found",
    // The terminal (src/channels/console.rs, `Engine::with_channel_messages("console")`): its own
    // wording of `help` and `erased` (no buttons or apps in a terminal), how to quit, and the
    // line a deep link shows before its node.
    "console-help",
    "console-erased",
    "console-how-to-quit",
];

/// One kind of crisis that crisis detection recognises.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CrisisKind {
    /// Danger happening now: 112 first.
    Acute,
    /// Suicidal thoughts: 113.
    Suicide,
    /// A child writes that they or a brother or sister are hurt: De Kindertelefoon, Veilig
    /// Thuis when it is closed, 112 when it happens now.
    Child,
    /// An adult reports that a child is hurt: 112 when it happens now, Veilig Thuis day and
    /// night. Not the children's line.
    #[serde(rename = "child-adult")]
    ChildAdult,
}

impl CrisisKind {
    pub const ALL: [CrisisKind; 4] = [
        CrisisKind::Acute,
        CrisisKind::Suicide,
        CrisisKind::Child,
        CrisisKind::ChildAdult,
    ];

    /// The name used in traces, statistics and `locale.toml`.
    pub fn name(self) -> &'static str {
        match self {
            CrisisKind::Acute => "acute",
            CrisisKind::Suicide => "suicide",
            CrisisKind::Child => "child",
            CrisisKind::ChildAdult => "child-adult",
        }
    }

    /// The node that answers this crisis.
    pub fn node(self) -> &'static str {
        match self {
            CrisisKind::Acute => "crisis-acute",
            CrisisKind::Suicide => "crisis-suicide",
            CrisisKind::Child => "crisis-child",
            CrisisKind::ChildAdult => "crisis-child-adult",
        }
    }
}

impl fmt::Display for CrisisKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A command a person can type from anywhere, in any enabled language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Command {
    Menu,
    Help,
    Language,
    Erase,
    Emergency,
}

impl Command {
    fn from_key(key: &str) -> Option<Command> {
        Some(match key {
            "menu" => Command::Menu,
            "help" => Command::Help,
            "language" => Command::Language,
            "erase" => Command::Erase,
            "emergency" => Command::Emergency,
            _ => return None,
        })
    }
}

/// Something an option does besides moving to a node.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Erase the conversation, as the erase command does.
    Erase,
}

/// One problem found in the content, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub line: Option<usize>,
    pub message: String,
}

impl Problem {
    pub(crate) fn new(file: &str, line: Option<usize>, message: impl Into<String>) -> Self {
        Problem {
            file: file.to_string(),
            line,
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file, line, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// Content that could not be loaded, with every problem found.
#[derive(Debug, thiserror::Error)]
pub enum ContentError {
    #[error("the content has {} problem(s):\n{}", .0.len(), list(.0))]
    Invalid(Vec<Problem>),
    #[error("cannot read {path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

fn list(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(|p| format!("  {p}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A file of content, by the path shown in problems and its text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: String,
    pub text: String,
    /// Part of a municipality's instance: its nodes and messages replace shipped ones with
    /// the same id instead of clashing with them.
    pub instance: bool,
}

/// The raw files content is made from, before parsing.
#[derive(Debug, Clone, Default)]
pub struct ContentFiles {
    /// `flows/*.toml`.
    pub flows: Vec<SourceFile>,
    /// `locales/*.ftl`: shared terms (contact details) loaded into every locale.
    pub shared: Vec<SourceFile>,
    /// `locales/<lang>/`: per language, its `.ftl` files, `locale.toml` and `concepts.toml`.
    pub locales: BTreeMap<String, LocaleFiles>,
    /// `locales/rules.toml`: the crisis rules that combine the concepts of every language.
    pub rules: Option<SourceFile>,
    /// Languages an instance switched off: nobody can choose them, and options that switch to
    /// them are left out. Their crisis patterns still apply (people switch languages under
    /// stress). Drafts not named in `offered` are added at load.
    pub disabled: BTreeSet<String>,
    /// The instance's `locales` list, when it has one: the only way to offer a draft.
    pub offered: Option<BTreeSet<String>>,
    /// `flows/SOURCES.md`: where each node's statements come from. Not needed to run; the
    /// content export (`baken content export`) shows it under every node for reviewers.
    pub sources: Option<SourceFile>,
}

#[derive(Debug, Clone, Default)]
pub struct LocaleFiles {
    pub ftl: Vec<SourceFile>,
    pub settings: Option<SourceFile>,
    /// `concepts.toml`: the shipped one, and an instance's, which adds words.
    pub concepts: Vec<SourceFile>,
}

impl ContentFiles {
    /// The content compiled into the binary: what `baken chat` runs with no configuration.
    pub fn embedded() -> Self {
        let mut files = ContentFiles::default();
        for f in EMBEDDED_FLOWS.files() {
            let source = SourceFile {
                path: format!("flows/{}", f.path().display()),
                text: String::from_utf8_lossy(f.contents()).into_owned(),
                instance: false,
            };
            if f.path().extension().is_some_and(|e| e == "toml") {
                files.flows.push(source);
            } else if f.path() == Path::new(SOURCES_FILE) {
                files.sources = Some(source);
            }
        }
        for f in EMBEDDED_LOCALES.files() {
            let source = SourceFile {
                path: format!("locales/{}", f.path().display()),
                text: String::from_utf8_lossy(f.contents()).into_owned(),
                instance: false,
            };
            if f.path().extension().is_some_and(|e| e == "ftl") {
                files.shared.push(source);
            } else if f.path().file_name().is_some_and(|n| n == RULES_FILE) {
                files.rules = Some(source);
            }
        }
        for d in EMBEDDED_LOCALES.dirs() {
            let lang = d.path().display().to_string();
            let entry = files.locales.entry(lang).or_default();
            for f in d.files() {
                let source = SourceFile {
                    path: format!("locales/{}", f.path().display()),
                    text: String::from_utf8_lossy(f.contents()).into_owned(),
                    instance: false,
                };
                match f.path().extension().and_then(|e| e.to_str()) {
                    Some("ftl") => entry.ftl.push(source),
                    Some("toml") if f.path().file_name().is_some_and(|n| n == "locale.toml") => {
                        entry.settings = Some(source)
                    }
                    Some("toml") if f.path().file_name().is_some_and(|n| n == CONCEPTS_FILE) => {
                        entry.concepts.push(source)
                    }
                    _ => {}
                }
            }
        }
        files.sort();
        files
    }

    /// Read content from a flows directory and a locales directory.
    pub fn from_dirs(flows: &Path, locales: &Path) -> Result<Self, ContentError> {
        Self::with_dirs(Some(flows), Some(locales))
    }

    /// The embedded content with its flows and/or locales replaced by directories on disk.
    pub fn with_dirs(flows: Option<&Path>, locales: Option<&Path>) -> Result<Self, ContentError> {
        let mut files = ContentFiles::embedded();
        if flows.is_some() {
            files.flows.clear();
        }
        if locales.is_some() {
            files.shared.clear();
            files.locales.clear();
            files.rules = None;
        }
        files.add_dirs(flows, locales, false)?;
        Ok(files)
    }

    /// Offer only these languages (an instance's `locales`); the rest are switched off.
    pub fn only_locales(&mut self, enabled: &[String]) {
        self.offered = Some(enabled.iter().cloned().collect());
        self.disabled = self
            .locales
            .keys()
            .filter(|l| !enabled.contains(l))
            .cloned()
            .collect();
    }

    /// Lay a municipality's instance directory over this content: `DIR/flows/*.toml` (extra
    /// nodes, or nodes that replace shipped ones with the same id) and `DIR/locales/` (terms
    /// and messages that replace shipped ones; everything not overridden falls back to the
    /// shipped content). Either directory may be missing.
    pub fn with_instance(mut self, dir: &Path) -> Result<Self, ContentError> {
        let (flows, locales) = (dir.join("flows"), dir.join("locales"));
        self.add_dirs(
            Some(flows.as_path()).filter(|d| d.is_dir()),
            Some(locales.as_path()).filter(|d| d.is_dir()),
            true,
        )?;
        Ok(self)
    }

    /// Read `flows/*.toml`, `locales/*.ftl` (shared terms) and `locales/<lang>/*.ftl` (and, for
    /// shipped content, `locales/<lang>/locale.toml`).
    fn add_dirs(
        &mut self,
        flows: Option<&Path>,
        locales: Option<&Path>,
        instance: bool,
    ) -> Result<(), ContentError> {
        let read = |path: &Path| {
            read_source(path).map(|mut f| {
                f.instance = instance;
                f
            })
        };
        if let Some(flows) = flows {
            for path in read_dir_sorted(flows)? {
                if path.extension().is_some_and(|e| e == "toml") {
                    self.flows.push(read(&path)?);
                } else if path.file_name().is_some_and(|n| n == SOURCES_FILE) && !instance {
                    self.sources = Some(read(&path)?);
                }
            }
        }
        if let Some(locales) = locales {
            for path in read_dir_sorted(locales)? {
                if path.is_dir() {
                    let lang = path
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    let entry = self.locales.entry(lang).or_default();
                    for file in read_dir_sorted(&path)? {
                        match file.extension().and_then(|e| e.to_str()) {
                            Some("ftl") => entry.ftl.push(read(&file)?),
                            Some("toml")
                                if !instance
                                    && file.file_name().is_some_and(|n| n == "locale.toml") =>
                            {
                                entry.settings = Some(read(&file)?)
                            }
                            Some("toml")
                                if file.file_name().is_some_and(|n| n == CONCEPTS_FILE) =>
                            {
                                entry.concepts.push(read(&file)?)
                            }
                            _ => {}
                        }
                    }
                } else if path.extension().is_some_and(|e| e == "ftl") {
                    self.shared.push(read(&path)?);
                } else if !instance && path.file_name().is_some_and(|n| n == RULES_FILE) {
                    self.rules = Some(read(&path)?);
                }
            }
        }
        self.sort();
        Ok(())
    }

    fn sort(&mut self) {
        let key = |f: &SourceFile| (f.instance, f.path.clone());
        self.flows.sort_by_key(key);
        self.shared.sort_by_key(key);
        for l in self.locales.values_mut() {
            l.ftl.sort_by_key(key);
        }
    }
}

fn read_dir_sorted(dir: &Path) -> Result<Vec<std::path::PathBuf>, ContentError> {
    let io = |source| ContentError::Io {
        path: dir.display().to_string(),
        source,
    };
    let mut paths = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(io)? {
        paths.push(entry.map_err(io)?.path());
    }
    paths.sort();
    Ok(paths)
}

fn read_source(path: &Path) -> Result<SourceFile, ContentError> {
    let bytes = std::fs::read(path).map_err(|source| ContentError::Io {
        path: path.display().to_string(),
        source,
    })?;
    Ok(SourceFile {
        path: path.display().to_string(),
        // Invalid UTF-8 is reported as a problem below rather than refused here without a line.
        text: String::from_utf8_lossy(&bytes).into_owned(),
        instance: false,
    })
}

/// The line (1-based) of a byte offset in a text.
pub fn line_of(text: &str, offset: usize) -> usize {
    let offset = offset.min(text.len());
    text.as_bytes()[..offset]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

// ---------------------------------------------------------------------------------------------
// The file formats, as serde reads them.

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FlowFile {
    #[serde(default, rename = "node")]
    nodes: Vec<RawNode>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNode {
    id: Spanned<String>,
    say: Vec<Spanned<String>>,
    #[serde(default)]
    options: Vec<RawOption>,
    #[serde(default)]
    links: Vec<Spanned<String>>,
    #[serde(default, rename = "match")]
    matches: BTreeMap<String, Vec<Spanned<String>>>,
    /// Offer every offered language first, each in its own name (see [`LANGUAGE_NAME_PREFIX`]).
    #[serde(default)]
    languages: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOption {
    label: Spanned<String>,
    to: Option<Spanned<String>>,
    locale: Option<Spanned<String>>,
    action: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LocaleSettings {
    name: String,
    #[serde(default)]
    review: Review,
    #[serde(default)]
    commands: BTreeMap<String, Vec<Spanned<String>>>,
}

// ---------------------------------------------------------------------------------------------
// Loaded content.

/// A place in the conversation.
#[derive(Debug, Clone)]
pub struct Node {
    pub id: String,
    /// Fluent ids of the messages said on arrival, in order.
    pub say: Vec<String>,
    pub options: Vec<NodeOption>,
    /// Fluent ids of links (the value is the label, the `.url` attribute the address).
    pub links: Vec<String>,
    /// The flow file this node lives in, and its line.
    pub file: String,
    pub line: usize,
    /// Defined by the municipality's instance.
    pub instance: bool,
    /// Option labels as typed (normalised, every locale) → option index; filled at load.
    typed_labels: Vec<(String, usize)>,
}

impl Node {
    /// The option whose label, in any language, is this normalised text.
    pub fn option_by_label(&self, normalised: &str) -> Option<usize> {
        self.typed_labels
            .iter()
            .find(|(l, _)| l == normalised)
            .map(|(_, i)| *i)
    }
}

/// One choice offered at a node.
#[derive(Debug, Clone)]
pub struct NodeOption {
    /// Fluent id of the label.
    pub label: String,
    /// The node it leads to.
    pub to: Option<String>,
    /// A language it switches to.
    pub locale: Option<String>,
    pub action: Option<Action>,
}

type Bundle = FluentBundle<Arc<FluentResource>>;

/// One loaded language.
pub struct Locale {
    pub id: String,
    /// The language's own name ("Nederlands", "English").
    pub name: String,
    pub review: Review,
    bundle: Bundle,
    /// Message id → (file, line), for problems.
    messages: BTreeMap<String, (String, usize)>,
}

/// The whole validated content, ready for the engine. Cheap to share behind an `Arc`.
pub struct Content {
    nodes: Vec<Node>,
    index: HashMap<String, usize>,
    locales: Vec<Locale>,
    base: usize,
    commands: HashMap<String, Command>,
    /// Crisis detection and routing (`src/understand/`; how the routing patterns are matched
    /// quickly on text never seen before: `src/understand/routes.rs`).
    understand: Understanding,
    /// Where each routing pattern came from: (node, locale), for lints.
    shared_terms: BTreeMap<String, (String, usize)>,
    files: ContentFiles,
    /// Values messages may use: `$ttl` (minutes a session is kept).
    ttl_minutes: u64,
    /// Labels of options left out because they switch to a switched-off language.
    dropped_labels: HashSet<String>,
}

impl fmt::Debug for Content {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Content")
            .field("nodes", &self.nodes.len())
            .field(
                "locales",
                &self.locales.iter().map(|l| &l.id).collect::<Vec<_>>(),
            )
            .finish()
    }
}

/// Check one pattern and return it as it goes into a pattern set. Only the syntax is checked
/// here (with the regex crate's own parser and defaults): building a whole regex per pattern
/// and then the sets again was most of the cost of loading. A pattern that is valid but too
/// big is reported when the set is built.
fn compile(pattern: &str) -> Result<(String, regex_syntax::hir::Hir), String> {
    let p = plain_boundaries(&plain_word_class(&lower_literals(&normalise_pattern(
        pattern,
    ))));
    match regex_syntax::ParserBuilder::new().build().parse(&p) {
        Ok(hir) => Ok((p, hir)),
        Err(e) => Err(e.to_string()),
    }
}

/// Word boundaries the fast engine can follow. Unicode's `\b` makes the lazy DFA give up on
/// any non-ASCII text and the slow engine run instead (with all patterns in one set, a message
/// in Ukrainian or Arabic took 1–2 ms to route; BENCHMARKS.md). In normalised
/// text (letters, digits, single spaces) a boundary is an edge or a space next to a letter, so:
/// - a pattern of ASCII only gets ASCII's `\b` (exact on normalised Latin text);
/// - in another pattern, a leading `\b` becomes "start or a space", a trailing one "a space or
///   the end", and a gap between two words (`\b.*\b`, `\b.{0,N}\b`) "a space, and perhaps
///   more ending in a space". Other `\b`s stay as written (correct, only slower).
fn plain_boundaries(pattern: &str) -> String {
    const B: &str = r"\b";
    if !pattern.contains(B) {
        return pattern.to_string();
    }
    // `\\b` (a backslash, then b) is no boundary: leave such patterns alone.
    if pattern.contains(r"\\") {
        return pattern.to_string();
    }
    if pattern.is_ascii() {
        return pattern.replace(B, r"(?-u:\b)");
    }
    let mut p = pattern;
    let (mut head, mut tail) = ("", "");
    if let Some(rest) = p.strip_prefix(B) {
        head = "(?:^| )";
        p = rest;
    }
    if let Some(rest) = p.strip_suffix(B) {
        tail = "(?: |$)";
        p = rest;
    }
    let mut body = p.replace(r"\b.*\b", " (?:.* )?");
    while let Some(at) = body.find(r"\b.{0,") {
        let rest = &body[at + 6..];
        let Some(close) = rest.find("}\\b") else {
            break;
        };
        let Ok(n) = rest[..close].parse::<usize>() else {
            break;
        };
        if n < 2 {
            break;
        }
        let gap = format!(" (?:.{{0,{}}} )?", n - 2);
        body = format!("{}{gap}{}", &body[..at], &rest[close + 3..]);
    }
    format!("{head}{body}{tail}")
}

/// Patterns are matched against normalised text, where every character is a letter, a digit or
/// a single space: there `\w` is exactly `[^ ]`, and the latter is far cheaper to build than
/// Unicode's word class (`\w` in 69 patterns was most of the pattern set's build time). Only
/// `\w` outside a bracketed class is rewritten.
fn plain_word_class(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len());
    let mut chars = pattern.chars();
    let mut in_class = 0usize;
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('w') if in_class == 0 => out.push_str("[^ ]"),
                Some(e) => {
                    out.push(c);
                    out.push(e);
                }
                None => out.push(c),
            },
            '[' => {
                in_class += 1;
                out.push(c);
            }
            ']' if in_class > 0 => {
                in_class -= 1;
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// Patterns are matched against lower-case text, so their letters are lowered once here instead
/// of compiling every pattern case-insensitively (`(?i)` made building the case-variant
/// prefilter most of the load time). Letters right after a backslash are escapes (`\W`, `\B`,
/// `\p{Lu}`'s `p`) and keep their case; so does the inside of `\p{…}`.
fn lower_literals(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len());
    let mut chars = pattern.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.extend(c.to_lowercase());
            continue;
        }
        out.push(c);
        let Some(e) = chars.next() else { break };
        out.push(e);
        if matches!(e, 'p' | 'P') {
            if chars.peek() == Some(&'{') {
                for n in chars.by_ref() {
                    out.push(n);
                    if n == '}' {
                        break;
                    }
                }
            } else if let Some(n) = chars.next() {
                out.push(n);
            }
        }
    }
    out
}

impl Content {
    /// The shipped content, compiled into the binary.
    pub fn embedded() -> Result<Self, ContentError> {
        Self::load(ContentFiles::embedded())
    }

    /// Parse and validate content files. Any problem refuses the whole content.
    pub fn load(mut files: ContentFiles) -> Result<Self, ContentError> {
        let mut problems = Vec::new();

        // Names and review status first: drafts are switched off unless the instance's list
        // names them, and the language menu needs every name. Problems in these files are
        // reported when they are read in full below.
        let meta: BTreeMap<String, (String, Review)> = files
            .locales
            .iter()
            .filter_map(|(lang, l)| {
                let s = toml::from_str::<LocaleSettings>(&l.settings.as_ref()?.text).ok()?;
                Some((lang.clone(), (s.name, s.review)))
            })
            .collect();
        for (lang, (_, review)) in &meta {
            let named = files.offered.as_ref().is_some_and(|o| o.contains(lang));
            if *review == Review::Draft && !named {
                files.disabled.insert(lang.clone());
            }
        }
        // The languages the menu offers: the base first, then the rest in code order.
        let mut offered: Vec<&String> = meta
            .keys()
            .filter(|l| !files.disabled.contains(*l))
            .collect();
        offered.sort_by_key(|l| (l.as_str() != BASE_LOCALE, l.as_str()));
        let language_names: String = meta
            .iter()
            .map(|(lang, (name, _))| {
                let name = name.replace('\\', "\\\\").replace('"', "\\\"");
                format!("{LANGUAGE_NAME_PREFIX}{lang} = {{ \"{name}\" }}\n")
            })
            .collect();
        let language_names =
            Arc::new(FluentResource::try_new(language_names).unwrap_or_else(|(res, _)| res));

        // --- Flows ---------------------------------------------------------------------------
        let mut nodes: Vec<Node> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut option_targets = Vec::new(); // (file, line, target)
        let mut dropped_labels = HashSet::new(); // labels of options to switched-off languages
        let mut option_locales = Vec::new(); // (file, line, locale)
        let mut raw_patterns: Vec<(usize, String, String, usize, String)> = Vec::new(); // (node, lang, file, line, pattern)
        if files.flows.is_empty() {
            problems.push(Problem::new("flows", None, "no flow files (*.toml) found"));
        }
        // A flow file that does not parse hides all its nodes: the checks that need every node
        // (options to missing nodes, required nodes) would bury the one real error under dozens
        // of follow-on errors, so they are skipped until it is fixed.
        let mut unparsed_flows = 0;
        for file in &files.flows {
            let flow: FlowFile = match toml::from_str(&file.text) {
                Ok(f) => f,
                Err(e) => {
                    let line = e.span().map(|s| line_of(&file.text, s.start));
                    problems.push(Problem::new(
                        &file.path,
                        line,
                        format!(
                            "{} (this file's nodes are not loaded; checks that need them are                              skipped until this is fixed)",
                            e.message().trim()
                        ),
                    ));
                    unparsed_flows += 1;
                    continue;
                }
            };
            for raw in flow.nodes {
                let line = line_of(&file.text, raw.id.span().start);
                let id = raw.id.get_ref().trim().to_string();
                if id.is_empty() {
                    problems.push(Problem::new(
                        &file.path,
                        Some(line),
                        "a node has an empty id",
                    ));
                    continue;
                }
                let replaces = match index.get(&id) {
                    Some(&other) if file.instance && !nodes[other].instance => Some(other),
                    _ => None,
                };
                if let (Some(&other), None) = (index.get(&id), replaces) {
                    let o: &Node = &nodes[other];
                    problems.push(Problem::new(
                        &file.path,
                        Some(line),
                        format!(
                            "node `{id}` is defined twice (also at {}:{})",
                            o.file, o.line
                        ),
                    ));
                    continue;
                }
                if raw.say.is_empty() {
                    problems.push(Problem::new(
                        &file.path,
                        Some(line),
                        format!("node `{id}` says nothing (`say` is empty)"),
                    ));
                }
                let mut options = Vec::new();
                if raw.languages {
                    for lang in &offered {
                        options.push(NodeOption {
                            label: format!("{LANGUAGE_NAME_PREFIX}{lang}"),
                            to: Some("menu".into()),
                            locale: Some((*lang).clone()),
                            action: None,
                        });
                    }
                }
                for o in raw.options {
                    let oline = line_of(&file.text, o.label.span().start);
                    let action = match o.action.as_ref().map(|a| a.get_ref().as_str()) {
                        None => None,
                        Some("erase") => Some(Action::Erase),
                        Some(other) => {
                            problems.push(Problem::new(
                                &file.path,
                                Some(oline),
                                format!("unknown action `{other}` (known: erase)"),
                            ));
                            None
                        }
                    };
                    if o.to.is_none() && action.is_none() {
                        problems.push(Problem::new(
                            &file.path,
                            Some(oline),
                            format!("an option of node `{id}` has neither `to` nor `action`"),
                        ));
                    }
                    if let Some(to) = &o.to {
                        option_targets.push((
                            file.path.clone(),
                            line_of(&file.text, to.span().start),
                            to.get_ref().clone(),
                        ));
                    }
                    if o.locale
                        .as_ref()
                        .is_some_and(|l| files.disabled.contains(l.get_ref()))
                    {
                        dropped_labels.insert(o.label.into_inner());
                        continue;
                    }
                    if let Some(l) = &o.locale {
                        option_locales.push((
                            file.path.clone(),
                            line_of(&file.text, l.span().start),
                            l.get_ref().clone(),
                        ));
                    }
                    options.push(NodeOption {
                        label: o.label.into_inner(),
                        to: o.to.map(Spanned::into_inner),
                        locale: o.locale.map(Spanned::into_inner),
                        action,
                    });
                }
                let node_index = replaces.unwrap_or(nodes.len());
                if replaces.is_some() {
                    // The instance's node brings its own typed words, if any.
                    raw_patterns.retain(|p| p.0 != node_index);
                }
                for (lang, patterns) in raw.matches {
                    for p in patterns {
                        raw_patterns.push((
                            node_index,
                            lang.clone(),
                            file.path.clone(),
                            line_of(&file.text, p.span().start),
                            p.into_inner(),
                        ));
                    }
                }
                index.insert(id.clone(), node_index);
                let node = Node {
                    id,
                    say: raw.say.into_iter().map(Spanned::into_inner).collect(),
                    options,
                    links: raw.links.into_iter().map(Spanned::into_inner).collect(),
                    file: file.path.clone(),
                    line,
                    instance: file.instance,
                    typed_labels: Vec::new(),
                };
                match replaces {
                    Some(i) => nodes[i] = node,
                    None => nodes.push(node),
                }
            }
        }
        for (file, line, target) in option_targets.iter().filter(|_| unparsed_flows == 0) {
            if !index.contains_key(target) {
                problems.push(Problem::new(
                    file,
                    Some(*line),
                    format!("option leads to node `{target}`, which does not exist"),
                ));
            }
        }
        for required in REQUIRED_NODES.iter().filter(|_| unparsed_flows == 0) {
            if !index.contains_key(*required) {
                problems.push(Problem::new(
                    "flows",
                    None,
                    format!("required node `{required}` is missing"),
                ));
            }
        }

        // --- Shared terms --------------------------------------------------------------------
        let mut shared_resources = Vec::new();
        let mut shared_terms = BTreeMap::new();
        for file in &files.shared {
            if let Some(res) = parse_ftl(file, &mut problems) {
                let mut lines = EntryLines::new(&file.text);
                for entry in res.entries() {
                    match entry {
                        fluent_syntax::ast::Entry::Term(t) => {
                            let line = lines.line(&format!("-{}", t.id.name));
                            if !file.instance {
                                shared_terms
                                    .insert(t.id.name.to_string(), (file.path.clone(), line));
                            }
                        }
                        fluent_syntax::ast::Entry::Message(m) => {
                            let line = lines.line(m.id.name);
                            problems.push(Problem::new(
                                &file.path,
                                Some(line),
                                format!(
                                    "`{}` is a message; shared files hold only terms (names starting with `-`)",
                                    m.id.name
                                ),
                            ));
                        }
                        _ => {}
                    }
                }
                // Fluent isolates placeables, but not term references (`{ -vt-tel }`): the
                // right-to-left bundles get the terms with FSI … PDI inside their values.
                let res = Arc::new(res);
                let rtl = isolated_terms(&file.text).map_or_else(|| res.clone(), Arc::new);
                shared_resources.push((res, rtl, file.instance));
            }
        }

        // --- Locales -------------------------------------------------------------------------
        let mut locales = Vec::new();
        let mut commands = HashMap::new();
        for (lang, lfiles) in &files.locales {
            let langid: LanguageIdentifier = match lang.parse() {
                Ok(l) => l,
                Err(_) => {
                    problems.push(Problem::new(
                        &format!("locales/{lang}"),
                        None,
                        format!("`{lang}` is not a language code"),
                    ));
                    continue;
                }
            };
            let mut bundle: Bundle = FluentBundle::new_concurrent(vec![langid]);
            bundle.set_use_isolating(is_rtl(lang));
            let _ = bundle.add_resource(language_names.clone());
            for (ltr, rtl, from_instance) in &shared_resources {
                let res = if is_rtl(lang) { rtl } else { ltr };
                // An instance's terms replace the shipped ones (a regional number, a local
                // name); shipped files must not clash with each other.
                if *from_instance {
                    bundle.add_resource_overriding(res.clone());
                } else if let Err(errors) = bundle.add_resource(res.clone()) {
                    for e in errors {
                        problems.push(Problem::new("locales", None, format!("shared terms: {e}")));
                    }
                }
            }
            let mut messages = BTreeMap::new();
            for file in &lfiles.ftl {
                let Some(res) = parse_ftl(file, &mut problems) else {
                    continue;
                };
                let mut lines = EntryLines::new(&file.text);
                for entry in res.entries() {
                    match entry {
                        fluent_syntax::ast::Entry::Message(m) => {
                            let line = lines.line(m.id.name);
                            if let Some((f, l)) = messages.get(m.id.name).filter(|_| !file.instance)
                            {
                                problems.push(Problem::new(
                                    &file.path,
                                    Some(line),
                                    format!(
                                        "message `{}` is defined twice (also at {f}:{l})",
                                        m.id.name
                                    ),
                                ));
                            }
                            messages.insert(m.id.name.to_string(), (file.path.clone(), line));
                        }
                        fluent_syntax::ast::Entry::Term(t) => {
                            let line = lines.line(&format!("-{}", t.id.name));
                            if shared_terms.contains_key(t.id.name) && !file.instance {
                                problems.push(Problem::new(
                                    &file.path,
                                    Some(line),
                                    format!(
                                        "term `-{}` is already defined in the shared terms; contact details live in one place",
                                        t.id.name
                                    ),
                                ));
                            }
                        }
                        _ => {}
                    }
                }
                // Duplicates were reported above with their lines; add what can be added.
                if file.instance {
                    bundle.add_resource_overriding(Arc::new(res));
                } else {
                    let _ = bundle.add_resource(Arc::new(res));
                }
            }
            let (name, review) = match &lfiles.settings {
                None => {
                    problems.push(Problem::new(
                        &format!("locales/{lang}/locale.toml"),
                        None,
                        "missing: every locale needs its commands and crisis patterns",
                    ));
                    (lang.clone(), Review::Reviewed)
                }
                Some(file) => match toml::from_str::<LocaleSettings>(&file.text) {
                    Err(e) => {
                        let line = e.span().map(|s| line_of(&file.text, s.start));
                        problems.push(Problem::new(
                            &file.path,
                            line,
                            e.message().trim().to_string(),
                        ));
                        (lang.clone(), Review::Reviewed)
                    }
                    Ok(settings) => {
                        for (key, words) in &settings.commands {
                            let Some(command) = Command::from_key(key) else {
                                problems.push(Problem::new(
                                    &file.path,
                                    words.first().map(|w| line_of(&file.text, w.span().start)),
                                    format!(
                                        "unknown command `{key}` (known: menu, help, language, erase, emergency)"
                                    ),
                                ));
                                continue;
                            };
                            for w in words {
                                let word = crate::understand::normalise::normalise(w.get_ref());
                                if word.is_empty() {
                                    problems.push(Problem::new(
                                        &file.path,
                                        Some(line_of(&file.text, w.span().start)),
                                        "an empty command word",
                                    ));
                                    continue;
                                }
                                if let Some(prev) = commands.insert(word.clone(), command)
                                    && prev != command
                                {
                                    problems.push(Problem::new(
                                        &file.path,
                                        Some(line_of(&file.text, w.span().start)),
                                        format!("`{word}` is already the word for another command"),
                                    ));
                                }
                            }
                        }
                        (settings.name, settings.review)
                    }
                },
            };
            locales.push(Locale {
                id: lang.clone(),
                name,
                review,
                bundle,
                messages,
            });
        }
        let base = locales.iter().position(|l| l.id == BASE_LOCALE);
        if base.is_none() {
            problems.push(Problem::new(
                &format!("locales/{BASE_LOCALE}"),
                None,
                "the base locale is missing",
            ));
        }
        for (file, line, l) in &option_locales {
            if !locales.iter().any(|loc| &loc.id == l) {
                problems.push(Problem::new(
                    file,
                    Some(*line),
                    format!("option switches to locale `{l}`, which does not exist"),
                ));
            }
        }

        // --- Routing patterns ----------------------------------------------------------------
        let mut route_patterns = Vec::new();
        let mut route_nodes = Vec::new();
        // Where each pattern was written: a set that does not build is reported at its line.
        let mut route_at: Vec<(String, usize)> = Vec::new();
        for (node, lang, file, line, pattern) in &raw_patterns {
            if !files.locales.contains_key(lang) {
                problems.push(Problem::new(
                    file,
                    Some(*line),
                    format!("patterns for `{lang}`, which is not a locale"),
                ));
            }
            match compile(pattern) {
                // The same words listed for two languages count once.
                Ok((c, _))
                    if route_patterns
                        .iter()
                        .zip(&route_nodes)
                        .any(|((p, _), n)| *p == c && n == node) => {}
                Ok(c) => {
                    route_patterns.push(c);
                    route_nodes.push(*node);
                    route_at.push((file.clone(), *line));
                }
                Err(e) => problems.push(Problem::new(
                    file,
                    Some(*line),
                    format!("pattern does not compile: {}", first_line(&e)),
                )),
            }
        }

        // --- Messages the flows and the engine use -------------------------------------------
        if let Some(base) = base {
            let base_locale = &locales[base];
            for node in &nodes {
                for id in node
                    .say
                    .iter()
                    .chain(node.links.iter())
                    .chain(node.options.iter().map(|o| &o.label))
                {
                    if base_locale.bundle.get_message(id).is_none() {
                        problems.push(Problem::new(
                            &node.file,
                            Some(node.line),
                            format!(
                                "node `{}` uses message `{id}`, which `{BASE_LOCALE}` lacks",
                                node.id
                            ),
                        ));
                    }
                }
                for id in &node.links {
                    if let Some(m) = base_locale.bundle.get_message(id)
                        && m.get_attribute("url").is_none()
                    {
                        problems.push(Problem::new(
                            &node.file,
                            Some(node.line),
                            format!("link `{id}` has no `.url` attribute"),
                        ));
                    }
                }
            }
            for id in REQUIRED_MESSAGES.iter().chain(CHANNEL_MESSAGES) {
                if base_locale.bundle.get_message(id).is_none() {
                    problems.push(Problem::new(
                        &format!("locales/{BASE_LOCALE}"),
                        None,
                        format!("required message `{id}` is missing"),
                    ));
                }
            }
        }
        // Every message must resolve: a reference to a missing term or message is a problem.
        for locale in &locales {
            for (id, (file, line)) in &locale.messages {
                let Some(msg) = locale.bundle.get_message(id) else {
                    continue;
                };
                let mut errors = Vec::new();
                let args = message_args(crate::store::DEFAULT_TTL_SECS / 60);
                if let Some(value) = msg.value() {
                    locale
                        .bundle
                        .format_pattern(value, Some(&args), &mut errors);
                }
                for attr in msg.attributes() {
                    locale
                        .bundle
                        .format_pattern(attr.value(), Some(&args), &mut errors);
                }
                for e in errors {
                    problems.push(Problem::new(file, Some(*line), format!("`{id}`: {e}")));
                }
            }
        }

        // --- Crisis concepts and rules (every language at once) ------------------------------
        let concept_files: Vec<&SourceFile> = files
            .locales
            .values()
            .flat_map(|l| l.concepts.iter())
            .collect();
        let lexicon = Lexicon::load(&concept_files, files.rules.as_ref(), &mut problems);

        // Building the pattern sets is the costly part of loading; content with problems is
        // refused anyway (this also keeps `baken check` on broken content quick).
        if !problems.is_empty() {
            return Err(ContentError::Invalid(problems));
        }
        let routes = match crate::understand::routes::Patterns::from_parsed(route_patterns) {
            Ok(r) => r,
            Err(e) => {
                // Too big (the size limit) is only known when compiling: the editor gets the
                // file:line of the pattern (D17).
                let (file, line) = match e.pattern.and_then(|i| route_at.get(i)) {
                    Some((file, line)) => (file.as_str(), Some(*line)),
                    None => (route_at.first().map_or("flows", |(f, _)| f.as_str()), None),
                };
                problems.push(Problem::new(
                    file,
                    line,
                    format!("pattern does not compile: {}", first_line(&e.message)),
                ));
                return Err(ContentError::Invalid(problems));
            }
        };
        let understand = Understanding::new(lexicon, routes, route_nodes);
        let mut content = Content {
            nodes,
            index,
            locales,
            base: base.expect("checked above"),
            commands,
            understand,
            shared_terms,
            files,
            ttl_minutes: crate::store::DEFAULT_TTL_SECS / 60,
            dropped_labels,
        };
        // Typing an option's label picks it, in any language: normalise the labels once.
        let labels: Vec<Vec<(String, usize)>> = content
            .nodes
            .iter()
            .map(|node| {
                let mut typed = Vec::new();
                for (i, o) in node.options.iter().enumerate() {
                    for l in &content.locales {
                        let label = crate::understand::normalise::normalise(
                            &content.render(&l.id, &o.label),
                        );
                        if !label.is_empty() && !typed.contains(&(label.clone(), i)) {
                            typed.push((label, i));
                        }
                    }
                }
                typed
            })
            .collect();
        for (node, typed) in content.nodes.iter_mut().zip(labels) {
            node.typed_labels = typed;
        }
        Ok(content)
    }

    /// The editorial checks behind `baken check`, on content that loaded.
    pub fn lint(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        let base = &self.locales[self.base];

        // Every message a flow uses exists in every locale (the base is enforced at load).
        let mut used: HashSet<&str> = REQUIRED_MESSAGES
            .iter()
            .chain(CHANNEL_MESSAGES)
            .copied()
            .chain(self.dropped_labels.iter().map(String::as_str))
            .collect();
        for node in &self.nodes {
            for id in node
                .say
                .iter()
                .chain(&node.links)
                .chain(node.options.iter().map(|o| &o.label))
            {
                used.insert(id);
            }
        }
        for locale in self.locales.iter().filter(|l| self.has_locale(&l.id)) {
            let mut missing: Vec<&str> = used
                .iter()
                .copied()
                .filter(|id| !locale.messages.contains_key(*id))
                .collect();
            missing.sort();
            for id in missing
                .into_iter()
                .filter(|id| !id.starts_with(LANGUAGE_NAME_PREFIX))
            {
                let at = base.messages.get(id);
                problems.push(Problem::new(
                    &format!("locales/{}", locale.id),
                    None,
                    format!(
                        "message `{id}` is missing (defined in {})",
                        at.map(|(f, l)| format!("{f}:{l}"))
                            .unwrap_or_else(|| "no locale".into())
                    ),
                ));
            }
            for (id, (file, line)) in &locale.messages {
                if !used.contains(id.as_str()) {
                    problems.push(Problem::new(
                        file,
                        Some(*line),
                        format!("message `{id}` is not used by any flow"),
                    ));
                }
            }
        }

        // Reachability by tapping, from where a conversation starts.
        let roots = ["welcome", "menu"].iter().chain(REQUIRED_NODES.iter());
        let reachable = self.reach(roots.map(|r| self.index[*r]).collect());
        for (i, node) in self.nodes.iter().enumerate() {
            if !reachable.contains(&i) {
                problems.push(Problem::new(
                    &node.file,
                    Some(node.line),
                    format!(
                        "node `{}` cannot be reached by tapping from the menu",
                        node.id
                    ),
                ));
            }
        }
        // Every node has a way back to the menu.
        let menu = self.index["menu"];
        for (i, node) in self.nodes.iter().enumerate() {
            if i != menu && !self.reach(vec![i]).contains(&menu) {
                problems.push(Problem::new(
                    &node.file,
                    Some(node.line),
                    format!("node `{}` has no way back to the menu", node.id),
                ));
            }
        }
        // The language list is as long as the languages offered, one short name each; the
        // limit is for the node's own choices.
        for node in &self.nodes {
            let own = node
                .options
                .iter()
                .filter(|o| !o.label.starts_with(LANGUAGE_NAME_PREFIX))
                .count();
            if own > 6 {
                problems.push(Problem::new(
                    &node.file,
                    Some(node.line),
                    format!(
                        "node `{}` offers {own} options; at most 6 fit on a phone",
                        node.id
                    ),
                ));
            }
        }
        // A button carries its target as `INDEX:NODE` in Telegram's 64 bytes of callback data;
        // a longer id loses its buttons there, silently (D12).
        for node in &self.nodes {
            let index_digits = node.options.len().saturating_sub(1).to_string().len();
            let bytes = index_digits + 1 + node.id.len();
            if bytes > BUTTON_DATA_LIMIT {
                problems.push(Problem::new(
                    &node.file,
                    Some(node.line),
                    format!(
                        "node id `{}` is {} bytes; a button to it needs {bytes} of Telegram's \
                         {BUTTON_DATA_LIMIT} (`INDEX:NODE`): use at most {} bytes",
                        node.id,
                        node.id.len(),
                        BUTTON_DATA_LIMIT - 1 - index_digits
                    ),
                ));
            }
        }
        // Right to left: a number outside a placeable is not isolated and may be shown
        // reversed (`0800 2000` as `2000 0800`).
        for locale in self
            .locales
            .iter()
            .filter(|l| is_rtl(&l.id) && self.has_locale(&l.id))
        {
            for (id, (file, line)) in &locale.messages {
                if unisolated_digit(&self.render(&locale.id, id)).is_some() {
                    problems.push(Problem::new(
                        file,
                        Some(*line),
                        format!(
                            "message `{id}` has a number outside a placeable; in a right-to-left \
                             language write it as a term (`{{ -vt-tel }}`) or `{{ \"112\" }}` so \
                             it is isolated and not shown reversed"
                        ),
                    ));
                }
            }
        }
        // Short messages: a phone screen, and a person in a hurry.
        for locale in self.locales.iter().filter(|l| self.has_locale(&l.id)) {
            for (id, (file, line)) in &locale.messages {
                let len = self.render(&locale.id, id).chars().count();
                if len > MAX_MESSAGE_LEN {
                    problems.push(Problem::new(
                        file,
                        Some(*line),
                        format!(
                            "message `{id}` is {len} characters; keep it under {MAX_MESSAGE_LEN}"
                        ),
                    ));
                }
            }
        }
        problems.extend(self.editorial_lint());
        let _ = &self.shared_terms;
        problems
    }

    fn reach(&self, start: Vec<usize>) -> HashSet<usize> {
        let mut seen: HashSet<usize> = start.iter().copied().collect();
        let mut queue: VecDeque<usize> = start.into();
        while let Some(i) = queue.pop_front() {
            for o in &self.nodes[i].options {
                if let Some(&j) = o.to.as_ref().and_then(|t| self.index.get(t))
                    && seen.insert(j)
                {
                    queue.push_back(j);
                }
            }
        }
        seen
    }

    pub fn node(&self, id: &str) -> Option<&Node> {
        self.index.get(id).map(|&i| &self.nodes[i])
    }

    pub fn nodes(&self) -> &[Node] {
        &self.nodes
    }

    /// The ids of the loaded locales, base first.
    pub fn locale_ids(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = vec![self.locales[self.base].id.as_str()];
        ids.extend(
            self.locales
                .iter()
                .map(|l| l.id.as_str())
                .filter(|id| *id != BASE_LOCALE),
        );
        ids
    }

    /// A loaded language by id, offered or not: its own name and review status.
    pub fn locale_info(&self, id: &str) -> Option<(&str, Review)> {
        self.locales
            .iter()
            .find(|l| l.id == id)
            .map(|l| (l.name.as_str(), l.review))
    }

    /// The drafts among the loaded languages, with their own names and whether this instance
    /// offers them (`baken check` warns about each).
    pub fn drafts(&self) -> Vec<(&str, &str, bool)> {
        self.locales
            .iter()
            .filter(|l| l.review == Review::Draft)
            .map(|l| (l.id.as_str(), l.name.as_str(), self.has_locale(&l.id)))
            .collect()
    }

    /// The ids of the messages a language defines itself (not the base's fallbacks).
    pub fn message_ids(&self, locale: &str) -> Vec<&str> {
        self.locales
            .iter()
            .find(|l| l.id == locale)
            .map(|l| l.messages.keys().map(String::as_str).collect())
            .unwrap_or_default()
    }

    /// Whether a language can be chosen (loaded and not switched off by the instance).
    pub fn has_locale(&self, id: &str) -> bool {
        self.locales.iter().any(|l| l.id == id) && !self.files.disabled.contains(id)
    }

    /// The files the content was loaded from.
    pub fn files(&self) -> &ContentFiles {
        &self.files
    }

    fn locale(&self, id: &str) -> &Locale {
        self.locales
            .iter()
            .find(|l| l.id == id)
            .unwrap_or(&self.locales[self.base])
    }

    /// Whether the base locale (and so every locale, by fallback) has a message.
    pub fn has_message(&self, id: &str) -> bool {
        self.locales[self.base].bundle.has_message(id)
    }

    /// Render a message in a locale, falling back to the base locale message by message.
    pub fn render(&self, locale: &str, id: &str) -> String {
        self.render_with(locale, id, Some(&message_args(self.ttl_minutes)))
    }

    /// The session lifetime messages mention as `{ $ttl }`.
    pub fn ttl_minutes(&self) -> u64 {
        self.ttl_minutes
    }

    /// Set the session lifetime that messages mention as `{ $ttl }`.
    pub fn set_ttl_minutes(&mut self, minutes: u64) {
        self.ttl_minutes = minutes;
    }

    /// Render a message with arguments.
    pub fn render_with(&self, locale: &str, id: &str, args: Option<&FluentArgs>) -> String {
        for l in [self.locale(locale), &self.locales[self.base]] {
            if let Some(msg) = l.bundle.get_message(id)
                && let Some(value) = msg.value()
            {
                let mut errors = Vec::new();
                return l
                    .bundle
                    .format_pattern(value, args, &mut errors)
                    .into_owned();
            }
        }
        // Unreachable for loaded content (checked at load); never show an id to a user.
        String::new()
    }

    /// Render an attribute of a message (for links: `.url`).
    pub fn render_attribute(&self, locale: &str, id: &str, attribute: &str) -> Option<String> {
        for l in [self.locale(locale), &self.locales[self.base]] {
            if let Some(attr) = l
                .bundle
                .get_message(id)
                .and_then(|m| m.get_attribute(attribute))
            {
                let mut errors = Vec::new();
                return Some(
                    l.bundle
                        .format_pattern(attr.value(), None, &mut errors)
                        .into_owned(),
                );
            }
        }
        None
    }

    /// The command a whole normalised message names, in any locale.
    pub fn command(&self, normalised: &str) -> Option<Command> {
        self.commands.get(normalised).copied()
    }

    /// Crisis kinds found in the variants of a message, in the order they must be answered.
    /// Crisis detection and understanding of typed text (`src/understand/`).
    pub fn understanding(&self) -> &Understanding {
        &self.understand
    }

    /// For measuring other thresholds (`baken eval`).
    pub fn understanding_mut(&mut self) -> &mut Understanding {
        &mut self.understand
    }

    /// The crisis kinds in a typed message (both nets; see [`Understanding::read`]).
    pub fn detect_crisis(&self, raw: &str) -> Vec<CrisisKind> {
        self.understand.read(raw).crisis
    }

    /// The node a typed message leads to, if any (see [`Understanding::route`]).
    pub fn route(&self, variants: &[String]) -> Option<&Node> {
        let i = self
            .understand
            .route(variants, |id| self.index.get(id).copied())?;
        Some(&self.nodes[i])
    }
}

/// The shared terms of one file with every term's value wrapped in FSI … PDI (U+2068 …
/// U+2069), for right-to-left bundles. Fluent's own isolation (`set_use_isolating`) skips term
/// references, and the terms are where the phone numbers and addresses are. Attributes
/// (grammar for selectors) are left alone. `None` if the file does not parse (reported
/// elsewhere).
fn isolated_terms(text: &str) -> Option<FluentResource> {
    use fluent_syntax::ast::{Entry, PatternElement};
    let mut ast = fluent_syntax::parser::parse(text).ok()?;
    for entry in &mut ast.body {
        if let Entry::Term(t) = entry {
            t.value
                .elements
                .insert(0, PatternElement::TextElement { value: "\u{2068}" });
            t.value
                .elements
                .push(PatternElement::TextElement { value: "\u{2069}" });
        }
    }
    FluentResource::try_new(fluent_syntax::serializer::serialize(&ast)).ok()
}

/// The variables every message may use: `$ttl` (minutes a session is kept), and `$vt-chat`
/// and `$local` (`open`, `closed` or `unknown`: whether the regional Veilig Thuis chat and the
/// local access point are open right now; the engine fills them in per message).
pub fn message_args(ttl_minutes: u64) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    args.set("ttl", ttl_minutes);
    // How many options the current node offers (`not-offered`; the engine sets it there).
    args.set("count", 4);
    args.set("vt-chat", "unknown");
    args.set("local", "unknown");
    args
}

/// Messages longer than this are reported by `baken check`.
pub const MAX_MESSAGE_LEN: usize = 600;
/// Telegram's limit for a button's callback data, in bytes: the data is `INDEX:NODE`, so it
/// bounds the length of node ids (`baken check`).
pub const BUTTON_DATA_LIMIT: usize = 64;

fn first_line(e: &impl fmt::Display) -> String {
    e.to_string()
        .lines()
        .last()
        .unwrap_or_default()
        .trim()
        .to_string()
}

fn parse_ftl(file: &SourceFile, problems: &mut Vec<Problem>) -> Option<FluentResource> {
    if file.text.contains('\u{FFFD}') {
        problems.push(Problem::new(
            &file.path,
            Some(line_of(&file.text, file.text.find('\u{FFFD}').unwrap_or(0))),
            "not valid UTF-8",
        ));
    }
    if let Some(at) = too_deep(&file.text) {
        problems.push(Problem::new(
            &file.path,
            Some(line_of(&file.text, at)),
            format!(
                "placeables or calls nested deeper than {MAX_FTL_NESTING} (or a `{{` above that is never closed)"
            ),
        ));
        return None;
    }
    let parsed = match defuse_escapes(&file.text) {
        None => FluentResource::try_new(file.text.clone()),
        // The defused text has the same problems at the same offsets; without them, the
        // original is safe to parse (its short escapes are not in string literals).
        Some(defused) => FluentResource::try_new(defused)
            .and_then(|_| FluentResource::try_new(file.text.clone())),
    };
    match parsed {
        Ok(res) => Some(res),
        Err((_, errors)) => {
            for e in errors {
                let start = file.text.floor_char_boundary(e.pos.start);
                let snippet = file.text[start..]
                    .lines()
                    .next()
                    .unwrap_or("")
                    .chars()
                    .take(40)
                    .collect::<String>();
                problems.push(Problem::new(
                    &file.path,
                    Some(line_of(&file.text, e.pos.start)),
                    format!("Fluent syntax error ({}) near `{snippet}`", e.kind),
                ));
            }
            None
        }
    }
}

/// How deep placeables (`{ … }`) and calls (`F( … )`) may nest in a Fluent file. Real
/// messages nest two or three deep.
pub const MAX_FTL_NESTING: usize = 32;

/// Where a Fluent text nests placeables and calls deeper than [`MAX_FTL_NESTING`], if it does.
/// fluent-syntax parses them recursively, and a few thousand levels overflow the stack, which
/// aborts the process (found by fuzzing). Braces and parentheses inside string literals do not
/// count, nor parentheses in plain text, nor comment lines. A `{` that is never closed counts
/// on, so a broken file may be reported here rather than by the parser.
fn too_deep(text: &str) -> Option<usize> {
    let mut braces = 0usize;
    let mut parens = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut in_comment = false;
    let mut line_start = true;
    for (at, b) in text.bytes().enumerate() {
        let first = std::mem::replace(&mut line_start, b == b'\n');
        if in_comment || (first && b == b'#') {
            in_comment = b != b'\n';
            continue;
        }
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' | b'\n' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'{' => braces += 1,
            b'}' => braces = braces.saturating_sub(1),
            b'"' if braces > 0 => in_string = true,
            b'(' if braces > 0 => parens += 1,
            b')' if braces > 0 => parens = parens.saturating_sub(1),
            _ => {}
        }
        if braces == 0 {
            parens = 0;
        }
        if braces + parens > MAX_FTL_NESTING {
            return Some(at);
        }
    }
    None
}

/// fluent-syntax 0.12 panics on a `\u` or `\U` escape in a string literal that is cut short
/// by a non-ASCII character (`"\ué"`): it slices the text one byte past the escape, inside
/// the character. Found by fuzzing (`tests/fuzz_regressions.rs`). When a text has such a
/// place, this returns a copy with each such character replaced by as many `?` as it has
/// bytes, so every offset stays the same; `None` when there is nothing to defuse.
fn defuse_escapes(text: &str) -> Option<String> {
    let b = text.as_bytes();
    let mut out: Option<Vec<u8>> = None;
    let mut i = 0;
    while i + 1 < b.len() {
        if b[i] == b'\\' && matches!(b[i + 1], b'u' | b'U') {
            let want = if b[i + 1] == b'u' { 4 } else { 6 };
            let digits = i + 2;
            let mut j = digits;
            while j < b.len() && j - digits < want && b[j].is_ascii_hexdigit() {
                j += 1;
            }
            // `j` follows ASCII bytes, so it starts a character.
            if j - digits < want && j < b.len() && !b[j].is_ascii() {
                let len = text[j..].chars().next().map_or(1, char::len_utf8);
                let out = out.get_or_insert_with(|| b.to_vec());
                out[j..j + len].fill(b'?');
            }
            i = j;
        } else {
            i += 1;
        }
    }
    out.map(|o| String::from_utf8(o).expect("only whole characters were replaced"))
}

/// The lines of a Fluent file's entries, asked for in the order the parser returns them.
struct EntryLines<'a> {
    text: &'a str,
    /// Entries seen so far, per `id` (`-name` for a term).
    seen: HashMap<String, usize>,
}

impl<'a> EntryLines<'a> {
    fn new(text: &'a str) -> Self {
        EntryLines {
            text,
            seen: HashMap::new(),
        }
    }

    /// The line where the next entry `id =` starts: the second definition of an id in one
    /// file is on its own line, not on the first one's.
    fn line(&mut self, id: &str) -> usize {
        let seen = self.seen.entry(id.to_string()).or_insert(0);
        let nth = *seen;
        *seen += 1;
        let mut offset = 0;
        let mut found = 0;
        for line in self.text.split_inclusive('\n') {
            if let Some(rest) = line.strip_prefix(id)
                && rest.trim_start().starts_with('=')
            {
                if found == nth {
                    return line_of(self.text, offset);
                }
                found += 1;
            }
            offset += line.len();
        }
        0
    }
}
