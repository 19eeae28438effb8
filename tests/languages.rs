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

// --- A message in another offered language ------------------------------------------------

/// The shipped content with these languages offered.
fn offering(langs: &[&str]) -> Arc<Content> {
    let mut files = ContentFiles::embedded();
    files.only_locales(&langs.iter().map(|l| l.to_string()).collect::<Vec<_>>());
    Arc::new(Content::load(files).unwrap())
}

/// A conversation in `locale` that has reached the menu.
fn at_menu(engine: &Engine) -> baken::Session {
    let out = engine.step(None, Event::Text("menu".into()), NOW);
    out.session.unwrap()
}

fn texts(out: &baken::Outcome) -> Vec<&str> {
    out.replies.iter().map(|r| r.text.as_str()).collect()
}

#[test]
fn an_english_crisis_in_a_dutch_conversation_is_answered_in_english() {
    let engine = Engine::new(offering(&["nl", "en"]), "nl").with_flood_limit(None);
    let s = at_menu(&engine);
    let out = engine.step(
        Some(s),
        Event::Text("he is going to kill me tonight".into()),
        NOW + 1,
    );
    let first = out.replies.first().unwrap();
    assert_eq!(first.crisis, Some(CrisisKind::Acute));
    assert!(first.text.starts_with("Call 112 now"), "{}", first.text);
    // its buttons in English too, then the offer to continue in English
    let buttons = out.replies.iter().flat_map(|r| &r.options);
    assert!(
        buttons.clone().any(|o| o.label == "I am safe now"),
        "{:?}",
        texts(&out)
    );
    assert_eq!(
        out.replies.last().unwrap().text,
        "Continue in English? Type: en"
    );
    // The conversation keeps its language until the person switches.
    let s = out.session.unwrap();
    assert_eq!(s.locale, "nl");
    let out = engine.step(Some(s), Event::Text("en".into()), NOW + 2);
    let s = out.session.unwrap();
    assert_eq!(s.locale, "en");
    assert_eq!(
        s.node, "crisis-acute",
        "the switch says the same node again"
    );
    assert!(out.replies[0].text.starts_with("Call 112 now"));
}

#[test]
fn a_dutch_crisis_in_an_english_conversation_is_answered_in_dutch() {
    let engine = Engine::new(offering(&["nl", "en"]), "en").with_flood_limit(None);
    let s = at_menu(&engine);
    let out = engine.step(
        Some(s),
        Event::Text("ik wil niet meer leven".into()),
        NOW + 1,
    );
    let first = out.replies.first().unwrap();
    assert_eq!(first.crisis, Some(CrisisKind::Suicide));
    assert_eq!(
        first.text,
        Content::embedded().unwrap().render("nl", "crisis-suicide")
    );
    assert_eq!(
        out.replies.last().unwrap().text,
        "Wil je verder in het Nederlands? Typ: nl"
    );
    assert_eq!(out.session.unwrap().locale, "en");
}

#[test]
fn a_crisis_in_each_offered_draft_is_answered_in_it_whatever_the_conversations_language() {
    let content = offering(&["nl", "en", "tr", "pl", "ar", "uk"]);
    for (lang, text, node) in [
        ("tr", "kocam bıçakla kapıda, beni öldürecek", "crisis-acute"),
        ("pl", "mąż ma nóż i mówi że mnie zabije", "crisis-acute"),
        ("ar", "زوجي معه سكين وبيقول رح يقتلني", "crisis-acute"),
        (
            "uk",
            "чоловік тримає ніж і каже що вб'є мене",
            "crisis-acute",
        ),
    ] {
        for session_locale in ["nl", "en"] {
            let engine = Engine::new(content.clone(), session_locale).with_flood_limit(None);
            let s = at_menu(&engine);
            let out = engine.step(Some(s), Event::Text(text.into()), NOW + 1);
            let first = out.replies.first().unwrap();
            assert_eq!(first.node.as_deref(), Some(node), "{lang}");
            let say = &content.node(node).unwrap().say[0];
            assert_eq!(
                first.text,
                content.render(lang, say),
                "{lang} in {session_locale}"
            );
            assert_eq!(
                out.replies.last().unwrap().text,
                content.render(lang, "language-offer"),
            );
            assert!(out.replies.last().unwrap().text.contains(lang));
            assert_eq!(out.session.unwrap().locale, session_locale);
        }
    }
}

