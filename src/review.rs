//! Content for reviewers: the flow as a diagram (`baken graph`) and all flows as one readable
//! Markdown document (`baken content export`), so that a municipality's experts can review what
//! Baken says without reading TOML.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::content::Content;

/// Diagram formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GraphFormat {
    Mermaid,
    Dot,
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The buttons nearly every node offers (issue 16: drawn as edges they were 140 of 262 and
/// made the graph a tangle): the option label and the node it leads to. An option with
/// exactly this label and target is folded into a note instead of drawn; other options to
/// the same node (e.g. "Ja, ik kan rustig lezen" → `menu`) stay edges, they carry meaning.
pub const FOLDED_OPTIONS: [(&str, &str); 2] = [("opt-menu", "menu"), ("opt-contacts", "contacts")];

/// `--file` named a flow file the content does not have.
#[derive(Debug, thiserror::Error)]
#[error("no flow file {asked:?}; the flow files are: {known}")]
pub struct UnknownFlowFile {
    pub asked: String,
    pub known: String,
}

/// The file name of a node's flow file (`flows/me.toml` → `me.toml`).
fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

fn is_folded(o: &crate::content::NodeOption) -> bool {
    FOLDED_OPTIONS
        .iter()
        .any(|(label, to)| o.label == *label && o.to.as_deref() == Some(*to))
}

/// One flow file's part of the graph.
struct Cluster<'a> {
    file: &'a str,
    nodes: Vec<&'a crate::content::Node>,
    /// Folded targets every node of the cluster has: said once in the cluster's note.
    everywhere: Vec<&'static str>,
}

impl Cluster<'_> {
    /// Folded targets this node has that the cluster's note does not already say.
    fn marks(&self, node: &crate::content::Node) -> Vec<&'static str> {
        FOLDED_OPTIONS
            .iter()
            .map(|(_, to)| *to)
            .filter(|to| !self.everywhere.contains(to))
            .filter(|to| {
                node.options
                    .iter()
                    .any(|o| is_folded(o) && o.to.as_deref() == Some(*to))
            })
            .collect()
    }
}

/// The flow graph for a reviewer: one cluster per flow file, every option an edge labelled in
/// `locale`, except the menu and contacts buttons ([`FOLDED_OPTIONS`]), which are folded
/// into one note per cluster (when every node there has them) or a line in the node's label.
pub fn graph(content: &Content, locale: &str, format: GraphFormat) -> String {
    graph_part(content, locale, format, None).expect("no file asked for")
}

