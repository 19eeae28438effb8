//! Municipal instances and campaigns: overlay precedence, refusal of a broken instance with
//! file:line, deep links that round-trip (and expire gracefully), QR codes that decode back to
//! the link, statistics that hold nothing finer than an hour and hide small counts, a graph
//! that lists every node.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Arc;

use baken::campaign::{LinkChannel, Qr};
use baken::config::Config;
use baken::stats::{Period, Stats};
use baken::{Event, Session};

fn example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/gemeente-voorbeeld")
}

fn baken(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_baken"))
        .args(args)
        .env("BAKEN_DATA_DIR", cwd.join("data"))
        .env_remove("BAKEN_CONFIG")
        .env_remove("BAKEN_INSTANCE")
        .current_dir(cwd)
        .output()
        .unwrap()
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        let t = to.join(p.file_name().unwrap());
        if p.is_dir() {
            copy_dir(&p, &t)
        } else {
            std::fs::copy(&p, &t).unwrap();
        }
    }
}

fn example_engine() -> (Config, baken::Engine) {
    let config = Config::load_instance(&example()).unwrap();
    let content = Arc::new(baken::load_content(&config).unwrap());
    let engine = baken::engine_for(&config, content);
    (config, engine)
}

fn all_text(out: &baken::Outcome) -> String {
    out.replies
        .iter()
        .map(|r| r.text.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

// 2026-11-23 10:00 Amsterdam time, a Monday.
const MONDAY_10: u64 = 1_795_424_400;

#[test]
fn instance_terms_and_messages_beat_shipped_ones_and_the_rest_falls_back() {
    let (_, engine) = example_engine();
    let go = |node: &str, locale: &str| {
        engine.step(
            None,
            Event::Start {
                payload: Some(format!("l-{locale}_n-{node}")),
                locale_hint: None,
            },
            MONDAY_10,
        )
    };
    let local = all_text(&go("local", "nl"));
    assert!(
        local.contains("Sociaal Team Voorbeeld"),
        "instance term: {local}"
    );
    assert!(
        !local.contains("Veel gemeenten"),
        "instance message replaced the shipped one"
    );
    // The instance node replaced the shipped one and brought its extra node.
    let out = go("local", "en");
    let labels: Vec<&str> = out
        .replies
        .last()
        .unwrap()
        .options
        .iter()
        .map(|o| o.label.as_str())
        .collect();
    assert!(
        labels.contains(&"Practical help (money, debts)"),
        "{labels:?}"
    );
    // Not overridden: the shipped contacts card with the national numbers.
    let contacts = all_text(&go("contacts", "nl"));
    assert!(contacts.contains("0800-2000") && contacts.contains("112"));
    // The shipped build has no such term: the overlay is per instance.
    let shipped = baken::Engine::new(Arc::new(baken::Content::embedded().unwrap()), "nl");
    let out = shipped.step(
        None,
        Event::Start {
            payload: Some("n-local".into()),
            locale_hint: None,
        },
        MONDAY_10,
    );
    assert!(!all_text(&out).contains("Sociaal Team Voorbeeld"));
}

#[test]
fn who_can_help_says_what_is_open_right_now_in_dutch_time() {
    let (_, engine) = example_engine();
    let at = |now: u64| {
        all_text(&engine.step(
            None,
            Event::Start {
                payload: Some("n-contacts".into()),
                locale_hint: None,
            },
            now,
        ))
    };
    let open = at(MONDAY_10);
    assert!(open.contains("is nu open"), "{open}");
    // Monday 22:00 in Amsterdam: closed; the 24/7 number is given instead.
    let closed = at(MONDAY_10 + 12 * 3600);
    assert!(
        closed.contains("nu dicht") && closed.contains("0800-2000"),
        "{closed}"
    );
    // Without configured hours Baken does not pretend to know.
    let shipped = baken::Engine::new(Arc::new(baken::Content::embedded().unwrap()), "nl");
    let unknown = all_text(&shipped.step(
        None,
        Event::Start {
            payload: Some("n-contacts".into()),
            locale_hint: None,
        },
        MONDAY_10,
    ));
    assert!(unknown.contains("meestal op werkdagen"), "{unknown}");
}

#[test]
fn the_example_instance_passes_check_and_a_broken_one_is_refused_with_file_and_line() {
    let tmp = tempfile::tempdir().unwrap();
    let out = baken(
        &["check", "--instance", example().to_str().unwrap()],
        tmp.path(),
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");

    let broken = tmp.path().join("broken");
    copy_dir(&example(), &broken);
    let ftl = broken.join("locales/nl/local.ftl");
    let mut text = std::fs::read_to_string(&ftl).unwrap();
    text.push_str("\nkapot = { -local-name\n");
    std::fs::write(&ftl, text).unwrap();
    let flows = broken.join("flows/local.toml");
    let mut text = std::fs::read_to_string(&flows).unwrap();
    text.push_str("\n[[node]]\nid = \"extra\"\nsay = [\"local-help\"]\noptions = [{ label = \"opt-menu\", to = \"nergens\" }]\n");
    std::fs::write(&flows, text).unwrap();
    let out = baken(&["check", "--instance", "broken"], tmp.path());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("broken/locales/nl/local.ftl:"), "{stdout}");
    assert!(stdout.contains("broken/flows/local.toml:"), "{stdout}");
    assert!(stdout.contains("`nergens`"), "{stdout}");

    // And it does not run half-loaded.
    let out = Command::new(env!("CARGO_BIN_EXE_baken"))
        .args(["chat", "--instance", "broken"])
        .env("BAKEN_DATA_DIR", tmp.path().join("data"))
        .current_dir(tmp.path())
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(out.stdout.is_empty());
}

#[test]
fn a_campaign_entry_that_does_not_exist_is_reported() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("x");
    copy_dir(&example(), &dir);
    let toml = dir.join("baken.toml");
    let text = std::fs::read_to_string(&toml)
        .unwrap()
        .replace("entry = \"worried\"", "entry = \"zorgen\"");
    std::fs::write(&toml, text).unwrap();
    let out = baken(&["check", "--instance", "x"], tmp.path());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("opens node `zorgen`"), "{stdout}");
    assert!(stdout.contains("x/baken.toml:"), "{stdout}");
}

