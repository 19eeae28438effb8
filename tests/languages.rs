//! Languages beyond Dutch and English: drafts that are switched off until an instance names them,
//! the language menu in each language's own name, crisis words of every shipped language on
//! every message, right-to-left isolation of numbers, the app's language hint, and the
//! side-by-side export for reviewers.
//!
//! The fixtures are small stand-ins (`tr`, `ar`) built from the shipped English files, so these
//! tests hold whether or not the real translations have landed; where the real ones exist, the
//! right-to-left test checks them too.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::sync::Arc;

use baken::content::{LocaleFiles, Review, SourceFile, is_rtl, unisolated_digit};
use baken::{Content, ContentFiles, CrisisKind, Engine, Event};

const NOW: u64 = 1_700_000_000;

/// A phrase only the fixture's concepts know as suicidal (not Dutch, not English, not the real
/// Turkish lexicon, and no word of it in the training corpus, so the classifier cannot know it).
const TR_CRISIS: &str = "mor zürafa zorvex";

fn source(path: &str, text: String) -> SourceFile {
    SourceFile {
        path: path.into(),
        text,
        instance: false,
    }
}

/// A complete draft language made from the English files: its own name and one crisis phrase.
fn draft_from_en(files: &ContentFiles, lang: &str, name: &str) -> LocaleFiles {
    let en = &files.locales["en"];
    let settings = en.settings.as_ref().unwrap().text.replace(
        "name = \"English\"",
        &format!("name = \"{name}\"\nreview = \"draft\""),
    );
    assert!(
        settings.contains("review = \"draft\""),
        "en locale.toml changed shape"
    );
    let concepts = en.concepts[0].text.replace(
        "suicide-strong = [",
        "suicide-strong = [\n  \"mor zurafa zorvex\",",
    );
    LocaleFiles {
        ftl: en
            .ftl
            .iter()
            .map(|f| {
                source(
                    &f.path.replace("/en/", &format!("/{lang}/")),
                    f.text.clone(),
                )
            })
            .collect(),
        settings: Some(source(&format!("locales/{lang}/locale.toml"), settings)),
        concepts: vec![source(&format!("locales/{lang}/concepts.toml"), concepts)],
    }
}

fn with_tr() -> ContentFiles {
    let mut files = ContentFiles::embedded();
    let tr = draft_from_en(&files, "tr", "Türkçe");
    files.locales.insert("tr".into(), tr);
    files
}

fn options_of(content: Arc<Content>, locale: &str) -> Vec<String> {
    let engine = Engine::new(content, locale).with_flood_limit(None);
    let out = engine.step(None, Event::Text("taal".into()), NOW);
    out.replies
        .last()
        .unwrap()
        .options
        .iter()
        .map(|o| o.label.clone())
        .collect()
}

#[test]
fn a_draft_is_switched_off_unless_the_locales_list_names_it() {
    let content = Content::load(with_tr()).unwrap();
    assert_eq!(content.locale_info("tr"), Some(("Türkçe", Review::Draft)));
    assert!(!content.has_locale("tr"));
    assert!(content.has_locale("nl") && content.has_locale("en"));
    // (The real Polish draft is there too once it has landed: look at tr only.)
    assert!(content.drafts().contains(&("tr", "Türkçe", false)));

    let mut files = with_tr();
    files.only_locales(&["nl".into(), "en".into(), "tr".into()]);
    let content = Content::load(files).unwrap();
    assert!(content.has_locale("tr"));
    assert!(content.drafts().contains(&("tr", "Türkçe", true)));
    // The English stand-in is complete, so an instance that offers it passes the lint.
    assert!(content.lint().is_empty(), "{:?}", content.lint());

    // A list without it keeps it off.
    let mut files = with_tr();
    files.only_locales(&["nl".into(), "en".into()]);
    assert!(!Content::load(files).unwrap().has_locale("tr"));
}

#[test]
fn crisis_words_of_a_switched_off_language_still_apply() {
    for offered in [None, Some(vec!["nl".to_string()])] {
        let mut files = with_tr();
        if let Some(list) = &offered {
            files.only_locales(list);
        }
        let content = Arc::new(Content::load(files).unwrap());
        assert!(!content.has_locale("tr"));
        assert_eq!(
            content.detect_crisis(TR_CRISIS),
            vec![CrisisKind::Suicide],
            "{offered:?}"
        );
        // and a conversation in Dutch answers it with the suicide crisis node, first
        let engine = Engine::new(content, "nl").with_flood_limit(None);
        let out = engine.step(None, Event::Text(TR_CRISIS.into()), NOW);
        let first = out.replies.first().unwrap();
        assert_eq!(first.node.as_deref(), Some("crisis-suicide"), "{offered:?}");
    }
    // Without the fixture the phrase is not a crisis: the test above is not vacuous.
    let files = ContentFiles::embedded();
    assert!(
        Content::load(files)
            .unwrap()
            .detect_crisis(TR_CRISIS)
            .is_empty()
    );
}