#[test]
fn a_crisis_in_a_language_not_offered_is_answered_in_the_conversations_language() {
    // Turkish crisis words always count; the answer is Dutch when Turkish is not offered.
    let engine = Engine::new(offering(&["nl", "en"]), "nl").with_flood_limit(None);
    let s = at_menu(&engine);
    let text = "kocam bıçakla kapıda, beni öldürecek";
    let out = engine.step(Some(s), Event::Text(text.into()), NOW + 1);
    let first = out.replies.first().unwrap();
    assert_eq!(first.crisis, Some(CrisisKind::Acute));
    assert!(first.text.starts_with("Bel nu 112"), "{}", first.text);
    assert!(
        !texts(&out)
            .iter()
            .any(|t| t.contains("Type:") || t.contains("Yaz:")),
        "{:?}",
        texts(&out)
    );
}

#[test]
fn other_messages_in_another_language_get_an_answer_and_an_offer_to_switch() {
    let engine = Engine::new(offering(&["nl", "en"]), "nl").with_flood_limit(None);
    let s = at_menu(&engine);
    let out = engine.step(
        Some(s),
        Event::Text("I am worried about my sister, her husband controls her".into()),
        NOW + 1,
    );
    // the answer in the conversation's language (Dutch), then one line in English
    let s = out.session.clone().unwrap();
    assert_eq!(s.locale, "nl");
    let content = engine.content();
    assert_eq!(
        out.replies[0].text,
        content.render("nl", &content.node(&s.node).unwrap().say[0])
    );
    assert_eq!(
        out.replies.last().unwrap().text,
        "Continue in English? Type: en"
    );
    assert_eq!(
        out.replies
            .iter()
            .filter(|r| r.text.contains("Type: en"))
            .count(),
        1
    );
    // `en` switches and says the answer again in English
    let node = s.node.clone();
    let out = engine.step(Some(s), Event::Text("en".into()), NOW + 2);
    let s = out.session.unwrap();
    assert_eq!((s.locale.as_str(), s.node.as_str()), ("en", node.as_str()));
    assert_eq!(
        out.replies[0].text,
        content.render("en", &content.node(&node).unwrap().say[0])
    );
    // and `nl` back
    let out = engine.step(Some(s), Event::Text("nl".into()), NOW + 3);
    assert_eq!(out.session.unwrap().locale, "nl");
}

#[test]
fn short_or_mixed_messages_stay_in_the_conversations_language_without_an_offer() {
    let engine = Engine::new(offering(&["nl", "en"]), "nl").with_flood_limit(None);
    for text in [
        "help me",
        "ok",
        "my ex staat beneden en hij heeft een bat",
        "ik voel me so sad",
    ] {
        let s = at_menu(&engine);
        let out = engine.step(Some(s), Event::Text(text.into()), NOW + 1);
        assert!(
            !texts(&out).iter().any(|t| t.contains("Type: en")),
            "{text}: {:?}",
            texts(&out)
        );
        assert_eq!(
            out.session.map(|s| s.locale).as_deref(),
            Some("nl"),
            "{text}"
        );
    }
}

#[test]
fn a_language_code_switches_only_to_an_offered_language() {
    let engine = Engine::new(offering(&["nl", "en"]), "nl").with_flood_limit(None);
    let s = at_menu(&engine);
    let out = engine.step(Some(s.clone()), Event::Text("tr".into()), NOW + 1);
    assert_eq!(out.session.unwrap().locale, "nl");
    // (bare `en` at the menu is Dutch for "and": see the test below)
    let out = engine.step(Some(s), Event::Text("/EN".into()), NOW + 1);
    assert_eq!(out.session.unwrap().locale, "en");
}

#[test]
fn the_welcome_says_how_to_switch_language() {
    let content = offering(&["nl", "en", "tr", "pl", "ar", "uk"]);
    for (lang, words, word) in [
        ("nl", ["Typ taal", "Type en"], "taal"),
        ("en", ["Type language", "Typ nl"], "language"),
        ("tr", ["dil yaz", "dil yaz"], "dil"),
        ("pl", ["Napisz: język", "Napisz: język"], "język"),
        ("ar", ["اكتب: لغة", "اكتب: لغة"], "لغة"),
        ("uk", ["Напишіть: мова", "Напишіть: мова"], "мова"),
    ] {
        let engine = Engine::new(content.clone(), lang).with_flood_limit(None);
        let out = engine.step(
            None,
            Event::Start {
                payload: None,
                locale_hint: None,
            },
            NOW,
        );
        let all = texts(&out).join("\n");
        for w in words {
            assert!(all.contains(w), "{lang}: {all}");
        }
        // and the word it names is the language command of that language
        let out = engine.step(out.session, Event::Text(word.into()), NOW + 1);
        assert_eq!(out.session.unwrap().node, "language", "{lang}: {word}");
    }
}

