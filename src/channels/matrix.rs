//! The Matrix channel (feature `matrix`): end-to-end encrypted direct chats through matrix-sdk.
//!
//! Like every channel it only translates: Matrix events in, [`Event`]s to the engine, replies
//! out as `m.notice` messages with a plain and an HTML body. It holds no conversation logic.
//!
//! - **One device.** Login by password or access token. The session (user id, device id,
//!   access token) is kept as a custom value inside the crypto store, so a restart restores the
//!   same device and it can still decrypt.
//! - **On disk: only the crypto store**, SQLite encrypted with the configured passphrase (it
//!   holds the bot's keys and the ids of people who chatted). Room state, timelines and media
//!   stay in memory; after a restart the bot syncs afresh and ignores everything older.
//! - **Direct chats only.** Invites are accepted; in a room with more than two members the bot
//!   says once that it only works in a direct chat and leaves. When the other person leaves, the
//!   bot leaves and forgets the room too.
//! - **Erase** redacts the bot's messages and the person's (where the power level allows),
//!   clears the session, says how to remove the chat, then leaves and forgets the room. When a
//!   session expires, the bot leaves and forgets the room as well.
//! - **Nothing identifying in logs**: no text, user id, room id, event id, token or passphrase.
//!   matrix-sdk's own logs are switched off ([`crate::SILENCED_LOG_TARGETS`]) because they carry such ids;
//!   this module logs error kinds and counts instead.
//! - **Faults**: sync errors are retried with back-off (1 s doubling to 60 s) without losing the
//!   sync position; requests are retried by matrix-sdk, which honours `retry_after_ms` on 429.

use std::collections::HashMap;
use std::future::Future;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::Context as _;
use matrix_sdk::authentication::matrix::MatrixSession;
use matrix_sdk::config::{RequestConfig, StoreConfig, SyncSettings};
use matrix_sdk::cross_process_lock::CrossProcessLockConfig;
use matrix_sdk::ruma::events::room::encrypted::OriginalSyncRoomEncryptedEvent;
use matrix_sdk::ruma::events::room::member::{
    MembershipState, StrippedRoomMemberEvent, SyncRoomMemberEvent,
};
use matrix_sdk::ruma::events::room::message::{
    MessageType, OriginalSyncRoomMessageEvent, Relation, RoomMessageEventContent,
};
use matrix_sdk::ruma::events::sticker::OriginalSyncStickerEvent;
use matrix_sdk::ruma::{OwnedEventId, OwnedRoomId, OwnedUserId};
use matrix_sdk::{Client, LoopCtrl, Room, RoomMemberships, RoomState, SessionMeta, SessionTokens};
use matrix_sdk_crypto::store::{DynCryptoStore, IntoCryptoStore as _};
use tokio::sync::{Notify, mpsc};

use crate::channels::turn::{SessionlessGate, Turn, crisis_window, has_crisis, numbered_options};
use crate::config::Config;
use crate::engine::{Engine, Event, Reply};
use crate::store::{KeyedHasher, SessionKey, SessionStore};

/// The key in the crypto store under which the login session is kept.
const SESSION_KEY: &str = "baken.matrix.session.v1";

/// Channel messages (see `locales/*/matrix.ftl`).
const MSG_DIRECT_ONLY: &str = "matrix-direct-only";
const MSG_DELETE_CHAT: &str = "matrix-delete-chat";
/// After an erase that the room's power levels did not (fully) allow (Matrix D2).
const MSG_DELETE_CHAT_FAILED: &str = "matrix-delete-chat-failed";
const MSG_UNDECRYPTABLE: &str = "matrix-undecryptable";

/// How the bot logs in.
#[derive(Clone, PartialEq, Eq)]
pub enum Auth {
    Password(String),
    AccessToken(String),
}

/// Everything the channel needs, resolved from `baken.toml` and the environment.
#[derive(Clone)]
pub struct MatrixOptions {
    pub homeserver: String,
    /// `@user:server`, or a localpart (password login only).
    pub user: Option<String>,
    pub auth: Auth,
    pub store_dir: PathBuf,
    pub store_passphrase: String,
    pub device_name: String,
    /// The session lifetime: a room without a live session is left after this long.
    pub session_ttl: Duration,
    /// How often expired sessions are looked for (and statistics logged).
    pub sweep_every: Duration,
    /// Anonymous reach counters (`baken stats`), if the instance keeps them.
    pub reach: Option<Arc<crate::stats::Stats>>,
}

impl std::fmt::Debug for MatrixOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MatrixOptions")
            .field("homeserver", &self.homeserver)
            .field("store_dir", &self.store_dir)
            .field("session_ttl", &self.session_ttl)
            .finish_non_exhaustive()
    }
}

impl MatrixOptions {
    /// The channel's options, or `None` when Matrix is not configured (no homeserver) or
    /// switched off. The environment (`BAKEN_MATRIX_*`) overrides `[matrix]` in `baken.toml`.
    pub fn from_config(
        config: &Config,
        env: &dyn Fn(&str) -> Option<String>,
    ) -> anyhow::Result<Option<MatrixOptions>> {
        let section = config.matrix.clone().unwrap_or_default();
        if section.enabled == Some(false) {
            return Ok(None);
        }
        let read = |path: &Option<PathBuf>, what: &str| -> anyhow::Result<Option<String>> {
            match path {
                Some(p) => Ok(Some(
                    std::fs::read_to_string(p)
                        .with_context(|| format!("reading matrix.{what} {}", p.display()))?
                        .trim()
                        .to_string(),
                )),
                None => Ok(None),
            }
        };
        let Some(homeserver) = env("BAKEN_MATRIX_HOMESERVER").or(section.homeserver.clone()) else {
            return Ok(None);
        };
        let user = env("BAKEN_MATRIX_USER").or(section.user.clone());
        let password = env("BAKEN_MATRIX_PASSWORD")
            .or(section.password.clone())
            .or(read(&section.password_file, "password_file")?);
        let token = env("BAKEN_MATRIX_ACCESS_TOKEN")
            .or(section.access_token.clone())
            .or(read(&section.access_token_file, "access_token_file")?);
        let auth = match (password, token) {
            (_, Some(t)) => Auth::AccessToken(t),
            (Some(p), None) => {
                if user.is_none() {
                    anyhow::bail!(
                        "matrix: a password login needs the user (BAKEN_MATRIX_USER or matrix.user)"
                    );
                }
                Auth::Password(p)
            }
            (None, None) => anyhow::bail!(
                "matrix: set a password (BAKEN_MATRIX_PASSWORD) or an access token (BAKEN_MATRIX_ACCESS_TOKEN)"
            ),
        };
        let Some(store_passphrase) = env("BAKEN_MATRIX_STORE_PASSPHRASE")
            .or(section.store_passphrase.clone())
            .or(read(
                &section.store_passphrase_file,
                "store_passphrase_file",
            )?)
        else {
            anyhow::bail!(
                "matrix: set a store passphrase (BAKEN_MATRIX_STORE_PASSPHRASE): the crypto store on disk is always encrypted"
            );
        };
        if store_passphrase.chars().count() < 12 {
            anyhow::bail!("matrix: the store passphrase must be at least 12 characters");
        }
        if !(homeserver.starts_with("https://") || homeserver.starts_with("http://")) {
            anyhow::bail!("matrix: the homeserver must be an http(s):// address");
        }
        Ok(Some(MatrixOptions {
            homeserver,
            user,
            auth,
            store_dir: section
                .store_dir
                .clone()
                .unwrap_or_else(|| config.data_dir().join("matrix")),
            store_passphrase,
            device_name: section
                .device_name
                .clone()
                .unwrap_or_else(|| config.instance_name.clone()),
            session_ttl: Duration::from_secs(config.ttl_secs()),
            sweep_every: Duration::from_secs(60),
            reach: None,
        }))
    }
}