#[test]
fn the_language_menu_names_each_offered_language_in_its_own_name() {
    let off = Arc::new(Content::load(with_tr()).unwrap());
    let labels = options_of(off.clone(), "nl");
    assert_eq!(labels[..2], ["Nederlands", "English"], "{labels:?}");
    assert!(!labels.iter().any(|l| l == "Türkçe"), "{labels:?}");

    let mut files = with_tr();
    files.only_locales(&["nl".into(), "en".into(), "tr".into()]);
    let on = Arc::new(Content::load(files).unwrap());
    for locale in ["nl", "en", "tr"] {
        let labels = options_of(on.clone(), locale);
        assert_eq!(
            labels[..3],
            ["Nederlands", "English", "Türkçe"],
            "{locale}: {labels:?}"
        );
    }
    // Choosing it switches the conversation to it.
    let engine = Engine::new(on, "nl").with_flood_limit(None);
    let out = engine.step(None, Event::Text("taal".into()), NOW);
    let s = out.session.unwrap();
    let out = engine.step(Some(s), Event::Text("Türkçe".into()), NOW + 1);
    assert_eq!(out.session.unwrap().locale, "tr");
}

#[test]
fn the_apps_language_picks_a_language_only_when_offered() {
    let off = Arc::new(Content::load(with_tr()).unwrap());
    let engine = Engine::new(off, "nl");
    assert_eq!(engine.locale_for("tr-TR"), None);
    assert_eq!(engine.locale_for("en-GB").as_deref(), Some("en"));

    let mut files = with_tr();
    files.only_locales(&["nl".into(), "en".into(), "tr".into()]);
    let engine = Engine::new(Arc::new(Content::load(files).unwrap()), "nl").with_flood_limit(None);
    assert_eq!(engine.locale_for("tr-TR").as_deref(), Some("tr"));
    let out = engine.step_with_locale_hint(
        None,
        Event::Start {
            payload: None,
            locale_hint: None,
        },
        Some("tr"),
        NOW,
    );
    assert_eq!(out.session.unwrap().locale, "tr");
}

/// A small Arabic fixture: sentences that embed a phone number, a URL, a Latin name and the
/// `$ttl` number, each through a placeable.
const AR_FTL: &str = r#"
fixture-call = في حالة الخطر اتصل بالرقم { -tel-112 }.
fixture-vt = اتصل بـ { -vt } على الرقم { -vt-tel } أو زر { -vt-url }.
fixture-ttl = بعد { $ttl } دقيقة أنسى كل شيء.
fixture-nested = { fixture-call } وأيضًا { -zp-tel }.
"#;

fn with_ar(extra: &str) -> ContentFiles {
    let mut files = ContentFiles::embedded();
    let mut ar = draft_from_en(&files, "ar", "العربية");
    ar.ftl
        .push(source("locales/ar/fixture.ftl", format!("{AR_FTL}{extra}")));
    files.locales.insert("ar".into(), ar);
    files.only_locales(&["nl".into(), "en".into(), "ar".into()]);
    files
}

/// Every number in every Arabic message sits inside FSI … PDI (the Unicode bidirectional
/// algorithm then keeps `0800-2000` one left-to-right run), and left-to-right languages get no
/// isolation marks at all.
#[test]
fn every_number_in_an_arabic_message_is_isolated() {
    let content = Content::load(with_ar("")).unwrap();
    for id in [
        "fixture-call",
        "fixture-vt",
        "fixture-ttl",
        "fixture-nested",
    ] {
        let text = content.render("ar", id);
        assert!(text.chars().any(|c| c.is_ascii_digit()), "{id}: {text}");
        assert_eq!(unisolated_digit(&text), None, "{id}: {text:?}");
        assert!(
            text.contains("\u{2068}0800-2000\u{2069}") || id != "fixture-vt",
            "{text:?}"
        );
        assert!(text.contains("\u{2068}https://www.veiligthuis.nl\u{2069}") || id != "fixture-vt");
    }
    // Every message the fixture adds (the English stand-ins it is built from write `0800`
    // into the text, which is fine left to right and what the lint below catches in ar).
    for id in content
        .message_ids("ar")
        .into_iter()
        .filter(|id| id.starts_with("fixture-"))
    {
        let text = content.render("ar", id);
        assert_eq!(unisolated_digit(&text), None, "ar `{id}`: {text:?}");
    }
    for locale in ["nl", "en"] {
        for id in content.message_ids(locale) {
            let text = content.render(locale, id);
            assert!(
                !text.contains(['\u{2068}', '\u{2069}']),
                "{locale} `{id}`: {text:?}"
            );
        }
    }
    assert!(is_rtl("ar") && !is_rtl("tr"));
}

