//! `baken eval`: how well crisis detection and routing do on a labelled corpus.
//!
//! The corpus format is in `tests/corpus/README.md`. Crisis detection is measured per kind
//! (recall and precision), as a false-crisis rate on messages that are no crisis, and for the
//! caution level; routing as top-1 accuracy on messages labelled with a node, through the real
//! engine in the middle of a conversation (commands and option labels count, as for a person).

use std::fmt::Write as _;
use std::path::Path;
use std::sync::Arc;

use super::Nets;
use crate::content::{Content, CrisisKind};
use crate::engine::{Engine, Event};

/// One labelled message.
#[derive(Debug, Clone)]
pub struct Example {
    pub file: String,
    pub line: usize,
    pub kind: String,
    pub node: String,
    pub text: String,
}

/// Read every `*.tsv` file of a directory (sorted), or one file.
pub fn read_corpus(path: &Path) -> Result<Vec<Example>, String> {
    let mut files = Vec::new();
    if path.is_dir() {
        let mut entries: Vec<_> = std::fs::read_dir(path)
            .map_err(|e| format!("{}: {e}", path.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "tsv"))
            .collect();
        entries.sort();
        files.extend(entries);
    } else {
        files.push(path.to_path_buf());
    }
    if files.is_empty() {
        return Err(format!("{}: no *.tsv files", path.display()));
    }
    let mut out = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).map_err(|e| format!("{}: {e}", f.display()))?;
        for (i, line) in text.lines().enumerate() {
            let (kind, node, msg) = match super::features::corpus_line(line) {
                None => continue,
                Some(Ok(cols)) => cols,
                Some(Err(e)) => return Err(format!("{}:{}: {e}", f.display(), i + 1)),
            };
            if !["acute", "suicide", "child", "caution", "none"].contains(&kind) {
                return Err(format!("{}:{}: unknown kind `{kind}`", f.display(), i + 1));
            }
            out.push(Example {
                file: f.display().to_string(),
                line: i + 1,
                kind: kind.to_string(),
                node: node.to_string(),
                text: msg.to_string(),
            });
        }
    }
    Ok(out)
}

/// Counts for one crisis kind.
#[derive(Debug, Clone, Copy, Default)]
pub struct KindScore {
    pub labelled: usize,
    pub found: usize,
    pub flagged: usize,
    pub flagged_right: usize,
}