/// Counters for the statistics log line and the benchmark. No ids, no text.
#[derive(Debug, Default)]
pub struct Stats {
    pub handled: AtomicU64,
    pub sent: AtomicU64,
    pub redacted: AtomicU64,
    pub joined: AtomicU64,
    pub left: AtomicU64,
    pub groups_left: AtomicU64,
    pub expired: AtomicU64,
    pub undecryptable: AtomicU64,
    pub sync_errors: AtomicU64,
    pub failures: AtomicU64,
    /// Ordinary messages left unanswered because a crisis message came after them.
    pub dropped_for_crisis: AtomicU64,
    /// Invites declined because their inviter sent too many.
    pub invites_declined: AtomicU64,
}

fn inc(c: &AtomicU64) {
    c.fetch_add(1, Ordering::Relaxed);
}

/// Work for a room's worker, in arrival order.
#[derive(Debug)]
enum Job {
    /// The bot was invited.
    Invited,
    /// The person wrote (text or not).
    Message {
        event_id: OwnedEventId,
        event: Event,
    },
    /// A message the bot could not decrypt.
    Undecryptable,
    /// Someone else joined or was invited.
    Members,
    /// The other person left (or was banned).
    PersonLeft,
    /// The sweeper found no live session: leave if that is still true.
    Expire,
}

impl Job {
    fn name(&self) -> &'static str {
        match self {
            Job::Invited => "invited",
            Job::Message { .. } => "message",
            Job::Undecryptable => "undecryptable",
            Job::Members => "members",
            Job::PersonLeft => "person-left",
            Job::Expire => "expire",
        }
    }
}

struct Inner {
    client: Client,
    me: OwnedUserId,
    engine: Engine,
    store: Arc<dyn SessionStore>,
    hasher: Arc<KeyedHasher>,
    ttl: u64,
    sweep_every: Duration,
    reach: Option<Arc<crate::stats::Stats>>,
    /// Per room: the worker's queue and how many crisis messages wait in it. A worker exists
    /// exactly while its room has an entry.
    queues: Mutex<HashMap<OwnedRoomId, RoomQueue>>,
    /// Crisis messages accepted and not yet answered, in all rooms: while there are any,
    /// ordinary replies wait, so the homeserver's rate limit is spent on 112 first.
    crises: AtomicUsize,
    /// Invites per inviter (keyed hash): a burst from one account is declined beyond
    /// [`INVITES_PER_INVITER`] per minute (Matrix D8: 30 invites in 3 s slowed everyone).
    invites: SessionlessGate,
    /// Rooms the bot is in, with the unix time of the last activity (memory only).
    rooms: Mutex<HashMap<OwnedRoomId, u64>>,
    pending: AtomicUsize,
    drained: Notify,
    stats: Stats,
    /// When this connection started (ms since the epoch): older events are not answered,
    /// except a recent crisis message (see [`GAP_CRISIS_MS`]).
    started_ms: u64,
    /// Set during the first sync, whose events happened before this start.
    first_sync: std::sync::atomic::AtomicBool,
    /// The sync position after the first sync (`connect` sets it, `run` takes it).
    next_batch: Mutex<Option<String>>,
}

/// A room's queue: where its worker takes jobs from, and how many crisis messages wait in it.
type RoomQueue = (mpsc::UnboundedSender<Job>, Arc<AtomicUsize>);

/// A logged-in, synced Matrix channel. Cheap to clone.
#[derive(Clone)]
pub struct Matrix {
    inner: Arc<Inner>,
}

/// Log in, sync once, then serve until `shutdown` resolves.
pub async fn run(
    options: MatrixOptions,
    engine: Engine,
    store: Arc<dyn SessionStore>,
    hasher: Arc<KeyedHasher>,
    shutdown: impl Future<Output = ()>,
) -> anyhow::Result<()> {
    let matrix = Matrix::connect(&options, engine, store, hasher).await?;
    matrix.run(shutdown).await
}

impl Matrix {
    /// Open the crypto store, log in (or restore the device), and do the first sync, whose
    /// events are ignored. Pending invites are accepted.
    pub async fn connect(
        options: &MatrixOptions,
        engine: Engine,
        store: Arc<dyn SessionStore>,
        hasher: Arc<KeyedHasher>,
    ) -> anyhow::Result<Matrix> {
        let client = login(options).await?;
        let me = client
            .user_id()
            .context("matrix: logged in without a user id")?
            .to_owned();
        let inner = Arc::new(Inner {
            client: client.clone(),
            me,
            engine,
            store,
            hasher,
            ttl: options.session_ttl.as_secs(),
            sweep_every: options.sweep_every,
            reach: options.reach.clone(),
            queues: Mutex::new(HashMap::new()),
            crises: AtomicUsize::new(0),
            invites: SessionlessGate::new(INVITES_PER_INVITER, 60),
            rooms: Mutex::new(HashMap::new()),
            pending: AtomicUsize::new(0),
            drained: Notify::new(),
            stats: Stats::default(),
            next_batch: Mutex::new(None),
            first_sync: std::sync::atomic::AtomicBool::new(true),
            started_ms: std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_millis() as u64)
                .unwrap_or(0),
        });
        let matrix = Matrix { inner };
        // Handlers see the first sync too, but answer from it only a crisis message that is
        // the last event of its room and recent (Matrix D6: a crisis message sent while the
        // bot restarted was never answered).
        matrix.install_handlers();