// --- Recall per language --------------------------------------------------------------------

/// Issue 13: recall ≥ 0.95 per crisis kind per language. On the training parts
/// (`tests/corpus/lang/<lang>*.tsv`: the concepts were widened against them, and since stop 20
/// the classifier learns from them) that bar holds for parts 1–4. On the held-out parts, written
/// by people who had not seen the concepts, it is **not met**: set L2 (retired into
/// `tests/corpus/lang/<lang>-l2.tsv` in stop 24, after some fifteen looks) and set L3 (first measured in stop 20:
/// acute 0.97–1.00, suicide 0.80–0.88, child 0.64–0.88; retired into `lang/<lang>-l3.tsv` in stop 25) and set L4 (first
/// measured in stop 21: acute 0.83–1.00, suicide 0.80–0.92, child 0.72–0.96; retired into
/// `lang/<lang>-l4.tsv` in stop 26) and set L5 (first measured in stop 22: acute 0.92–1.00,
/// suicide 0.95–1.00, child 0.90–0.95; retired into `lang/<lang>-l5.tsv` in stop 27) and set L6
/// (first measured in stop 24: acute 1.00 in all four, suicide 0.96–1.00, child 0.76–1.00;
/// retired into `lang/<lang>-l6.tsv` in stop 28) and set L7
/// (`heldout/lang7/`, first measured in stop 25: acute 0.89–0.94, suicide 0.92–1.00, child
/// 0.80–0.92) and set L8 (`heldout/lang8/`, first measured in stop 26: acute 0.94–0.97, suicide
/// 0.96–1.00, child 0.88–0.92) and set L9 (`heldout/lang9/`, first measured in stop 27: acute
/// 0.86–0.97, suicide 0.88–1.00, child 0.76–0.96) and set L10 (`heldout/lang10/`, first measured
/// in stop 28: acute 0.94–1.00, suicide 0.88–1.00, child 0.84–0.92). There CI holds today's
/// level, as `tests/understanding.rs` does for Dutch and English, and `baken eval --quiet
/// --corpus tests/corpus/heldout/lang10` prints where it stands.
#[test]
fn each_draft_language_finds_each_crisis_kind_with_recall_of_at_least_95_percent() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    // `<lang>2.tsv`: the second training part (stop 12), in the styles the first one lacked;
    // `<lang>3.tsv`: the third (issue 13, part 6), in the styles the first two covered least;
    // `<lang>4.tsv`: the fourth (issue 13, round 4), a new writer, with caution lines too.
    for lang in [
        "tr", "pl", "ar", "uk", "tr2", "pl2", "ar2", "uk2", "tr3", "pl3", "ar3", "uk3", "tr4",
        "pl4", "ar4", "uk4",
    ] {
        check_recall(&root.join(format!("lang/{lang}.tsv")), [0.95; 3]);
    }
}

#[test]
fn the_held_out_recall_per_language_does_not_fall_below_todays_level() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/heldout");
    // acute, suicide, child as measured at the end of stop 28, with C2, D2 and L6 and the stop's
    // training batches learnt and the rule veto on (L10 for the first time, with the round's nets,
    // was ar 0.94 / 1.00 / 0.84, pl 1.00 / 0.92 / 0.88, tr 0.97 / 0.88 / 0.92, uk 0.97 / 0.88 /
    // 0.88), less one message of each kind: each new training batch moves these sets by a message
    // either way, and a floor at the measurement itself fails on that alone. The goal is 0.95
    // each; children are what is missed. Nothing was tuned to these messages. L2 retired into
    // training in stop 24, L3 in stop 25, L4 in stop 26, L5 in stop 27, L6 in stop 28.
    for (set, lang, floor) in [
        ("lang7", "ar", [0.91, 0.96, 0.80]),
        ("lang7", "pl", [0.94, 0.96, 0.84]),
        ("lang7", "tr", [0.94, 0.96, 0.88]),
        ("lang7", "uk", [0.94, 0.88, 0.84]),
        ("lang8", "ar", [0.91, 0.92, 0.88]),
        ("lang8", "pl", [0.94, 0.92, 0.88]),
        ("lang8", "tr", [0.94, 0.92, 0.84]),
        ("lang8", "uk", [0.94, 0.92, 0.84]),
        ("lang9", "ar", [0.85, 0.96, 0.76]),
        ("lang9", "pl", [0.94, 0.88, 0.72]),
        ("lang9", "tr", [0.91, 0.96, 0.92]),
        ("lang9", "uk", [0.94, 0.96, 0.92]),
        ("lang10", "ar", [0.88, 0.96, 0.76]),
        ("lang10", "pl", [0.97, 0.92, 0.84]),
        ("lang10", "tr", [0.94, 0.88, 0.88]),
        ("lang10", "uk", [0.91, 0.84, 0.84]),
    ] {
        check_recall(&root.join(set).join(format!("{lang}.tsv")), floor);
    }
}