/// [`graph`], limited to one flow file (`me.toml`, `me` or `flows/me.toml`) when `file` is
/// given: its nodes, its edges, and the nodes outside it that they lead to, drawn dashed.
pub fn graph_part(
    content: &Content,
    locale: &str,
    format: GraphFormat,
    file: Option<&str>,
) -> Result<String, UnknownFlowFile> {
    let mut files: Vec<&str> = Vec::new();
    for node in content.nodes() {
        if !files.contains(&node.file.as_str()) {
            files.push(&node.file);
        }
    }
    if let Some(asked) = file {
        let wanted = |f: &str| {
            let name = file_name(f);
            f == asked || name == asked || name.strip_suffix(".toml") == Some(asked)
        };
        files.retain(|f| wanted(f));
        if files.is_empty() {
            let mut known: Vec<&str> = content.nodes().iter().map(|n| file_name(&n.file)).collect();
            known.dedup();
            known.sort_unstable();
            known.dedup();
            return Err(UnknownFlowFile {
                asked: asked.to_string(),
                known: known.join(", "),
            });
        }
    }
    let clusters: Vec<Cluster> = files
        .iter()
        .map(|f| {
            let nodes: Vec<_> = content.nodes().iter().filter(|n| n.file == *f).collect();
            let everywhere = FOLDED_OPTIONS
                .iter()
                .map(|(_, to)| *to)
                .filter(|to| {
                    nodes.iter().all(|n| {
                        n.options
                            .iter()
                            .any(|o| is_folded(o) && o.to.as_deref() == Some(*to))
                    })
                })
                .collect();
            Cluster {
                file: f,
                nodes,
                everywhere,
            }
        })
        .collect();
    let drawn: Vec<&str> = clusters
        .iter()
        .flat_map(|c| c.nodes.iter().map(|n| n.id.as_str()))
        .collect();
    let folded_label = |to: &str| {
        let label = FOLDED_OPTIONS
            .iter()
            .find(|(_, t)| *t == to)
            .map(|(l, _)| *l)
            .unwrap_or(to);
        format!("“{}” → {to}", one_line(&content.render(locale, label)))
    };
    let note = |c: &Cluster| {
        (!c.everywhere.is_empty()).then(|| {
            let parts: Vec<String> = c.everywhere.iter().map(|to| folded_label(to)).collect();
            format!("every node here: {}", parts.join(", "))
        })
    };
    // Edges, and the nodes outside the drawn part that they lead to.
    let mut edges: Vec<(&str, &str, String)> = Vec::new();
    let mut outside: Vec<&str> = Vec::new();
    for c in &clusters {
        for node in &c.nodes {
            for o in node.options.iter().filter(|o| !is_folded(o)) {
                let target = o.to.as_deref().unwrap_or("menu");
                if !drawn.contains(&target) && !outside.contains(&target) {
                    outside.push(target);
                }
                edges.push((
                    &node.id,
                    target,
                    one_line(&content.render(locale, &o.label)),
                ));
            }
        }
    }
    let file_of = |id: &str| {
        content
            .node(id)
            .map(|n| file_name(&n.file).to_string())
            .unwrap_or_default()
    };
    let mut out = String::new();
    match format {
        GraphFormat::Mermaid => {
            let q = |s: &str| s.replace('"', "#quot;");
            out.push_str("flowchart LR\n");
            for (i, c) in clusters.iter().enumerate() {
                let _ = writeln!(out, "  subgraph file_{i}[\"{}\"]", q(file_name(c.file)));
                for node in &c.nodes {
                    let marks = c.marks(node);
                    let label = if marks.is_empty() {
                        node.id.clone()
                    } else {
                        format!("{}<br/>→ {}", node.id, marks.join(", "))
                    };
                    let _ = writeln!(out, "    {}[\"{}\"]", mermaid_id(&node.id), q(&label));
                }
                if let Some(note) = note(c) {
                    let _ = writeln!(out, "    note_{i}>\"{}\"]", q(&note));
                }
                out.push_str("  end\n");
            }
            for id in &outside {
                let _ = writeln!(
                    out,
                    "  {}([\"{} ({})\"])",
                    mermaid_id(id),
                    q(id),
                    q(&file_of(id))
                );
            }
            for (from, to, label) in &edges {
                let _ = writeln!(
                    out,
                    "  {} -->|\"{}\"| {}",
                    mermaid_id(from),
                    q(label),
                    mermaid_id(to)
                );
            }
        }
        GraphFormat::Dot => {
            let q = |s: &str| s.replace('\\', "\\\\").replace('"', "\\\"");
            // `newrank`: without it Graphviz fails on clusters with many edges between them
            // ("trouble in init_rank").
            out.push_str("digraph baken {\n  rankdir=LR;\n  newrank=true;\n  node [shape=box];\n");
            for (i, c) in clusters.iter().enumerate() {
                let _ = writeln!(
                    out,
                    "  subgraph cluster_{i} {{\n    label=\"{}\";\n    style=rounded;",
                    q(file_name(c.file))
                );
                for node in &c.nodes {
                    let marks = c.marks(node);
                    if marks.is_empty() {
                        let _ = writeln!(out, "    \"{}\";", q(&node.id));
                    } else {
                        let _ = writeln!(
                            out,
                            "    \"{}\" [label=\"{}\\n→ {}\"];",
                            q(&node.id),
                            q(&node.id),
                            q(&marks.join(", "))
                        );
                    }
                }
                if let Some(note) = note(c) {
                    let _ = writeln!(
                        out,
                        "    \"note {}\" [shape=note, label=\"{}\"];",
                        q(file_name(c.file)),
                        q(&note)
                    );
                }
                out.push_str("  }\n");
            }
            for id in &outside {
                let _ = writeln!(
                    out,
                    "  \"{}\" [style=dashed, label=\"{}\\n({})\"];",
                    q(id),
                    q(id),
                    q(&file_of(id))
                );
            }
            for (from, to, label) in &edges {
                let _ = writeln!(
                    out,
                    "  \"{}\" -> \"{}\" [label=\"{}\"];",
                    q(from),
                    q(to),
                    q(label)
                );
            }
            out.push_str("}\n");
        }
    }
    Ok(out)
}

/// Mermaid node ids may not contain `-` at the start or some keywords; prefix them.
fn mermaid_id(id: &str) -> String {
    format!("n_{}", id.replace('-', "_"))
}

/// What `flows/SOURCES.md` says each node rests on: node id -> the "rests on" cells of every
/// table row that names it. A row's first cell names one or more nodes, e.g.
/// `welcome, unsafe-now, help (main)` or `` `caution-line` (main, said by the engine) ``; the
/// parts in brackets and after `:` are remarks, not node ids.
pub fn node_sources(sources_md: &str) -> BTreeMap<String, Vec<String>> {
    let mut map: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for line in sources_md.lines() {
        let cells: Vec<&str> = line.trim().trim_matches('|').split('|').collect();
        let [who, rests_on] = cells.as_slice() else {
            continue;
        };
        let rests_on = rests_on.trim();
        if rests_on.is_empty() || rests_on.starts_with("---") || rests_on == "rests on" {
            continue;
        }
        // Drop bracketed remarks, then split the names.
        let mut names = String::new();
        let mut depth = 0usize;
        for c in who.chars() {
            match c {
                '(' => depth += 1,
                ')' => depth = depth.saturating_sub(1),
                _ if depth == 0 => names.push(c),
                _ => {}
            }
        }
        for name in names.split([',', ':']) {
            let id = name.trim().trim_matches('`').trim();
            if !id.is_empty() && !id.contains(' ') {
                map.entry(id.to_string())
                    .or_default()
                    .push(rests_on.to_string());
            }
        }
    }
    map
}

