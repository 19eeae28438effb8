//! The Telegram channel (feature `telegram`): Bot API updates in, engine events out, replies
//! back as Telegram messages. Like every channel it only translates; the conversation is the
//! engine's.
//!
//! - **Updates** come by long polling (`getUpdates`) or, as an option, by webhook. Each accepted
//!   update goes to a per-chat queue: one chat's messages are handled in order, different chats
//!   concurrently. The polling offset only moves past an update once it has been answered (a
//!   kill -9 loses nothing: Telegram sends the unanswered updates again), recent update ids are
//!   remembered so a resent update is answered once, and at shutdown every queued update is
//!   answered before the process exits. The promise is at-least-once: an update answered just
//!   before a hard kill may be answered a second time after the restart.
//! - **Bad updates**: one that cannot be read is skipped and counted; the rest of its batch is
//!   answered.
//! - **Text** → [`Event::Text`]; `/start PAYLOAD` → [`Event::Start`] (the deep link); other
//!   `/commands` → their word as text (the engine knows `menu`, `hulp`, `wis`, …); a tapped
//!   button → [`Event::Choose`]; a photo, voice note, sticker, location… → [`Event::NonText`]
//!   (never downloaded).
//! - **Replies** are HTML with every value escaped, options as inline buttons (callback data
//!   `INDEX:NODE`), links as URL buttons, sent without sound (`disable_notification`) unless
//!   configured otherwise. The keyboard of a tapped message is removed.
//! - **Erase** deletes every message id the session recorded (the bot's and the person's), then
//!   says how to delete the chat itself.
//! - **Groups and channels**: said once that Baken only works in a private chat, then left.
//! - **Faults**: HTTP 429 waits `retry_after`; network errors and 5xx back off and retry; a reply
//!   that still fails is counted and logged by reason, never silently dropped.
//!
//! Logs carry counts, latencies and failure reasons only: never text, ids, names or the token.

use std::collections::{HashMap, HashSet, VecDeque};
use std::future::Future;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use teloxide::ApiError;
use teloxide::RequestError;
use teloxide::payloads::{
    DeleteWebhookSetters, SendMessageSetters, SetMyCommandsSetters, SetWebhookSetters,
};
use teloxide::requests::{Request, Requester};
use teloxide::types::{
    AllowedUpdate, BotCommand, CallbackQuery, ChatId, InlineKeyboardButton, InlineKeyboardMarkup,
    LinkPreviewOptions, Message, MessageId, MessageKind, ParseMode, Update, UpdateKind,
};
use teloxide::{Bot, utils::html};
use tokio::sync::Notify;

use crate::channels::turn::{SessionlessGate, Turn, has_crisis};
use crate::channels::{Fatal, Shutdown};
use crate::config::Config;
use crate::engine::{Engine, Event, Reply};
use crate::store::{KeyedHasher, SessionStore};

/// The channel name in session keys.
const CHANNEL: &str = "telegram";
/// Telegram's limit for `deleteMessages`.
const DELETE_BATCH: usize = 100;
/// Telegram's limit for callback data, in bytes (`baken check` keeps node ids within it).
const MAX_CALLBACK_DATA: usize = crate::content::BUTTON_DATA_LIMIT;

/// How the Telegram channel runs: resolved from `baken.toml` and the environment.
#[derive(Clone)]
pub struct TelegramOptions {
    pub token: String,
    /// The Bot API address (`None`: Telegram's).
    pub api_url: Option<url::Url>,
    /// `disable_notification` on every message.
    pub silent: bool,
    /// `protect_content` on every message.
    pub protect_content: bool,
    /// Long-polling timeout.
    pub poll_timeout: Duration,
    /// Webhook mode instead of long polling.
    pub webhook: Option<Webhook>,
    /// The first wait after a failed call; doubles per attempt up to `max_backoff`.
    pub backoff: Duration,
    pub max_backoff: Duration,
    /// Attempts per call before a failure is given up (and counted).
    pub max_attempts: u32,
}

impl std::fmt::Debug for TelegramOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TelegramOptions")
            .field("token", &"…")
            .field("api_url", &self.api_url.as_ref().map(|u| u.as_str()))
            .field("silent", &self.silent)
            .field("protect_content", &self.protect_content)
            .field("poll_timeout", &self.poll_timeout)
            .field("webhook", &self.webhook)
            .finish()
    }
}

/// Webhook mode: Telegram posts updates to `url`; Baken listens on `listen` (behind a TLS
/// proxy) and checks Telegram's secret header.
#[derive(Debug, Clone)]
pub struct Webhook {
    pub url: url::Url,
    pub listen: std::net::SocketAddr,
}

impl TelegramOptions {
    /// Options with defaults for a token (and an API address, e.g. a test server).
    pub fn new(token: impl Into<String>, api_url: Option<url::Url>) -> Self {
        TelegramOptions {
            token: token.into(),
            api_url,
            silent: true,
            protect_content: false,
            poll_timeout: Duration::from_secs(25),
            webhook: None,
            backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(60),
            max_attempts: 8,
        }
    }

    /// The channel's options from the configuration and an environment lookup
    /// (`TELOXIDE_TOKEN`, `TELOXIDE_API_URL`). `Ok(None)`: the channel is not configured.
    pub fn from_config(
        config: &Config,
        env: impl Fn(&str) -> Option<String>,
    ) -> anyhow::Result<Option<Self>> {
        let section = config.telegram.clone().unwrap_or_default();
        if section.enabled == Some(false) {
            return Ok(None);
        }
        let token = match env("TELOXIDE_TOKEN").filter(|t| !t.trim().is_empty()) {
            Some(t) => Some(t),
            None => match &section.token_file {
                Some(path) => Some(read_token_file(path)?),
                None => section.token.clone(),
            },
        };
        let Some(token) = token.map(|t| t.trim().to_string()) else {
            if config.telegram.is_some() && section.enabled == Some(true) {
                anyhow::bail!(
                    "telegram is enabled but has no token: set TELOXIDE_TOKEN, telegram.token_file or telegram.token"
                );
            }
            return Ok(None);
        };
        if token.is_empty() || token.chars().any(|c| c.is_whitespace() || c == '/') {
            // Do not echo the value: it is a secret even when malformed.
            anyhow::bail!(
                "the Telegram token is malformed (expected digits:letters from BotFather)"
            );
        }
        let api_url = match env("TELOXIDE_API_URL").or(section.api_url.clone()) {
            Some(u) => Some(
                url::Url::parse(&u)
                    .map_err(|e| anyhow::anyhow!("the Telegram API URL is not a URL: {e}"))?,
            ),
            None => None,
        };
        let mut options = TelegramOptions::new(token, api_url);
        options.silent = section.silent.unwrap_or(true);
        options.protect_content = section.protect_content.unwrap_or(false);
        if let Some(secs) = section.poll_timeout_secs {
            options.poll_timeout = Duration::from_secs(secs);
        }
        if let Some(u) = &section.webhook_url {
            let url = url::Url::parse(u)
                .map_err(|e| anyhow::anyhow!("telegram.webhook_url is not a URL: {e}"))?;
            let listen = section
                .webhook_listen
                .as_deref()
                .unwrap_or("127.0.0.1:8443")
                .parse()
                .map_err(|e| anyhow::anyhow!("telegram.webhook_listen: {e}"))?;
            options.webhook = Some(Webhook { url, listen });
        }
        Ok(Some(options))
    }
}