fn check_recall(path: &Path, floor: [f64; 3]) {
    use baken::understand::{
        Nets,
        eval::{evaluate, read_corpus},
    };
    let content = offering(&["nl", "en", "tr", "pl", "ar", "uk"]);
    let examples = read_corpus(path).unwrap();
    let r = evaluate(content, &examples, Nets::Both);
    for ((name, k), floor) in ["acute", "suicide", "child"]
        .iter()
        .zip(&r.kinds)
        .zip(floor)
    {
        assert!(
            k.labelled >= 20,
            "{}: only {} {name}",
            path.display(),
            k.labelled
        );
        // Numbers only: a held-out message is never shown, so nobody tunes to it.
        assert!(
            k.recall() >= floor,
            "{}: {name} recall {:.3} ({} of {}) below {floor}",
            path.display(),
            k.recall(),
            k.found,
            k.labelled
        );
    }
}

// --- Routing in the draft languages ---------------------------------------------------------

/// Typed topic questions in each draft language reach their node (patterns `match.<lang>` in
/// `flows/`), and the harmless look-alikes of that language's corpus (jokes, games, cooking,
/// news: rows `none` whose text has a crisis word) reach no topic by those patterns.
#[test]
fn typed_words_in_each_draft_language_reach_the_main_nodes_and_harmless_ones_do_not() {
    let content = offering(&["nl", "en", "tr", "pl", "ar", "uk"]);
    let route = |t: &str| {
        content
            .route(&baken::text::variants(t))
            .map(|n| n.id.clone())
    };
    for (text, node) in [
        ("kocam parami aliyor ne yapabilirim", "me-money"),
        ("sığınma evi nerede", "me-shelter"),
        ("erkekler için yardım var mı", "me-men"),
        (
            "telefonumda casus uygulama var mı nasıl anlarım",
            "phone-spyware",
        ),
        ("insan mısın", "about-bot"),
        ("ailem beni zorla evlendirmek istiyor", "honour-marriage"),
        ("polise suç duyurusu nasıl yapılır", "aangifte"),
        ("martwię się o siostrę", "worried"),
        ("gdzie jest schronisko dla kobiet", "me-shelter"),
        ("jestem w ciąży", "pregnancy"),
        ("do kogo mogę zadzwonić", "contacts"),
        ("mąż zabiera mi wszystkie pieniądze", "me-money"),
        ("czy jesteś człowiekiem", "about-bot"),
        ("هل انت روبوت", "about-bot"),
        ("وين بلاقي مأوى للنساء", "me-shelter"),
        ("في حدا بيراقب موبايلي", "phone-spyware"),
        ("ти робот", "about-bot"),
        ("де знайти притулок для жінок", "me-shelter"),
        ("як подати заяву в поліцію", "aangifte"),
    ] {
        assert_eq!(route(text).as_deref(), Some(node), "{text}");
    }
    // Harmless look-alikes from each language's corpus: jokes, games, cooking, news, the past.
    for text in [
        "gülmekten öldüm ya",
        "pubg de herkesi öldürdüm",
        "ekmek bıçağıyla domates doğruyorum",
        "haberlerde bir kadın öldürüldü",
        "patron beni öldürecek rapor gecikti haha",
        "umieram ze śmiechu haha",
        "w grze zabiłem wszystkich",
        "kroję chleb nożem",
        "ten sprawdzian mnie zabije",
        "mecz był zabójczy",
        "قتلني الضحك هههههه",
        "цей екзамен мене вб'є",
    ] {
        assert_eq!(route(text), None, "{text}");
    }
}

