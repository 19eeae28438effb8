//! `baken serve`: run the configured channels side by side until SIGINT or SIGTERM.
//!
//! Each channel runs under a supervisor: when its connection fails for good, the failure reason
//! is logged and the channel is started again after a back-off (1 s, doubling to 5 minutes;
//! reset after a run of 5 minutes). At shutdown the channels stop taking new updates, every
//! update already accepted is answered, and the session store is flushed.

use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::sync::watch;

use crate::config::Config;
use crate::engine::Engine;
use crate::store::{KeyedHasher, SessionStore};

/// A channel failure that retrying cannot mend (a revoked token, a wrong passphrase): the
/// supervisor stops that channel instead of restarting it forever.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Fatal(pub String);

/// A shutdown signal shared by every task of `baken serve`.
#[derive(Debug, Clone)]
pub struct Shutdown(watch::Receiver<bool>);

/// The sending half of [`Shutdown`].
#[derive(Debug)]
pub struct ShutdownTrigger(watch::Sender<bool>);

impl Shutdown {
    pub fn new() -> (ShutdownTrigger, Shutdown) {
        let (tx, rx) = watch::channel(false);
        (ShutdownTrigger(tx), Shutdown(rx))
    }
    pub fn is_set(&self) -> bool {
        *self.0.borrow()
    }
    /// Resolves when shutdown is requested.
    pub async fn wait(&self) {
        let mut rx = self.0.clone();
        let _ = rx.wait_for(|v| *v).await;
    }
    /// Sleep, but wake up early at shutdown. True if the whole time passed.
    pub async fn sleep(&self, d: Duration) -> bool {
        tokio::select! {
            _ = tokio::time::sleep(d) => true,
            _ = self.wait() => false,
        }
    }
}

impl ShutdownTrigger {
    pub fn trigger(&self) {
        let _ = self.0.send(true);
    }
}

/// How a supervisor restarts a failing channel.
#[derive(Debug, Clone, Copy)]
pub struct Restart {
    pub first: Duration,
    pub max: Duration,
    /// A run this long counts as healthy: the next failure starts at `first` again.
    pub healthy_after: Duration,
}

impl Default for Restart {
    fn default() -> Self {
        Restart {
            first: Duration::from_secs(1),
            max: Duration::from_secs(300),
            healthy_after: Duration::from_secs(300),
        }
    }
}

/// Run `run` until it returns `Ok` or shutdown is requested; restart it with back-off after
/// each `Err`. An error that is [`Fatal`] (a revoked token, a wrong passphrase) is not
/// retried: it is logged and returned, so that `baken serve` can exit non-zero (D9, Matrix D7).
pub async fn supervise<F, Fut>(
    name: &'static str,
    shutdown: &Shutdown,
    restart: Restart,
    mut run: F,
) -> Result<(), Fatal>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = anyhow::Result<()>>,
{
    let mut wait = restart.first;
    let mut restarts: u64 = 0;
    loop {
        let started = Instant::now();
        let result = run().await;
        if shutdown.is_set() {
            return Ok(());
        }
        match result {
            Ok(()) => return Ok(()),
            Err(e) if e.is::<Fatal>() => {
                tracing::error!(channel = name, reason = %e, "channel stopped: this does not mend by retrying");
                return Err(e.downcast::<Fatal>().expect("checked"));
            }
            Err(e) => {
                if started.elapsed() >= restart.healthy_after {
                    wait = restart.first;
                }
                restarts += 1;
                tracing::error!(
                    channel = name,
                    reason = %e,
                    restarts,
                    wait_s = wait.as_secs_f32(),
                    "channel failed; restarting"
                );
                if !shutdown.sleep(wait).await {
                    return Ok(());
                }
                wait = (wait * 2).min(restart.max);
            }
        }
    }
}

/// Everything a running instance shares between channels.
pub struct Instance {
    pub config: Config,
    pub engine: Engine,
    pub store: Arc<dyn SessionStore>,
    pub hasher: Arc<KeyedHasher>,
    /// Anonymous reach counters, if kept.
    pub reach: Option<Arc<crate::stats::Stats>>,
}

