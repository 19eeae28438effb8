//! `baken stats --format svg` and `--format json`: a chart a policy officer can open, and JSON
//! a script can read without special cases.
//!
//! The chart is parsed as XML (a viewer refuses anything else) and rendered to pixels with
//! resvg, the renderer behind several image tools, to check that what is drawn is what the
//! numbers say.

use baken::stats::{Row, json, svg};

fn row(period: &str, event: &str, count: Option<u64>) -> Row {
    Row {
        period: period.into(),
        campaign: "poster-najaar".into(),
        locale: "nl".into(),
        channel: "telegram".into(),
        event: event.into(),
        count,
    }
}

/// Three weeks: 12 conversations, a week with only suppressed counts, and 30 + a suppressed row.
fn rows() -> Vec<Row> {
    vec![
        row("2026-W46", "session", Some(12)),
        row("2026-W46", "crisis:acute", None),
        row("2026-W47", "session", None),
        row("2026-W48", "session", Some(30)),
        row("2026-W48", "session", None),
    ]
}

const TITLE: &str =
    "Gemeente 's-Hertogenbosch & Vught: conversations started, 2026-11-09 to 2026-11-29";

fn texts(doc: &roxmltree::Document) -> Vec<String> {
    doc.descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| n.text().unwrap_or("").to_string())
        .collect()
}

#[test]
fn the_chart_is_valid_xml_with_title_axes_legend_and_suppressed_counts() {
    let chart = svg(&rows(), 5, TITLE);
    let doc = roxmltree::Document::parse(&chart).unwrap_or_else(|e| panic!("{e}\n{chart}"));
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    let texts = texts(&doc);
    // The whole title, unescaped, and wide enough not to be cut off.
    assert!(texts.iter().any(|t| t == TITLE), "{texts:?}");
    let width: u64 = root.attribute("width").unwrap().parse().unwrap();
    assert!(
        width as usize >= TITLE.chars().count() * 8,
        "a {width} px chart cuts off a {} character title",
        TITLE.chars().count()
    );
    // Bars labelled with their counts; the suppressed week as "<5"; a partly hidden one as "30+".
    for want in ["12", "<5", "30+", "2026-W46", "2026-W47", "2026-W48"] {
        assert!(
            texts.iter().any(|t| t == want),
            "no label {want}: {texts:?}"
        );
    }
    // A y axis with 0 and a top tick, and a legend that explains the dashed bar.
    assert!(texts.iter().any(|t| t == "0"));
    assert!(texts.iter().any(|t| t == "conversations started"));
    assert!(texts.iter().any(|t| t == "fewer than 5: not shown"));
    // One chart does not put crisis rows into the conversation bars.
    assert!(!texts.iter().any(|t| t.contains("crisis")));
}

#[test]
fn the_chart_renders_with_bars_where_the_numbers_are() {
    let chart = svg(&rows(), 5, TITLE);
    let mut options = resvg::usvg::Options::default();
    options.fontdb_mut().load_system_fonts();
    let fonts = options.fontdb.len();
    let tree = resvg::usvg::Tree::from_str(&chart, &options).expect("resvg reads the chart");
    let size = tree.size().to_int_size();
    let mut pixmap = resvg::tiny_skia::Pixmap::new(size.width(), size.height()).unwrap();
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::default(),
        &mut pixmap.as_mut(),
    );
    let png = pixmap.encode_png().unwrap();
    // To look at it: BAKEN_CHART_PNG=chart.png cargo test --test stats_chart
    if let Some(path) = std::env::var_os("BAKEN_CHART_PNG") {
        std::fs::write(path, &png).unwrap();
    }
    assert!(png.len() > 1000, "a near-empty render: {} bytes", png.len());
    let (w, h) = (pixmap.width(), pixmap.height());
    let px = |x: u32, y: u32| {
        let p = pixmap.pixel(x, y).unwrap();
        (p.red(), p.green(), p.blue())
    };
    // Bar colour #2b6cb0: the 30-conversation bar is 2.5 times as high as the 12 one.
    let blue_rows_in_column = |x: u32| (0..h).filter(|&y| px(x, y) == (0x2b, 0x6c, 0xb0)).count();
    let mut columns: Vec<usize> = (0..w)
        .map(blue_rows_in_column)
        .filter(|&n| n > 20)
        .collect();
    columns.dedup();
    assert!(
        columns.len() >= 2,
        "expected two blue bars of different heights, got {columns:?}"
    );
    let tallest = *columns.iter().max().unwrap() as f64;
    let shortest = *columns.iter().min().unwrap() as f64;
    assert!(
        (tallest / shortest - 2.5).abs() < 0.15,
        "bars {tallest} and {shortest} px do not show 30 against 12"
    );
    // With a font on the machine, the title is drawn: dark pixels in its band, left to right.
    if fonts == 0 {
        eprintln!("no system fonts: text rendering not checked");
        return;
    }
    let dark = |x: u32, y: u32| {
        let (r, g, b) = px(x, y);
        (r as u32 + g as u32 + b as u32) < 200
    };
    let title_band: Vec<u32> = (0..w).filter(|&x| (10..36).any(|y| dark(x, y))).collect();
    assert!(
        title_band.last().copied().unwrap_or(0) > w / 2,
        "the title is not drawn across the chart"
    );
    assert!(
        title_band.last().copied().unwrap_or(w) < w - 5,
        "the title runs off the chart's right edge"
    );
}