fn read_token_file(path: &PathBuf) -> anyhow::Result<String> {
    std::fs::read_to_string(path)
        .map(|t| t.trim().to_string())
        .map_err(|e| anyhow::anyhow!("cannot read the token file {}: {e}", path.display()))
}

/// Counters of what the channel did: what the logs and the benchmark report.
#[derive(Debug, Default)]
pub struct Stats {
    /// Updates accepted (queued).
    pub updates: AtomicU64,
    /// Updates fully handled.
    pub handled: AtomicU64,
    /// Messages sent.
    pub sent: AtomicU64,
    /// Messages deleted by an erase.
    pub deleted: AtomicU64,
    /// Calls retried (429, network, 5xx).
    pub retries: AtomicU64,
    /// Calls given up after retries (logged with their reason).
    pub failures: AtomicU64,
    /// Replies given up because `baken serve` was stopping and the Bot API asked to wait past
    /// the drain deadline (counted in `failures` too; said in the log at the stop).
    pub given_up_at_stop: AtomicU64,
    /// Updates whose id the offset confirmed before they were answered, because a whole batch
    /// of newer updates waited behind them (a kill -9 then loses them).
    pub confirmed_early: AtomicU64,
    /// Sum of handling latencies (accept → last reply sent), microseconds.
    pub latency_us: AtomicU64,
    /// The most recent handling latencies (microseconds), for the median.
    recent: Mutex<VecDeque<u32>>,
}

/// How many recent latencies [`Stats`] keeps for its median.
const RECENT_LATENCIES: usize = 65_536;

impl Stats {
    fn latency(&self, d: Duration) {
        let us = d.as_micros().min(u32::MAX as u128) as u32;
        Self::add(&self.latency_us, us as u64);
        let mut recent = self.recent.lock().unwrap_or_else(|e| e.into_inner());
        if recent.len() >= RECENT_LATENCIES {
            recent.pop_front();
        }
        recent.push_back(us);
    }

    /// The median of the recent handling latencies (accepted → answered).
    pub fn median_latency(&self) -> Option<Duration> {
        let mut v: Vec<u32> = self
            .recent
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .iter()
            .copied()
            .collect();
        if v.is_empty() {
            return None;
        }
        let mid = v.len() / 2;
        let (_, m, _) = v.select_nth_unstable(mid);
        Some(Duration::from_micros(*m as u64))
    }

    fn add(counter: &AtomicU64, n: u64) {
        counter.fetch_add(n, Ordering::Relaxed);
    }
    pub fn get(counter: &AtomicU64) -> u64 {
        counter.load(Ordering::Relaxed)
    }
}

/// The Telegram channel. Cheap to clone; the queues, the polling offset and the counters
/// survive a supervised restart of [`Telegram::run`].
#[derive(Clone)]
pub struct Telegram {
    inner: Arc<Inner>,
}

struct Inner {
    bot: Bot,
    engine: Engine,
    store: Arc<dyn SessionStore>,
    hasher: Arc<KeyedHasher>,
    options: TelegramOptions,
    clock: fn() -> u64,
    /// Per chat: updates waiting. A worker task exists exactly while its chat has an entry.
    queues: Mutex<HashMap<i64, VecDeque<Queued>>>,
    /// Accepted updates not yet handled, and a wake-up when that reaches zero.
    pending: AtomicUsize,
    drained: Notify,
    /// The highest update id seen plus one: the `getUpdates` offset when nothing is in flight.
    next_id: AtomicU64,
    /// Update ids accepted and not yet answered. The offset never moves past the oldest of
    /// them, so an update lost to a kill -9 is sent again after the restart (D6).
    inflight: Mutex<std::collections::BTreeSet<u64>>,
    /// Recently accepted update ids, so that a resent update is answered once (I2).
    seen: Mutex<(HashSet<u64>, VecDeque<u64>)>,
    /// Woken whenever an update has been answered.
    progress: Notify,
    /// The offset is never held back below this id: raised when a whole `getUpdates` batch
    /// held nothing new ([`Telegram::release_stalled`]).
    floor: AtomicU64,
    /// The drain deadline once `baken serve` stops ([`Telegram::stop_by`]); retries wake up
    /// when it is set.
    stop_at: tokio::sync::watch::Sender<Option<tokio::time::Instant>>,
    /// Updates that could not be read at all (skipped, counted; D4).
    unreadable: AtomicU64,
    /// Groups already told that Baken only works in private chats (keyed hashes).
    told: Mutex<HashSet<crate::store::SessionKey>>,
    /// The flood limit for chats without a session.
    sessionless: SessionlessGate,
    stats: Stats,
    /// Anonymous reach counters (`baken stats`), if the instance keeps them.
    reach: Option<Arc<crate::stats::Stats>>,
}

impl Telegram {
    pub fn new(
        options: TelegramOptions,
        engine: Engine,
        store: Arc<dyn SessionStore>,
        hasher: Arc<KeyedHasher>,
    ) -> Self {
        let client = teloxide::net::default_reqwest_settings()
            // Long polling holds a request open for `poll_timeout`.
            .timeout(options.poll_timeout + Duration::from_secs(15))
            .pool_max_idle_per_host(64)
            .build()
            .expect("a TLS client with rustls always builds");
        let mut bot = Bot::with_client(options.token.clone(), client);
        if let Some(url) = &options.api_url {
            bot = bot.set_api_url(url.clone());
        }
        Telegram {
            inner: Arc::new(Inner {
                bot,
                engine,
                store,
                hasher,
                options,
                clock: crate::store::now,
                queues: Mutex::new(HashMap::new()),
                pending: AtomicUsize::new(0),
                drained: Notify::new(),
                next_id: AtomicU64::new(0),
                inflight: Mutex::new(std::collections::BTreeSet::new()),
                seen: Mutex::new((HashSet::new(), VecDeque::new())),
                progress: Notify::new(),
                floor: AtomicU64::new(0),
                stop_at: tokio::sync::watch::Sender::new(None),
                unreadable: AtomicU64::new(0),
                told: Mutex::new(HashSet::new()),
                sessionless: SessionlessGate::default(),
                stats: Stats::default(),
                reach: None,
            }),
        }
    }

