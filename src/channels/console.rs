//! The console channel: `baken chat`.
//!
//! In a terminal it is an interactive chat: line editing and a history kept in memory only
//! (never a history file: what a person typed must not stay on the machine), text wrapped to
//! the terminal's width, and `exit`, `quit` or Ctrl-D to close it. When standard input is not
//! a terminal it writes a transcript a script or a content reviewer can read: each input line
//! echoed as `> line`, then the bot's replies, options numbered `1.`, `2.`, … With `trace`,
//! each reply is preceded by `# node ID` (the flow node it belongs to, `-` for none) and, when
//! crisis detection fired, `# crisis KIND`. Like every channel it only translates: lines in,
//! events to the engine, replies out.

use std::io::{self, BufRead, Write};

use crate::engine::{Effect, Engine, Event, Reply};
use crate::store::{KeyedHasher, SessionStore};
use crate::text::clean_for_display;

/// How the console behaves.
#[derive(Debug, Clone, Default)]
pub struct ConsoleOptions {
    /// The language to start in.
    pub locale: Option<String>,
    /// Print `# node` / `# crisis` lines.
    pub trace: bool,
    /// Interactive terminal: prompt instead of echo, clear the screen on erase, say how to
    /// quit.
    pub interactive: bool,
    /// A deep-link payload to start with (as a poster link would).
    pub start: Option<String>,
    /// Wrap replies to this many columns (a terminal's width); `None`: no wrapping.
    pub width: Option<usize>,
}

/// The clock the console uses; tests pass a fixed one.
pub type Clock<'a> = &'a dyn Fn() -> u64;

/// What a console conversation runs on.
pub struct Backend<'a> {
    pub engine: &'a Engine,
    pub store: &'a dyn SessionStore,
    pub hasher: &'a KeyedHasher,
    /// Anonymous reach counters, if kept (`baken chat` keeps none: try-outs are not reach).
    pub stats: Option<&'a crate::stats::Stats>,
    pub clock: Clock<'a>,
}

/// Where the console's lines come from.
pub trait LineSource {
    /// The next line without its line ending, after showing `prompt`; `None` at the end of
    /// the input (Ctrl-D, or the end of a pipe).
    fn next_line(&mut self, prompt: &str, output: &mut dyn Write) -> io::Result<Option<String>>;
}

/// Lines from a reader: a pipe, a file, a test. Invalid UTF-8 becomes U+FFFD, so the message
/// is still answered, calmly.
pub struct Lines<R>(pub R);

impl<R: BufRead> LineSource for Lines<R> {
    fn next_line(&mut self, prompt: &str, output: &mut dyn Write) -> io::Result<Option<String>> {
        if !prompt.is_empty() {
            write!(output, "{prompt}")?;
            output.flush()?;
        }
        let mut buf = Vec::new();
        if self.0.read_until(b'\n', &mut buf)? == 0 {
            return Ok(None);
        }
        let line = String::from_utf8_lossy(&buf);
        Ok(Some(line.trim_end_matches(['\n', '\r']).to_string()))
    }
}

/// A terminal: line editing (arrow keys, Home/End, …) and a history of this conversation for
/// the up arrow, in memory only ([`rustyline::history::MemHistory`]: no history file).
pub struct Terminal {
    editor: rustyline::Editor<(), rustyline::history::MemHistory>,
}

impl Terminal {
    pub fn new() -> io::Result<Self> {
        let config = rustyline::Config::builder()
            .auto_add_history(true)
            .max_history_size(200)
            .map_err(io::Error::other)?
            .build();
        let editor = rustyline::Editor::with_history(config, rustyline::history::MemHistory::new())
            .map_err(io::Error::other)?;
        Ok(Terminal { editor })
    }
}

impl LineSource for Terminal {
    fn next_line(&mut self, prompt: &str, output: &mut dyn Write) -> io::Result<Option<String>> {
        output.flush()?;
        match self.editor.readline(prompt) {
            Ok(line) => Ok(Some(line)),
            // Ctrl-D and Ctrl-C both close the chat.
            Err(rustyline::error::ReadlineError::Eof)
            | Err(rustyline::error::ReadlineError::Interrupted) => Ok(None),
            Err(e) => Err(io::Error::other(e)),
        }
    }
}

