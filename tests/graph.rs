//! `baken graph` as a reviewer gets it (issue 16, point 11): one cluster per flow file, the
//! menu and contacts buttons folded into a note instead of 140 edges, `--file` for one part,
//! and output Graphviz renders.

use std::collections::{BTreeMap, BTreeSet};
use std::process::Command;

/// The parts of a DOT graph this test looks at.
#[derive(Debug, Default)]
struct Dot {
    /// Cluster label (the flow file) → the nodes declared inside it.
    clusters: BTreeMap<String, BTreeSet<String>>,
    /// Nodes declared outside any cluster, with their attributes.
    outside: BTreeMap<String, String>,
    /// (from, to, label)
    edges: Vec<(String, String, String)>,
    /// Node id → its label attribute, where it has one.
    labels: BTreeMap<String, String>,
}

/// The first quoted string of `s` (DOT escapes `\"` and `\\`), and what follows it.
fn quoted(s: &str) -> Option<(String, &str)> {
    let start = s.find('"')? + 1;
    let mut out = String::new();
    let mut chars = s[start..].char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' => {
                let (_, next) = chars.next()?;
                if next != '"' && next != '\\' {
                    out.push('\\');
                }
                out.push(next);
            }
            '"' => return Some((out, &s[start + i + 1..])),
            c => out.push(c),
        }
    }
    None
}

fn attr(rest: &str, name: &str) -> Option<String> {
    let at = rest.find(&format!("{name}=\""))?;
    quoted(&rest[at..]).map(|(v, _)| v)
}

/// Parse the DOT `baken graph --format dot` prints, line by line, strictly enough that a
/// line this parser does not know fails the test.
fn parse(dot: &str) -> Dot {
    let mut g = Dot::default();
    let mut cluster: Option<(String, BTreeSet<String>)> = None;
    let mut lines = dot.lines();
    assert_eq!(lines.next(), Some("digraph baken {"), "{dot}");
    for line in lines {
        let t = line.trim();
        if t.starts_with("subgraph cluster_") {
            assert!(cluster.is_none(), "nested cluster: {line}");
            cluster = Some((String::new(), BTreeSet::new()));
        } else if let Some(label) = t.strip_prefix("label=").filter(|_| cluster.is_some()) {
            let (label, _) = quoted(label).unwrap();
            cluster.as_mut().unwrap().0 = label;
        } else if t == "}" {
            match cluster.take() {
                Some((label, nodes)) => {
                    assert!(!label.is_empty(), "a cluster without a label");
                    assert!(g.clusters.insert(label, nodes).is_none(), "a file twice");
                }
                None => break,
            }
        } else if t.starts_with('"') {
            let (first, rest) = quoted(t).unwrap();
            if let Some(rest) = rest.trim_start().strip_prefix("->") {
                let (to, rest) = quoted(rest).unwrap();
                let label = attr(rest, "label").expect("every edge has a label");
                g.edges.push((first, to, label));
            } else {
                if let Some(label) = attr(rest, "label") {
                    g.labels.insert(first.clone(), label);
                }
                match cluster.as_mut() {
                    Some((_, nodes)) => {
                        nodes.insert(first);
                    }
                    None => {
                        g.outside.insert(first, rest.to_string());
                    }
                }
            }
        } else {
            assert!(
                [
                    "rankdir=LR;",
                    "newrank=true;",
                    "node [shape=box];",
                    "style=rounded;"
                ]
                .contains(&t),
                "unknown line: {line}"
            );
        }
    }
    g
}

fn baken(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_baken"))
        .args(args)
        .env_remove("BAKEN_CONFIG")
        .env_remove("BAKEN_INSTANCE")
        .output()
        .unwrap()
}

fn graph(args: &[&str]) -> String {
    let out = baken(&[&["graph"], args].concat());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn file_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap()
}

