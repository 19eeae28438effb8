//! Crisis detection and routing measured on the frozen held-out corpus (`tests/corpus/heldout/`,
//! written by people who had not seen the rules). The bars below are where Baken stood when the
//! held-out sets C3, D3, C4, D4, C5, D5, C6 and D6 were last measured together (2026-12-03, stop 28:
//! C6 and D6 for the first time; C2 and D2 became training data), a little lower, so that CI fails
//! when a change makes Baken worse on messages nobody tuned it to. The goal of issue 11 (recall 0.98 per kind, false crises ≤ 2 %, routing 0.90) is
//! not met yet: `baken eval` prints where it stands.

use std::path::Path;
use std::sync::Arc;

use baken::Content;
use baken::understand::Nets;
use baken::understand::eval::{evaluate, read_corpus};

#[test]
fn held_out_corpus_does_not_fall_back() {
    let content = Arc::new(Content::embedded().expect("shipped content loads"));
    let examples = read_corpus(Path::new("tests/corpus/heldout")).expect("corpus reads");
    assert!(
        examples.len() >= 600,
        "the held-out part has {} messages",
        examples.len()
    );
    let r = evaluate(content, &examples, Nets::Both);
    println!("{}", r.render(false));
    let [acute, suicide, child] = r.kinds;
    // Floors: sets C3, D3, C4, D4, C5, D5, C6 and D6 together (2,640 messages; C2 and D2
    // retired into training in stop 28), as measured at the end of stop 28 (0.963, 0.958, 0.933,
    // 3.8 %, 0.834; C6 and D6 at their first look: 0.943, 0.933, 0.911, 3.5 %, 0.826), less a
    // little, so that a change that makes understanding worse fails here. The acute and child
    // floors are lower than stop 27's (0.96 and 0.93): C6 and D6 are harder than the C2 and D2
    // they replaced (stop 27's nets find the same 132 / 84 / 82 of them), not a loss of this
    // stop's training. The goal (issue 11) is 0.98 recall, at most 2 % false crises, 0.90 routing.
    assert!(
        acute.recall() >= 0.955,
        "acute recall {:.3}",
        acute.recall()
    );
    assert!(
        suicide.recall() >= 0.95,
        "suicide recall {:.3}",
        suicide.recall()
    );
    assert!(
        child.recall() >= 0.925,
        "child recall {:.3}",
        child.recall()
    );
    assert!(
        r.false_crisis_rate() <= 0.045,
        "false crises {:.3}",
        r.false_crisis_rate()
    );
    assert!(r.routing() >= 0.82, "routing {:.3}", r.routing());
}
#[test]
fn held_out_corpus_is_the_frozen_one() {
    // The files may only be replaced whole, by a new set written the same way (tests/corpus/README.md).
    let sums = std::fs::read_to_string("tests/corpus/heldout/SHA256SUMS").unwrap();
    for line in sums.lines() {
        let (sum, file) = line.split_once("  ").unwrap();
        let bytes = std::fs::read(file).unwrap();
        use sha2::Digest;
        let got = format!("{:x}", sha2::Sha256::digest(&bytes));
        assert_eq!(
            got, sum,
            "{file} changed: a held-out file is replaced whole, never edited"
        );
    }
}

#[test]
fn each_net_alone_is_weaker_than_both() {
    // The two nets catch different messages: together they find more than either alone.
    let content = Arc::new(Content::embedded().expect("shipped content loads"));
    let examples = read_corpus(Path::new("tests/corpus/heldout")).expect("corpus reads");
    let found = |nets| -> usize {
        evaluate(content.clone(), &examples, nets)
            .kinds
            .iter()
            .map(|k| k.found)
            .sum()
    };
    let (rules, classifier, both) = (
        found(Nets::Rules),
        found(Nets::Classifier),
        found(Nets::Both),
    );
    assert!(
        both > rules && both > classifier,
        "rules {rules}, classifier {classifier}, both {both}"
    );
}