/// The terminal's width in columns, if standard output is a terminal.
pub fn terminal_width() -> Option<usize> {
    terminal_size::terminal_size_of(io::stdout()).map(|(w, _)| w.0 as usize)
}

/// The language a terminal asks for: the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is
/// set, as a language tag (`en_GB.UTF-8` → `en`). `C` and `POSIX` ask for nothing. The engine
/// takes it as a hint: a language Baken does not have gives the default.
pub fn locale_from_env(get: impl Fn(&str) -> Option<String>) -> Option<String> {
    let value = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .find_map(|k| get(k).filter(|v| !v.is_empty()))?;
    let tag = value.split(['.', '@']).next()?.replace('_', "-");
    let primary = tag.split('-').next()?.to_ascii_lowercase();
    (!primary.is_empty() && primary != "c" && primary != "posix").then_some(tag)
}

/// Whether a typed line closes the console: `exit` or `quit` (any case, spaces around).
pub fn is_quit(line: &str) -> bool {
    let l = line.trim().to_lowercase();
    matches!(l.as_str(), "exit" | "quit" | "/exit" | "/quit")
}

/// Run a console conversation from a reader until the input ends (or `exit`/`quit`).
pub fn run(
    backend: &Backend<'_>,
    options: &ConsoleOptions,
    input: impl BufRead,
    output: impl Write,
) -> io::Result<()> {
    run_with(backend, options, &mut Lines(input), output)
}

/// Run a console conversation until the input ends or the person types `exit` or `quit`.
pub fn run_with(
    backend: &Backend<'_>,
    options: &ConsoleOptions,
    input: &mut dyn LineSource,
    mut output: impl Write,
) -> io::Result<()> {
    let Backend {
        engine,
        store,
        hasher,
        stats,
        clock,
    } = *backend;
    let key = hasher.key("console", "console");
    let width = options.width.filter(|_| options.interactive);
    let step = |event: Event, output: &mut dyn Write| -> io::Result<()> {
        let now = clock();
        let session = store.load(&key, now).map_err(io::Error::other)?;
        let before = session.clone();
        let outcome = engine.step(session, event, now);
        if let Some(stats) = stats {
            stats
                .record("console", before.as_ref(), &outcome, now)
                .map_err(io::Error::other)?;
        }
        match &outcome.session {
            Some(s) => store.save(&key, s).map_err(io::Error::other)?,
            None => store.remove(&key).map_err(io::Error::other)?,
        }
        for effect in &outcome.effects {
            if let Effect::EraseConversation { .. } = effect
                && options.interactive
            {
                clear_screen(output)?;
            }
        }
        for reply in &outcome.replies {
            write_reply_wrapped(output, reply, options.trace, width)?;
        }
        output.flush()
    };

    step(
        Event::Start {
            payload: options.start.clone(),
            locale_hint: options.locale.clone(),
        },
        &mut output,
    )?;
    if options.interactive {
        // How to close the program: a terminal's own matter, so said here and not in a flow.
        let locale = store
            .load(&key, clock())
            .ok()
            .flatten()
            .map(|s| s.locale)
            .unwrap_or_else(|| engine.default_locale().to_string());
        let text = engine.content().render(&locale, "console-how-to-quit");
        writeln!(output, "{}\n", wrap(&text, width, ""))?;
    }
    let prompt = if options.interactive { "> " } else { "" };
    while let Some(line) = input.next_line(prompt, &mut output)? {
        if !options.interactive {
            let shown = clean_for_display(&line).replace('\n', " ");
            writeln!(output, "> {shown}")?;
        }
        if is_quit(&line) {
            // As `stop` would: forget the session and clear the screen, then close.
            store.remove(&key).map_err(io::Error::other)?;
            if options.interactive {
                clear_screen(&mut output)?;
            }
            break;
        }
        step(Event::Text(line), &mut output)?;
    }
    store.remove(&key).map_err(io::Error::other)?;
    output.flush()
}