/// Run every configured channel until `shutdown`, then drain and flush. Errors only when no
/// channel is configured; channel failures are supervised, not returned.
pub async fn run(
    instance: Instance,
    env: impl Fn(&str) -> Option<String>,
    shutdown: Shutdown,
    restart: Restart,
) -> anyhow::Result<()> {
    refuse_channels_not_built(&instance.config, &env)?;
    #[cfg(not(any(feature = "telegram", feature = "matrix")))]
    let _ = restart;
    // Matrix runs beside Telegram, under its own supervisor (feature `matrix`).
    #[cfg(feature = "matrix")]
    let matrix =
        crate::matrix::MatrixOptions::from_config(&instance.config, &env)?.map(|mut options| {
            options.reach = instance.reach.clone();
            spawn_matrix(options, &instance, &shutdown, restart)
        });
    #[cfg(not(feature = "matrix"))]
    let matrix: Option<tokio::task::JoinHandle<Result<(), Fatal>>> = None;
    // The web chat runs beside them too; from here on `matrix` stands for both.
    #[cfg(feature = "web")]
    let matrix = beside(matrix, spawn_web(&instance, &shutdown, restart)?);

    let snapshots = spawn_snapshots(&instance, &shutdown);
    #[cfg(feature = "telegram")]
    if let Some(options) = crate::telegram::TelegramOptions::from_config(&instance.config, &env)? {
        let sweeper = spawn_sweeper(instance.store.clone(), &shutdown);
        let result = serve_telegram(options, instance, matrix, shutdown.clone(), restart).await;
        sweeper.abort();
        let _ = sweeper.await;
        stop_snapshots(snapshots, &shutdown).await;
        return result;
    }
    let Some(matrix) = matrix else {
        if HOW_TO_CONFIGURE.is_empty() {
            anyhow::bail!("{BUILT_WITHOUT_CHANNELS}");
        }
        anyhow::bail!("no channel configured: {}", HOW_TO_CONFIGURE.join("; or "));
    };
    tracing::info!(instance = %instance.config.instance_name, "serving");
    let sweeper = spawn_sweeper(instance.store.clone(), &shutdown);
    let result = matrix.await;
    sweeper.abort();
    let _ = sweeper.await;
    stop_snapshots(snapshots, &shutdown).await;
    instance.store.flush()?;
    tracing::info!("stopped; session store flushed");
    match result {
        // The only channel cannot run: exit non-zero so that a supervisor notices.
        Ok(Err(fatal)) => Err(anyhow::anyhow!("matrix: {fatal}")),
        _ => Ok(()),
    }
}

/// Run the web chat under a supervisor until `shutdown`, if `[web] listen` is set.
#[cfg(feature = "web")]
fn spawn_web(
    instance: &Instance,
    shutdown: &Shutdown,
    restart: Restart,
) -> anyhow::Result<Option<tokio::task::JoinHandle<Result<(), Fatal>>>> {
    let Some(options) = crate::web::WebOptions::from_config(&instance.config)? else {
        return Ok(None);
    };
    let web = crate::web::Web::new(
        options,
        instance.engine.clone(),
        instance.store.clone(),
        instance.hasher.clone(),
        instance.reach.clone(),
    );
    let shutdown = shutdown.clone();
    Ok(Some(tokio::spawn(async move {
        supervise("web", &shutdown, restart, || web.run(&shutdown)).await;
        Ok(())
    })))
}

/// One handle that finishes when both channels running beside Telegram have finished.
#[cfg(feature = "web")]
fn beside(
    a: Option<tokio::task::JoinHandle<Result<(), Fatal>>>,
    b: Option<tokio::task::JoinHandle<Result<(), Fatal>>>,
) -> Option<tokio::task::JoinHandle<Result<(), Fatal>>> {
    match (a, b) {
        (Some(a), Some(b)) => Some(tokio::spawn(async move {
            let first = a.await;
            let second = b.await;
            match (first, second) {
                (Ok(Err(fatal)), _) | (_, Ok(Err(fatal))) => Err(fatal),
                _ => Ok(()),
            }
        })),
        (a, b) => a.or(b),
    }
}