#[test]
fn an_empty_period_still_makes_a_chart_that_says_so() {
    let chart = svg(&[], 5, "Baken: conversations started");
    let doc = roxmltree::Document::parse(&chart).unwrap();
    assert!(
        texts(&doc)
            .iter()
            .any(|t| t == "no conversations in this period")
    );
}

#[test]
fn json_counts_are_numbers_or_null_with_a_suppressed_flag() {
    let out: serde_json::Value = serde_json::from_str(&json(&rows(), 5)).unwrap();
    let list = out.as_array().unwrap();
    assert_eq!(list.len(), 5);
    for r in list {
        match r["count"].as_u64() {
            Some(n) => {
                assert!(n >= 5);
                assert_eq!(r["suppressed"], false);
            }
            None => {
                assert!(r["count"].is_null(), "count is {}", r["count"]);
                assert_eq!(r["suppressed"], true);
            }
        }
    }
    assert_eq!(list[0]["count"], 12);
}

/// `--format png`: the same chart as a PNG of the SVG's size, with the bars where the numbers
/// are (feature `chart-png`, part of `full`).
#[cfg(feature = "chart-png")]
#[test]
fn the_png_chart_is_the_svg_drawn() {
    let chart = svg(&rows(), 5, TITLE);
    let doc = roxmltree::Document::parse(&chart).unwrap();
    let root = doc.root_element();
    let (w, h): (u32, u32) = (
        root.attribute("width").unwrap().parse().unwrap(),
        root.attribute("height").unwrap().parse().unwrap(),
    );
    let bytes = match baken::stats::png(&rows(), 5, TITLE) {
        Ok(bytes) => bytes,
        Err(baken::stats::PngError::NoFonts) => {
            eprintln!("SKIPPED: no system fonts, so no PNG chart (it is refused, not drawn bare)");
            return;
        }
        Err(e) => panic!("{e}"),
    };
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    assert_eq!((info.width, info.height), (w, h));
    let channels = info.color_type.samples();
    let blue = buf
        .chunks(channels)
        .filter(|p| p[..3] == [0x2b, 0x6c, 0xb0])
        .count();
    assert!(blue > 1000, "{blue} bar pixels");
}

/// The command writes it to a file, and refuses an unknown build or a terminal with a reason.
#[cfg(feature = "chart-png")]
#[test]
fn stats_format_png_writes_a_png() {
    let dir = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_baken"))
        .args(["stats", "--format", "png"])
        .env("BAKEN_DATA_DIR", dir.path())
        .env_remove("BAKEN_CONFIG")
        .env_remove("BAKEN_INSTANCE")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    if err.contains("no fonts found") {
        eprintln!("SKIPPED: no system fonts: {err}");
        return;
    }
    assert!(out.status.success(), "{err}");
    assert!(out.stdout.starts_with(b"\x89PNG\r\n\x1a\n"), "{err}");
}