    /// Count conversations in the anonymous reach statistics. Call before the channel runs.
    pub fn with_reach_stats(mut self, reach: Arc<crate::stats::Stats>) -> Self {
        if let Some(inner) = Arc::get_mut(&mut self.inner) {
            inner.reach = Some(reach);
        }
        self
    }

    pub fn stats(&self) -> &Stats {
        &self.inner.stats
    }

    /// Updates accepted and not yet answered.
    pub fn pending(&self) -> usize {
        self.inner.pending.load(Ordering::SeqCst)
    }

    /// One run of the channel until shutdown (`Ok`) or until its connection fails for good
    /// (`Err`, with a reason fit for the log; the supervisor restarts it).
    pub async fn run(&self, shutdown: &Shutdown) -> anyhow::Result<()> {
        let me = self
            .call("getMe", || self.inner.bot.get_me().send_ref())
            .await
            .map_err(|e| match e {
                // Retrying a refused token only fills the log (D9).
                RequestError::Api(ApiError::InvalidToken) => anyhow::Error::new(Fatal(
                    "the Telegram token was refused (revoked or mistyped?)".into(),
                )),
                e => anyhow::anyhow!("getMe failed: {}", reason(&e)),
            })?;
        if !me.user.is_bot {
            anyhow::bail!("the token does not belong to a bot");
        }
        self.set_commands().await;
        match self.inner.options.webhook.clone() {
            Some(webhook) => self.run_webhook(&webhook, shutdown).await,
            None => self.run_polling(shutdown).await,
        }
    }

    /// The process is stopping and must be done by `deadline`: from now on a retry whose wait
    /// would end after it is not waited for. An ordinary reply is given up at once (the chat's
    /// next update, perhaps a crisis, goes on); a crisis answer keeps its attempts, its waits
    /// shortened so that the last one is made before the deadline.
    pub fn stop_by(&self, deadline: tokio::time::Instant) {
        self.inner.stop_at.send_replace(Some(deadline));
    }

    /// Wait until every accepted update has been answered (at shutdown).
    pub async fn drain(&self) {
        loop {
            let notified = self.inner.drained.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            if self.pending() == 0 {
                return;
            }
            notified.await;
        }
    }

    async fn run_polling(&self, shutdown: &Shutdown) -> anyhow::Result<()> {
        // A webhook left by an earlier deployment makes getUpdates fail: remove it, keep the
        // updates Telegram holds.
        self.call("deleteWebhook", || {
            self.inner
                .bot
                .delete_webhook()
                .drop_pending_updates(false)
                .send_ref()
        })
        .await
        .map_err(|e| anyhow::anyhow!("deleteWebhook failed: {}", reason(&e)))?;
        tracing::info!(channel = CHANNEL, "long polling started");
        let mut failures: u32 = 0;
        while !shutdown.is_set() {
            let offset = self.offset();
            let result = tokio::select! {
                // Updates in a cancelled poll were not confirmed: Telegram sends them again.
                _ = shutdown.wait() => break,
                r = self.get_updates(offset) => r,
            };
            match result {
                Ok(updates) => {
                    failures = 0;
                    let full = updates.len() as u64 >= GET_UPDATES_LIMIT;
                    let mut new = 0;
                    for raw in updates {
                        new += usize::from(self.accept_raw(raw));
                    }
                    if full && new == 0 && self.release_stalled() {
                        continue;
                    }
                    if new == 0
                        && !self
                            .inner
                            .inflight
                            .lock()
                            .unwrap_or_else(|e| e.into_inner())
                            .is_empty()
                    {
                        // Only updates still being answered came back (the offset waits for
                        // them): wait for an answer instead of asking again at once.
                        let progress = self.inner.progress.notified();
                        tokio::select! {
                            _ = progress => {}
                            _ = shutdown.sleep(Duration::from_secs(1)) => {}
                        }
                    }
                }
                Err(Poll::RetryAfter(wait)) => {
                    Stats::add(&self.inner.stats.retries, 1);
                    tracing::warn!(wait_s = wait.as_secs(), "getUpdates rate-limited; waiting");
                    shutdown.sleep(wait).await;
                }
                Err(Poll::Fatal(why)) => {
                    return Err(anyhow::Error::new(Fatal(format!("getUpdates: {why}"))));
                }
                Err(Poll::Failed(why)) => {
                    failures += 1;
                    Stats::add(&self.inner.stats.retries, 1);
                    if failures >= self.inner.options.max_attempts {
                        anyhow::bail!("getUpdates failed {failures} time(s): {why}");
                    }
                    let wait = self.backoff(failures);
                    tracing::warn!(
                        reason = %why,
                        failures,
                        wait_ms = wait.as_millis() as u64,
                        "getUpdates failed; retrying"
                    );
                    shutdown.sleep(wait).await;
                }
            }
        }
        Ok(())
    }

    /// The offset to confirm: the oldest update not yet answered (at or above the floor), or
    /// past everything seen.
    fn offset(&self) -> u64 {
        let floor = self.inner.floor.load(Ordering::SeqCst);
        let inflight = self
            .inner
            .inflight
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        inflight
            .range(floor..)
            .next()
            .copied()
            .unwrap_or_else(|| self.inner.next_id.load(Ordering::SeqCst))
    }