/// Odd input: detected where it hides a crisis, calm where it does not.
#[test]
fn crisis_words_are_found_through_disguises_and_noise() {
    let content = Content::embedded().expect("shipped content loads");
    let u = content.understanding();
    let acute = |t: &str| u.read(t).crisis.contains(&baken::CrisisKind::Acute);
    // Zero-width characters and a soft hyphen inside the words.
    assert!(acute("hij gaat me ver\u{200B}moor\u{00AD}den"));
    // Cyrillic look-alike letters inside a Dutch word.
    assert!(acute("hij gaat me v\u{0435}rm\u{043E}\u{043E}rden"));
    // Control characters, capitals, stretched letters, no spaces.
    assert!(acute("HIJ GAAT ME VERMOOOOORDEN"));
    assert!(acute("hij heeft me gisteren gew\u{0007}urgd"));
    // The crisis sentence after more than 4,096 characters of something else.
    let long = format!(
        "{} hij heeft een mes en zegt dat hij me gaat vermoorden",
        "bla ".repeat(2000)
    );
    assert!(acute(&long));
    // Emoji only, mixed scripts, right-to-left text: calm, no crisis.
    for t in [
        "🙂🙂🙂",
        "مرحبا كيف حالك",
        "שלום מה שלומך",
        "привет 你好 hello",
        "\u{202E}olleh",
    ] {
        assert!(u.read(t).crisis.is_empty(), "{t:?}");
    }
}

/// The classifier's veto on the rules (`--thresholds` with six numbers): a crisis the rules
/// find becomes the caution level, the routed answer with one safety line, when the classifier
/// says "no crisis" at least as surely as the bar of that kind; above 1 it never does.
#[test]
fn the_classifier_can_turn_a_rules_crisis_into_caution() {
    let mut content = Content::embedded().expect("shipped content loads");
    let message = "hij heeft een mes gepakt en zegt dat hij me gaat vermoorden";
    let mut read = |veto: [f32; 3]| {
        let u = content.understanding_mut();
        // The classifier alone never raises a crisis here: only the rules' crisis is looked at.
        u.thresholds.crisis = [1.1; 3];
        u.thresholds.veto = veto;
        let r = u.read(message);
        (r.crisis, r.caution)
    };
    assert_eq!(
        read([1.1, 1.1, 1.1]),
        (vec![baken::CrisisKind::Acute], false)
    );
    assert_eq!(read([0.0, 1.1, 1.1]), (vec![], true));
    // The bar of another kind does not touch this one.
    assert_eq!(
        read([1.1, 0.0, 0.0]),
        (vec![baken::CrisisKind::Acute], false)
    );
}

/// Strangling is always a danger sign: a rule marked `firm` (locales/rules.toml) keeps its crisis
/// even when the classifier would turn every other rule's crisis into caution.
#[test]
fn the_classifier_never_turns_down_strangling() {
    let mut content = Content::embedded().expect("shipped content loads");
    let u = content.understanding_mut();
    u.thresholds.crisis = [1.1; 3];
    u.thresholds.veto = [0.0, 0.0, 0.0];
    for message in [
        "hij heeft me gisteren gewurgd",
        "he choked me last night until i almost passed out",
    ] {
        let r = u.read(message);
        assert!(
            r.crisis.contains(&baken::CrisisKind::Acute),
            "{message}: {:?} {:?}",
            r.crisis,
            r.rules
        );
    }
    // Not firm: the same bar turns a knife and a threat into caution (the test above).
    let r = u.read("hij heeft een mes gepakt en zegt dat hij me gaat vermoorden");
    assert!(r.crisis.is_empty() && r.caution, "{:?}", r.rules);
}

/// `baken eval` tells a content editor which rule raised which crisis: on a message of its
/// kind, and on a harmless one.
#[test]
fn eval_counts_each_rules_right_and_false_crises() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("x.tsv");
    std::fs::write(
        &file,
        "acute\tcrisis-acute\thij heeft een mes gepakt en zegt dat hij me gaat vermoorden\nnone\t-\tde fiets staat buiten\n",
    )
    .unwrap();
    let content = Arc::new(Content::embedded().expect("shipped content loads"));
    let r = evaluate(content, &read_corpus(&file).unwrap(), Nets::Rules);
    assert!(!r.rules.is_empty());
    assert!(
        r.rules
            .values()
            .all(|(right, false_)| *right == 1 && *false_ == 0),
        "{:?}",
        r.rules
    );
    assert!(
        r.render(true)
            .contains("crisis rules: on a message of their kind")
    );
}