/// While serving, write the statistics snapshot that `baken stats` reads (it cannot open the
/// database this process holds; D1): at start, within [`SNAPSHOT_EVERY`] of every change,
/// and once more at shutdown.
fn spawn_snapshots(instance: &Instance, shutdown: &Shutdown) -> tokio::task::JoinHandle<()> {
    let reach = instance.reach.clone();
    let dir = instance.config.data_dir();
    let shutdown = shutdown.clone();
    tokio::spawn(async move {
        let Some(reach) = reach else {
            return;
        };
        let mut warned = false;
        let mut written = None;
        loop {
            let changes = reach.changes();
            if written != Some(changes) {
                match reach.write_snapshot(&dir) {
                    Ok(()) => written = Some(changes),
                    Err(e) if !warned => {
                        warned = true;
                        tracing::warn!(error = %e, "statistics snapshot not written");
                    }
                    Err(_) => {}
                }
            }
            if !shutdown.sleep(SNAPSHOT_EVERY).await {
                let _ = reach.write_snapshot(&dir);
                return;
            }
        }
    })
}

/// Wait for the snapshot task: at shutdown it writes a last snapshot and ends by itself; when
/// a channel failed for good (no shutdown), it is stopped.
async fn stop_snapshots(task: tokio::task::JoinHandle<()>, shutdown: &Shutdown) {
    if !shutdown.is_set() {
        task.abort();
    }
    let _ = task.await;
}

/// How often a running `baken serve` looks whether its statistics changed, and then writes
/// the snapshot: the delay of a live report.
pub const SNAPSHOT_EVERY: Duration = Duration::from_secs(2);

/// Forget expired sessions every minute until `shutdown`, whatever channels run.
fn spawn_sweeper(store: Arc<dyn SessionStore>, shutdown: &Shutdown) -> tokio::task::JoinHandle<()> {
    let shutdown = shutdown.clone();
    tokio::spawn(async move {
        while shutdown.sleep(Duration::from_secs(60)).await {
            let swept = store.sweep(crate::store::now()).unwrap_or(0);
            tracing::info!(sessions = store.len(), swept, "session store");
        }
    })
}

/// What `baken serve` says when a channel it was not built with is configured (or none was
/// built at all). The default build has no channels so that `cargo run -- chat` is ready in
/// about a minute; operators build with `--features full`.
pub const BUILT_WITHOUT_CHANNELS: &str = "built without Telegram/Matrix: rebuild with `--features full` (e.g. `cargo install --path . --features full`)";

/// Refuse to start when the configuration or environment asks for a channel this binary was
/// built without: quietly serving only the other channel (or nothing) would leave people
/// writing to a bot that never answers.
pub fn refuse_channels_not_built(
    config: &Config,
    env: &impl Fn(&str) -> Option<String>,
) -> anyhow::Result<()> {
    let built = Built {
        telegram: cfg!(feature = "telegram"),
        matrix: cfg!(feature = "matrix"),
    };
    let mut missing = channels_not_built(config, env, built);
    let web = config.web.as_ref();
    if !cfg!(feature = "web") && web.is_some_and(|w| w.enabled != Some(false) && w.listen.is_some())
    {
        missing.push("the web chat");
    }
    if missing.is_empty() {
        return Ok(());
    }
    anyhow::bail!(
        "{} is configured, but this baken was {BUILT_WITHOUT_CHANNELS}",
        missing.join(" and ")
    )
}

/// Which channels a binary was built with.
#[derive(Debug, Clone, Copy)]
pub struct Built {
    pub telegram: bool,
    pub matrix: bool,
}