    /// A whole batch came back and none of it was new: the offset is held back by an update
    /// still being answered (a reply retrying for long, e.g. a 429 of a minute) and
    /// `getUpdates`, which returns at most [`GET_UPDATES_LIMIT`] updates from the offset, no
    /// longer reaches anything new. Before, nobody else was read until that reply was done
    /// (and that one reply, the only one still calling `sendMessage`, met every fault the
    /// soak scripted: RELIABILITY.md, "Soak"). Now the offset may move to [`HOLD_BACK`] ids
    /// behind the newest: older updates still being answered are confirmed before their
    /// answer. This process still answers them; only a kill -9 before that loses them, and
    /// they are counted and logged. Only a real stall moves it: a reply that is merely slow
    /// keeps the at-least-once promise (D6).
    /// True when the offset moved.
    fn release_stalled(&self) -> bool {
        let next = self.inner.next_id.load(Ordering::SeqCst);
        let floor = next.saturating_sub(HOLD_BACK);
        let old = self.inner.floor.fetch_max(floor, Ordering::SeqCst);
        if floor <= old {
            return false;
        }
        let early = self
            .inner
            .inflight
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .range(old..floor)
            .count() as u64;
        Stats::add(&self.inner.stats.confirmed_early, early);
        tracing::warn!(
            updates = early,
            total = Stats::get(&self.inner.stats.confirmed_early),
            "getUpdates stalled behind replies still retrying: confirmed before their answer (a hard kill now would lose them)"
        );
        true
    }

    /// `getUpdates`, read by hand rather than by teloxide: one update that does not parse must
    /// not fail the whole batch (D4), and the offset is a 64-bit number (D7: teloxide's is an
    /// `i32`, which wrapped at 2³¹).
    async fn get_updates(&self, offset: u64) -> Result<Vec<serde_json::Value>, Poll> {
        let bot = &self.inner.bot;
        let mut url = bot.api_url();
        url.set_path(&format!(
            "{}bot{}/getUpdates",
            url.path().trim_end_matches('/').to_string() + "/",
            bot.token()
        ));
        let body = serde_json::json!({
            "offset": offset,
            "timeout": self.inner.options.poll_timeout.as_secs(),
            "limit": GET_UPDATES_LIMIT,
            "allowed_updates": allowed_updates(),
        });
        let response = bot
            .client()
            .post(url)
            .header("content-type", "application/json")
            .body(body.to_string())
            .send()
            .await
            .map_err(|e| {
                Poll::Failed(if e.is_timeout() {
                    "network: timeout"
                } else if e.is_connect() {
                    "network: cannot connect"
                } else {
                    "network"
                })
            })?;
        let status = response.status().as_u16();
        let bytes = response
            .bytes()
            .await
            .map_err(|_| Poll::Failed("network"))?;
        let text = lone_surrogates_replaced(&String::from_utf8_lossy(&bytes));
        let Ok(reply) = serde_json::from_str::<serde_json::Value>(&text) else {
            return Err(match status {
                401 | 404 => Poll::Fatal("the token was refused (revoked or mistyped?)"),
                _ => Poll::Failed("invalid response (not Bot API JSON)"),
            });
        };
        if reply["ok"] == serde_json::Value::Bool(true) {
            return match reply {
                serde_json::Value::Object(mut o) => match o.remove("result") {
                    Some(serde_json::Value::Array(updates)) => Ok(updates),
                    _ => Err(Poll::Failed("invalid response (not Bot API JSON)")),
                },
                _ => Err(Poll::Failed("invalid response (not Bot API JSON)")),
            };
        }
        let code = reply["error_code"].as_u64().unwrap_or(status as u64);
        match code {
            429 => Err(Poll::RetryAfter(Duration::from_secs(
                reply["parameters"]["retry_after"].as_u64().unwrap_or(5),
            ))),
            401 | 404 => Err(Poll::Fatal("the token was refused (revoked or mistyped?)")),
            409 => Err(Poll::Failed("conflict: another getUpdates or a webhook")),
            500.. => Err(Poll::Failed("server error")),
            _ => Err(Poll::Failed("refused by the Bot API")),
        }
    }

    /// Read one update off the wire and accept it; false when it was not new. An update that
    /// does not parse is skipped and counted, and the offset moves past it (D4).
    fn accept_raw(&self, raw: serde_json::Value) -> bool {
        let Some(id) = raw["update_id"].as_u64() else {
            Stats::add(&self.inner.unreadable, 1);
            tracing::warn!(
                skipped = Stats::get(&self.inner.unreadable),
                "an update without an id was skipped"
            );
            return false;
        };
        if !self.first_time(id) {
            return false;
        }
        match serde_json::from_str::<Update>(&raw.to_string()) {
            Ok(update) => {
                self.inner
                    .inflight
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .insert(id);
                self.inner.next_id.fetch_max(id + 1, Ordering::SeqCst);
                self.queue(update, Some(id));
                true
            }
            Err(_) => {
                self.inner.next_id.fetch_max(id + 1, Ordering::SeqCst);
                Stats::add(&self.inner.unreadable, 1);
                tracing::warn!(
                    skipped = Stats::get(&self.inner.unreadable),
                    "an update could not be read and was skipped"
                );
                false
            }
        }
    }

    /// Remember an update id; false when it was seen recently (a resent update).
    fn first_time(&self, id: u64) -> bool {
        let mut seen = self.inner.seen.lock().unwrap_or_else(|e| e.into_inner());
        let (set, order) = &mut *seen;
        if !set.insert(id) {
            return false;
        }
        order.push_back(id);
        if order.len() > RECENT_UPDATES
            && let Some(old) = order.pop_front()
        {
            set.remove(&old);
        }
        true
    }

    async fn run_webhook(&self, webhook: &Webhook, shutdown: &Shutdown) -> anyhow::Result<()> {
        use axum::http::{HeaderMap, StatusCode};

        let secret = {
            use rand::RngCore;
            let mut bytes = [0u8; 24];
            rand::rng().fill_bytes(&mut bytes);
            bytes.iter().map(|b| format!("{b:02x}")).collect::<String>()
        };
        let listener = tokio::net::TcpListener::bind(webhook.listen)
            .await
            .map_err(|e| anyhow::anyhow!("cannot listen on {}: {e}", webhook.listen))?;
        self.call("setWebhook", || {
            self.inner
                .bot
                .set_webhook(webhook.url.clone())
                .secret_token(secret.clone())
                .allowed_updates(allowed_updates())
                .max_connections(40)
                .send_ref()
        })
        .await
        .map_err(|e| anyhow::anyhow!("setWebhook failed: {}", reason(&e)))?;
        tracing::info!(channel = CHANNEL, listen = %webhook.listen, "webhook started");

        let this = self.clone();
        let handler = move |headers: HeaderMap, body: axum::body::Bytes| {
            let this = this.clone();
            let secret = secret.clone();
            async move {
                let ok = headers
                    .get("x-telegram-bot-api-secret-token")
                    .and_then(|v| v.to_str().ok())
                    .is_some_and(|v| constant_time_eq(v.as_bytes(), secret.as_bytes()));
                if !ok {
                    return StatusCode::UNAUTHORIZED;
                }
                match serde_json::from_slice::<Update>(&body) {
                    Ok(update) => {
                        // A redelivered update is answered once (I2).
                        if this.first_time(u64::from(update.id.0)) {
                            this.accept(update);
                        }
                        StatusCode::OK
                    }
                    // Answer 200 anyway: Telegram would resend a malformed update forever.
                    Err(_) => StatusCode::OK,
                }
            }
        };
        let path = match webhook.url.path() {
            "" => "/".to_string(),
            p => p.to_string(),
        };
        let app = axum::Router::new().route(&path, axum::routing::post(handler));
        let stop = shutdown.clone();
        axum::serve(listener, app)
            .with_graceful_shutdown(async move { stop.wait().await })
            .await
            .map_err(|e| anyhow::anyhow!("webhook server failed: {e}"))
    }