/// Clear the screen and the scroll-back: the console's own "delete messages".
fn clear_screen(output: &mut dyn Write) -> io::Result<()> {
    write!(output, "\x1b[2J\x1b[3J\x1b[H")
}

/// Write one reply in the transcript format.
pub fn write_reply(output: &mut dyn Write, reply: &Reply, trace: bool) -> io::Result<()> {
    write_reply_wrapped(output, reply, trace, None)
}

/// Write one reply, wrapping long lines to `width` columns (options and links with a hanging
/// indent, so the number stands out).
pub fn write_reply_wrapped(
    output: &mut dyn Write,
    reply: &Reply,
    trace: bool,
    width: Option<usize>,
) -> io::Result<()> {
    if trace {
        if let Some(kind) = reply.crisis {
            writeln!(output, "# crisis {kind}")?;
        }
        if reply.caution {
            writeln!(output, "# caution")?;
        }
        writeln!(output, "# node {}", reply.node.as_deref().unwrap_or("-"))?;
    }
    writeln!(output, "{}", wrap(reply.text.trim_end(), width, ""))?;
    for line in crate::channels::turn::numbered_options(reply) {
        writeln!(output, "{}", wrap(&line, width, "   "))?;
    }
    for l in &reply.links {
        let line = format!("- {}: {}", l.label, l.url);
        writeln!(output, "{}", wrap(&line, width, "  "))?;
    }
    writeln!(output)
}

/// Wrap each line of `text` at word boundaries to `width` columns; continuation lines start
/// with `indent`. A word longer than a line (a web address) is kept whole. `None`: unchanged.
pub fn wrap(text: &str, width: Option<usize>, indent: &str) -> String {
    let Some(width) = width.filter(|w| *w > indent.len() + 10) else {
        return text.to_string();
    };
    let mut out = String::new();
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        // Keep a list item's own indent ("- ", "  ") for its continuation lines.
        let lead: String = line.chars().take_while(|c| *c == ' ').collect();
        let hang = if indent.is_empty() && line.trim_start().starts_with("- ") {
            format!("{lead}  ")
        } else {
            format!("{lead}{indent}")
        };
        let mut col = 0;
        let mut first = true;
        out.push_str(&lead);
        col += lead.chars().count();
        for word in line.split(' ').filter(|w| !w.is_empty()) {
            let len = word.chars().count();
            if !first && col + 1 + len > width {
                out.push('\n');
                out.push_str(&hang);
                col = hang.chars().count();
            } else if !first {
                out.push(' ');
                col += 1;
            }
            out.push_str(word);
            col += len;
            first = false;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_breaks_at_words_and_keeps_long_words_whole() {
        let text = "Bel Veilig Thuis op 0800-2000, gratis en anoniem, dag en nacht.";
        let w = wrap(text, Some(20), "");
        assert!(w.lines().all(|l| l.chars().count() <= 20), "{w}");
        assert_eq!(w.replace('\n', " "), text);
        let url = "- site: https://www.example.org/een/heel/lang/adres/dat/niet/past";
        let w = wrap(url, Some(20), "  ");
        assert!(w.contains("https://www.example.org/een/heel/lang/adres/dat/niet/past"));
        assert!(w.lines().skip(1).all(|l| l.starts_with("  ")), "{w}");
        assert_eq!(wrap(text, None, ""), text);
    }

    #[test]
    fn the_terminal_language_comes_from_lc_all_then_lang() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(
            locale_from_env(env(&[("LANG", "en_GB.UTF-8")])).as_deref(),
            Some("en-GB")
        );
        assert_eq!(
            locale_from_env(env(&[("LANG", "en_GB.UTF-8"), ("LC_ALL", "nl_NL.UTF-8")])).as_deref(),
            Some("nl-NL")
        );
        assert_eq!(locale_from_env(env(&[("LANG", "C.UTF-8")])), None);
        assert_eq!(locale_from_env(env(&[])), None);
    }

    #[test]
    fn exit_and_quit_close_the_console() {
        for l in ["exit", "quit", " Exit ", "QUIT"] {
            assert!(is_quit(l), "{l}");
        }
        for l in ["exit please", "stop", "ik wil quitten"] {
            assert!(!is_quit(l), "{l}");
        }
    }
}
