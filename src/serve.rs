//! `baken serve`: run the configured channels side by side until SIGINT or SIGTERM.
//!
//! Each channel runs under a supervisor: when its connection fails for good, the failure reason
//! is logged and the channel is started again after a back-off (1 s, doubling to 5 minutes;
//! reset after a run of 5 minutes). At shutdown the channels stop taking new updates, every
//! update already accepted is answered, and the session store is flushed.

use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::config::Config;
use crate::engine::Engine;
use crate::store::{KeyedHasher, SessionStore};

// Defined with the channels (which must not import `serve`); kept here under their old names.
pub use crate::channels::turn::{crisis_window, has_crisis};
pub use crate::channels::{Fatal, Shutdown, ShutdownTrigger};

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
    let matrix = crate::channels::matrix::MatrixOptions::from_config(&instance.config, &env)?.map(
        |mut options| {
            options.reach = instance.reach.clone();
            spawn_matrix(options, &instance, &shutdown, restart)
        },
    );
    #[cfg(not(feature = "matrix"))]
    let matrix: Option<tokio::task::JoinHandle<Result<(), Fatal>>> = None;
    // The web chat runs beside them too; from here on `matrix` stands for both.
    #[cfg(feature = "web")]
    let matrix = beside(matrix, spawn_web(&instance, &shutdown, restart)?);

    let snapshots = spawn_snapshots(&instance, &shutdown);
    #[cfg(feature = "telegram")]
    if let Some(options) =
        crate::channels::telegram::TelegramOptions::from_config(&instance.config, &env)?
    {
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
    let Some(options) = crate::channels::web::WebOptions::from_config(&instance.config)? else {
        return Ok(None);
    };
    let web = crate::channels::web::Web::new(
        options,
        instance.engine.clone(),
        instance.store.clone(),
        instance.hasher.clone(),
        instance.reach.clone(),
    );
    let shutdown = shutdown.clone();
    Ok(Some(tokio::spawn(async move {
        supervise("web", &shutdown, restart, || web.run(&shutdown)).await
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
    options: crate::channels::telegram::TelegramOptions,
    instance: Instance,
    matrix: Option<tokio::task::JoinHandle<Result<(), Fatal>>>,
    shutdown: Shutdown,
    restart: Restart,
) -> anyhow::Result<()> {
    let mut telegram = crate::channels::telegram::Telegram::new(
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
    options: crate::channels::matrix::MatrixOptions,
    instance: &Instance,
    shutdown: &Shutdown,
    restart: Restart,
) -> tokio::task::JoinHandle<Result<(), Fatal>> {
    let engine = instance.engine.clone();
    let store = instance.store.clone();
    let hasher = instance.hasher.clone();
    let shutdown = shutdown.clone();
    tokio::spawn(async move {
        supervise("matrix", &shutdown, restart, || async {
            // Logging in and the first sync accept nothing yet: at shutdown they are simply
            // left, instead of waiting on a homeserver that does not answer.
            let matrix = tokio::select! {
                m = crate::channels::matrix::Matrix::connect(
                    &options,
                    engine.clone(),
                    store.clone(),
                    hasher.clone(),
                ) => m?,
                _ = shutdown.wait() => return Ok(()),
            };
            matrix.run(shutdown.wait()).await
        })
        .await
    })
}

/// Run one Telegram channel under a supervisor until `shutdown`; then answer what was
/// accepted and flush the store.
#[cfg(feature = "telegram")]
pub async fn run_telegram(
    telegram: crate::channels::telegram::Telegram,
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
                use crate::channels::telegram::Stats;
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
    // From the shutdown on, everything below shares one deadline: a getMe or a poll stuck on a
    // dead network is given up, and accepted updates are answered while the network lets them.
    let (fatal, deadline) = tokio::select! {
        r = &mut supervisor => (r.ok().and_then(Result::err), tokio::time::Instant::now() + DRAIN_GRACE),
        _ = shutdown.wait() => {
            let deadline = tokio::time::Instant::now() + DRAIN_GRACE;
            // Retries waiting on the Bot API wake up now, while the supervisor is waited for.
            telegram.stop_by(deadline);
            let fatal = match tokio::time::timeout_at(deadline, &mut supervisor).await {
                Ok(r) => r.ok().and_then(Result::err),
                Err(_) => {
                    supervisor.abort();
                    None
                }
            };
            (fatal, deadline)
        }
    };
    // Retries still waiting on the Bot API fit themselves into the drain (set above when a
    // signal came first).
    telegram.stop_by(deadline);
    let pending = telegram.pending();
    tracing::info!(pending, "shutting down: answering accepted updates");
    tasks.abort_all();
    while tasks.join_next().await.is_some() {}
    // Replies in flight get a bounded time; a stuck network must not hang a deploy.
    if tokio::time::timeout_at(deadline, telegram.drain())
        .await
        .is_err()
    {
        tracing::error!(
            unanswered = telegram.pending(),
            grace_s = DRAIN_GRACE.as_secs_f32(),
            "shutdown: updates left unanswered (the network did not let them through in time)"
        );
    }
    {
        use crate::channels::telegram::Stats;
        let given_up = Stats::get(&telegram.stats().given_up_at_stop);
        if given_up > 0 {
            tracing::warn!(
                given_up,
                "shutdown: ordinary replies not sent (the Bot API asked to wait past the stop)"
            );
        }
    }
    store.flush()?;
    tracing::info!("stopped; session store flushed");
    match fatal {
        Some(fatal) => Err(anyhow::anyhow!("telegram: {fatal}")),
        None => Ok(()),
    }
}

/// How long `baken serve` gives its channels after the first SIGINT, SIGTERM or SIGHUP to
/// answer what they accepted. After it the process stops whatever the network does: a deploy
/// or a Ctrl-C must not wait a minute for a homeserver or Bot API that does not answer
/// (issue 16: Telegram took 61 s, Matrix 65 s + 23–44 s). Within it, the session store is
/// flushed and the runtime gets [`RUNTIME_STOP`]: the whole stop stays under 5 s.
pub const SHUTDOWN_GRACE: Duration = Duration::from_millis(3_500);

/// How long the channels' own drain (answering accepted updates) may take: less than
/// [`SHUTDOWN_GRACE`], so that a channel still says itself what it left unanswered.
pub const DRAIN_GRACE: Duration = Duration::from_secs(3);

/// How long the runtime may take at the very end to drop tasks still waiting on the network
/// (and blocking work such as a DNS lookup) before the process exits regardless.
pub const RUNTIME_STOP: Duration = Duration::from_millis(500);

/// The operator's stop signals (SIGINT, SIGTERM, SIGHUP), registered once for the whole run so
/// that a second signal is never lost between two waits. SIGHUP (a closed terminal, some
/// supervisors' reload) drains like SIGTERM instead of killing the process with replies in
/// flight (I7). Must be created inside the runtime, before anything that can be interrupted
/// starts: from then on the signals no longer kill the process.
pub struct Signals {
    #[cfg(unix)]
    signals: [tokio::signal::unix::Signal; 3],
}

impl Signals {
    pub fn new() -> std::io::Result<Signals> {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            Ok(Signals {
                signals: [
                    signal(SignalKind::interrupt())?,
                    signal(SignalKind::terminate())?,
                    signal(SignalKind::hangup())?,
                ],
            })
        }
        #[cfg(not(unix))]
        Ok(Signals {})
    }

    /// The next stop signal's name (`SIGINT`, `SIGTERM`, `SIGHUP`).
    pub async fn recv(&mut self) -> &'static str {
        #[cfg(unix)]
        {
            let [int, term, hup] = &mut self.signals;
            tokio::select! {
                _ = int.recv() => "SIGINT",
                _ = term.recv() => "SIGTERM",
                _ = hup.recv() => "SIGHUP",
            }
        }
        #[cfg(not(unix))]
        {
            let _ = tokio::signal::ctrl_c().await;
            "SIGINT"
        }
    }
}

/// How a `baken serve` run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stopped {
    /// Every channel finished (drained) on its own.
    Drained,
    /// [`SHUTDOWN_GRACE`] passed with a channel still waiting on the network: stopped anyway,
    /// the session store flushed.
    GraceOver,
    /// A second signal: stopped at once, nothing more waited for.
    Forced,
}

/// [`run`] until the first stop signal, then give the channels [`SHUTDOWN_GRACE`] to drain. A
/// second signal ends it at once. The caller then stops the runtime with [`RUNTIME_STOP`].
pub async fn run_until_signalled(
    instance: Instance,
    env: impl Fn(&str) -> Option<String>,
    restart: Restart,
    mut signals: Signals,
) -> anyhow::Result<Stopped> {
    let (trigger, shutdown) = Shutdown::new();
    let store = instance.store.clone();
    let run = run(instance, env, shutdown.clone(), restart);
    tokio::pin!(run);
    let name = tokio::select! {
        r = &mut run => return r.map(|()| Stopped::Drained),
        name = signals.recv() => name,
    };
    tracing::info!(
        signal = name,
        grace_s = SHUTDOWN_GRACE.as_secs_f32(),
        "stopping: answering what was accepted (a second Ctrl-C stops at once)"
    );
    trigger.trigger();
    tokio::select! {
        r = &mut run => r.map(|()| Stopped::Drained),
        _ = tokio::time::sleep(SHUTDOWN_GRACE) => {
            tracing::error!(
                grace_s = SHUTDOWN_GRACE.as_secs_f32(),
                "stopping: a channel was still waiting on the network; what it had not sent is dropped"
            );
            store.flush()?;
            tracing::info!("stopped; session store flushed");
            Ok(Stopped::GraceOver)
        }
        name = signals.recv() => {
            tracing::warn!(signal = name, "second signal: stopping at once");
            Ok(Stopped::Forced)
        }
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