    /// Queue an update behind earlier ones of the same chat; start the chat's worker if needed.
    pub fn accept(&self, update: Update) {
        self.queue(update, None)
    }

    /// [`Telegram::accept`], for a polled update whose id holds back the offset until answered.
    fn queue(&self, update: Update, polled: Option<u64>) {
        Stats::add(&self.inner.stats.updates, 1);
        self.inner.pending.fetch_add(1, Ordering::SeqCst);
        let chat = chat_of(&update);
        let start_worker = {
            let mut queues = self.inner.queues.lock().unwrap_or_else(|e| e.into_inner());
            match queues.get_mut(&chat) {
                Some(q) => {
                    q.push_back((update, Instant::now(), polled));
                    false
                }
                None => {
                    queues.insert(chat, VecDeque::from([(update, Instant::now(), polled)]));
                    true
                }
            }
        };
        if start_worker {
            let this = self.clone();
            tokio::spawn(async move { this.work(chat).await });
        }
    }

    async fn work(&self, chat: i64) {
        loop {
            let next = {
                let mut queues = self.inner.queues.lock().unwrap_or_else(|e| e.into_inner());
                match queues.get_mut(&chat).and_then(VecDeque::pop_front) {
                    Some(item) => Some(item),
                    None => {
                        queues.remove(&chat);
                        None
                    }
                }
            };
            let Some((update, accepted, polled)) = next else {
                return;
            };
            self.handle(update).await;
            if let Some(id) = polled {
                self.inner
                    .inflight
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .remove(&id);
            }
            self.inner.progress.notify_waiters();
            let stats = &self.inner.stats;
            Stats::add(&stats.handled, 1);
            stats.latency(accepted.elapsed());
            if self.inner.pending.fetch_sub(1, Ordering::SeqCst) == 1 {
                self.inner.drained.notify_waiters();
            }
        }
    }

    async fn handle(&self, update: Update) {
        match update.kind {
            UpdateKind::Message(m) => {
                if !m.chat.is_private() {
                    return self.leave(m.chat.id).await;
                }
                let Some(event) = message_event(&m) else {
                    return;
                };
                let hint = m.from.as_ref().and_then(|u| u.language_code.clone());
                self.converse(m.chat.id, event, hint, Some(m.id)).await
            }
            // An edit is answered only when it holds crisis words (I3): a corrected typo must
            // not restart the conversation, a crisis sentence added later must get its answer.
            UpdateKind::EditedMessage(m) => {
                if !m.chat.is_private() {
                    return;
                }
                let Some(text) = m.text().or(m.caption()) else {
                    return;
                };
                if !has_crisis(&self.inner.engine, text) {
                    return;
                }
                let hint = m.from.as_ref().and_then(|u| u.language_code.clone());
                self.converse(m.chat.id, Event::Text(text.to_string()), hint, None)
                    .await
            }
            UpdateKind::CallbackQuery(q) => self.on_callback(q).await,
            UpdateKind::MyChatMember(m)
                if !m.chat.is_private() && m.new_chat_member.kind.is_present() =>
            {
                self.leave(m.chat.id).await
            }
            UpdateKind::ChannelPost(m) => self.leave(m.chat.id).await,
            _ => {}
        }
    }

    async fn on_callback(&self, q: CallbackQuery) {
        // Answer at once so the button stops spinning, whatever happens next.
        let id = q.id.clone();
        let _ = self
            .call("answerCallbackQuery", || {
                self.inner.bot.answer_callback_query(id.clone()).send_ref()
            })
            .await;
        let Some(message) = &q.message else {
            return;
        };
        let chat = message.chat();
        if !chat.is_private() {
            return;
        }
        let chat = chat.id;
        // Take the buttons off the tapped message: an old keyboard only confuses.
        let message_id = message.id();
        let _ = self
            .call("editMessageReplyMarkup", || {
                self.inner
                    .bot
                    .edit_message_reply_markup(chat, message_id)
                    .send_ref()
            })
            .await;
        // Data Baken never made (forged, or from another version) still gets an answer: the
        // menu, or the start (I1); never a removed keyboard and silence.
        let (node, index) = q
            .data
            .as_deref()
            .and_then(parse_callback)
            .unwrap_or_else(|| (String::new(), usize::MAX));
        let hint = q.from.language_code.clone();
        self.converse(chat, Event::Choose { node, index }, hint, None)
            .await
    }

    /// One turn ([`crate::channels::turn`]): session in, engine step, erase and replies out,
    /// the sent message ids into the session, session back.
    async fn converse(
        &self,
        chat: ChatId,
        event: Event,
        hint: Option<String>,
        incoming: Option<MessageId>,
    ) {
        let inner = &self.inner;
        let key = inner.hasher.key(CHANNEL, &chat.0.to_string());
        let now = (inner.clock)();
        let turn = Turn {
            engine: &inner.engine,
            store: inner.store.as_ref(),
            reach: inner.reach.as_deref(),
            channel: CHANNEL,
            gate: Some(&inner.sessionless),
        };
        // The person's own message is part of the conversation: erase deletes it too.
        let done = turn.step(&key, event, hint.as_deref(), now, |s| {
            if let Some(id) = incoming {
                s.remember_sent(id.0.to_string());
            }
        });
        if done.held {
            return;
        }
        let incoming_id = incoming.map(|id| id.0.to_string());
        let erase = done.erase_ids(incoming_id.as_deref());
        if let Some(ids) = &erase {
            let mut ids: Vec<MessageId> = ids
                .iter()
                .filter_map(|id| id.parse().ok().map(MessageId))
                .collect();
            ids.sort_by_key(|m| m.0);
            ids.dedup();
            self.delete(chat, ids).await;
        }

        let mut sent = Vec::new();
        for reply in &done.outcome.replies {
            if let Ok(id) = self.send(chat, reply).await {
                sent.push(id);
            }
        }
        if erase.is_some() {
            let locale = done.closing_locale(&inner.engine, hint.as_deref());
            let text = inner
                .engine
                .content()
                .render(&locale, "telegram-delete-chat");
            let _ = self.send(chat, &plain(text)).await;
        }

        let mut session = done.outcome.session;
        if let Some(s) = session.as_mut() {
            if !done.had_session
                && let Some(id) = incoming
            {
                s.remember_sent(id.0.to_string());
            }
            for id in sent {
                s.remember_sent(id.0.to_string());
            }
        }
        turn.save(&key, session.as_ref());
    }