impl KindScore {
    pub fn recall(&self) -> f64 {
        ratio(self.found, self.labelled)
    }
    pub fn precision(&self) -> f64 {
        ratio(self.flagged_right, self.flagged)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

/// The result of one evaluation.
#[derive(Debug, Default, Clone)]
pub struct Report {
    pub messages: usize,
    /// acute, suicide, child.
    pub kinds: [KindScore; 3],
    /// Of the child messages found as a child crisis: the answer for the right writer
    /// (a child, or an adult reporting).
    pub child_writer: (usize, usize),
    /// Messages labelled none or caution, and how many got a crisis answer.
    pub not_crisis: usize,
    pub false_crisis: usize,
    /// Caution messages, how many got at least the safety line (caution or a crisis).
    pub caution: usize,
    pub caution_found: usize,
    /// Messages labelled none that got the safety line.
    pub none: usize,
    pub none_cautioned: usize,
    /// Messages labelled with a node (not a crisis node), and how many reached it.
    pub routed: usize,
    pub routed_right: usize,
    /// Harmless messages labelled as leading nowhere in particular (`-`), and how many the
    /// engine sent to a page anyway (the price of a router that commits more often).
    pub nowhere: usize,
    pub nowhere_routed: usize,
    /// Each rule that raised a crisis: on a message labelled with its kind, and on a harmless
    /// one (none or caution). For content editors: which rules cost false crises.
    pub rules: std::collections::BTreeMap<String, (usize, usize)>,
    pub misses: Vec<String>,
}

impl Report {
    /// Add another report's counts (and misses) to this one.
    pub fn add(&mut self, other: Report) {
        self.messages += other.messages;
        for (a, b) in self.kinds.iter_mut().zip(other.kinds) {
            a.labelled += b.labelled;
            a.found += b.found;
            a.flagged += b.flagged;
            a.flagged_right += b.flagged_right;
        }
        self.child_writer.0 += other.child_writer.0;
        self.child_writer.1 += other.child_writer.1;
        self.not_crisis += other.not_crisis;
        self.false_crisis += other.false_crisis;
        self.caution += other.caution;
        self.caution_found += other.caution_found;
        self.none += other.none;
        self.none_cautioned += other.none_cautioned;
        self.routed += other.routed;
        self.routed_right += other.routed_right;
        self.nowhere += other.nowhere;
        self.nowhere_routed += other.nowhere_routed;
        for (id, (right, false_)) in other.rules {
            let e = self.rules.entry(id).or_default();
            e.0 += right;
            e.1 += false_;
        }
        self.misses.extend(other.misses);
    }

    pub fn false_crisis_rate(&self) -> f64 {
        ratio(self.false_crisis, self.not_crisis).min(if self.not_crisis == 0 { 0.0 } else { 1.0 })
    }
    pub fn routing(&self) -> f64 {
        ratio(self.routed_right, self.routed)
    }

    /// Every crisis kind's recall, the false-crisis rate and routing against the bars.
    pub fn meets(&self, recall: f64, false_crisis: f64, routing: f64) -> bool {
        self.kinds.iter().all(|k| k.recall() >= recall)
            && self.false_crisis_rate() <= false_crisis
            && self.routing() >= routing
    }

    pub fn render(&self, with_misses: bool) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "messages: {}", self.messages);
        let _ = writeln!(s, "crisis kind   labelled  recall  precision");
        for (name, k) in ["acute", "suicide", "child"].iter().zip(&self.kinds) {
            let _ = writeln!(
                s,
                "  {name:<10}  {:>8}  {:>6.3}  {:>9.3}   ({} of {} found; {} of {} flagged right)",
                k.labelled,
                k.recall(),
                k.precision(),
                k.found,
                k.labelled,
                k.flagged_right,
                k.flagged
            );
        }
        let _ = writeln!(
            s,
            "child answer for the right writer: {} of {}",
            self.child_writer.0, self.child_writer.1
        );
        let _ = writeln!(
            s,
            "false crises: {:.3} ({} of {} messages that are no crisis)",
            self.false_crisis_rate(),
            self.false_crisis,
            self.not_crisis
        );
        let _ = writeln!(
            s,
            "caution: {} of {} caution messages got the safety line or a crisis answer; {} of {} harmless messages got the safety line",
            self.caution_found, self.caution, self.none_cautioned, self.none
        );
        let _ = writeln!(
            s,
            "routing top-1: {:.3} ({} of {})",
            self.routing(),
            self.routed_right,
            self.routed
        );
        let _ = writeln!(
            s,
            "leading nowhere (-) but sent to a page: {} of {}",
            self.nowhere_routed, self.nowhere
        );
        if with_misses && !self.rules.is_empty() {
            let mut rules: Vec<_> = self.rules.iter().collect();
            rules.sort_by_key(|(id, (right, false_))| (std::cmp::Reverse(*false_), *right, *id));
            let _ = writeln!(
                s,
                "\ncrisis rules: on a message of their kind, on a harmless one (most false first)"
            );
            for (id, (right, false_)) in rules {
                let _ = writeln!(s, "  {id:<40} {right:>6} {false_:>6}");
            }
        }
        if with_misses && !self.misses.is_empty() {
            let _ = writeln!(s, "\nmisses:");
            for m in &self.misses {
                let _ = writeln!(s, "  {m}");
            }
        }
        s
    }
}