        // The first sync: everything in it happened before this start and is not answered.
        let response = client
            // Synapse caches sync responses for a while by their parameters: an initial sync
            // identical to one before a quick restart would get that old, stale answer. A
            // random timeout makes the request new.
            .sync_once(
                SyncSettings::default()
                    .filter(sync_filter(1))
                    .timeout(Duration::from_millis(rand::random_range(1..500))),
            )
            .await
            .map_err(|e| anyhow::anyhow!("matrix: first sync failed: {}", error_kind(&e)))?;
        matrix.inner.first_sync.store(false, Ordering::SeqCst);
        tracing::debug!(
            joined = response.rooms.joined.len(),
            invited = response.rooms.invited.len(),
            left = response.rooms.left.len(),
            "matrix: first sync"
        );
        let now = crate::store::now();
        for room in client.joined_rooms() {
            matrix.lock_rooms().insert(room.room_id().to_owned(), now);
        }
        for room in client.invited_rooms() {
            matrix.enqueue(room.room_id(), Job::Invited);
        }
        tracing::info!(
            rooms = client.joined_rooms().len(),
            invites = client.invited_rooms().len(),
            "matrix: connected"
        );
        // Keep the position for the sync loop.
        *matrix
            .next_batch()
            .lock()
            .unwrap_or_else(|e| e.into_inner()) = Some(response.next_batch);
        Ok(matrix)
    }

    fn next_batch(&self) -> &Mutex<Option<String>> {
        &self.inner.next_batch
    }

    /// The channel's counters.
    pub fn stats(&self) -> &Stats {
        &self.inner.stats
    }

    /// Messages accepted and not yet answered.
    pub fn pending(&self) -> usize {
        self.inner.pending.load(Ordering::SeqCst)
    }

    /// The matrix-sdk client (for tests and diagnostics).
    pub fn client(&self) -> &Client {
        &self.inner.client
    }

    /// Sync until `shutdown`, then answer what was accepted (at most 30 s).
    pub async fn run(&self, shutdown: impl Future<Output = ()>) -> anyhow::Result<()> {
        let token = self
            .next_batch()
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take();
        // A long timeline per sync: after an outage, every message that piled up is seen
        // (a "limited" timeline would skip the oldest).
        let mut settings = SyncSettings::default()
            .filter(sync_filter(TIMELINE_LIMIT))
            .timeout(Duration::from_secs(30));
        if let Some(t) = token {
            settings = settings.token(t);
        }
        let backoff = Mutex::new(Duration::ZERO);
        let stats = &self.inner.stats;
        let sync = self
            .inner
            .client
            .sync_with_result_callback(settings, |result| {
                let backoff = &backoff;
                async move {
                    match result {
                        Ok(_) => {
                            *backoff.lock().unwrap_or_else(|e| e.into_inner()) = Duration::ZERO;
                            Ok(LoopCtrl::Continue)
                        }
                        Err(e) => {
                            if is_logged_out(&e) {
                                return Err(e);
                            }
                            inc(&stats.sync_errors);
                            let wait = {
                                let mut b = backoff.lock().unwrap_or_else(|e| e.into_inner());
                                *b =
                                    (*b * 2).clamp(Duration::from_secs(1), Duration::from_secs(60));
                                *b
                            };
                            tracing::warn!(
                                error = %error_kind(&e),
                                wait_s = wait.as_secs_f32(),
                                "matrix: sync failed; retrying"
                            );
                            tokio::time::sleep(wait).await;
                            Ok(LoopCtrl::Continue)
                        }
                    }
                }
            });
        let sweeper = async {
            loop {
                tokio::time::sleep(self.inner.sweep_every).await;
                self.sweep();
            }
        };
        let result = tokio::select! {
            r = sync => r.map_err(|e| anyhow::anyhow!("matrix: sync stopped: {}", error_kind(&e))),
            _ = sweeper => Ok(()),
            _ = shutdown => Ok(()),
        };
        if tokio::time::timeout(Duration::from_secs(30), self.drain())
            .await
            .is_err()
        {
            tracing::error!(
                unanswered = self.pending(),
                "matrix: shutdown: messages left unanswered after 30 s"
            );
        }
        result
    }

    /// Resolves when every accepted job is done.
    pub async fn drain(&self) {
        loop {
            let notified = self.inner.drained.notified();
            if self.pending() == 0 {
                return;
            }
            notified.await;
        }
    }

    /// Look for rooms without a live session and leave them; log statistics.
    pub fn sweep(&self) {
        let now = crate::store::now();
        let stale: Vec<OwnedRoomId> = self
            .lock_rooms()
            .iter()
            .filter(|(_, last)| now.saturating_sub(**last) > self.inner.ttl)
            .map(|(room, _)| room.clone())
            .collect();
        for room in &stale {
            self.enqueue(room, Job::Expire);
        }
        let s = &self.inner.stats;
        let g = |c: &AtomicU64| c.load(Ordering::Relaxed);
        tracing::info!(
            channel = "matrix",
            handled = g(&s.handled),
            sent = g(&s.sent),
            redacted = g(&s.redacted),
            joined = g(&s.joined),
            left = g(&s.left),
            groups_left = g(&s.groups_left),
            expired = g(&s.expired),
            undecryptable = g(&s.undecryptable),
            sync_errors = g(&s.sync_errors),
            failures = g(&s.failures),
            rooms = self.lock_rooms().len(),
            "stats"
        );
    }

    fn lock_rooms(&self) -> std::sync::MutexGuard<'_, HashMap<OwnedRoomId, u64>> {
        self.inner.rooms.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn install_handlers(&self) {
        let client = &self.inner.client;
        let this = self.clone();
        client.add_event_handler(move |ev: StrippedRoomMemberEvent, room: Room| {
            let this = this.clone();
            async move {
                if !this.inner.first_sync.load(Ordering::SeqCst)
                    && ev.state_key == this.inner.me
                    && ev.content.membership == MembershipState::Invite
                {
                    let inviter = this.inner.hasher.key("matrix-inviter", ev.sender.as_str());
                    if this.inner.invites.allow(&inviter, crate::store::now()) {
                        this.enqueue(room.room_id(), Job::Invited);
                    } else {
                        inc(&this.inner.stats.invites_declined);
                        let _ = room.leave().await;
                    }
                }
            }
        });
        let this = self.clone();
        client.add_event_handler(move |ev: OriginalSyncRoomMessageEvent, room: Room| {
            let this = this.clone();
            async move {
                if ev.sender == this.inner.me || room.state() != RoomState::Joined {
                    return;
                }
                let Some(event) = translate(&this.inner.engine, &ev) else {
                    return;
                };
                if (this.inner.first_sync.load(Ordering::SeqCst)
                    || before(&this, ev.origin_server_ts))
                    && !gap_crisis(&this, ev.origin_server_ts, &event)
                {
                    return;
                }
                {
                    this.enqueue(
                        room.room_id(),
                        Job::Message {
                            event_id: ev.event_id,
                            event,
                        },
                    );
                }
            }
        });
        let this = self.clone();
        client.add_event_handler(move |ev: OriginalSyncStickerEvent, room: Room| {
            let this = this.clone();
            async move {
                if ev.sender != this.inner.me
                    && room.state() == RoomState::Joined
                    && !this.inner.first_sync.load(Ordering::SeqCst)
                    && !before(&this, ev.origin_server_ts)
                {
                    // A sticker's description is read for crisis words too (Matrix D4).
                    let event =
                        crisis_only(&this.inner.engine, &ev.content.body).unwrap_or(Event::NonText);
                    this.enqueue(
                        room.room_id(),
                        Job::Message {
                            event_id: ev.event_id,
                            event,
                        },
                    );
                }
            }
        });
        let this = self.clone();
        client.add_event_handler(move |ev: OriginalSyncRoomEncryptedEvent, room: Room| {
            let this = this.clone();
            async move {
                // Handlers see this type only for events that could not be decrypted.
                if ev.sender != this.inner.me
                    && room.state() == RoomState::Joined
                    && !this.inner.first_sync.load(Ordering::SeqCst)
                    && !before(&this, ev.origin_server_ts)
                {
                    this.enqueue(room.room_id(), Job::Undecryptable);
                }
            }
        });
        let this = self.clone();
        client.add_event_handler(move |ev: SyncRoomMemberEvent, room: Room| {
            let this = this.clone();
            async move {
                if ev.state_key() == &this.inner.me
                    || room.state() != RoomState::Joined
                    || this.inner.first_sync.load(Ordering::SeqCst)
                {
                    return;
                }
                let job = match ev.membership() {
                    MembershipState::Join | MembershipState::Invite => Job::Members,
                    MembershipState::Leave | MembershipState::Ban => Job::PersonLeft,
                    _ => return,
                };
                this.enqueue(room.room_id(), job);
            }
        });
    }

    fn enqueue(&self, room: &matrix_sdk::ruma::RoomId, job: Job) {
        self.inner.pending.fetch_add(1, Ordering::SeqCst);
        let crisis = self.is_crisis(&job);
        let mut queues = self.inner.queues.lock().unwrap_or_else(|e| e.into_inner());
        if crisis {
            self.inner.crises.fetch_add(1, Ordering::SeqCst);
        }
        let job = match queues.get(room) {
            Some((tx, waiting)) => {
                if crisis {
                    waiting.fetch_add(1, Ordering::SeqCst);
                }
                match tx.send(job) {
                    Ok(()) => return,
                    Err(mpsc::error::SendError(job)) => {
                        if crisis {
                            waiting.fetch_sub(1, Ordering::SeqCst);
                        }
                        job
                    }
                }
            }
            None => job,
        };
        let (tx, rx) = mpsc::unbounded_channel();
        let waiting = Arc::new(AtomicUsize::new(usize::from(crisis)));
        let _ = tx.send(job);
        queues.insert(room.to_owned(), (tx, waiting.clone()));
        let this = self.clone();
        let room = room.to_owned();
        tokio::spawn(async move { this.worker(room, rx, waiting).await });
    }

    /// Whether a job is a message with crisis words.
    fn is_crisis(&self, job: &Job) -> bool {
        matches!(job, Job::Message { event: Event::Text(t), .. }
            if has_crisis(&self.inner.engine, t))
    }

    /// Work through a room's jobs in order, except that a crisis message goes first (Matrix
    /// D1): ordinary messages queued before it are dropped unanswered, and an ordinary reply
    /// still being sent when it arrives is cut short. The person gets 112 now, not after the
    /// homeserver's rate limit has let through every answer to what they typed before.
    async fn worker(
        self,
        room_id: OwnedRoomId,
        mut rx: mpsc::UnboundedReceiver<Job>,
        waiting: Arc<AtomicUsize>,
    ) {
        while let Some(job) = rx.recv().await {
            tracing::debug!(job = job.name(), "matrix: job");
            let crisis = self.is_crisis(&job);
            let message = matches!(job, Job::Message { .. });
            let open = if crisis {
                let open = self.handle(&room_id, job).await;
                waiting.fetch_sub(1, Ordering::SeqCst);
                self.inner.crises.fetch_sub(1, Ordering::SeqCst);
                open
            } else if message && waiting.load(Ordering::SeqCst) > 0 {
                inc(&self.inner.stats.dropped_for_crisis);
                true
            } else if message {
                let crisis_arrived = async {
                    while waiting.load(Ordering::SeqCst) == 0 {
                        tokio::time::sleep(Duration::from_millis(50)).await;
                    }
                };
                tokio::select! {
                    open = self.handle(&room_id, job) => open,
                    _ = crisis_arrived => {
                        inc(&self.inner.stats.dropped_for_crisis);
                        true
                    }
                }
            } else {
                self.handle(&room_id, job).await
            };
            self.done();
            if !open {
                // The bot left: drop the queue; anything still in it is moot.
                self.inner
                    .queues
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .remove(&room_id);
                rx.close();
                while let Some(job) = rx.recv().await {
                    if self.is_crisis(&job) {
                        self.inner.crises.fetch_sub(1, Ordering::SeqCst);
                    }
                    self.done();
                }
                return;
            }
        }
    }

    fn done(&self) {
        if self.inner.pending.fetch_sub(1, Ordering::SeqCst) == 1 {
            self.inner.drained.notify_waiters();
        }
    }

    fn key(&self, room: &matrix_sdk::ruma::RoomId) -> SessionKey {
        self.inner.hasher.key("matrix", room.as_str())
    }

    /// Handle one job; false when the bot has left the room.
    async fn handle(&self, room_id: &OwnedRoomId, job: Job) -> bool {
        let client = &self.inner.client;
        let Some(room) = client.get_room(room_id) else {
            return false;
        };
        match job {
            Job::Invited => {
                if room.state() != RoomState::Invited {
                    return room.state() == RoomState::Joined;
                }
                let t0 = std::time::Instant::now();
                if !self.join(&room).await {
                    return false;
                }
                if self.is_group(&room).await {
                    self.say_group_and_leave(&room).await;
                    return false;
                }
                self.touch(room_id);
                let open = self
                    .step(
                        &room,
                        Event::Start {
                            payload: None,
                            locale_hint: None,
                        },
                        None,
                    )
                    .await;
                tracing::debug!(
                    ms = t0.elapsed().as_millis() as u64,
                    "matrix: invite accepted, welcome sent"
                );
                open
            }
            Job::Message { event_id, event } => {
                if room.state() != RoomState::Joined {
                    return false;
                }
                if self.is_group(&room).await {
                    self.say_group_and_leave(&room).await;
                    return false;
                }
                self.touch(room_id);
                inc(&self.inner.stats.handled);
                self.step(&room, event, Some(event_id)).await
            }
            Job::Undecryptable => {
                if room.state() != RoomState::Joined {
                    return false;
                }
                inc(&self.inner.stats.undecryptable);
                self.touch(room_id);
                let locale = self.locale(&room);
                let text = self
                    .inner
                    .engine
                    .content()
                    .render(&locale, MSG_UNDECRYPTABLE);
                self.send_plain(&room, &text).await;
                true
            }
            Job::Members => {
                if room.state() != RoomState::Joined {
                    return false;
                }
                if self.is_group(&room).await {
                    self.say_group_and_leave(&room).await;
                    return false;
                }
                true
            }
            Job::PersonLeft => {
                if room.state() != RoomState::Joined {
                    return false;
                }
                // The person left the chat: nothing to keep, nobody to talk to.
                let _ = self.inner.store.remove(&self.key(room_id));
                self.leave(&room).await;
                false
            }
            Job::Expire => {
                let now = crate::store::now();
                let key = self.key(room_id);
                let live = matches!(self.inner.store.load(&key, now), Ok(Some(_)));
                let last = self.lock_rooms().get(room_id).copied().unwrap_or(0);
                if live || now.saturating_sub(last) <= self.inner.ttl {
                    return true;
                }
                inc(&self.inner.stats.expired);
                // Expired already, so unreadable; removed now rather than at the next sweep.
                let _ = self.inner.store.remove(&key);
                self.leave(&room).await;
                false
            }
        }
    }

    fn touch(&self, room: &OwnedRoomId) {
        self.lock_rooms().insert(room.clone(), crate::store::now());
    }

    fn locale(&self, room: &Room) -> String {
        match self
            .inner
            .store
            .load(&self.key(room.room_id()), crate::store::now())
        {
            Ok(Some(s)) => s.locale,
            _ => self.inner.engine.default_locale().to_string(),
        }
    }

    /// One turn ([`crate::channels::turn`]): load, step, erase/send/leave, save.
    async fn step(&self, room: &Room, event: Event, incoming: Option<OwnedEventId>) -> bool {
        let key = self.key(room.room_id());
        let now = crate::store::now();
        let turn = Turn {
            engine: &self.inner.engine,
            store: self.inner.store.as_ref(),
            reach: self.inner.reach.as_deref(),
            channel: "matrix",
            // Every room gets a session on its first message; nothing to hold back here.
            gate: None,
        };
        // Matrix asks the person's app for no language: the instance's is the start.
        let done = turn.step(&key, event, None, now, |_| {});
        if done.store_failed {
            inc(&self.inner.stats.failures);
        }
        let mut unerased = 0;
        if let Some(ids) = done.erase_ids(incoming.as_ref().map(|id| id.as_str())) {
            unerased = self.redact_all(room, &ids).await;
        }
        let end = done.ends();
        // Erase ends the session: its language is needed for the last message.
        let lang = done.closing_locale(&self.inner.engine, None);
        let mut session = done.outcome.session;
        if let (Some(s), Some(id)) = (session.as_mut(), &incoming) {
            s.remember_sent(id.as_str());
        }
        // A crisis answer goes out whole, ahead of every ordinary reply.
        let urgent = done.outcome.replies.iter().any(|r| r.crisis.is_some());
        for reply in &done.outcome.replies {
            if let Some(id) = self.send_reply(room, reply, urgent).await
                && let Some(s) = session.as_mut()
            {
                s.remember_sent(id.as_str());
            }
        }
        if !turn.save(&key, session.as_ref()) {
            inc(&self.inner.stats.failures);
        }
        if end {
            // How to remove the chat on the person's side, in the conversation's language.
            // Say what really happened: a crisis text left visible must not be called erased.
            let id = if unerased > 0 {
                MSG_DELETE_CHAT_FAILED
            } else {
                MSG_DELETE_CHAT
            };
            let text = self.inner.engine.content().render(&lang, id);
            self.send_plain(room, &text).await;
            self.leave(room).await;
            return false;
        }
        true
    }

    /// Redact every message; how many could not be redacted.
    async fn redact_all(&self, room: &Room, ids: &[String]) -> u64 {
        let mut failed = 0u64;
        for id in ids {
            let Ok(event_id) = matrix_sdk::ruma::EventId::parse(id) else {
                continue;
            };
            match room.redact(&event_id, None, None).await {
                Ok(_) => inc(&self.inner.stats.redacted),
                Err(_) => failed += 1,
            }
        }
        if failed > 0 {
            tracing::warn!(
                failed,
                "matrix: some messages could not be redacted (power level or network)"
            );
        }
        failed
    }

    async fn send_reply(&self, room: &Room, reply: &Reply, urgent: bool) -> Option<OwnedEventId> {
        if !urgent {
            // While a crisis answer waits anywhere, ordinary replies wait (at most 10 s, so
            // that a stream of crises cannot starve everyone else).
            let deadline = std::time::Instant::now() + Duration::from_secs(10);
            while self.inner.crises.load(Ordering::SeqCst) > 0
                && std::time::Instant::now() < deadline
            {
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }
        let (plain, html) = render(reply);
        self.send(room, RoomMessageEventContent::notice_html(plain, html))
            .await
    }

    async fn send_plain(&self, room: &Room, text: &str) -> Option<OwnedEventId> {
        let html = escape(text.trim_end()).replace('\n', "<br>");
        self.send(
            room,
            RoomMessageEventContent::notice_html(text.trim_end(), html),
        )
        .await
    }

    async fn send(&self, room: &Room, content: RoomMessageEventContent) -> Option<OwnedEventId> {
        // matrix-sdk retries transient failures (429 with its retry_after, 5xx, network) with
        // back-off; what still fails is counted and logged, never silently dropped.
        match room.send(content).await {
            Ok(r) => {
                inc(&self.inner.stats.sent);
                Some(r.response.event_id)
            }
            Err(e) => {
                inc(&self.inner.stats.failures);
                tracing::error!(error = %error_kind(&e), "matrix: a reply could not be sent");
                None
            }
        }
    }

    async fn join(&self, room: &Room) -> bool {
        // Synapse may answer an invite's join before the room is fully ready: retry a while
        // (as matrix-sdk's autojoin example does).
        let mut wait = Duration::from_secs(1);
        for _ in 0..6 {
            match room.join().await {
                Ok(()) => {
                    inc(&self.inner.stats.joined);
                    return true;
                }
                Err(e) => {
                    tracing::warn!(error = %error_kind(&e), "matrix: joining failed; retrying");
                    tokio::time::sleep(wait).await;
                    wait *= 2;
                }
            }
        }
        inc(&self.inner.stats.failures);
        tracing::error!("matrix: could not accept an invite");
        false
    }

    /// More than two members (joined or invited): not a direct chat.
    async fn is_group(&self, room: &Room) -> bool {
        match room.members(RoomMemberships::ACTIVE).await {
            Ok(m) => m.len() > 2,
            Err(_) => room.active_members_count() > 2,
        }
    }

    async fn say_group_and_leave(&self, room: &Room) {
        inc(&self.inner.stats.groups_left);
        let text = self
            .inner
            .engine
            .content()
            .render(self.inner.engine.default_locale(), MSG_DIRECT_ONLY);
        self.send_plain(room, &text).await;
        let _ = self.inner.store.remove(&self.key(room.room_id()));
        self.leave(room).await;
    }

    /// Leave and forget the room; forget its activity.
    async fn leave(&self, room: &Room) {
        self.lock_rooms().remove(room.room_id());
        if let Err(e) = room.leave().await {
            inc(&self.inner.stats.failures);
            tracing::warn!(error = %error_kind(&e), "matrix: leaving a room failed");
            return;
        }
        inc(&self.inner.stats.left);
        if let Some(room) = self.inner.client.get_room(room.room_id())
            && let Err(e) = room.forget().await
        {
            tracing::warn!(error = %error_kind(&e), "matrix: forgetting a room failed");
        }
    }
}