/// The channels that are configured (a section not switched off, or the environment variable
/// that starts them) but not built in.
pub fn channels_not_built(
    config: &Config,
    env: &impl Fn(&str) -> Option<String>,
    built: Built,
) -> Vec<&'static str> {
    let wanted = |section: Option<Option<bool>>, var: &str| match section {
        Some(Some(false)) => false,
        Some(_) => true,
        None => env(var).is_some_and(|v| !v.trim().is_empty()),
    };
    let mut missing = Vec::new();
    let telegram = config.telegram.as_ref().map(|t| t.enabled);
    if !built.telegram && wanted(telegram, "TELOXIDE_TOKEN") {
        missing.push("Telegram");
    }
    let matrix = config.matrix.as_ref().map(|m| m.enabled);
    if !built.matrix && wanted(matrix, "BAKEN_MATRIX_HOMESERVER") {
        missing.push("Matrix");
    }
    missing
}

/// What `baken serve` says when no channel is configured: one line per channel built in.
const HOW_TO_CONFIGURE: &[&str] = &[
    #[cfg(feature = "telegram")]
    "set TELOXIDE_TOKEN (a token from Telegram's @BotFather) or add a [telegram] section to baken.toml",
    #[cfg(feature = "web")]
    "set BAKEN_WEB_LISTEN (e.g. 127.0.0.1:8080) or `listen` in a [web] section for the web chat",
    #[cfg(feature = "matrix")]
    "set BAKEN_MATRIX_HOMESERVER, BAKEN_MATRIX_USER, BAKEN_MATRIX_PASSWORD and BAKEN_MATRIX_STORE_PASSPHRASE (or add a [matrix] section)",
];

/// Telegram, with Matrix beside it if configured.
#[cfg(feature = "telegram")]
async fn serve_telegram(
    options: crate::telegram::TelegramOptions,
    instance: Instance,
    matrix: Option<tokio::task::JoinHandle<Result<(), Fatal>>>,
    shutdown: Shutdown,
    restart: Restart,
) -> anyhow::Result<()> {
    let mut telegram = crate::telegram::Telegram::new(
        options,
        instance.engine.clone(),
        instance.store.clone(),
        instance.hasher.clone(),
    );
    if let Some(reach) = &instance.reach {
        telegram = telegram.with_reach_stats(reach.clone());
    }
    tracing::info!(instance = %instance.config.instance_name, "serving");
    let store = instance.store.clone();
    let result = run_telegram(telegram, instance.store, shutdown, restart).await;
    if let Some(matrix) = matrix {
        // Telegram failing for good does not stop Matrix: it runs on until shutdown.
        let _ = matrix.await;
        store.flush()?;
        return Ok(());
    }
    result
}

/// Run the Matrix channel under a supervisor until `shutdown` (it answers what it accepted
/// before it returns).
#[cfg(feature = "matrix")]
fn spawn_matrix(
    options: crate::matrix::MatrixOptions,
    instance: &Instance,
    shutdown: &Shutdown,
    restart: Restart,
) -> tokio::task::JoinHandle<Result<(), Fatal>> {
    let engine = instance.engine.clone();
    let store = instance.store.clone();
    let hasher = instance.hasher.clone();
    let shutdown = shutdown.clone();
    tokio::spawn(async move {
        supervise("matrix", &shutdown, restart, || {
            crate::matrix::run(
                options.clone(),
                engine.clone(),
                store.clone(),
                hasher.clone(),
                shutdown.wait(),
            )
        })
        .await
    })
}