    /// Say once that Baken only works in private chats, and leave.
    async fn leave(&self, chat: ChatId) {
        let key = self.inner.hasher.key("telegram-group", &chat.0.to_string());
        let first = {
            let mut told = self.inner.told.lock().unwrap_or_else(|e| e.into_inner());
            if told.len() > 100_000 {
                told.clear();
            }
            told.insert(key)
        };
        if first {
            let engine = &self.inner.engine;
            let text = engine
                .content()
                .render(engine.default_locale(), "telegram-private-only");
            let _ = self.send(chat, &plain(text)).await;
        }
        let _ = self
            .call("leaveChat", || self.inner.bot.leave_chat(chat).send_ref())
            .await;
    }

    /// Send one reply; its message id, or the error after retries (counted and logged).
    async fn send(&self, chat: ChatId, reply: &Reply) -> Result<MessageId, RequestError> {
        let options = &self.inner.options;
        let mut request = self
            .inner
            .bot
            .send_message(chat, html::escape(&reply.text))
            .parse_mode(ParseMode::Html)
            .disable_notification(options.silent)
            .protect_content(options.protect_content)
            .link_preview_options(LinkPreviewOptions {
                is_disabled: true,
                url: None,
                prefer_small_media: false,
                prefer_large_media: false,
                show_above_text: false,
            });
        if let Some(keyboard) = keyboard(reply) {
            request = request.reply_markup(keyboard);
        }
        // A crisis answer is not given up after the usual attempts: the soak test saw a 112
        // answer dropped after eight 429s in a row. It keeps trying (with the same backoff, at
        // most `CRISIS_ATTEMPTS_FACTOR` times as long) while ordinary replies give up.
        let attempts = if reply.crisis.is_some() {
            options.max_attempts.saturating_mul(CRISIS_ATTEMPTS_FACTOR)
        } else {
            options.max_attempts
        };
        let message = self
            .call_with("sendMessage", attempts, reply.crisis.is_some(), || {
                request.send_ref()
            })
            .await?;
        Stats::add(&self.inner.stats.sent, 1);
        Ok(message.id)
    }

    /// Delete messages in batches; what Telegram refuses (older than 48 hours, already gone)
    /// is counted, not retried.
    async fn delete(&self, chat: ChatId, ids: Vec<MessageId>) {
        for batch in ids.chunks(DELETE_BATCH) {
            let batch = batch.to_vec();
            let n = batch.len() as u64;
            let result = self
                .call("deleteMessages", || {
                    self.inner
                        .bot
                        .delete_messages(chat, batch.iter().copied())
                        .send_ref()
                })
                .await;
            if result.is_ok() {
                Stats::add(&self.inner.stats.deleted, n);
            }
        }
    }

    /// The command menu, per language (`setMyCommands` with a language code), and the default
    /// menu in the instance's language.
    async fn set_commands(&self) {
        let engine = &self.inner.engine;
        let content = engine.content();
        let mut scopes: Vec<Option<String>> = vec![None];
        scopes.extend(
            content
                .locale_ids()
                .into_iter()
                .map(|l| Some(l.to_string())),
        );
        for scope in scopes {
            let locale = scope
                .clone()
                .unwrap_or_else(|| engine.default_locale().to_string());
            let commands: Vec<BotCommand> = command_names(&locale)
                .iter()
                .map(|(name, id)| BotCommand::new(*name, content.render(&locale, id)))
                .collect();
            let result = self
                .call("setMyCommands", || {
                    let mut r = self.inner.bot.set_my_commands(commands.clone());
                    if let Some(lang) = &scope {
                        r = r.language_code(lang.clone());
                    }
                    async move { r.await }
                })
                .await;
            if let Err(e) = result {
                tracing::warn!(reason = %reason(&e), "setMyCommands failed; the menu may be stale");
            }
        }
    }

    fn backoff(&self, attempt: u32) -> Duration {
        let o = &self.inner.options;
        o.backoff
            .saturating_mul(1u32 << attempt.saturating_sub(1).min(16))
            .min(o.max_backoff)
    }