/// All flows rendered in one Markdown document, in the order of the flow files, each node with
/// the sources `flows/SOURCES.md` gives for it.
pub fn export_markdown(content: &Content, locale: &str) -> String {
    let sources = content
        .files()
        .sources
        .as_ref()
        .map(|f| node_sources(&f.text))
        .unwrap_or_default();
    let mut out = String::new();
    let _ = writeln!(out, "# Baken: all conversations ({locale})\n");
    let _ = writeln!(
        out,
        "Generated by `baken content export --locale {locale}`. Each section is one place in the \
         conversation (a node): what Baken says, the choices it offers and the typed words that \
         lead there. Phone numbers come from one shared list (`locales/contacts.ftl`). \
         \"Sources\" is what `flows/SOURCES.md` says the node's statements rest on.\n"
    );
    let mut file = "";
    for node in content.nodes() {
        if node.file != file {
            file = &node.file;
            let _ = writeln!(out, "## {file}\n");
        }
        let _ = writeln!(out, "### `{}`\n", node.id);
        match sources.get(&node.id) {
            Some(rows) => {
                for row in rows {
                    let _ = writeln!(out, "Sources: {row}\n");
                }
            }
            None => {
                let _ = writeln!(out, "Sources: none listed in flows/SOURCES.md\n");
            }
        }
        for id in &node.say {
            for line in content.render(locale, id).lines() {
                let _ = writeln!(out, "> {line}");
            }
            out.push('\n');
        }
        for (i, o) in node.options.iter().enumerate() {
            let target = match (&o.to, o.action) {
                (_, Some(crate::content::Action::Erase)) => "erase the conversation".to_string(),
                (Some(to), _) => format!("`{to}`"),
                (None, None) => "`menu`".to_string(),
            };
            let _ = writeln!(
                out,
                "{}. {} → {target}",
                i + 1,
                one_line(&content.render(locale, &o.label))
            );
        }
        for id in &node.links {
            if let Some(url) = content.render_attribute(locale, id, "url") {
                let _ = writeln!(out, "- link: [{}]({url})", content.render(locale, id));
            }
        }
        out.push('\n');
    }
    out
}

/// A Markdown table cell: one line, `|` escaped, so a multi-line message stays in its row.
fn cell(s: &str) -> String {
    s.trim()
        .replace('|', "\\|")
        .lines()
        .map(str::trim)
        .collect::<Vec<_>>()
        .join("<br>")
}

/// The whole conversation side by side for a translator's reviewer: per node a table with the
/// message id, the text in `base` (usually Dutch) and in `locale`, for everything the node says,
/// its options and its links (with their addresses).
pub fn export_compare(content: &Content, base: &str, locale: &str) -> String {
    let name = |l: &str| {
        content
            .locale_info(l)
            .map(|(n, _)| n.to_string())
            .unwrap_or_else(|| l.to_string())
    };
    let (base_name, name_l) = (name(base), name(locale));
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Baken: {base_name} ({base}) and {name_l} ({locale})\n"
    );
    let review = match content.locale_info(locale).map(|(_, r)| r) {
        Some(crate::content::Review::Draft) => "a draft that no native speaker has reviewed yet",
        _ => "reviewed",
    };
    let _ = writeln!(
        out,
        "Generated by `baken content export --locale {locale} --compare {base}`. `{locale}` is {review}. \
         Each section is one place in the conversation (a node), in the order of the flow files: \
         what Baken says, then the choices (\"option\") and links. Phone numbers and addresses \
         come from one shared list (`locales/contacts.ftl`) and are the same in every language.\n"
    );
    let mut file = "";
    for node in content.nodes() {
        if node.file != file {
            file = &node.file;
            let _ = writeln!(out, "## {file}\n");
        }
        let _ = writeln!(out, "### `{}`\n", node.id);
        let _ = writeln!(out, "| id | {base_name} | {name_l} |");
        out.push_str("|---|---|---|\n");
        // A message the language lacks falls back to the base language; say so.
        let own = content.message_ids(locale);
        let text = |id: &str| {
            let t = content.render(locale, id);
            if own.contains(&id) || id.starts_with(crate::content::LANGUAGE_NAME_PREFIX) {
                t
            } else {
                format!("*(missing, shown in {base_name}:)* {t}")
            }
        };
        let row = |out: &mut String, id: &str, a: String, b: String| {
            let _ = writeln!(out, "| `{id}` | {} | {} |", cell(&a), cell(&b));
        };
        for id in &node.say {
            row(&mut out, id, content.render(base, id), text(id));
        }
        for o in &node.options {
            row(
                &mut out,
                &format!("option {}", o.label),
                content.render(base, &o.label),
                text(&o.label),
            );
        }
        for id in &node.links {
            let link = |l: &str| {
                let url = content.render_attribute(l, id, "url").unwrap_or_default();
                format!("{} ({url})", content.render(l, id))
            };
            row(&mut out, &format!("link {id}"), link(base), link(locale));
        }
        out.push('\n');
    }
    out
}