/// Run one Telegram channel under a supervisor until `shutdown`; then answer what was
/// accepted and flush the store.
#[cfg(feature = "telegram")]
pub async fn run_telegram(
    telegram: crate::telegram::Telegram,
    store: Arc<dyn SessionStore>,
    shutdown: Shutdown,
    restart: Restart,
) -> anyhow::Result<()> {
    let mut tasks = tokio::task::JoinSet::new();
    let mut supervisor = {
        let telegram = telegram.clone();
        let shutdown = shutdown.clone();
        tokio::spawn(async move {
            supervise("telegram", &shutdown, restart, || telegram.run(&shutdown)).await
        })
    };
    {
        // Counts for the operator (expired sessions are swept by `run`).
        let store = store.clone();
        let telegram = telegram.clone();
        let shutdown = shutdown.clone();
        tasks.spawn(async move {
            while shutdown.sleep(Duration::from_secs(60)).await {
                let s = telegram.stats();
                use crate::telegram::Stats;
                let handled = Stats::get(&s.handled);
                tracing::info!(
                    channel = "telegram",
                    updates = Stats::get(&s.updates),
                    handled,
                    sent = Stats::get(&s.sent),
                    deleted = Stats::get(&s.deleted),
                    retries = Stats::get(&s.retries),
                    failures = Stats::get(&s.failures),
                    median_latency_ms = s
                        .median_latency()
                        .map(|d| d.as_millis() as u64)
                        .unwrap_or(0),
                    sessions = store.len(),
                    "stats"
                );
            }
        });
    }
    let fatal = tokio::select! {
        _ = shutdown.wait() => supervisor.await.ok().and_then(Result::err),
        r = &mut supervisor => r.ok().and_then(Result::err),
    };
    let pending = telegram.pending();
    tracing::info!(pending, "shutting down: answering accepted updates");
    tasks.abort_all();
    while tasks.join_next().await.is_some() {}
    // Replies in flight get a bounded time; a stuck network must not hang a deploy forever.
    if tokio::time::timeout(Duration::from_secs(30), telegram.drain())
        .await
        .is_err()
    {
        tracing::error!(
            unanswered = telegram.pending(),
            "shutdown: updates left unanswered after 30 s"
        );
    }
    store.flush()?;
    tracing::info!("stopped; session store flushed");
    match fatal {
        Some(fatal) => Err(anyhow::anyhow!("telegram: {fatal}")),
        None => Ok(()),
    }
}

/// Resolves at the first SIGINT (Ctrl-C), SIGTERM or SIGHUP. SIGHUP (a closed terminal, some
/// supervisors' reload) drains like SIGTERM instead of killing the process with replies in
/// flight (I7).
pub async fn signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let mut term = signal(SignalKind::terminate()).expect("SIGTERM handler");
        let mut hup = signal(SignalKind::hangup()).expect("SIGHUP handler");
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = term.recv() => {}
            _ = hup.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

/// Crisis words are looked for in the whole message, however long. The engine reads only the
/// first [`crate::text::MAX_MESSAGE_CHARS`] characters (routing needs no more, and it bounds
/// the work per message), so a channel hands over, for a longer message, the first window that
/// holds a crisis sentence instead (Matrix D5: a crisis after 4,096 characters got no 112).
/// Windows overlap by [`CRISIS_OVERLAP`] characters so a sentence on a border is seen whole.
/// Without a crisis anywhere the message is returned as it is.
pub fn crisis_window(engine: &Engine, text: &str) -> String {
    use crate::text::MAX_MESSAGE_CHARS;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    if chars.len() <= MAX_MESSAGE_CHARS {
        return text.to_string();
    }
    let step = MAX_MESSAGE_CHARS - CRISIS_OVERLAP;
    let mut start = 0;
    while start < chars.len() {
        let end = (start + MAX_MESSAGE_CHARS).min(chars.len());
        let from = chars[start].0;
        let to = chars.get(end).map(|c| c.0).unwrap_or(text.len());
        let window = &text[from..to];
        if has_crisis(engine, window) {
            return window.to_string();
        }
        if end == chars.len() {
            break;
        }
        start += step;
    }
    text.to_string()
}

/// How far the windows of [`crisis_window`] overlap, in characters: longer than any crisis
/// sentence the patterns describe.
pub const CRISIS_OVERLAP: usize = 512;

/// Whether a text (read as the engine reads it) holds crisis words.
pub fn has_crisis(engine: &Engine, text: &str) -> bool {
    !engine.content().detect_crisis(text).is_empty()
}