/// "en" is Dutch for "and": typed alone in a Dutch conversation it is a word, not a request for
/// English (issue 13). `/en`, the language's name in any of Baken's languages, a code that is
/// no Dutch word, and `en` where Baken just asked for a code (the welcome says "English? Type
/// en."; the offer after an English message says "Type: en") do switch.
#[test]
fn en_alone_in_a_dutch_conversation_is_the_word_and_a_slash_or_a_name_switches() {
    let engine = Engine::new(offering(&["nl", "en", "pl"]), "nl").with_flood_limit(None);
    let content = engine.content();
    let english_menu = content.render("en", &content.node("menu").unwrap().say[0]);
    for typed in ["en", "En", "en?"] {
        let out = engine.step(Some(at_menu(&engine)), Event::Text(typed.into()), NOW + 1);
        assert_eq!(out.session.as_ref().unwrap().locale, "nl", "{typed}");
        assert!(!texts(&out).contains(&english_menu.as_str()), "{typed}");
    }
    for typed in ["/en", "English", "engels", "ENGELS"] {
        let out = engine.step(Some(at_menu(&engine)), Event::Text(typed.into()), NOW + 1);
        let s = out.session.unwrap();
        assert_eq!(
            (s.locale.as_str(), s.node.as_str()),
            ("en", "menu"),
            "{typed}"
        );
        assert_eq!(out.replies[0].text, english_menu, "{typed}");
    }
    // a code that is no Dutch word switches anywhere, and so does a name in another script
    for (typed, lang) in [("pl", "pl"), ("polski", "pl"), ("Polski", "pl")] {
        let out = engine.step(Some(at_menu(&engine)), Event::Text(typed.into()), NOW + 1);
        assert_eq!(out.session.unwrap().locale, lang, "{typed}");
    }
    // a language that is not offered is not switched to by name
    let out = engine.step(
        Some(at_menu(&engine)),
        Event::Text("türkçe".into()),
        NOW + 1,
    );
    assert_eq!(out.session.unwrap().locale, "nl");
    // the welcome asks for `en`: there it switches
    let start = Event::Start {
        payload: None,
        locale_hint: None,
    };
    let s = engine.step(None, start, NOW).session.unwrap();
    assert_eq!((s.locale.as_str(), s.node.as_str()), ("nl", "welcome"));
    let out = engine.step(Some(s), Event::Text("en".into()), NOW + 1);
    assert_eq!(out.session.unwrap().locale, "en");
}

/// The offer to switch holds for the one message after it: `en` right after "Continue in
/// English? Type: en" switches; a later `en`, once the person has gone on in Dutch, is "and".
#[test]
fn an_offer_to_switch_holds_for_the_next_message_only() {
    let engine = Engine::new(offering(&["nl", "en"]), "nl").with_flood_limit(None);
    let out = engine.step(
        Some(at_menu(&engine)),
        Event::Text("I am worried about my sister, her husband controls her".into()),
        NOW + 1,
    );
    let s = out.session.unwrap();
    assert_eq!(s.offered.as_deref(), Some("en"));
    let out = engine.step(Some(s), Event::Text("menu".into()), NOW + 2);
    let s = out.session.unwrap();
    assert_eq!(s.offered, None);
    let out = engine.step(Some(s), Event::Text("en".into()), NOW + 3);
    assert_eq!(out.session.unwrap().locale, "nl");
}

/// Dutch short forms and words must not misread Polish (issue 13): `nie` was read as Dutch
/// `niet` and cancelled the crisis words beside it, and Dutch `mam` ("mum") is Polish "I have".
#[test]
fn polish_nie_and_mam_are_not_read_as_dutch() {
    let content = offering(&["nl", "en", "pl"]);
    let read = |t: &str| content.understanding().read(t);
    // "my husband beats me, I don't know what to do": the safety line at least, as in Dutch
    let r = read("maz mnie bije, nie wiem co robic");
    assert!(r.caution || !r.crisis.is_empty(), "{r:?}");
    // "he is at the door and hammers on it, I am terrified": the acute answer
    let r = read("on jest pod drzwiami i wali w nie, jestem przerażona");
    assert_eq!(r.crisis, vec![CrisisKind::Acute], "{r:?}");
    // "I have bruises because my husband beats me": an adult, not a child writing about mum
    let r = read("mam siniaki bo maz mnie bije");
    assert!(!r.crisis.contains(&CrisisKind::Child), "{r:?}");
    assert!(r.crisis.contains(&CrisisKind::Acute), "{r:?}");
    // Dutch is read as before: a child writing about mum, and a real Dutch negation
    let r = read("mijn mam slaat me elke dag, ik ben 12");
    assert!(r.crisis.contains(&CrisisKind::Child), "{r:?}");
    // (the rules' negation; the classifier alone still calls this one acute, as before)
    let r = read("hij slaat me niet");
    assert!(r.rules.is_empty(), "{r:?}");
}