#[test]
fn init_writes_an_instance_that_checks_clean() {
    let tmp = tempfile::tempdir().unwrap();
    let out = baken(
        &["init", "nieuw", "--name", "Gemeente \"Nieuw\""],
        tmp.path(),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = baken(&["check", "--instance", "nieuw"], tmp.path());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let config = Config::load_instance(&tmp.path().join("nieuw")).unwrap();
    assert_eq!(config.instance_name, "Gemeente \"Nieuw\"");
    // Not over an existing directory.
    let out = baken(&["init", "nieuw", "--name", "X"], tmp.path());
    assert!(!out.status.success());
}

#[test]
fn campaign_links_round_trip_and_expired_ones_open_the_normal_start() {
    let (config, engine) = example_engine();
    let tmp = tempfile::tempdir().unwrap();
    let out = baken(
        &[
            "link",
            "poster-najaar",
            "--instance",
            example().to_str().unwrap(),
        ],
        tmp.path(),
    );
    let link = String::from_utf8(out.stdout).unwrap().trim().to_string();
    assert_eq!(link, "https://t.me/BakenVoorbeeldBot?start=c-poster-najaar");
    let payload = link.split("start=").nth(1).unwrap();
    let start = |now| {
        engine
            .step(
                None,
                Event::Start {
                    payload: Some(payload.into()),
                    locale_hint: None,
                },
                now,
            )
            .session
            .unwrap()
    };
    let during = start(MONDAY_10);
    assert_eq!(during.campaign.as_deref(), Some("poster-najaar"));
    assert_eq!(during.node, "worried");
    // 2026-12-16: the campaign has ended; the link still works.
    let after = start(MONDAY_10 + 23 * 86_400);
    assert_eq!((after.campaign, after.node.as_str()), (None, "welcome"));
    // An unknown campaign: a normal start too.
    let s = engine
        .step(
            None,
            Event::Start {
                payload: Some("c-bestaat-niet".into()),
                locale_hint: None,
            },
            MONDAY_10,
        )
        .session
        .unwrap();
    assert_eq!((s.campaign, s.node.as_str()), (None, "welcome"));
    // The English wallet card opens in English.
    let c = config
        .campaign
        .iter()
        .find(|c| c.tag == "wallet-en")
        .unwrap();
    let url = baken::campaign::link(c, LinkChannel::Telegram, "BakenVoorbeeldBot");
    let p = url.split("start=").nth(1).unwrap();
    let s = engine
        .step(
            None,
            Event::Start {
                payload: Some(p.into()),
                locale_hint: None,
            },
            MONDAY_10,
        )
        .session
        .unwrap();
    assert_eq!((s.locale.as_str(), s.node.as_str()), ("en", "me"));
}

fn decode_grey(width: usize, height: usize, pixel: impl Fn(usize, usize) -> u8) -> String {
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(width, height, pixel);
    let grids = img.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code found");
    grids[0].decode().unwrap().1
}

#[test]
fn qr_codes_decode_back_to_the_link() {
    let tmp = tempfile::tempdir().unwrap();
    let inst = example();
    for ext in ["png", "svg"] {
        let out_file = tmp.path().join(format!("poster.{ext}"));
        let out = baken(
            &[
                "qr",
                "poster-najaar",
                "--instance",
                inst.to_str().unwrap(),
                "--out",
                out_file.to_str().unwrap(),
            ],
            tmp.path(),
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let decoded = if ext == "png" {
            let decoder = png::Decoder::new(std::io::BufReader::new(
                std::fs::File::open(&out_file).unwrap(),
            ));
            let mut reader = decoder.read_info().unwrap();
            let mut buf = vec![0; reader.output_buffer_size().unwrap()];
            let info = reader.next_frame(&mut buf).unwrap();
            let w = info.width as usize;
            decode_grey(w, info.height as usize, |x, y| buf[y * w + x])
        } else {
            // Rasterise the SVG's unit squares (M{x} {y}h1v1h-1z) back to pixels.
            let svg = std::fs::read_to_string(&out_file).unwrap();
            let n: usize = svg
                .split("viewBox=\"0 0 ")
                .nth(1)
                .unwrap()
                .split(' ')
                .next()
                .unwrap()
                .parse()
                .unwrap();
            let d = svg
                .split(" d=\"")
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap();
            let mut dark = vec![false; n * n];
            for cell in d.split('M').filter(|c| !c.is_empty()) {
                let coords: Vec<usize> = cell
                    .split('h')
                    .next()
                    .unwrap()
                    .split(' ')
                    .map(|v| v.parse().unwrap())
                    .collect();
                dark[coords[1] * n + coords[0]] = true;
            }
            let scale = 8;
            decode_grey(n * scale, n * scale, |x, y| {
                if dark[(y / scale) * n + x / scale] {
                    0
                } else {
                    255
                }
            })
        };
        assert_eq!(
            decoded, "https://t.me/BakenVoorbeeldBot?start=c-poster-najaar",
            "{ext}"
        );
    }
    // Also straight from the library.
    let qr = Qr::new("https://matrix.to/#/@baken:voorbeeld.example").unwrap();
    assert!(qr.width() >= 21);
}

#[test]
fn statistics_hold_hour_buckets_and_counts_only_and_hide_small_counts() {
    let (_, engine) = example_engine();
    let tmp = tempfile::tempdir().unwrap();
    let stats = Stats::open(tmp.path()).unwrap();
    let marker_text = "MarkerZ9 mijn naam is Ingrid";
    // Seven people from the poster, two of whom erase; one in English.
    for i in 0..7u64 {
        let now = MONDAY_10 + i * 60;
        let start = engine.step(
            None,
            Event::Start {
                payload: Some("c-poster-najaar".into()),
                locale_hint: None,
            },
            now,
        );
        stats.record("telegram", None, &start, now).unwrap();
        let s: Session = start.session.clone().unwrap();
        let typed = engine.step(Some(s.clone()), Event::Text(marker_text.into()), now + 1);
        stats.record("telegram", Some(&s), &typed, now + 1).unwrap();
        let s = typed.session.unwrap();
        let next = if i < 2 {
            "stop"
        } else {
            "hij gaat me vermoorden"
        };
        let out = engine.step(Some(s.clone()), Event::Text(next.into()), now + 2);
        stats.record("telegram", Some(&s), &out, now + 2).unwrap();
    }
    stats.flush().unwrap();
    let day = baken::campaign::dutch_date(MONDAY_10);
    let rows = stats.report(day, day, Period::Day, 5);
    let find = |event: &str| rows.iter().find(|r| r.event == event).map(|r| r.count);
    assert_eq!(find("session"), Some(Some(7)));
    assert_eq!(find("node:worried"), Some(Some(7)));
    assert_eq!(find("crisis:acute"), Some(Some(5)));
    assert!(
        rows.iter()
            .all(|r| r.campaign == "poster-najaar" && r.channel == "telegram")
    );
    assert!(
        rows.iter().all(|r| !r.event.contains("erase")),
        "erasing is never counted"
    );
    // Suppression: with a threshold of 6, the five crisis answers show as "<6".
    let rows6 = stats.report(day, day, Period::Day, 6);
    assert_eq!(
        rows6
            .iter()
            .find(|r| r.event == "crisis:acute")
            .unwrap()
            .count,
        None
    );
    assert!(baken::stats::csv(&rows6, 6).contains(",crisis:acute,<6"));
    // Weekly: ISO week.
    let week = stats.report(day, day, Period::Week, 5);
    assert!(week.iter().all(|r| r.period == "2026-W48"));
    // On disk: nothing finer than the hour, no text, no name.
    drop(stats);
    let mut disk = Vec::new();
    for e in walk(tmp.path()) {
        disk.extend(std::fs::read(e).unwrap());
    }
    for needle in ["MarkerZ9", "Ingrid", "2026-11-23T10:0", ":00:"] {
        assert!(
            !disk.windows(needle.len()).any(|w| w == needle.as_bytes()),
            "{needle} on disk"
        );
    }
    assert!(
        disk.windows(13).any(|w| w == b"2026-11-23T10"),
        "the hour bucket is there"
    );
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p))
        } else {
            out.push(p)
        }
    }
    out
}