#[test]
fn one_cluster_per_flow_file_and_the_menu_buttons_folded() {
    let content = baken::Content::embedded().unwrap();
    let g = parse(&graph(&["--format", "dot", "--locale", "en"]));

    // One cluster per flow file, holding exactly that file's nodes.
    let mut files: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for node in content.nodes() {
        files
            .entry(file_name(&node.file).to_string())
            .or_default()
            .insert(node.id.clone());
    }
    assert!(files.len() >= 10, "{files:?}");
    for (file, nodes) in &files {
        let drawn = &g.clusters[file];
        // The cluster may add its note; every node of the file is in it.
        let drawn_nodes: BTreeSet<_> = drawn
            .iter()
            .filter(|n| !n.starts_with("note "))
            .cloned()
            .collect();
        assert_eq!(&drawn_nodes, nodes, "{file}");
    }
    assert_eq!(g.clusters.len(), files.len());
    assert!(g.outside.is_empty(), "the whole graph has no stubs");

    // The menu and contacts buttons are no longer edges; every other option still is.
    let options: usize = content.nodes().iter().map(|n| n.options.len()).sum();
    let folded = content
        .nodes()
        .iter()
        .flat_map(|n| &n.options)
        .filter(|o| {
            baken::review::FOLDED_OPTIONS
                .iter()
                .any(|(l, to)| o.label == *l && o.to.as_deref() == Some(*to))
        })
        .count();
    assert!(folded >= 100, "{folded} folded");
    assert_eq!(g.edges.len(), options - folded);
    eprintln!("{options} options, {} drawn as edges", g.edges.len());
    let menu_label = content.render("en", "opt-menu");
    assert!(
        !g.edges
            .iter()
            .any(|(_, to, label)| to == "menu" && *label == menu_label),
        "a back-to-menu edge is still drawn"
    );
    // An option to the menu with its own meaning stays an edge.
    assert!(g.edges.contains(&(
        "welcome".into(),
        "menu".into(),
        "Yes, I can read in peace".into()
    )));

    // Where the buttons went: a node that has one says so in its label, or its cluster's note
    // says every node there has it.
    for node in content.nodes() {
        let cluster = &g.clusters[file_name(&node.file)];
        let note = cluster
            .iter()
            .find(|n| n.starts_with("note "))
            .map(|n| g.labels[n].clone())
            .unwrap_or_default();
        for (_, to) in baken::review::FOLDED_OPTIONS {
            let has = node.options.iter().any(|o| {
                o.to.as_deref() == Some(to)
                    && baken::review::FOLDED_OPTIONS.contains(&(o.label.as_str(), to))
            });
            let label = g.labels.get(&node.id).cloned().unwrap_or_default();
            let in_label = label
                .split('→')
                .nth(1)
                .is_some_and(|marks| marks.split(',').any(|m| m.trim() == to));
            let in_note = note.contains(&format!("→ {to}"));
            assert_eq!(
                has,
                in_label || in_note,
                "{} → {to}: label {label:?}, note {note:?}",
                node.id
            );
        }
    }
    let notes = g
        .labels
        .iter()
        .filter(|(id, _)| id.starts_with("note "))
        .count();
    assert!(notes >= 5, "{notes} notes");
}

#[test]
fn file_draws_one_part() {
    let content = baken::Content::embedded().unwrap();
    let mine: BTreeSet<String> = content
        .nodes()
        .iter()
        .filter(|n| file_name(&n.file) == "me.toml")
        .map(|n| n.id.clone())
        .collect();
    let whole = parse(&graph(&["--format", "dot"]));
    for asked in ["me.toml", "me", "flows/me.toml"] {
        let g = parse(&graph(&["--format", "dot", "--file", asked]));
        assert_eq!(g.clusters.len(), 1, "{asked}");
        let drawn: BTreeSet<String> = g.clusters["me.toml"]
            .iter()
            .filter(|n| !n.starts_with("note "))
            .cloned()
            .collect();
        assert_eq!(drawn, mine, "{asked}");
        // Only edges from this part; the nodes elsewhere they lead to are dashed stubs.
        assert!(g.edges.iter().all(|(from, _, _)| mine.contains(from)));
        assert!(g.edges.len() < whole.edges.len() / 2);
        for (id, attrs) in &g.outside {
            assert!(!mine.contains(id));
            assert!(attrs.contains("style=dashed"), "{id}: {attrs}");
            assert!(g.edges.iter().any(|(_, to, _)| to == id), "{id} unused");
        }
        for (_, to, _) in &g.edges {
            assert!(mine.contains(to) || g.outside.contains_key(to), "{to}");
        }
    }
    // Mermaid too: one subgraph.
    let mermaid = graph(&["--file", "me.toml"]);
    assert_eq!(mermaid.matches("subgraph ").count(), 1, "{mermaid}");
    assert!(graph(&[]).matches("subgraph ").count() >= 10);

    let out = baken(&["graph", "--file", "nope.toml"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("nope.toml") && err.contains("me.toml") && err.contains("main.toml"),
        "{err}"
    );
}

/// Graphviz draws it, with a box per flow file. Skipped (with a message) where `dot` is not
/// installed (`apt-get install graphviz`).
#[test]
fn graphviz_renders_it_with_a_box_per_file() {
    if Command::new("dot").arg("-V").output().is_err() {
        eprintln!("SKIPPED: Graphviz `dot` is not installed (apt-get install graphviz)");
        return;
    }
    for args in [
        &["--format", "dot"][..],
        &["--format", "dot", "--file", "me"],
    ] {
        let dot = graph(args);
        let clusters = parse(&dot).clusters.len();
        let mut child = Command::new("dot")
            .arg("-Tsvg")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(dot.as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success() && err.trim().is_empty(), "{err}");
        let svg = String::from_utf8(out.stdout).unwrap();
        // Graphviz writes a DOCTYPE line.
        let options = roxmltree::ParsingOptions {
            allow_dtd: true,
            ..Default::default()
        };
        let doc = roxmltree::Document::parse_with_options(&svg, options).unwrap();
        let drawn = doc
            .descendants()
            .filter(|n| n.attribute("class") == Some("cluster"))
            .count();
        assert_eq!(drawn, clusters, "{args:?}");
    }
}
