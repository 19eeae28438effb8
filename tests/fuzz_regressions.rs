//! Inputs that crashed or broke a promise while fuzzing and reviewing the fuzz targets
//! (`fuzz/`, issue 6 item 5), kept so that they stay fixed. Each test says where its input came
//! from. Content must be refused with problems, never with a panic or an abort.

use baken::content::SourceFile;
use baken::text::{self, MAX_MESSAGE_CHARS};
use baken::{Content, ContentError, ContentFiles};

fn source(path: &str, text: &str) -> SourceFile {
    SourceFile {
        path: path.into(),
        text: text.into(),
        instance: false,
    }
}

/// The shipped content with one more Fluent file in the base locale.
fn with_ftl(text: &str) -> Result<Content, ContentError> {
    let mut files = ContentFiles::embedded();
    files
        .locales
        .get_mut("nl")
        .unwrap()
        .ftl
        .push(source("locales/nl/fuzz.ftl", text));
    Content::load(files)
}

fn problems(r: Result<Content, ContentError>) -> String {
    match r {
        Ok(_) => panic!("loaded, but should have been refused"),
        Err(e) => e.to_string(),
    }
}

/// fluent-syntax 0.12 sliced one byte past a `\u` escape cut short by a non-ASCII character
/// and panicked ("byte index is not a char boundary"). Found by hand, trying Fluent inputs
/// around escapes after the `content_ftl` target's first runs.
#[test]
fn a_short_unicode_escape_before_a_non_ascii_character_is_a_problem_not_a_panic() {
    for text in [
        "fuzz-a = { \"\\uéééé\" }\n",
        "fuzz-a = { \"\\u12é\" }\n",
        "fuzz-a = { \"\\U0001é\" }\n",
        "fuzz-a = { \"\\U€\" }\n",
    ] {
        let p = problems(with_ftl(text));
        assert!(
            p.contains(
                "locales/nl/fuzz.ftl:1: Fluent syntax error (Invalid unicode escape sequence"
            ),
            "{text:?}: {p}"
        );
    }
    // The same in the shared terms.
    let mut files = ContentFiles::embedded();
    files
        .shared
        .push(source("locales/fuzz.ftl", "-fuzz = { \"\\uö\" }\n"));
    assert!(problems(Content::load(files)).contains("Invalid unicode escape sequence"));
}

#[test]
fn a_backslash_u_in_plain_text_or_an_escaped_backslash_is_no_problem() {
    // Outside a string literal `\u` is just text; `\\u` is an escaped backslash.
    let content = with_ftl("fuzz-a = map C:\\uéé\nfuzz-b = { \"\\\\uéé\" }\n").unwrap();
    assert_eq!(content.render("nl", "fuzz-a"), "map C:\\uéé");
    assert_eq!(content.render("nl", "fuzz-b"), "\\uéé");
    // A complete escape still works.
    let content = with_ftl("fuzz-c = { \"\\u00e9\" }\n").unwrap();
    assert_eq!(content.render("nl", "fuzz-c"), "é");
}

/// fluent-syntax parses placeables and calls recursively: a few thousand levels overflowed
/// the stack and aborted the whole process (not even a panic). Found by hand while checking
/// what the `content_ftl` target could reach within its input length.
#[test]
fn deeply_nested_placeables_calls_and_selectors_are_a_problem_not_a_stack_overflow() {
    let deep = [
        format!("fuzz-a = {}x{}\n", "{ ".repeat(50_000), " }".repeat(50_000)),
        format!(
            "fuzz-a = {{ {}x{} }}\n",
            "F(".repeat(50_000),
            ")".repeat(50_000)
        ),
        format!(
            "fuzz-a = {{ {}x{} }}\n",
            "F(\n".repeat(50_000),
            ")".repeat(50_000)
        ),
        format!(
            "fuzz-a = {}x{}\n",
            "{ $x -> *[a] ".repeat(5_000),
            " }".repeat(5_000)
        ),
    ];
    for text in &deep {
        let p = problems(with_ftl(text));
        assert!(p.contains("nested deeper than"), "{p}");
    }
}

#[test]
fn real_nesting_and_braces_in_comments_and_strings_still_load() {
    let text = format!(
        "# {}\nfuzz-x = X\nfuzz-a = {}fuzz-x{}\nfuzz-b = {{ \"{}\" }}\n",
        "{ ".repeat(300),
        "{ ".repeat(20),
        " }".repeat(20),
        "{ ( ".repeat(300)
    );
    let content = with_ftl(&text).unwrap();
    assert_eq!(content.render("nl", "fuzz-a"), "X");
    assert_eq!(content.render("nl", "fuzz-b"), "{ ( ".repeat(300));
}

/// A message defined twice in one file was reported on the first definition's line both
/// times ("fuzz.ftl:1: … defined twice (also at fuzz.ftl:1)"): the line was looked up by id.
/// Found by reading the loader's line lookup while speeding up the content targets.
#[test]
fn a_message_defined_twice_in_one_file_is_reported_on_the_second_line() {
    let p = problems(with_ftl("fuzz-a = 1\nfuzz-b = 2\n\nfuzz-a = 3\n"));
    assert!(
        p.contains(
            "locales/nl/fuzz.ftl:4: message `fuzz-a` is defined twice (also at locales/nl/fuzz.ftl:1)"
        ),
        "{p}"
    );
}

/// Decomposition makes some characters many (U+FDFA is 18 letters): 4,096 of them normalised
/// to 73,728 characters, past the documented bound, and normalising again cut it differently.
/// Found while writing the `engine_text` target's checks.
#[test]
fn normalised_text_stays_within_the_bound_and_is_its_own_normal_form() {
    for input in [
        "\u{FDFA}".repeat(MAX_MESSAGE_CHARS),
        "\u{FB03} ".repeat(MAX_MESSAGE_CHARS),
        "a\u{FDFA}!".repeat(3000),
    ] {
        let n = text::normalise(&input);
        assert!(n.chars().count() <= MAX_MESSAGE_CHARS, "{}", n.len());
        assert_eq!(text::normalise(&n), n);
        assert!(!n.ends_with(' '));
        assert_eq!(text::variants(&input)[0], n);
    }
}

/// Found by `long_message` under AddressSanitizer (2026-12-02): `"}e\na"` (two one-letter words
/// once normalised) got an acute-danger answer from the classifier alone, which had too few
/// features to mean anything; the same letters after 1,835 words of filler got none, so the
/// window chosen for a long message did not hold "its" crisis. Gibberish is no crisis, alone or
/// in a long message; a real short crisis sentence still is.
#[test]
fn two_one_letter_words_are_no_crisis_and_a_short_real_one_still_is() {
    let content = Content::embedded().unwrap();
    for gibberish in ["}e\na", "e a", "x y z", "a b"] {
        assert!(
            content.detect_crisis(gibberish).is_empty(),
            "{gibberish:?} got a crisis answer"
        );
    }
    for crisis in ["hij slaat me nu", "ik wil dood", "help hij heeft een mes"] {
        assert!(
            !content.detect_crisis(crisis).is_empty(),
            "{crisis:?} got no crisis answer"
        );
    }
}