/// How many invites one account may send the bot per minute; more are declined.
pub const INVITES_PER_INVITER: u32 = 3;

/// Events per room and sync.
const TIMELINE_LIMIT: u32 = 200;

/// A sync filter: `limit` timeline events per room, members loaded lazily, no presence.
pub fn sync_filter(limit: u32) -> matrix_sdk::ruma::api::client::sync::sync_events::v3::Filter {
    use matrix_sdk::ruma::api::client::filter::{FilterDefinition, LazyLoadOptions};
    let mut f = FilterDefinition::default();
    f.room.timeline.limit = Some(limit.into());
    f.room.state.lazy_load_options = LazyLoadOptions::Enabled {
        include_redundant_members: false,
    };
    f.presence.not_types = vec!["*".into()];
    matrix_sdk::ruma::api::client::sync::sync_events::v3::Filter::FilterDefinition(f)
}

/// Whether an event happened before this connection started (it is then not answered).
fn before(matrix: &Matrix, ts: matrix_sdk::ruma::MilliSecondsSinceUnixEpoch) -> bool {
    u64::from(ts.get()) < matrix.inner.started_ms
}

/// How old a crisis message from before a (re)start may be and still get its answer.
pub const GAP_CRISIS_MS: u64 = 10 * 60 * 1000;