/// A number typed into Arabic text (not through a placeable) is not isolated; `baken check`
/// names its file and line when the language is offered.
#[test]
fn check_names_a_number_written_into_an_arabic_sentence() {
    let content = Content::load(with_ar("fixture-bare = اتصل بالرقم 0800 2000.\n")).unwrap();
    let problems: Vec<String> = content.lint().iter().map(|p| p.to_string()).collect();
    let hit: Vec<&String> = problems
        .iter()
        .filter(|p| p.contains("fixture-bare"))
        .collect();
    assert!(
        hit.iter()
            .any(|p| p.contains("locales/ar/fixture.ftl:") && p.contains("outside a placeable")),
        "{problems:?}"
    );
    assert!(
        !problems
            .iter()
            .any(|p| p.contains("fixture-vt") && p.contains("placeable"))
    );
}

/// The shipped right-to-left languages (once they land), switched on: every number isolated.
#[test]
fn every_number_in_every_shipped_rtl_message_is_isolated() {
    let mut files = ContentFiles::embedded();
    let all: Vec<String> = files.locales.keys().cloned().collect();
    files.only_locales(&all);
    let content = Content::load(files).unwrap();
    for locale in all.iter().filter(|l| is_rtl(l)) {
        for id in content.message_ids(locale) {
            let text = content.render(locale, id);
            assert_eq!(unisolated_digit(&text), None, "{locale} `{id}`: {text:?}");
        }
    }
}

// --- The binary ---------------------------------------------------------------------------

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &to.join(e.file_name()));
        } else {
            std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
        }
    }
}

/// The shipped content plus the Turkish stand-in (English text, draft, name Türkçe) on disk.
fn content_dir_with_tr() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    copy_dir(&root.join("flows"), &dir.path().join("flows"));
    copy_dir(&root.join("locales"), &dir.path().join("locales"));
    let files = ContentFiles::embedded();
    let tr = draft_from_en(&files, "tr", "Türkçe");
    let tr_dir = dir.path().join("locales/tr");
    let _ = std::fs::remove_dir_all(&tr_dir); // the real one, if it has landed
    std::fs::create_dir_all(&tr_dir).unwrap();
    for f in tr.ftl.iter().chain(&tr.settings).chain(&tr.concepts) {
        std::fs::write(dir.path().join(&f.path), &f.text).unwrap();
    }
    dir
}