/// `baken eval --cross-validate`: each file is measured by nets trained on the other files
/// only. Files a and b each teach a made-up phrase as `suicide`; file c holds both phrases
/// as harmless lines. Measured on c, nets trained on a and b call both a crisis; measured on
/// a or b, nets that never saw the file's own phrase as a crisis find none of it.
#[test]
fn cross_validation_learns_only_from_the_other_files() {
    let dir = tempfile::tempdir().unwrap();
    let teach = |phrase: &str| {
        "suicide\t-\tPHRASE\nnone\t-\tde fiets staat buiten\n"
            .replace("PHRASE", phrase)
            .repeat(40)
    };
    std::fs::write(dir.path().join("a.tsv"), teach("zorblat vinquemaar")).unwrap();
    std::fs::write(dir.path().join("b.tsv"), teach("quonkel dravimo")).unwrap();
    std::fs::write(
        dir.path().join("c.tsv"),
        "none\t-\tzorblat vinquemaar\nnone\t-\tquonkel dravimo\n",
    )
    .unwrap();
    let examples = read_corpus(dir.path()).unwrap();
    let folds = baken::understand::eval::cross_validate(
        || Content::embedded().expect("shipped content loads"),
        &examples,
        &[],
        Nets::Classifier,
    );
    let fold = |name: &str| &folds.iter().find(|(f, _)| f.ends_with(name)).unwrap().1;
    assert_eq!(fold("c.tsv").false_crisis, 2, "{:?}", fold("c.tsv").misses);
    for name in ["a.tsv", "b.tsv"] {
        assert_eq!(fold(name).kinds[1].labelled, 40);
        assert_eq!(fold(name).kinds[1].found, 0, "{name}: learnt from itself");
    }
    // `--fold c`: only c is left out and measured, still by nets learnt from a and b.
    let only_c = baken::understand::eval::cross_validate(
        || Content::embedded().expect("shipped content loads"),
        &examples,
        &["c".to_string()],
        Nets::Classifier,
    );
    assert_eq!(only_c.len(), 1);
    assert!(only_c[0].0.ends_with("c.tsv"));
    assert_eq!(only_c[0].1.false_crisis, 2);
    // Several settings on the same learnt nets (`--compare`): a crisis bar above 1 for the
    // classifier alone finds nothing, the default still finds both.
    let each = baken::understand::eval::cross_validate_each(
        |i| {
            let mut c = Content::embedded().expect("shipped content loads");
            if i == 1 {
                c.understanding_mut().thresholds.crisis = [1.1; 3];
            }
            c
        },
        2,
        &examples,
        &["c".to_string()],
        Nets::Classifier,
    );
    assert_eq!(each.len(), 1);
    assert_eq!(each[0].1[0].false_crisis, 2);
    assert_eq!(each[0].1[1].false_crisis, 0);
}

/// The routing patterns are matched through their literals and one small regex each
/// (`src/understand/routes.rs`), not as one `RegexSet`: the result must be exactly the set's,
/// on every variant of every message of the training and language corpora.
#[test]
fn routing_patterns_match_exactly_as_one_set_would() {
    let content = Content::embedded().expect("shipped content loads");
    let patterns = content.understanding().patterns();
    let set = regex::RegexSetBuilder::new(patterns.sources())
        .dfa_size_limit(64 << 20)
        .build()
        .unwrap();
    let mut checked = 0;
    let mut matched = 0;
    for dir in ["tests/corpus/train", "tests/corpus/lang"] {
        for ex in read_corpus(Path::new(dir)).unwrap() {
            for v in baken::understand::normalise::variants(&ex.text) {
                let want: Vec<usize> = set.matches(&v).into_iter().collect();
                assert_eq!(patterns.matches(&v), want, "{v}");
                checked += 1;
                matched += usize::from(!want.is_empty());
            }
        }
    }
    assert!(checked > 10_000 && matched > 2_000, "{checked} {matched}");
}