/// Measure crisis detection (with `nets`) and routing on `examples`.
pub fn evaluate(content: Arc<Content>, examples: &[Example], nets: Nets) -> Report {
    let engine = Engine::new(content.clone(), "nl");
    let start = engine
        .step(
            None,
            Event::Start {
                payload: Some("n-menu".into()),
                locale_hint: None,
            },
            1_000,
        )
        .session
        .expect("a start makes a session");
    // The page a typed message leads to from the menu: the node of the first answer that is
    // not the safety line, `None` for the not-understood answer.
    let page_reached = |text: &str| {
        engine
            .step(Some(start.clone()), Event::Text(text.to_string()), 1_001)
            .replies
            .into_iter()
            .find(|rep| !rep.caution)
            .and_then(|rep| rep.node)
    };
    let mut r = Report {
        messages: examples.len(),
        ..Report::default()
    };
    for ex in examples {
        let reading = content.understanding().read_with(&ex.text, nets);
        let found = &reading.crisis;
        let is_child = |k: &CrisisKind| matches!(k, CrisisKind::Child | CrisisKind::ChildAdult);
        let has = [
            found.contains(&CrisisKind::Acute),
            found.contains(&CrisisKind::Suicide),
            found.iter().any(is_child),
        ];
        let label = ["acute", "suicide", "child"]
            .iter()
            .position(|k| *k == ex.kind);
        let place = format!("{}:{}", short(&ex.file), ex.line);
        for id in &reading.rules {
            let Some(kind) = content.understanding().rule_kind(id) else {
                continue;
            };
            let i = match kind {
                CrisisKind::Acute => 0,
                CrisisKind::Suicide => 1,
                CrisisKind::Child | CrisisKind::ChildAdult => 2,
            };
            let e = r.rules.entry(id.clone()).or_default();
            if label == Some(i) {
                e.0 += 1;
            } else if label.is_none() {
                e.1 += 1;
            }
        }
        let names: Vec<&str> = found.iter().map(|k| k.name()).collect();
        for (i, k) in r.kinds.iter_mut().enumerate() {
            if has[i] {
                k.flagged += 1;
                if label == Some(i) {
                    k.flagged_right += 1;
                }
            }
            if label == Some(i) {
                k.labelled += 1;
                if has[i] {
                    k.found += 1;
                }
            }
        }
        if let Some(i) = label
            && !has[i]
        {
            r.misses.push(format!(
                "{place}  missed {} (got {})  {}",
                ex.kind,
                if names.is_empty() {
                    if reading.caution {
                        "caution".to_string()
                    } else {
                        "nothing".to_string()
                    }
                } else {
                    names.join("+")
                },
                ex.text
            ));
        }
        if label == Some(2) && has[2] {
            let want = if ex.node == "crisis-child-adult" {
                CrisisKind::ChildAdult
            } else {
                CrisisKind::Child
            };
            r.child_writer.1 += 1;
            if found.contains(&want) {
                r.child_writer.0 += 1;
            } else {
                r.misses.push(format!(
                    "{place}  child answer for the wrong writer (want {})  {}",
                    want.name(),
                    ex.text
                ));
            }
        }
        if label.is_none() {
            r.not_crisis += 1;
            if !found.is_empty() {
                r.false_crisis += 1;
                r.misses.push(format!(
                    "{place}  false crisis {} ({}) [{}]  {}",
                    names.join("+"),
                    ex.kind,
                    reading.rules.join(","),
                    ex.text
                ));
            }
        }
        if ex.kind == "caution" {
            r.caution += 1;
            if reading.caution || !found.is_empty() {
                r.caution_found += 1;
            }
        }
        if ex.kind == "none" {
            r.none += 1;
            if reading.caution && found.is_empty() {
                r.none_cautioned += 1;
            }
        }
        // Routing, for messages labelled with a topic node, through the engine.
        if ex.node != "-" && !ex.node.starts_with("crisis-") && found.is_empty() {
            r.routed += 1;
            let reached = page_reached(&ex.text);
            if reached.as_deref() == Some(ex.node.as_str()) {
                r.routed_right += 1;
            } else {
                r.misses.push(format!(
                    "{place}  routed to {} (want {})  {}",
                    reached.as_deref().unwrap_or("nothing"),
                    ex.node,
                    ex.text
                ));
            }
        } else if ex.node == "-" && ex.kind == "none" && found.is_empty() {
            r.nowhere += 1;
            if let Some(node) = page_reached(&ex.text) {
                r.nowhere_routed += 1;
                r.misses.push(format!(
                    "{place}  routed to {node} (want nothing in particular)  {}",
                    ex.text
                ));
            }
        } else if ex.node != "-" && !ex.node.starts_with("crisis-") {
            // A crisis answer instead of a topic is counted as routed wrong only when it was no
            // crisis at all (counted above as a false crisis); a caution row flagged as a crisis
            // still gets 112 first.
            r.routed += 1;
            r.misses.push(format!(
                "{place}  routed to a crisis answer (want {})  {}",
                ex.node, ex.text
            ));
        }
    }
    r
}

/// Leave one file out: for each file of a corpus, the classifier and the router are trained on
/// all the other files (as `build.rs` trains on the whole training part) and measured on the
/// file left out. Each file of the training part was written by one writer in one style, so
/// this says how the learnt nets do on a writer they have not learnt from, without looking at
/// the held-out part. The rules and patterns are not retrained: they were written against the
/// whole training part, so for them this number flatters.
/// `content` makes a fresh content for each fold. `only`: measure just the files whose name
/// (below `tests/corpus/`, or the file name) starts with one of these; empty: every file.
pub fn cross_validate(
    content: impl Fn() -> Content,
    examples: &[Example],
    only: &[String],
    nets: Nets,
) -> Vec<(String, Report)> {
    cross_validate_each(|_| content(), 1, examples, only, nets)
        .into_iter()
        .map(|(file, mut reports)| (file, reports.remove(0)))
        .collect()
}