fn baken(dir: &Path, args: &[&str], env: &[(&str, &str)], stdin: &[u8]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_baken"));
    cmd.args(args)
        .env_remove("BAKEN_CONFIG")
        .env_remove("BAKEN_LOCALES")
        .env_remove("RUST_LOG")
        .env("BAKEN_DATA_DIR", dir.join("data"))
        .env("BAKEN_FLOWS_DIR", dir.join("flows"))
        .env("BAKEN_LOCALES_DIR", dir.join("locales"))
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn check_warns_about_a_draft_and_passes() {
    let dir = content_dir_with_tr();
    let out = baken(
        dir.path(),
        &["check", "--flows", "flows", "--locales", "locales"],
        &[],
        b"",
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    assert!(
        stdout.contains("warning: locales/tr/locale.toml: `tr` (Türkçe) is a draft"),
        "{stdout}"
    );
    assert!(stdout.contains("switched off"), "{stdout}");
    assert!(
        stdout.lines().last().unwrap().starts_with("ok:"),
        "{stdout}"
    );
    assert!(!stdout.lines().last().unwrap().contains("tr"), "{stdout}");
}

#[test]
fn chatting_in_a_draft_needs_it_switched_on() {
    let dir = content_dir_with_tr();
    let out = baken(dir.path(), &["chat", "--locale", "tr"], &[], b"menu\n");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("`tr` (Türkçe) is a draft"), "{err}");
    assert!(err.contains("BAKEN_LOCALES=nl,en,tr"), "{err}");
    assert!(out.stdout.is_empty());

    let out = baken(
        dir.path(),
        &["chat", "--locale", "tr"],
        &[("BAKEN_LOCALES", "nl,en,tr")],
        b"menu\ntaal\n",
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // the stand-in speaks English; the menu lists the draft in its own name
    assert!(stdout.contains("Choose your language"), "{stdout}");
    assert!(stdout.contains("3. Türkçe"), "{stdout}");

    // the same switch in baken.toml
    std::fs::write(
        dir.path().join("baken.toml"),
        "locales = [\"nl\", \"en\", \"tr\"]\n",
    )
    .unwrap();
    let out = baken(dir.path(), &["chat", "--locale", "tr"], &[], b"menu\n");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn the_export_puts_a_language_beside_dutch() {
    let dir = content_dir_with_tr();
    let args = ["content", "export", "--locale", "tr", "--compare", "nl"];
    let out = baken(dir.path(), &args, &[], b"");
    assert!(!out.status.success(), "a switched-off draft is refused");
    assert!(String::from_utf8_lossy(&out.stderr).contains("BAKEN_LOCALES"));

    let out = baken(dir.path(), &args, &[("BAKEN_LOCALES", "nl,en,tr")], b"");
    let md = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        md.starts_with("# Baken: Nederlands (nl) and Türkçe (tr)"),
        "{md}"
    );
    assert!(md.contains("a draft that no native speaker has reviewed"));
    assert!(md.contains("| id | Nederlands | Türkçe |"));
    // every node has its section
    let content = Content::embedded().unwrap();
    for node in content.nodes() {
        assert!(md.contains(&format!("### `{}`\n", node.id)), "{}", node.id);
    }
    // one row holds the Dutch and the (stand-in English) text of the same message
    let welcome = md
        .lines()
        .find(|l| l.starts_with("| `welcome-intro` |"))
        .expect("welcome-intro row");
    let nl = content.render("nl", "welcome-intro");
    let en = content.render("en", "welcome-intro");
    let first = |s: &str| s.lines().next().unwrap().trim().to_string();
    assert!(
        welcome.contains(&first(&nl)) && welcome.contains(&first(&en)),
        "{welcome}"
    );

    let out = baken(
        dir.path(),
        &["content", "export", "--locale", "xx", "--compare", "nl"],
        &[],
        b"",
    );
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown locale `xx`"));
}

#[test]
fn a_locales_list_naming_an_unknown_language_is_refused() {
    let dir = content_dir_with_tr();
    let out = baken(
        dir.path(),
        &["chat"],
        &[("BAKEN_LOCALES", "nl,en,xx")],
        b"menu\n",
    );
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("locales names `xx` (from BAKEN_LOCALES), which is not a language here"),
        "{err}"
    );
}

/// The real Turkish and Polish drafts: a crisis message in each gets the crisis answer in that
/// language, first, when the language is offered; and the helpline may answer in Dutch.
#[test]
fn a_crisis_in_turkish_or_polish_gets_the_crisis_answer_in_that_language() {
    for (lang, text, node, first_words, dutch) in [
        (
            "tr",
            "kocam bıçakla kapıda, beni öldürecek",
            "crisis-acute",
            "Sen ya da başka biri",
            "Hollandaca",
        ),
        (
            "tr",
            "intihar etmek istiyorum",
            "crisis-suicide",
            "İntiharı mı düşünüyorsun?",
            "Hollandaca",
        ),
        (
            "pl",
            "mąż ma nóż i mówi że mnie zabije",
            "crisis-acute",
            "Jeśli ty albo ktoś inny",
            "po niderlandzku",
        ),
        (
            "pl",
            "chce umrzec",
            "crisis-suicide",
            "Myślisz o samobójstwie?",
            "po niderlandzku",
        ),
    ] {
        let mut files = ContentFiles::embedded();
        files.only_locales(&["nl".into(), "en".into(), lang.into()]);
        let content = Arc::new(Content::load(files).unwrap());
        assert!(content.has_locale(lang), "{lang}");
        let engine = Engine::new(content, lang).with_flood_limit(None);
        let out = engine.step(None, Event::Text(text.into()), NOW);
        let first = out.replies.first().unwrap();
        assert_eq!(first.node.as_deref(), Some(node), "{text}");
        assert!(
            first.text.starts_with(first_words),
            "{text}: {}",
            first.text
        );
        assert!(first.text.contains(dutch), "{text}: {}", first.text);
    }
}
