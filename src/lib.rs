//! # Baken
//!
//! Anonymous help and signposting about domestic violence (*huiselijk geweld*) in the
//! Netherlands, as a chat bot.
//!
//! A person may open Baken while someone is hurting them, or while the person who watches their
//! phone is in the next room. The crate is shaped around that person:
//!
//! - [`engine`] is the conversation itself, with no I/O: content + session + incoming event →
//!   new session + replies + effects. Crisis detection runs first on every typed message, so
//!   112, 113 and De Kindertelefoon are never more than one message away.
//! - [`content`] loads the flows (`flows/*.toml`) and the sentences (`locales/<lang>/*.ftl`),
//!   validates them whole (file and line for every problem), and answers the engine's
//!   questions: which crisis, which command, which node.
//! - [`understand`] reads typed text: normalising it (apostrophes, accents, capitals,
//!   stretched letters, look-alike letters), crisis concepts and rules, a classifier learnt
//!   from the corpus, and routing to a node.
//! - [`store`] is the session cache: keyed hashes instead of ids, a TTL, nothing but the place
//!   in the conversation.
//! - [`channels`]: the console and (features `telegram`, `matrix`, `web`) Telegram, Matrix and
//!   the web chat. They translate their events to the engine's and back, and contain no
//!   conversation logic; [`channels::turn`] is the bookkeeping around one engine step that they
//!   share.
//! - [`config`] is the instance's `baken.toml` and its environment overrides.

pub mod campaign;
pub mod channels;
pub mod config;
pub mod content;
pub mod engine;
pub mod hours;
pub mod instance;
pub mod review;
pub mod serve;
pub mod stats;
pub mod store;
pub mod understand;

/// Escape text for HTML and XML content and attribute values: the Matrix HTML body, the web
/// page and the SVG chart all use this one.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// An error and its causes as one line, `outer: cause: cause`, leaving out a cause whose text
/// the line already ends with. Many errors here (and in the crates below) write their source
/// into their own message; printing the chain blindly showed an operator `No such file or
/// directory (os error 2): No such file or directory (os error 2)` (D19).
pub fn error_chain(e: &(dyn std::error::Error + 'static)) -> String {
    let mut line = e.to_string();
    let mut cause = e.source();
    while let Some(c) = cause {
        let text = c.to_string();
        if !text.is_empty() && !line.ends_with(&text) {
            line.push_str(": ");
            line.push_str(&text);
        }
        cause = c.source();
    }
    line
}

/// Text normalisation, where it lived before `understand` (kept for the fuzz targets and tests).
pub use understand::normalise as text;

pub use content::{Content, ContentError, ContentFiles, CrisisKind, Problem};
pub use engine::{Effect, Engine, Event, Outcome, Reply, Session};
pub use store::{KeyedHasher, MemoryStore, SessionKey, SessionStore, SledStore};

/// Load the content a configuration points to: the embedded content, with flows and/or locales
/// replaced by the configured directories, and the instance's overlay on top.
pub fn load_content(config: &config::Config) -> Result<Content, ContentError> {
    let mut files =
        ContentFiles::with_dirs(config.flows_dir.as_deref(), config.locales_dir.as_deref())?;
    if let Some(dir) = &config.instance_dir {
        files = files.with_instance(dir)?;
    }
    if let Some(enabled) = &config.locales {
        files.only_locales(enabled);
    }
    let mut content = Content::load(files)?;
    content.set_ttl_minutes(config.session_ttl_minutes);
    Ok(content)
}

/// The engine for a configuration: its content, default language, campaigns and opening hours.
pub fn engine_for(config: &config::Config, content: std::sync::Arc<Content>) -> Engine {
    let week = |w: &Option<config::WeekHours>| w.as_ref().and_then(|w| hours::Week::parse(w).ok());
    Engine::new(content, &config.default_locale)
        .with_campaigns(config.campaign.clone())
        .with_hours(week(&config.hours.vt_chat), week(&config.hours.local))
}

/// Libraries whose log lines can carry what Baken must never log: request URLs with the bot
/// token in them, chat, user and room ids, message bodies. They are silenced whatever level an
/// operator asks for; Baken's own log lines carry counts, latencies and failure reasons only.
pub const SILENCED_LOG_TARGETS: &[&str] = &[
    "teloxide",
    "teloxide_core",
    "reqwest",
    "hyper",
    "hyper_util",
    "h2",
    "rustls",
    "tower",
    "tower_http",
    "axum",
    "matrix_sdk",
    "matrix_sdk_base",
    "matrix_sdk_crypto",
    "matrix_sdk_sqlite",
    "matrix_sdk_common",
    "matrix_sdk_ui",
    "matrix_sdk_store_encryption",
    "ruma",
    "ruma_common",
    "ruma_events",
    "ruma_client_api",
    "vodozemac",
    "eyeball",
    "sled",
];

/// The log filter for an operator's wish (`info`, `debug`, `baken=trace`, …): their
/// directives for Baken itself, with every library in [`SILENCED_LOG_TARGETS`] turned off. A
/// directive naming a silenced library is dropped.
pub fn log_filter(wanted: &str) -> String {
    let mut parts: Vec<String> = wanted
        .split(',')
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .filter(|d| {
            let target = d.split(['=', '[']).next().unwrap_or("");
            !SILENCED_LOG_TARGETS
                .iter()
                .any(|t| target == *t || target.starts_with(&format!("{t}::")))
        })
        .map(String::from)
        .collect();
    parts.extend(SILENCED_LOG_TARGETS.iter().map(|t| format!("{t}=off")));
    parts.join(",")
}

#[cfg(test)]
mod tests {
    #[test]
    fn d19_os_error_text_is_printed_once() {
        let e = crate::store::StoreError::Io {
            path: "/tmp/x".into(),
            source: std::io::Error::from_raw_os_error(20),
        };
        let line = super::error_chain(&e);
        assert_eq!(line.matches("os error 20").count(), 1, "{line}");
        assert!(
            line.starts_with("session store: cannot prepare /tmp/x"),
            "{line}"
        );
        // A cause that is not in the message is still shown.
        let outer = anyhow::Error::new(std::io::Error::other("disk gone")).context("saving");
        assert_eq!(super::error_chain(outer.as_ref()), "saving: disk gone");
    }

    #[test]
    fn libraries_stay_silent_whatever_the_operator_asks() {
        let f = super::log_filter("trace,teloxide=trace,hyper::client=debug,baken=debug");
        assert!(f.starts_with("trace,baken=debug,"), "{f}");
        assert!(f.contains("teloxide=off") && f.contains("hyper=off"));
        assert!(!f.contains("teloxide=trace") && !f.contains("hyper::client=debug"));
        // and the result is a filter tracing accepts
        tracing_subscriber::EnvFilter::try_new(&f).unwrap();
    }
}