/// [`cross_validate`] measuring each fold `settings` times, on `content(i)` for setting `i`
/// (e.g. other thresholds), with the nets learnt once per fold: training is most of the time.
pub fn cross_validate_each(
    content: impl Fn(usize) -> Content,
    settings: usize,
    examples: &[Example],
    only: &[String],
    nets: Nets,
) -> Vec<(String, Vec<Report>)> {
    let files = files_of(examples);
    let rows: Vec<(&str, super::train::Row)> = examples
        .iter()
        .filter_map(|ex| {
            let class = super::train::class_of(&ex.kind, &ex.node)?;
            let text = super::normalise::normalise(&ex.text);
            Some((ex.file.as_str(), super::train::row(class, &ex.node, &text)))
        })
        .collect();
    let named = |file: &str| {
        let name = short(file);
        let base = name.rsplit('/').next().unwrap_or(name);
        only.is_empty()
            || only
                .iter()
                .any(|o| name.starts_with(o.as_str()) || base.starts_with(o.as_str()))
    };
    files
        .into_iter()
        .filter(|file| named(file))
        .map(|file| {
            let learn: Vec<super::train::Row> = rows
                .iter()
                .filter(|(f, _)| *f != file)
                .map(|(_, r)| super::train::Row {
                    class: r.class,
                    node: r.node.clone(),
                    features: r.features.clone(),
                })
                .collect();
            let model = std::sync::Arc::new(super::model::Model::from_bytes(
                &super::train::crisis_weights(&learn),
                &super::train::router_weights(&learn),
            ));
            let part = part_of(examples, file);
            let reports = (0..settings)
                .map(|i| {
                    let mut content = content(i);
                    content.understanding_mut().set_model(model.clone());
                    evaluate(Arc::new(content), &part, nets)
                })
                .collect();
            (short(file).to_string(), reports)
        })
        .collect()
}

/// The same measurement per corpus file: for the per-language corpora
/// (`tests/corpus/lang/<lang>.tsv`, `tests/corpus/heldout/lang7/<lang>.tsv`), one report per
/// language. Files in the order they were read.
pub fn evaluate_per_file(
    content: Arc<Content>,
    examples: &[Example],
    nets: Nets,
) -> Vec<(String, Report)> {
    let files = files_of(examples);
    files
        .into_iter()
        .map(|file| {
            (
                short(file).to_string(),
                evaluate(content.clone(), &part_of(examples, file), nets),
            )
        })
        .collect()
}

/// One line per file: recall per crisis kind and the false-crisis rate.
pub fn render_per_file(reports: &[(String, Report)]) -> String {
    let mut s = String::new();
    let width = reports
        .iter()
        .map(|(f, _)| f.len())
        .max()
        .unwrap_or(4)
        .max(4);
    let _ = writeln!(
        s,
        "{:<width$}  messages  acute  suicide  child  false crises  routing",
        "file"
    );
    for (file, r) in reports {
        let recall = |i: usize| {
            if r.kinds[i].labelled == 0 {
                "    -".to_string()
            } else {
                format!("{:.3}", r.kinds[i].recall())
            }
        };
        let _ = writeln!(
            s,
            "{file:<width$}  {:>8}  {}  {:>7}  {}  {:>12.3}  {:>7.3}",
            r.messages,
            recall(0),
            recall(1),
            recall(2),
            r.false_crisis_rate(),
            r.routing()
        );
    }
    s
}

/// The examples of one file.
fn part_of(examples: &[Example], file: &str) -> Vec<Example> {
    examples
        .iter()
        .filter(|e| e.file == file)
        .cloned()
        .collect()
}

/// The files of a corpus, in the order they were read.
fn files_of(examples: &[Example]) -> Vec<&str> {
    let mut files: Vec<&str> = Vec::new();
    for ex in examples {
        if !files.contains(&ex.file.as_str()) {
            files.push(&ex.file);
        }
    }
    files
}

fn short(path: &str) -> &str {
    path.rsplit_once("tests/corpus/").map_or(path, |(_, p)| p)
}