/// A message from before this start that is still answered: crisis words, under
/// [`GAP_CRISIS_MS`] old. In the first sync (one event per room) it is also the room's last
/// event, so nothing answered it yet.
fn gap_crisis(
    matrix: &Matrix,
    ts: matrix_sdk::ruma::MilliSecondsSinceUnixEpoch,
    event: &Event,
) -> bool {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0);
    now.saturating_sub(u64::from(ts.get())) < GAP_CRISIS_MS
        && matches!(event, Event::Text(t) if has_crisis(&matrix.inner.engine, t))
}

/// What the engine should see for a message, or `None` to ignore it (notices from other bots,
/// verification requests, edits without crisis words).
///
/// Every text a person typed is read for crisis words: an edit's new text (Matrix D3: an edit
/// that adds a crisis sentence), the caption or body of an image, file, location or unknown
/// message type (Matrix D4), and the whole of a long message (Matrix D5, see
/// [`crisis_window`]).
///
/// Public only for the `matrix_event` fuzz target (`fuzz/`); not part of the crate's API.
#[doc(hidden)]
pub fn translate(engine: &Engine, ev: &OriginalSyncRoomMessageEvent) -> Option<Event> {
    if let Some(Relation::Replacement(r)) = &ev.content.relates_to {
        // A corrected typo must not restart the conversation; a crisis sentence added later
        // must get its answer.
        return crisis_only(engine, &typed_text(&r.new_content.msgtype)?);
    }
    let is_reply = matches!(ev.content.relates_to, Some(Relation::Reply { .. }));
    match &ev.content.msgtype {
        MessageType::Text(t) => Some(Event::Text(crisis_window(
            engine,
            &strip_reply_fallback(&t.body, is_reply),
        ))),
        MessageType::Emote(t) => Some(Event::Text(crisis_window(
            engine,
            &strip_reply_fallback(&t.body, is_reply),
        ))),
        MessageType::Notice(_)
        | MessageType::VerificationRequest(_)
        | MessageType::ServerNotice(_) => None,
        // Images, files, voice, video, locations and anything unknown: never downloaded. Their
        // caption or description is read for crisis words; without them they get the calm
        // "I can only read text" answer (a file name is not a message).
        other => typed_text(other)
            .and_then(|text| crisis_only(engine, &text))
            .or(Some(Event::NonText)),
    }
}