    /// Make a Bot API call, honouring `retry_after` on 429 and backing off on network errors
    /// and server errors, up to `max_attempts`. A final failure is counted and logged with its
    /// method and reason only.
    async fn call<T, F, Fut>(&self, method: &'static str, f: F) -> Result<T, RequestError>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<T, RequestError>>,
    {
        self.call_with(method, self.inner.options.max_attempts, false, f)
            .await
    }

    /// [`Self::call`] with its own number of attempts; `crisis`: the call carries a crisis
    /// answer, which at shutdown keeps its attempts until the drain deadline.
    async fn call_with<T, F, Fut>(
        &self,
        method: &'static str,
        max_attempts: u32,
        crisis: bool,
        mut f: F,
    ) -> Result<T, RequestError>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<T, RequestError>>,
    {
        let stats = &self.inner.stats;
        let mut attempt = 0;
        loop {
            attempt += 1;
            let e = match f().await {
                Ok(v) => return Ok(v),
                Err(e) => e,
            };
            let wait = match &e {
                RequestError::RetryAfter(s) => s.duration(),
                e if retryable(e) => self.backoff(attempt),
                _ => {
                    Stats::add(&stats.failures, 1);
                    tracing::warn!(method, reason = %reason(&e), "Telegram refused a call");
                    return Err(e);
                }
            };
            if attempt >= max_attempts {
                Stats::add(&stats.failures, 1);
                tracing::error!(method, attempts = attempt, reason = %reason(&e), "Telegram call failed; given up");
                return Err(e);
            }
            Stats::add(&stats.retries, 1);
            tracing::warn!(
                method,
                attempt,
                wait_ms = wait.as_millis() as u64,
                reason = %reason(&e),
                "Telegram call failed; retrying"
            );
            if !self.wait_to_retry(wait, crisis).await {
                Stats::add(&stats.failures, 1);
                if method == "sendMessage" {
                    Stats::add(&stats.given_up_at_stop, 1);
                }
                tracing::warn!(method, attempts = attempt, reason = %reason(&e), "Telegram call given up: stopping, and the wait would outlast the drain");
                return Err(e);
            }
        }
    }

    /// Sleep `wait` before a retry; false when the retry is given up because the process is
    /// stopping ([`Telegram::stop_by`]) and the wait would end after the time left for a last
    /// attempt. A crisis answer's wait is shortened to fit instead (a last try before the
    /// deadline, even against a longer `retry_after`: the answer matters more than one more
    /// 429). Wakes up when the stop begins, so a long wait does not outlive it.
    async fn wait_to_retry(&self, wait: Duration, crisis: bool) -> bool {
        let until = tokio::time::Instant::now() + wait;
        let mut stop = self.inner.stop_at.subscribe();
        loop {
            let wake = match *stop.borrow_and_update() {
                None => until,
                Some(deadline) => {
                    let last = deadline.checked_sub(LAST_TRY).unwrap_or(deadline);
                    if crisis && tokio::time::Instant::now() < last {
                        until.min(last)
                    } else if !crisis && until <= last {
                        until
                    } else {
                        return false;
                    }
                }
            };
            tokio::select! {
                _ = tokio::time::sleep_until(wake) => return true,
                changed = stop.changed() => {
                    if changed.is_err() {
                        tokio::time::sleep_until(wake).await;
                        return true;
                    }
                }
            }
        }
    }
}

/// A crisis answer gets this many times the usual attempts before it is given up.
const CRISIS_ATTEMPTS_FACTOR: u32 = 8;

/// The updates Baken asks for.
fn allowed_updates() -> Vec<AllowedUpdate> {
    vec![
        AllowedUpdate::Message,
        AllowedUpdate::EditedMessage,
        AllowedUpdate::CallbackQuery,
        AllowedUpdate::MyChatMember,
        AllowedUpdate::ChannelPost,
    ]
}

/// The chat an update belongs to (its queue).
fn chat_of(update: &Update) -> i64 {
    match &update.kind {
        UpdateKind::CallbackQuery(q) => q
            .message
            .as_ref()
            .map(|m| m.chat().id.0)
            .unwrap_or(q.from.id.0 as i64),
        _ => update
            .chat()
            .map(|c| c.id.0)
            .or_else(|| update.from().map(|u| u.id.0 as i64))
            .unwrap_or(0),
    }
}

/// The engine event for a private message; `None` for service messages (pins, joins…).
pub fn message_event(m: &Message) -> Option<Event> {
    if let Some(text) = m.text() {
        let hint = m.from.as_ref().and_then(|u| u.language_code.clone());
        return Some(text_event(text, hint));
    }
    // A caption is typed text like any other (D2: "hij gaat me vermoorden" under a photo must
    // get 112); the photo or file itself is still never looked at.
    if let Some(caption) = m.caption().filter(|c| !c.trim().is_empty()) {
        return Some(Event::Text(caption.to_string()));
    }
    match &m.kind {
        // Photos, voice notes, videos, stickers, locations, contacts, documents, polls: never
        // looked at, never downloaded.
        MessageKind::Common(_) | MessageKind::Dice(_) => Some(Event::NonText),
        _ => None,
    }
}

/// Typed text as an event: `/start PAYLOAD` starts (a deep link), `/word` is the word.
pub fn text_event(text: &str, locale_hint: Option<String>) -> Event {
    let Some(command) = text.strip_prefix('/') else {
        return Event::Text(text.to_string());
    };
    let (name, rest) = command
        .split_once(char::is_whitespace)
        .unwrap_or((command, ""));
    // `/menu@SomeBot` in a client that adds the bot's name.
    let name = name.split('@').next().unwrap_or(name);
    if name.eq_ignore_ascii_case("start") {
        let payload = rest.trim();
        Event::Start {
            payload: (!payload.is_empty()).then(|| payload.to_string()),
            locale_hint,
        }
    } else {
        Event::Text(name.to_string())
    }
}

/// Callback data for an option: `INDEX:NODE`.
pub fn callback_data(node: &str, index: usize) -> String {
    format!("{index}:{node}")
}

pub fn parse_callback(data: &str) -> Option<(String, usize)> {
    let (index, node) = data.split_once(':')?;
    Some((node.to_string(), index.parse().ok()?))
}

/// Options as callback buttons, links as URL buttons, one per row.
pub fn keyboard(reply: &Reply) -> Option<InlineKeyboardMarkup> {
    let mut rows: Vec<Vec<InlineKeyboardButton>> = Vec::new();
    for o in &reply.options {
        let data = callback_data(&o.node, o.index);
        if data.len() <= MAX_CALLBACK_DATA {
            rows.push(vec![InlineKeyboardButton::callback(o.label.clone(), data)]);
        }
    }
    for l in &reply.links {
        if let Ok(url) = url::Url::parse(&l.url) {
            rows.push(vec![InlineKeyboardButton::url(l.label.clone(), url)]);
        }
    }
    (!rows.is_empty()).then(|| InlineKeyboardMarkup::new(rows))
}

/// Bot commands per locale: the name and the message that describes it. The engine knows each
/// name as a command word in every language.
fn command_names(locale: &str) -> [(&'static str, &'static str); 5] {
    match locale {
        "nl" => [
            ("start", "telegram-cmd-start"),
            ("menu", "telegram-cmd-menu"),
            ("hulp", "telegram-cmd-help"),
            ("taal", "telegram-cmd-language"),
            ("wis", "telegram-cmd-erase"),
        ],
        _ => [
            ("start", "telegram-cmd-start"),
            ("menu", "telegram-cmd-menu"),
            ("help", "telegram-cmd-help"),
            ("language", "telegram-cmd-language"),
            ("erase", "telegram-cmd-erase"),
        ],
    }
}

/// Every command name in every locale (for tests: the engine must know each).
pub fn all_command_names() -> Vec<&'static str> {
    let mut names: Vec<&str> = ["nl", "en"]
        .iter()
        .flat_map(|l| command_names(l).map(|(n, _)| n))
        .collect();
    names.sort();
    names.dedup();
    names
}

