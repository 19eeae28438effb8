//! The console channel: `baken chat`.
//!
//! In a terminal it is an interactive chat. When standard input is not a terminal it writes a
//! transcript a script or a content reviewer can read: each input line echoed as `> line`,
//! then the bot's replies, options numbered `1.`, `2.`, … With `trace`, each reply is preceded
//! by `# node ID` (the flow node it belongs to, `-` for none) and, when crisis detection fired,
//! `# crisis KIND`. Like every channel it only translates: lines in, events to the engine,
//! replies out.

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
    /// Interactive terminal: prompt instead of echo, clear the screen on erase.
    pub interactive: bool,
    /// A deep-link payload to start with (as a poster link would).
    pub start: Option<String>,
}

/// The clock the console uses; tests pass a fixed one.
pub type Clock<'a> = &'a dyn Fn() -> u64;

/// What a console conversation runs on.
pub struct Backend<'a> {
    pub engine: &'a Engine,
    pub store: &'a dyn SessionStore,
    pub hasher: &'a KeyedHasher,
    /// Anonymous reach counters, if kept.
    pub stats: Option<&'a crate::stats::Stats>,
    pub clock: Clock<'a>,
}

/// Run a console conversation until the input ends.
pub fn run(
    backend: &Backend<'_>,
    options: &ConsoleOptions,
    mut input: impl BufRead,
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
                // Clear the screen and the scroll-back: the console's own "delete messages".
                write!(output, "\x1b[2J\x1b[3J\x1b[H")?;
            }
        }
        for reply in &outcome.replies {
            write_reply(output, reply, options.trace)?;
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
    let mut buf = Vec::new();
    loop {
        if options.interactive {
            write!(output, "> ")?;
            output.flush()?;
        }
        buf.clear();
        if input.read_until(b'\n', &mut buf)? == 0 {
            break;
        }
        // Invalid UTF-8 becomes U+FFFD: the message is still answered, calmly.
        let line = String::from_utf8_lossy(&buf);
        let line = line.trim_end_matches(['\n', '\r']);
        if !options.interactive {
            let shown = clean_for_display(line).replace('\n', " ");
            writeln!(output, "> {shown}")?;
        }
        step(Event::Text(line.to_string()), &mut output)?;
    }
    Ok(())
}

/// Write one reply in the transcript format.
pub fn write_reply(output: &mut dyn Write, reply: &Reply, trace: bool) -> io::Result<()> {
    if trace {
        if let Some(kind) = reply.crisis {
            writeln!(output, "# crisis {kind}")?;
        }
        if reply.caution {
            writeln!(output, "# caution")?;
        }
        writeln!(output, "# node {}", reply.node.as_deref().unwrap_or("-"))?;
    }
    writeln!(output, "{}", reply.text.trim_end())?;
    for (i, o) in reply.options.iter().enumerate() {
        writeln!(output, "{}. {}", i + 1, o.label)?;
    }
    for l in &reply.links {
        writeln!(output, "- {}: {}", l.label, l.url)?;
    }
    writeln!(output)
}