#[test]
fn the_graph_lists_every_node_and_export_renders_every_node() {
    let content = baken::Content::embedded().unwrap();
    for format in [
        baken::review::GraphFormat::Mermaid,
        baken::review::GraphFormat::Dot,
    ] {
        let g = baken::review::graph(&content, "nl", format);
        for node in content.nodes() {
            // Declared as `"id"` (dot) or `n_id["id` (mermaid; the label may go on with the
            // folded menu and contacts buttons).
            assert!(
                g.contains(&format!("\"{}\"", node.id))
                    || g.contains(&format!("[\"{}<br/>", node.id)),
                "{} missing from {format:?}",
                node.id
            );
        }
    }
    let dot = baken::review::graph(&content, "en", baken::review::GraphFormat::Dot);
    assert!(
        dot.contains("\"welcome\" -> \"menu\" [label=\"Yes, I can read in peace\"]"),
        "{dot}"
    );
    let md = baken::review::export_markdown(&content, "nl");
    for node in content.nodes() {
        assert!(md.contains(&format!("### `{}`", node.id)));
    }
    assert!(md.contains("0800-2000"));
}

#[test]
fn an_instance_can_offer_dutch_only_and_english_crisis_words_still_work() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("nl-only");
    copy_dir(&example(), &dir);
    let toml = dir.join("baken.toml");
    let text = std::fs::read_to_string(&toml)
        .unwrap()
        .replace(
            "stats_min_count = 5",
            "stats_min_count = 5\nlocales = [\"nl\"]",
        )
        .replace("locale = \"en\"", "locale = \"nl\"");
    std::fs::write(&toml, text).unwrap();
    let out = baken(&["check", "--instance", "nl-only"], tmp.path());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );

    let config = Config::load_instance(&dir).unwrap();
    let engine = baken::engine_for(&config, Arc::new(baken::load_content(&config).unwrap()));
    // The language choice no longer offers English; an English app still gets Dutch.
    let out = engine.step(
        None,
        Event::Start {
            payload: Some("n-language".into()),
            locale_hint: Some("en".into()),
        },
        MONDAY_10,
    );
    let labels: Vec<&str> = out
        .replies
        .last()
        .unwrap()
        .options
        .iter()
        .map(|o| o.label.as_str())
        .collect();
    assert!(!labels.contains(&"English"), "{labels:?}");
    assert_eq!(out.session.as_ref().unwrap().locale, "nl");
    // Safety first: an English cry for help is still recognised.
    let out = engine.step(
        out.session,
        Event::Text("he is going to kill me".into()),
        MONDAY_10,
    );
    assert!(
        out.replies[0].text.starts_with("Bel nu 112"),
        "{}",
        out.replies[0].text
    );
    // Dutch is required.
    std::fs::write(&toml, "locales = [\"en\"]\n").unwrap();
    assert!(
        Config::load_instance(&dir)
            .unwrap_err()
            .to_string()
            .contains("base language")
    );
}