fn plain(text: String) -> Reply {
    Reply {
        text,
        options: vec![],
        links: vec![],
        node: None,
        crisis: None,
        caution: false,
    }
}

/// Worth another attempt: network trouble, a garbled answer, an unknown server-side error.
/// An unknown *client* error (Telegram's descriptions start with "Bad Request", "Forbidden",
/// …) will fail the same way again: retrying it only blocked the chat for a minute (D8).
fn retryable(e: &RequestError) -> bool {
    match e {
        RequestError::Api(ApiError::Unknown(description)) => !is_client_error(description),
        e => matches!(
            e,
            RequestError::RetryAfter(_)
                | RequestError::Network(_)
                | RequestError::Io(_)
                | RequestError::InvalidJson { .. }
        ),
    }
}

/// Whether a Bot API error description is Telegram's wording for a 4xx.
pub fn is_client_error(description: &str) -> bool {
    [
        "Bad Request",
        "Forbidden",
        "Unauthorized",
        "Not Found",
        "Conflict",
    ]
    .iter()
    .any(|p| description.starts_with(p))
}

/// A failure reason fit for the log: never a URL (it holds the token), never a response body
/// (it may hold message text).
pub fn reason(e: &RequestError) -> String {
    match e {
        RequestError::Api(ApiError::Unknown(_)) => "api: unknown error (server side?)".into(),
        RequestError::Api(api) => format!("api: {api}"),
        RequestError::MigrateToChatId(_) => "chat migrated".into(),
        RequestError::RetryAfter(s) => format!("rate-limited ({} s)", s.seconds()),
        RequestError::Network(n) if n.is_timeout() => "network: timeout".into(),
        RequestError::Network(n) if n.is_connect() => "network: cannot connect".into(),
        RequestError::Network(_) => "network".into(),
        RequestError::InvalidJson { .. } => "invalid response (not Bot API JSON)".into(),
        RequestError::Io(_) => "i/o".into(),
    }
}

/// A queued update: when it was accepted, and its id when it came by polling.
type Queued = (Update, Instant, Option<u64>);

/// How many recent update ids are remembered to answer each update once.
const RECENT_UPDATES: usize = 10_000;

/// The most updates one `getUpdates` call returns (Telegram's maximum).
const GET_UPDATES_LIMIT: u64 = 100;

/// How far (in update ids) the offset stays behind the newest update once a batch stalled
/// ([`Telegram::release_stalled`]): half a batch, room for 50 new updates in the next one.
const HOLD_BACK: u64 = GET_UPDATES_LIMIT / 2;

/// At shutdown, the time kept free before the drain deadline for a crisis answer's last
/// attempt (one HTTP exchange).
const LAST_TRY: Duration = Duration::from_millis(500);

/// Why a `getUpdates` call failed.
enum Poll {
    /// Wait this long (HTTP 429).
    RetryAfter(Duration),
    /// Worth another try (network, 5xx, conflict, garbled answer).
    Failed(&'static str),
    /// Will not get better by retrying (a revoked or mistyped token).
    Fatal(&'static str),
}

/// JSON text with every `\uD800`–`\uDFFF` escape that is not part of a surrogate pair replaced
/// by `\uFFFD`: serde refuses a lone surrogate, and one in a message text would otherwise make
/// the whole batch unreadable (D4). The rest of the message stays readable.
pub fn lone_surrogates_replaced(json: &str) -> String {
    let b = json.as_bytes();
    let hex = |i: usize| -> Option<u16> {
        let h = b.get(i..i + 4)?;
        u16::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok()
    };
    let escape_at = |i: usize| -> Option<u16> {
        (b.get(i) == Some(&b'\\') && b.get(i + 1) == Some(&b'u'))
            .then(|| hex(i + 2))
            .flatten()
    };
    let mut out = String::with_capacity(json.len());
    let mut i = 0;
    let mut last = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        let Some(u) = escape_at(i) else {
            i += 2;
            continue;
        };
        let high = (0xD800..0xDC00).contains(&u);
        let low = (0xDC00..0xE000).contains(&u);
        if high && escape_at(i + 6).is_some_and(|n| (0xDC00..0xE000).contains(&n)) {
            i += 12;
        } else if high || low {
            out.push_str(&json[last..i]);
            out.push_str("\\uFFFD");
            i += 6;
            last = i;
        } else {
            i += 6;
        }
    }
    out.push_str(&json[last..]);
    out
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn start_with_and_without_payload() {
        assert_eq!(
            text_event("/start c-poster_l-en", Some("nl".into())),
            Event::Start {
                payload: Some("c-poster_l-en".into()),
                locale_hint: Some("nl".into())
            }
        );
        assert_eq!(
            text_event("/start", None),
            Event::Start {
                payload: None,
                locale_hint: None
            }
        );
        assert_eq!(text_event("/wis@BakenBot", None), Event::Text("wis".into()));
        assert_eq!(
            text_event("hij slaat me", None),
            Event::Text("hij slaat me".into())
        );
    }

    #[test]
    fn callback_data_round_trips() {
        let d = callback_data("crisis-suicide", 3);
        assert_eq!(parse_callback(&d), Some(("crisis-suicide".into(), 3)));
        assert_eq!(parse_callback("x"), None);
        assert_eq!(parse_callback("a:b"), None);
    }

    #[test]
    fn every_node_fits_in_callback_data_and_commands_are_known() {
        let content = crate::Content::embedded().unwrap();
        for node in content.nodes() {
            let data = callback_data(&node.id, node.options.len());
            assert!(data.len() <= MAX_CALLBACK_DATA, "{}", node.id);
        }
        for name in all_command_names() {
            if name != "start" {
                assert!(content.command(name).is_some(), "/{name} is no command");
            }
        }
    }

    #[test]
    fn token_never_in_debug() {
        let o = TelegramOptions::new("123:SECRET", None);
        assert!(!format!("{o:?}").contains("SECRET"));
    }

    #[test]
    fn options_from_env_alone() {
        let config = Config::default();
        let o = TelegramOptions::from_config(&config, |k| {
            (k == "TELOXIDE_TOKEN").then(|| "123:abc".to_string())
        })
        .unwrap()
        .unwrap();
        assert!(o.silent && !o.protect_content && o.webhook.is_none());
        assert!(
            TelegramOptions::from_config(&config, |_| None)
                .unwrap()
                .is_none()
        );
    }
}