/// The flood limit for turns that leave no session (a sticker, an emoji, `stop` from a chat
/// that has no conversation): the engine counts messages in the session, so without one it
/// cannot count (D3: 2,000 stickers got 2,000 replies). Per keyed chat, at most
/// [`crate::engine::FLOOD_LIMIT`] such turns are answered per
/// [`crate::engine::FLOOD_WINDOW_SECS`]; the rest get no reply. Memory only, keyed hashes only.
#[derive(Debug)]
pub struct SessionlessGate {
    limit: u32,
    window: u64,
    windows: std::sync::Mutex<std::collections::HashMap<crate::store::SessionKey, (u64, u32)>>,
}

impl Default for SessionlessGate {
    fn default() -> Self {
        SessionlessGate::new(crate::engine::FLOOD_LIMIT, crate::engine::FLOOD_WINDOW_SECS)
    }
}

impl SessionlessGate {
    /// At most `limit` per key in a window of `window` seconds (also used for invites per
    /// inviter on Matrix).
    pub fn new(limit: u32, window: u64) -> Self {
        SessionlessGate {
            limit,
            window,
            windows: Default::default(),
        }
    }

    /// Count one turn at `now`; true when it may be answered.
    pub fn allow(&self, key: &crate::store::SessionKey, now: u64) -> bool {
        let mut w = self.windows.lock().unwrap_or_else(|e| e.into_inner());
        if w.len() > 100_000 {
            w.retain(|_, (start, _)| now.saturating_sub(*start) < self.window);
        }
        let entry = w.entry(*key).or_insert((now, 0));
        if now.saturating_sub(entry.0) >= self.window {
            *entry = (now, 0);
        }
        entry.1 = entry.1.saturating_add(1);
        entry.1 <= self.limit
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NONE: Built = Built {
        telegram: false,
        matrix: false,
    };

    #[test]
    fn a_channel_configured_but_not_built_is_named() {
        let config = Config::default();
        let token = |k: &str| (k == "TELOXIDE_TOKEN").then(|| "1:AA".to_string());
        assert_eq!(channels_not_built(&config, &token, NONE), ["Telegram"]);
        let both = |k: &str| {
            matches!(k, "TELOXIDE_TOKEN" | "BAKEN_MATRIX_HOMESERVER").then(|| "x".to_string())
        };
        assert_eq!(
            channels_not_built(&config, &both, NONE),
            ["Telegram", "Matrix"]
        );
        let built = Built {
            telegram: true,
            matrix: true,
        };
        assert!(channels_not_built(&config, &both, built).is_empty());
        // Nothing configured: nothing missing (`serve` then says no channel is configured).
        assert!(channels_not_built(&config, &|_: &str| None, NONE).is_empty());
    }

    #[test]
    fn a_section_switched_off_is_not_missing() {
        let config = Config::parse(
            "[telegram]\nenabled = false\n[matrix]\nhomeserver = \"https://m.example\"\n",
            "baken.toml",
        )
        .unwrap();
        let token = |k: &str| (k == "TELOXIDE_TOKEN").then(|| "1:AA".to_string());
        assert_eq!(channels_not_built(&config, &token, NONE), ["Matrix"]);
    }

    fn engine() -> Engine {
        Engine::new(
            Arc::new(crate::Content::embedded().expect("shipped content loads")),
            "nl",
        )
    }

    /// Matrix D5 / I4: a crisis sentence anywhere in a long message, also across the border
    /// of two windows, is found; without one the message is left as it is.
    #[test]
    fn d5_crisis_after_4096_characters_is_found() {
        let engine = engine();
        let crisis = "hij gaat me vermoorden";
        for filler in [4_090, 4_096, 3_584 + 4_080, 60_000] {
            let text = "a".repeat(filler) + " " + crisis;
            let window = crisis_window(&engine, &text);
            assert!(has_crisis(&engine, &window), "filler {filler}");
            assert!(window.chars().count() <= crate::text::MAX_MESSAGE_CHARS);
        }
        let calm = "Ik wil iets vertellen. ".repeat(400);
        assert_eq!(crisis_window(&engine, &calm), calm);
    }
}