/// The text as an event if it holds crisis words (anywhere in it), else `None`.
fn crisis_only(engine: &Engine, text: &str) -> Option<Event> {
    let window = crisis_window(engine, text);
    has_crisis(engine, &window).then_some(Event::Text(window))
}

/// The text a person typed in a message of any type: the body of text and emote messages, the
/// caption of media (older clients put the file name there instead, which holds no crisis
/// words), a location's description, the body of an unknown type.
fn typed_text(msgtype: &MessageType) -> Option<String> {
    match msgtype {
        MessageType::Notice(_)
        | MessageType::VerificationRequest(_)
        | MessageType::ServerNotice(_) => None,
        other => Some(other.body().to_string()),
    }
    .filter(|t| !t.trim().is_empty())
}

/// Older clients quote the message they reply to as `> ` lines before the text.
fn strip_reply_fallback(body: &str, is_reply: bool) -> String {
    if !is_reply || !body.starts_with("> ") {
        return body.to_string();
    }
    body.lines()
        .skip_while(|l| l.starts_with('>'))
        .skip_while(|l| l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// A reply as plain text and as HTML: the text, the options as a numbered list (answer with
/// the number or the words), the links. Every dynamic value is escaped. The HTML sits in a
/// `<div dir="auto">` so that an Arabic reply is laid out right to left (its numbers and
/// addresses carry Unicode isolates from the content; see `content::RTL_LOCALES`).
pub fn render(reply: &Reply) -> (String, String) {
    let text = reply.text.trim_end();
    let mut plain = text.to_string();
    let mut html = escape(text).replace('\n', "<br>");
    if !reply.options.is_empty() {
        plain.push('\n');
        html.push_str("<ol>");
        for line in numbered_options(reply) {
            plain.push('\n');
            plain.push_str(&line);
        }
        for o in &reply.options {
            html.push_str(&format!("<li>{}</li>", escape(&o.label)));
        }
        html.push_str("</ol>");
    }
    if !reply.links.is_empty() {
        plain.push('\n');
        html.push_str("<ul>");
        for l in &reply.links {
            plain.push_str(&format!("\n{}: {}", l.label, l.url));
            if l.url.starts_with("https://")
                || l.url.starts_with("http://")
                || l.url.starts_with("tel:")
            {
                html.push_str(&format!(
                    "<li><a href=\"{}\">{}</a></li>",
                    escape(&l.url),
                    escape(&l.label)
                ));
            } else {
                html.push_str(&format!(
                    "<li>{}: {}</li>",
                    escape(&l.label),
                    escape(&l.url)
                ));
            }
        }
        html.push_str("</ul>");
    }
    (plain, format!("<div dir=\"auto\">{html}</div>"))
}

/// HTML-escape text for a message body or an attribute (one function for every channel).
pub use crate::escape_html as escape;

/// A description of a matrix-sdk error that is safe to log: HTTP status and Matrix error code,
/// or the kind of network failure, or the message with every id and address removed.
pub fn error_kind(e: &matrix_sdk::Error) -> String {
    if let Some(api) = e.as_client_api_error() {
        let code = e
            .client_api_error_kind()
            .map(|k| k.errcode().to_string())
            .unwrap_or_else(|| "unknown".into());
        return format!("HTTP {} {}", api.status_code.as_u16(), code);
    }
    if let matrix_sdk::Error::Http(h) = e
        && let matrix_sdk::HttpError::Reqwest(r) = h.as_ref()
    {
        let kind = if r.is_timeout() {
            "timeout"
        } else if r.is_connect() {
            "connection failed"
        } else {
            "transport error"
        };
        return format!("network: {kind}");
    }
    scrub(&e.to_string())
}

/// Remove Matrix ids (`@user:server`, `!room:server`, `$event`, `#alias:server`) and URLs from
/// a message before it is logged.
pub fn scrub(s: &str) -> String {
    s.split_inclusive(char::is_whitespace)
        .map(|w| {
            let t = w.trim_matches(|c: char| !c.is_alphanumeric() && !"@!$#:/".contains(c));
            let id = t.len() > 1 && (t.starts_with(['@', '!', '$', '#']) || t.contains("://"));
            if id {
                w.replace(t, "…")
            } else {
                w.to_string()
            }
        })
        .collect()
}

fn is_logged_out(e: &matrix_sdk::Error) -> bool {
    use matrix_sdk::ruma::api::error::ErrorKind;
    matches!(
        e.client_api_error_kind(),
        Some(ErrorKind::UnknownToken { .. })
    )
}

/// Build a client on the encrypted crypto store and log in: restore the saved session, or log
/// in by password (keeping the stored device id), or with the configured access token.
async fn login(options: &MatrixOptions) -> anyhow::Result<Client> {
    std::fs::create_dir_all(&options.store_dir).with_context(|| {
        format!(
            "matrix: cannot create the store directory {}",
            options.store_dir.display()
        )
    })?;
    restrict_permissions(&options.store_dir);
    let crypto =
        matrix_sdk::SqliteCryptoStore::open(&options.store_dir, Some(&options.store_passphrase))
            .await
            .map_err(|e| {
                // A wrong passphrase does not mend by retrying: stop (Matrix D7).
                anyhow::Error::new(crate::channels::Fatal(format!(
                    "cannot open the crypto store in {} (wrong passphrase?): {}",
                    options.store_dir.display(),
                    scrub(&e.to_string())
                )))
            })?;
    restrict_permissions(&options.store_dir);
    let crypto: Arc<DynCryptoStore> = crypto.into_crypto_store();
    let saved: Option<MatrixSession> = crypto
        .get_custom_value(SESSION_KEY)
        .await
        .ok()
        .flatten()
        .and_then(|b| serde_json::from_slice(&b).ok());
    let stored_device = crypto
        .load_account()
        .await
        .ok()
        .flatten()
        .map(|a| a.device_id().to_owned());

    let build = || async {
        Client::builder()
            .homeserver_url(&options.homeserver)
            .store_config(
                StoreConfig::new(CrossProcessLockConfig::SingleProcess)
                    .crypto_store(crypto.clone()),
            )
            .request_config(
                RequestConfig::new()
                    .retry_limit(8)
                    .max_retry_time(Duration::from_secs(30)),
            )
            .build()
            .await
            .map_err(|e| {
                anyhow::anyhow!("matrix: cannot build the client: {}", scrub(&e.to_string()))
            })
    };

    // 1. A saved session for the same credentials: the same device, no new login.
    if let Some(s) = saved.clone() {
        let same = match &options.auth {
            Auth::AccessToken(t) => s.tokens.access_token == *t,
            Auth::Password(_) => options
                .user
                .as_deref()
                .is_none_or(|u| user_matches(u, s.meta.user_id.as_str())),
        };
        if same {
            let client = build().await?;
            client.restore_session(s).await.map_err(|e| {
                anyhow::anyhow!("matrix: cannot restore the session: {}", error_kind(&e))
            })?;
            match client.whoami().await {
                Ok(_) => {
                    tracing::info!("matrix: session restored (same device)");
                    return Ok(client);
                }
                Err(e) => {
                    let e = matrix_sdk::Error::from(e);
                    if !is_logged_out(&e) {
                        anyhow::bail!("matrix: cannot reach the homeserver: {}", error_kind(&e));
                    }
                    tracing::warn!("matrix: the saved session was logged out; logging in again");
                }
            }
        }
    }

    let client = build().await?;
    match &options.auth {
        Auth::Password(password) => {
            let user = options.user.as_deref().unwrap_or_default();
            let device = saved
                .as_ref()
                .map(|s| s.meta.device_id.to_string())
                .or(stored_device.map(|d| d.to_string()));
            let mut login = client
                .matrix_auth()
                .login_username(user, password)
                .initial_device_display_name(&options.device_name);
            if let Some(d) = &device {
                login = login.device_id(d);
            }
            login
                .send()
                .await
                .map_err(|e| anyhow::anyhow!("matrix: login failed: {}", error_kind(&e)))?;
        }
        Auth::AccessToken(token) => {
            // Ask the homeserver whose token this is, then restore it as a session.
            let probe = Client::builder()
                .homeserver_url(&options.homeserver)
                .build()
                .await
                .map_err(|e| {
                    anyhow::anyhow!("matrix: cannot build the client: {}", scrub(&e.to_string()))
                })?;
            let who = whoami(&probe, token).await?;
            let device = who
                .device_id
                .context("matrix: the access token has no device; log in once with a password")?;
            client
                .restore_session(MatrixSession {
                    meta: SessionMeta {
                        user_id: who.user_id,
                        device_id: device,
                    },
                    tokens: SessionTokens {
                        access_token: token.clone(),
                        refresh_token: None,
                    },
                })
                .await
                .map_err(|e| {
                    anyhow::anyhow!("matrix: cannot use the access token: {}", error_kind(&e))
                })?;
        }
    }
    if let Some(session) = client.matrix_auth().session() {
        let bytes = serde_json::to_vec(&session).expect("a session serialises");
        crypto
            .set_custom_value(SESSION_KEY, bytes)
            .await
            .map_err(|e| {
                anyhow::anyhow!("matrix: cannot save the session: {}", scrub(&e.to_string()))
            })?;
    }
    tracing::info!("matrix: logged in");
    Ok(client)
}

async fn whoami(
    probe: &Client,
    token: &str,
) -> anyhow::Result<matrix_sdk::ruma::api::client::account::whoami::v3::Response> {
    use matrix_sdk::ruma::api::client::account::whoami;
    // A throwaway session on a memory store, only to send the request with this token.
    probe
        .restore_session(MatrixSession {
            meta: SessionMeta {
                user_id: matrix_sdk::ruma::owned_user_id!("@probe:localhost"),
                device_id: "PROBE".into(),
            },
            tokens: SessionTokens {
                access_token: token.to_string(),
                refresh_token: None,
            },
        })
        .await
        .map_err(|e| anyhow::anyhow!("matrix: {}", error_kind(&e)))?;
    probe.send(whoami::v3::Request::new()).await.map_err(|e| {
        anyhow::anyhow!(
            "matrix: the access token was refused: {}",
            error_kind(&e.into())
        )
    })
}

fn user_matches(configured: &str, full: &str) -> bool {
    configured == full
        || full.strip_prefix('@').and_then(|f| f.split(':').next()) == Some(configured)
}

/// The store directory 0700 and every file in it 0600, whatever the umask (Matrix D11: the
/// SQLite files were 0644).
fn restrict_permissions(dir: &std::path::Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700));
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            if entry.file_type().is_ok_and(|t| t.is_file()) {
                let _ =
                    std::fs::set_permissions(entry.path(), std::fs::Permissions::from_mode(0o600));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{Link, ReplyOption};

    #[test]
    fn render_numbers_options_and_escapes() {
        let reply = Reply {
            text: "Hallo <b>&\nTweede".into(),
            options: vec![
                ReplyOption {
                    label: "Eén <script>".into(),
                    node: "n".into(),
                    index: 0,
                },
                ReplyOption {
                    label: "Twee".into(),
                    node: "n".into(),
                    index: 1,
                },
            ],
            links: vec![Link {
                label: "Site".into(),
                url: "https://x.nl/?a=1&b=\"2\"".into(),
            }],
            node: None,
            crisis: None,
            caution: false,
        };
        let (plain, html) = render(&reply);
        assert_eq!(
            plain,
            "Hallo <b>&\nTweede\n\n1. Eén <script>\n2. Twee\n\nSite: https://x.nl/?a=1&b=\"2\""
        );
        assert!(html.starts_with(
            "<div dir=\"auto\">Hallo &lt;b&gt;&amp;<br>Tweede<ol><li>Eén &lt;script&gt;</li>"
        ));
        assert!(html.ends_with("</ul></div>"));
        assert!(html.contains("href=\"https://x.nl/?a=1&amp;b=&quot;2&quot;\""));
        assert!(!html.contains("<script>"));
    }

    /// An Arabic reply from the real content keeps its isolates in both bodies, and the HTML
    /// lets the client lay it out right to left.
    #[test]
    fn an_arabic_reply_keeps_its_numbers_isolated() {
        let mut files = crate::ContentFiles::embedded();
        let mut ar = files.locales["en"].clone();
        let settings = ar.settings.as_mut().unwrap();
        settings.text = settings.text.replace(
            "name = \"English\"",
            "name = \"العربية\"\nreview = \"draft\"",
        );
        ar.ftl.push(crate::content::SourceFile {
            path: "locales/ar/t.ftl".into(),
            text: "t-call = اتصل بالرقم { -vt-tel } الآن.\n".into(),
            instance: false,
        });
        files.locales.insert("ar".into(), ar);
        files.only_locales(&["nl".into(), "ar".into()]);
        let content = crate::Content::load(files).unwrap();
        let reply = Reply {
            text: content.render("ar", "t-call"),
            options: vec![],
            links: vec![],
            node: None,
            crisis: None,
            caution: false,
        };
        let (plain, html) = render(&reply);
        assert!(plain.contains("\u{2068}0800-2000\u{2069}"), "{plain:?}");
        assert!(html.contains("\u{2068}0800-2000\u{2069}"), "{html:?}");
        assert!(html.starts_with("<div dir=\"auto\">"));
    }

    #[test]
    fn scrub_removes_ids_and_urls() {
        let s = scrub(
            "error for @alice:example.org in !abc:example.org event $xyz (https://hs/_matrix/client/v3/rooms/!a:b/send)",
        );
        assert!(!s.contains("alice"), "{s}");
        assert!(!s.contains("abc"), "{s}");
        assert!(!s.contains("xyz"), "{s}");
        assert!(!s.contains("_matrix"), "{s}");
        assert!(s.starts_with("error for … in … event …"), "{s}");
    }

    #[test]
    fn reply_fallback_is_stripped() {
        assert_eq!(strip_reply_fallback("> <@a:b> hoi\n\n2", true), "2");
        assert_eq!(strip_reply_fallback("> quote", false), "> quote");
    }

    #[test]
    fn options_from_env_without_file() {
        let env = |k: &str| match k {
            "BAKEN_MATRIX_HOMESERVER" => Some("http://127.0.0.1:8008".to_string()),
            "BAKEN_MATRIX_USER" => Some("baken".to_string()),
            "BAKEN_MATRIX_PASSWORD" => Some("pw".to_string()),
            "BAKEN_MATRIX_STORE_PASSPHRASE" => Some("a long passphrase".to_string()),
            _ => None,
        };
        let o = MatrixOptions::from_config(&Config::default(), &env)
            .unwrap()
            .unwrap();
        assert!(o.auth == Auth::Password("pw".into()));
        assert!(o.store_dir.ends_with("matrix"));
        assert!(!format!("{o:?}").contains("passphrase\""));
        // No passphrase: refused.
        let env2 = |k: &str| {
            (k != "BAKEN_MATRIX_STORE_PASSPHRASE")
                .then(|| env(k))
                .flatten()
        };
        assert!(MatrixOptions::from_config(&Config::default(), &env2).is_err());
        // No homeserver: not configured.
        assert!(
            MatrixOptions::from_config(&Config::default(), &|_| None)
                .unwrap()
                .is_none()
        );
    }

    #[test]
    fn user_matching() {
        assert!(user_matches("baken", "@baken:localhost"));
        assert!(user_matches("@baken:localhost", "@baken:localhost"));
        assert!(!user_matches("other", "@baken:localhost"));
    }
}
