//! The Matrix channel against a real Synapse on 127.0.0.1 (see `support/synapse.rs`: installed
//! from PyPI into the target directory on first use).
//!
//! A test person is a matrix-sdk client. What the bot should answer is computed with the same
//! engine and [`baken::channels::matrix::render`], so these tests check the channel, not the wording.

#![cfg(feature = "matrix")]
#![recursion_limit = "256"]

#[path = "support/synapse.rs"]
mod synapse;

use std::sync::Arc;
use std::time::Duration;

use baken::channels::matrix::{Auth, Matrix, MatrixOptions};
use baken::config::Config;
use baken::{Engine, Event, KeyedHasher, MemoryStore, Session, SessionStore};
use matrix_sdk::config::SyncSettings;
use matrix_sdk::ruma::api::client::room::create_room::v3::{Request as CreateRoom, RoomPreset};
use matrix_sdk::ruma::events::room::member::{MembershipState, SyncRoomMemberEvent};
use matrix_sdk::ruma::events::room::message::{
    ImageMessageEventContent, MessageType, OriginalSyncRoomMessageEvent, RoomMessageEventContent,
};
use matrix_sdk::ruma::events::room::redaction::OriginalSyncRoomRedactionEvent;
use matrix_sdk::ruma::{OwnedEventId, OwnedUserId, mxc_uri};
use matrix_sdk::{Client, Room};
use synapse::{Synapse, rand_hex};
use tokio::sync::{mpsc, oneshot};

const PASS: &str = "correct horse battery staple";
const WAIT: Duration = Duration::from_secs(60);

/// What the test person's client saw.
#[derive(Debug, Clone)]
enum Seen {
    Message {
        event_id: OwnedEventId,
        sender: OwnedUserId,
        body: String,
        html: Option<String>,
        notice: bool,
    },
    Redacted(OwnedEventId),
    Member {
        user: String,
        membership: MembershipState,
    },
}

/// A person with a Matrix client that syncs in the background.
struct Person {
    client: Client,
    seen: mpsc::UnboundedReceiver<Seen>,
    sync: tokio::task::JoinHandle<()>,
    /// How long to wait for something before failing.
    wait: Duration,
}

impl Drop for Person {
    fn drop(&mut self) {
        self.sync.abort();
    }
}

impl Person {
    async fn login(hs: &Synapse, name: &str) -> Person {
        let localpart = format!("{name}{}", rand_hex());
        hs.register(&localpart, PASS);
        let client = Client::builder()
            .homeserver_url(hs.url())
            .build()
            .await
            .unwrap();
        client
            .matrix_auth()
            .login_username(&localpart, PASS)
            .send()
            .await
            .unwrap();
        let (tx, seen) = mpsc::unbounded_channel();
        let t = tx.clone();
        client.add_event_handler(move |ev: OriginalSyncRoomMessageEvent| {
            let t = t.clone();
            async move {
                let (body, html, notice) = match &ev.content.msgtype {
                    MessageType::Notice(n) => (
                        n.body.clone(),
                        n.formatted.as_ref().map(|f| f.body.clone()),
                        true,
                    ),
                    MessageType::Text(n) => (n.body.clone(), None, false),
                    other => (other.body().to_string(), None, false),
                };
                let _ = t.send(Seen::Message {
                    event_id: ev.event_id,
                    sender: ev.sender,
                    body,
                    html,
                    notice,
                });
            }
        });
        let t = tx.clone();
        client.add_event_handler(move |ev: OriginalSyncRoomRedactionEvent| {
            let t = t.clone();
            async move {
                if let Some(id) = ev.content.redacts.clone().or(ev.redacts.clone()) {
                    let _ = t.send(Seen::Redacted(id));
                }
            }
        });
        let t = tx;
        client.add_event_handler(move |ev: SyncRoomMemberEvent| {
            let t = t.clone();
            async move {
                let _ = t.send(Seen::Member {
                    user: ev.state_key().to_string(),
                    membership: ev.membership().clone(),
                });
            }
        });
        let filter = || baken::channels::matrix::sync_filter(200);
        client
            .sync_once(SyncSettings::default().filter(filter()))
            .await
            .unwrap();
        let c = client.clone();
        let sync = tokio::spawn(async move {
            // Keep syncing through homeserver restarts.
            loop {
                let _ = c
                    .sync(
                        SyncSettings::default()
                            .filter(filter())
                            .timeout(Duration::from_secs(5)),
                    )
                    .await;
                tokio::time::sleep(Duration::from_millis(500)).await;
            }
        });
        Person {
            client,
            seen,
            sync,
            wait: WAIT,
        }
    }

    fn id(&self) -> OwnedUserId {
        self.client.user_id().unwrap().to_owned()
    }

    /// Wait until `f` picks something from what was seen; everything before it is consumed.
    async fn wait_for<T>(&mut self, what: &str, mut f: impl FnMut(&Seen) -> Option<T>) -> T {
        let deadline = tokio::time::Instant::now() + self.wait;
        loop {
            match tokio::time::timeout_at(deadline, self.seen.recv()).await {
                Ok(Some(s)) => {
                    if let Some(t) = f(&s) {
                        return t;
                    }
                }
                Ok(None) => panic!("client stopped while waiting for {what}"),
                Err(_) => panic!("timed out waiting for {what}"),
            }
        }
    }

    /// The next `n` messages from `bot`: (event id, plain body, html body).
    async fn replies(
        &mut self,
        bot: &OwnedUserId,
        n: usize,
    ) -> Vec<(OwnedEventId, String, String)> {
        let mut out = Vec::new();
        while out.len() < n {
            let r = self
                .wait_for("a reply", |s| match s {
                    Seen::Message {
                        event_id,
                        sender,
                        body,
                        html,
                        notice,
                    } if sender == bot => {
                        assert!(notice, "the bot sends m.notice");
                        Some((
                            event_id.clone(),
                            body.clone(),
                            html.clone().expect("the bot sends an HTML body too"),
                        ))
                    }
                    _ => None,
                })
                .await;
            out.push(r);
        }
        out
    }

    /// Wait until the bot (`bot_id`) has left a room this person is in.
    async fn bot_left(&mut self, bot_id: &str, what: &str) {
        self.wait_for(what, |s| match s {
            Seen::Member { user, membership }
                if user == bot_id && *membership == MembershipState::Leave =>
            {
                Some(())
            }
            _ => None,
        })
        .await
    }

    async fn say(&self, room: &Room, text: &str) -> OwnedEventId {
        room.send(RoomMessageEventContent::text_plain(text))
            .await
            .unwrap()
            .response
            .event_id
    }
}

fn logs() {
    let _ = tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::from_default_env())
        .with_test_writer()
        .try_init();
}

/// The same engine as the bot's, to compute expected replies.
fn engine() -> Engine {
    let content = baken::load_content(&Config::default()).unwrap();
    Engine::new(Arc::new(content), "nl")
}

/// Plays the person's side through a local engine: the bodies the bot must send.
struct Expect {
    engine: Engine,
    session: Option<Session>,
}

impl Expect {
    fn new() -> Self {
        Expect {
            engine: engine(),
            session: None,
        }
    }
    fn step(&mut self, event: Event) -> Vec<String> {
        let out = self
            .engine
            .step(self.session.take(), event, baken::store::now());
        self.session = out.session;
        out.replies
            .iter()
            .map(|r| baken::channels::matrix::render(r).0)
            .collect()
    }
    fn text(&mut self, t: &str) -> Vec<String> {
        self.step(Event::Text(t.into()))
    }
}

struct Bot {
    user: OwnedUserId,
    options: MatrixOptions,
    matrix: Matrix,
    /// The bot's session store (in memory here).
    store: Arc<dyn SessionStore>,
    stop: Option<oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<anyhow::Result<()>>,
    _store_dir: Option<tempfile::TempDir>,
}

impl Bot {
    async fn register(hs: &Synapse, ttl: Duration) -> Bot {
        let localpart = format!("baken{}", rand_hex());
        let user = hs.register(&localpart, PASS);
        let dir = tempfile::tempdir().unwrap();
        let options = MatrixOptions {
            homeserver: hs.url(),
            user: Some(localpart),
            auth: Auth::Password(PASS.into()),
            store_dir: dir.path().join("matrix"),
            store_passphrase: "a test passphrase, long enough".into(),
            device_name: "Baken test".into(),
            session_ttl: ttl,
            sweep_every: Duration::from_secs(1),
            reach: None,
        };
        let mut bot = Bot::start(options, ttl).await;
        bot.user = user.try_into().unwrap();
        bot._store_dir = Some(dir);
        bot
    }

    async fn start(options: MatrixOptions, ttl: Duration) -> Bot {
        let store: Arc<dyn SessionStore> = Arc::new(MemoryStore::new(ttl.as_secs()));
        let matrix = Matrix::connect(
            &options,
            engine(),
            store.clone(),
            Arc::new(KeyedHasher::random()),
        )
        .await
        .unwrap();
        let (tx, rx) = oneshot::channel::<()>();
        let m = matrix.clone();
        let task = tokio::spawn(async move {
            m.run(async {
                let _ = rx.await;
            })
            .await
        });
        Bot {
            user: matrix.client().user_id().unwrap().to_owned(),
            options,
            matrix,
            store,
            stop: Some(tx),
            task,
            _store_dir: None,
        }
    }

    async fn stop(&mut self) {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
        (&mut self.task).await.unwrap().unwrap();
    }

    async fn restart(mut self) -> Bot {
        self.stop().await;
        let dir = self._store_dir.take();
        let user = self.user.clone();
        let options = self.options.clone();
        let ttl = options.session_ttl;
        drop(self);
        let mut bot = Bot::start(options, ttl).await;
        bot.user = user;
        bot._store_dir = dir;
        bot
    }
}

/// Open an encrypted direct chat with the bot, wait for the welcome, check it.
async fn open_dm(person: &mut Person, bot: &Bot, expect: &mut Expect) -> (Room, Vec<OwnedEventId>) {
    let room = person.client.create_dm(&bot.user).await.unwrap();
    assert!(
        room.latest_encryption_state().await.unwrap().is_encrypted(),
        "a direct chat is end-to-end encrypted"
    );
    let want = expect.step(Event::Start {
        payload: None,
        locale_hint: None,
    });
    let got = person.replies(&bot.user, want.len()).await;
    assert_eq!(bodies(&got), want);
    (room, got.into_iter().map(|g| g.0).collect())
}

fn bodies(got: &[(OwnedEventId, String, String)]) -> Vec<String> {
    got.iter().map(|g| g.1.clone()).collect()
}

/// Say something and check the bot's answer against the engine's.
async fn exchange(
    person: &mut Person,
    room: &Room,
    bot: &Bot,
    expect: &mut Expect,
    text: &str,
) -> (OwnedEventId, Vec<(OwnedEventId, String, String)>) {
    let want = expect.text(text);
    let mine = person.say(room, text).await;
    let got = person.replies(&bot.user, want.len()).await;
    assert_eq!(bodies(&got), want, "answer to {text:?}");
    (mine, got)
}

/// Several people open encrypted chats at the same moment: each gets the welcome and then the
/// answer to their own message, in their own chat, never someone else's. (How fast that is
/// with 50 people is the ignored benchmark below, not this test.)
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn people_at_once_each_get_their_own_conversation() {
    logs();
    let hs = Synapse::start();
    let bot = Arc::new(Bot::register(&hs, Duration::from_secs(1800)).await);
    // Different first answers, so an answer in the wrong chat would show.
    let texts = ["1", "2", "3", "4", "ben je een mens?", "help"];
    let mut tasks = Vec::new();
    for text in texts {
        let mut person = Person::login(&hs, "p").await;
        let bot = bot.clone();
        tasks.push(tokio::spawn(async move {
            let mut expect = Expect::new();
            let (room, _) = open_dm(&mut person, &bot, &mut expect).await;
            exchange(&mut person, &room, &bot, &mut expect, text).await;
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn encrypted_direct_chat_conversation_crisis_image_and_erase() {
    logs();
    let hs = Synapse::start();
    let bot = Bot::register(&hs, Duration::from_secs(1800)).await;
    let mut alice = Person::login(&hs, "alice").await;
    let mut expect = Expect::new();
    let (room, mut ids) = open_dm(&mut alice, &bot, &mut expect).await;
    let mut mine = Vec::new();

    // Options are a numbered list in plain text and an ordered list in HTML.
    let (m, got) = exchange(&mut alice, &room, &bot, &mut expect, "1").await;
    mine.push(m);
    assert!(got.last().unwrap().1.contains("\n1. "), "numbered options");
    assert!(got.last().unwrap().2.contains("<ol><li>"), "HTML list");
    ids.extend(got.into_iter().map(|g| g.0));
    // By number and by free text.
    for text in ["1", "ben je een mens?", "menu"] {
        let (m, got) = exchange(&mut alice, &room, &bot, &mut expect, text).await;
        mine.push(m);
        ids.extend(got.into_iter().map(|g| g.0));
    }

    // A crisis message: 112 first.
    let (m, got) = exchange(
        &mut alice,
        &room,
        &bot,
        &mut expect,
        "hij heeft een mes en dreigt me",
    )
    .await;
    mine.push(m);
    let first_line = got[0].1.lines().next().unwrap().to_string();
    assert!(
        first_line.contains("112"),
        "crisis answer leads with 112: {first_line}"
    );
    ids.extend(got.into_iter().map(|g| g.0));

    // An image: not downloaded, a calm answer asking for text.
    let want = expect.step(Event::NonText);
    let image = room
        .send(RoomMessageEventContent::new(MessageType::Image(
            ImageMessageEventContent::plain(
                "photo.jpg".into(),
                mxc_uri!("mxc://localhost/nothing").to_owned(),
            ),
        )))
        .await
        .unwrap()
        .response
        .event_id;
    mine.push(image);
    let got = alice.replies(&bot.user, want.len()).await;
    assert_eq!(bodies(&got), want);
    ids.extend(got.into_iter().map(|g| g.0));

    // Erase: every message redacted (the bot's and, with its power level in a direct chat,
    // the person's), how to delete the chat, then the bot leaves.
    let stop = alice.say(&room, "stop").await;
    mine.push(stop);
    let mut pending: std::collections::HashSet<OwnedEventId> =
        ids.iter().chain(mine.iter()).cloned().collect();
    let bot_id = bot.user.to_string();
    let mut left = false;
    let mut notices = Vec::new();
    while !pending.is_empty() || !left {
        let s = alice
            .wait_for(
                &format!("{} redactions and the bot leaving ({left})", pending.len()),
                |s| Some(s.clone()),
            )
            .await;
        match s {
            Seen::Redacted(id) => {
                pending.remove(&id);
            }
            Seen::Member { user, membership }
                if user == bot_id && membership == MembershipState::Leave =>
            {
                left = true
            }
            Seen::Message { sender, body, .. } if sender == bot.user => notices.push(body),
            _ => {}
        }
    }
    let content = engine();
    let c = content.content();
    assert!(
        notices
            .iter()
            .any(|n| n.trim() == c.render("nl", "erased").trim()),
        "{notices:?}"
    );
    assert!(
        notices
            .iter()
            .any(|n| n.trim() == c.render("nl", "matrix-delete-chat").trim()),
        "{notices:?}"
    );
    assert!(
        bot.matrix
            .client()
            .get_room(room.room_id())
            .is_none_or(|r| r.state() != matrix_sdk::RoomState::Joined)
    );
    assert_eq!(bot.store.len(), 0, "erase removed the session");
}

/// Logged in with an access token instead of a password, on a homeserver that rate-limits
/// messages: every answer still arrives, complete and in order. The homeserver's 429 answers
/// to the bot were waited out, not lost.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn access_token_login_and_rate_limited_sends() {
    logs();
    let hs = Synapse::start_with_message_rate("{per_second: 0.5, burst_count: 2}");
    // The operator logs the bot's account in once (that makes a device) and gives Baken the token.
    let localpart = format!("baken{}", rand_hex());
    let bot_user = hs.register(&localpart, PASS);
    let operator = Client::builder()
        .homeserver_url(hs.url())
        .build()
        .await
        .unwrap();
    let token = operator
        .matrix_auth()
        .login_username(&localpart, PASS)
        .send()
        .await
        .unwrap()
        .access_token;
    drop(operator);
    let dir = tempfile::tempdir().unwrap();
    let ttl = Duration::from_secs(1800);
    let options = MatrixOptions {
        homeserver: hs.url(),
        user: None,
        auth: Auth::AccessToken(token),
        store_dir: dir.path().join("matrix"),
        store_passphrase: "a test passphrase, long enough".into(),
        device_name: "Baken test".into(),
        session_ttl: ttl,
        sweep_every: Duration::from_secs(60),
        reach: None,
    };
    let bot = Bot::start(options, ttl).await;
    assert_eq!(bot.user.as_str(), bot_user);

    let mut alice = Person::login(&hs, "alice").await;
    let mut expect = Expect::new();
    let (room, _) = open_dm(&mut alice, &bot, &mut expect).await;
    for text in ["1", "1", "menu", "2"] {
        exchange(&mut alice, &room, &bot, &mut expect, text).await;
    }
    let limited = hs
        .log()
        .lines()
        .filter(|l| l.contains(&bot_user) && l.contains("/send/") && l.contains(" 429 "))
        .count();
    assert!(
        limited > 0,
        "the homeserver never limited the bot:\n{}",
        hs.log()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn group_rooms_plain_rooms_and_expired_sessions() {
    logs();
    let hs = Synapse::start();
    // A short session lifetime: the sweeper leaves idle rooms after it.
    let bot = Bot::register(&hs, Duration::from_secs(3)).await;
    let mut alice = Person::login(&hs, "alice").await;
    let carol = Person::login(&hs, "carol").await;
    let bot_id = bot.user.to_string();

    // A group: said once, then left.
    let mut req = CreateRoom::new();
    req.invite = vec![bot.user.clone(), carol.id()];
    req.preset = Some(RoomPreset::PrivateChat);
    alice.client.create_room(req).await.unwrap();
    let direct_only = engine().content().render("nl", "matrix-direct-only");
    let got = alice.replies(&bot.user, 1).await;
    assert_eq!(got[0].1.trim(), direct_only.trim());
    alice.bot_left(&bot_id, "the bot leaving the group").await;

    // A direct chat without encryption works the same.
    let mut req = CreateRoom::new();
    req.invite = vec![bot.user.clone()];
    req.is_direct = true;
    req.preset = Some(RoomPreset::TrustedPrivateChat);
    let room = alice.client.create_room(req).await.unwrap();
    assert!(!room.latest_encryption_state().await.unwrap().is_encrypted());
    let mut expect = Expect::new();
    let want = expect.step(Event::Start {
        payload: None,
        locale_hint: None,
    });
    let got = alice.replies(&bot.user, want.len()).await;
    assert_eq!(bodies(&got), want);
    exchange(&mut alice, &room, &bot, &mut expect, "2").await;

    // Then silence: the session expires and the bot leaves the room.
    alice
        .bot_left(&bot_id, "the bot leaving after the session expired")
        .await;
    // Nothing kept: the group rooms' sessions and the expired one are gone from the store.
    assert_eq!(bot.store.len(), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bot_restart_and_homeserver_restart_mid_conversation() {
    logs();
    let mut hs = Synapse::start();
    let bot = Bot::register(&hs, Duration::from_secs(1800)).await;
    let device = bot.matrix.client().device_id().unwrap().to_owned();
    let mut alice = Person::login(&hs, "alice").await;
    let mut expect = Expect::new();
    let (room, _) = open_dm(&mut alice, &bot, &mut expect).await;
    exchange(&mut alice, &room, &bot, &mut expect, "1").await;

    // The bot restarts: same device, still decrypts. (Its session cache starts empty, as with
    // `baken serve`, so the engine starts afresh.)
    let bot = bot.restart().await;
    assert_eq!(
        bot.matrix.client().device_id().unwrap(),
        &device,
        "one device across restarts"
    );
    let mut expect = Expect::new();
    exchange(&mut alice, &room, &bot, &mut expect, "menu").await;
    exchange(&mut alice, &room, &bot, &mut expect, "2").await;

    // The homeserver restarts: both sides reconnect, the conversation goes on.
    hs.restart();
    exchange(&mut alice, &room, &bot, &mut expect, "menu").await;
    exchange(&mut alice, &room, &bot, &mut expect, "ben je een mens?").await;
}

/// `baken serve` with only the `BAKEN_MATRIX_*` environment and no config file runs the Matrix
/// channel on the shipped content; even at debug level its log holds no ids and no text.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_from_environment_logs_no_ids() {
    logs();
    let hs = Synapse::start();
    let localpart = format!("baken{}", rand_hex());
    let bot_user: OwnedUserId = hs.register(&localpart, PASS).try_into().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let log_path = dir.path().join("stderr.log");
    let child_guard = serve_matrix(&hs, &localpart, dir.path(), |cmd| {
        cmd.env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("RUST_LOG", "trace")
            .stderr(std::fs::File::create(&log_path).unwrap());
    });

    // Markers in the person's user id, display name and messages (a crisis message among them).
    let mut alice = Person::login(&hs, "mkuserid").await;
    let display_name = "Mkdisplayname Qxw";
    alice
        .client
        .account()
        .set_display_name(Some(display_name))
        .await
        .unwrap();
    let room = alice.client.create_dm(&bot_user).await.unwrap();
    let mut expect = Expect::new();
    let want = expect.step(Event::Start {
        payload: None,
        locale_hint: None,
    });
    let got = alice.replies(&bot_user, want.len()).await;
    assert_eq!(bodies(&got), want);
    let secret_words = "mijn geheime zin mktextmarker";
    let crisis = "hij heeft een mes mkcrisismarker";
    for text in [secret_words, crisis] {
        let want = expect.text(text);
        alice.say(&room, text).await;
        assert_eq!(bodies(&alice.replies(&bot_user, want.len()).await), want);
    }
    // Erase: the bot redacts, says how to delete the chat, and leaves.
    alice.say(&room, "stop").await;
    let bot_id = bot_user.to_string();
    alice.bot_left(&bot_id, "the bot leaving after erase").await;

    // Stop it the way an operator does (SIGTERM), then read its log.
    let pid = child_guard.0.id();
    let _ = std::process::Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status();
    drop(child_guard);
    let log = std::fs::read_to_string(&log_path).unwrap();
    assert!(log.contains("matrix: connected"), "{log}");
    // RUST_LOG=trace lets everything through (Baken's most verbose lines are at debug).
    assert!(
        log.contains("DEBUG"),
        "the log was written at its most verbose"
    );
    let markers = [
        "mkuserid",
        "Mkdisplayname",
        "mktextmarker",
        "mkcrisismarker",
    ];
    for secret in [
        bot_user.as_str(),
        &localpart,
        alice.id().as_str(),
        room.room_id().as_str(),
        got[0].0.as_str(),
        PASS,
        "a test passphrase",
    ]
    .into_iter()
    .chain(markers)
    {
        assert!(!log.contains(secret), "the log holds {secret:?}:\n{log}");
    }
    // No marker anywhere in the data directory, the crypto store included (case-insensitively:
    // the store may have folded or indexed names).
    for entry in walk(&dir.path().join("data")) {
        let bytes = std::fs::read(&entry).unwrap_or_default();
        let text = String::from_utf8_lossy(&bytes).to_lowercase();
        for marker in markers {
            assert!(
                !text.contains(&marker.to_lowercase()),
                "{entry:?} holds {marker:?}"
            );
        }
    }
    // Nothing on disk outside the encrypted crypto store holds the ids either.
    for entry in walk(&dir.path().join("data")) {
        if entry.starts_with(dir.path().join("data/matrix")) {
            continue;
        }
        let bytes = std::fs::read(&entry).unwrap_or_default();
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains(alice.id().as_str()), "{entry:?}");
        assert!(!text.contains(room.room_id().as_str()), "{entry:?}");
    }
    let store = std::fs::read(dir.path().join("data/matrix/matrix-sdk-crypto.sqlite3")).unwrap();
    let store = String::from_utf8_lossy(&store);
    assert!(
        !store.contains(alice.id().as_str()),
        "the crypto store is encrypted"
    );
}

/// `baken serve` as an operator runs it: Matrix only, configured by the environment, data in
/// `dir/data`; `configure` adds the rest. Killed when dropped.
fn serve_matrix(
    hs: &Synapse,
    localpart: &str,
    dir: &std::path::Path,
    configure: impl FnOnce(&mut std::process::Command),
) -> Kill {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_baken"));
    cmd.arg("serve").current_dir(dir);
    configure(&mut cmd);
    cmd.env("BAKEN_DATA_DIR", dir.join("data"))
        .env("BAKEN_MATRIX_HOMESERVER", hs.url())
        .env("BAKEN_MATRIX_USER", localpart)
        .env("BAKEN_MATRIX_PASSWORD", PASS)
        .env(
            "BAKEN_MATRIX_STORE_PASSPHRASE",
            "a test passphrase, long enough",
        )
        .stdout(std::process::Stdio::null());
    Kill(cmd.spawn().unwrap())
}

/// A child process, killed when dropped.
struct Kill(std::process::Child);

impl Drop for Kill {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    if let Ok(rd) = std::fs::read_dir(dir) {
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(walk(&p));
            } else {
                out.push(p);
            }
        }
    }
    out
}

/// Benchmark (run by hand, see BENCHMARKS.md): 50 people in 50 encrypted direct chats with one
/// `baken serve` process through Synapse, all at once. Reports reply latency (send → first
/// reply seen by the person's client) and the bot's RSS.
///
/// `cargo test --release --features matrix --test matrix bench_50 -- --ignored --nocapture`
#[tokio::test(flavor = "multi_thread")]
#[ignore]
async fn bench_50_concurrent_encrypted_dms() {
    // BENCH_PEOPLE=n for a smaller run; BENCH_BOT_LOG=file keeps the bot's log, at
    // BENCH_BOT_LOG_LEVEL (default info).
    let people_n: usize = std::env::var("BENCH_PEOPLE")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(50);
    const MESSAGES: usize = 5;
    let hs = Arc::new(Synapse::start());
    let localpart = format!("baken{}", rand_hex());
    let bot_user: OwnedUserId = hs.register(&localpart, PASS).try_into().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let bot = serve_matrix(&hs, &localpart, dir.path(), |cmd| {
        cmd.env(
            "BAKEN_LOG",
            std::env::var("BENCH_BOT_LOG_LEVEL").unwrap_or("info".into()),
        )
        .stderr(match std::env::var_os("BENCH_BOT_LOG") {
            Some(path) => std::fs::File::create(path).unwrap().into(),
            None => std::process::Stdio::inherit(),
        });
    });
    let pid = bot.0.id();

    let t0 = std::time::Instant::now();
    let mut people = Vec::new();
    for _ in 0..people_n {
        people.push(Person::login(&hs, "p").await);
    }
    eprintln!(
        "{people_n} people registered and logged in in {:?}",
        t0.elapsed()
    );

    let t1 = std::time::Instant::now();
    let tasks = people.into_iter().map(|mut p| {
        let bot_user = bot_user.clone();
        tokio::spawn(async move {
            p.wait = Duration::from_secs(3600);
            let limit = Duration::from_secs(180);
            let mut latencies = Vec::new();
            let mut missed = 0;
            let start = std::time::Instant::now();
            let room = p.client.create_dm(&bot_user).await.unwrap();
            let welcome = Expect::new().step(Event::Start {
                payload: None,
                locale_hint: None,
            });
            if tokio::time::timeout(limit, p.replies(&bot_user, welcome.len()))
                .await
                .is_err()
            {
                return (latencies, 1 + MESSAGES, start.elapsed(), p);
            }
            let welcome_time = start.elapsed();
            let mut expect = Expect::new();
            expect.step(Event::Start {
                payload: None,
                locale_hint: None,
            });
            for text in ["1", "1", "ben je een mens?", "menu", "2"]
                .iter()
                .take(MESSAGES)
            {
                let n = expect.text(text).len();
                let start = std::time::Instant::now();
                p.say(&room, text).await;
                match tokio::time::timeout(limit, p.replies(&bot_user, n)).await {
                    Ok(_) => latencies.push(start.elapsed()),
                    Err(_) => {
                        missed += 1;
                        break;
                    }
                }
            }
            (latencies, missed, welcome_time, p)
        })
    });
    let mut all = Vec::new();
    let mut keep = Vec::new();
    let mut missed = 0;
    let mut welcomes = Vec::new();
    for t in tasks.collect::<Vec<_>>() {
        let (l, m, w, p) = t.await.unwrap();
        all.extend(l);
        missed += m;
        welcomes.push(w);
        keep.push(p);
    }
    welcomes.sort();
    let wall = t1.elapsed();
    all.sort();
    let pct = |q: f64| {
        all.get(((all.len() as f64 * q).ceil() as usize).saturating_sub(1))
            .copied()
            .unwrap_or_default()
    };
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .map(|l| l.trim_start_matches(name).trim().to_string())
            .unwrap_or_default()
    };
    println!(
        "matrix bench: {people_n} encrypted DMs x {MESSAGES} messages = {} replies in {wall:?} \
         ({missed} missed); DM created -> welcome median {:?}, max {:?}; \
         reply latency median {:?}, p95 {:?}, max {:?}; bot RSS {} (peak {})",
        all.len(),
        welcomes[welcomes.len() / 2],
        welcomes.last().unwrap(),
        pct(0.5),
        pct(0.95),
        all.last().copied().unwrap_or_default(),
        field("VmRSS:"),
        field("VmHWM:")
    );
    drop(bot);
}

/// The next message from the bot whose first line names 112; how long it took.
async fn wait_112(person: &mut Person, bot: &OwnedUserId, what: &str) -> Duration {
    let t0 = std::time::Instant::now();
    person
        .wait_for(what, |s| match s {
            Seen::Message { sender, body, .. }
                if sender == bot && body.lines().next().unwrap_or("").contains("112") =>
            {
                Some(())
            }
            _ => None,
        })
        .await;
    t0.elapsed()
}

const CRISIS: &str = "hij gaat me vermoorden";

/// Matrix D3, D4, D5 (and I3): every text a person typed is read for crisis words: an edit
/// that adds a crisis sentence, the caption of an image, the description of a location, and a
/// crisis sentence after the first 4,096 characters of a long message all get 112.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn matrix_d3_d4_d5_edits_captions_and_long_messages_are_read_for_crisis() {
    use matrix_sdk::ruma::events::room::message::{
        LocationMessageEventContent, ReplacementMetadata,
    };
    logs();
    let hs = Synapse::start();
    let bot = Bot::register(&hs, Duration::from_secs(1800)).await;
    let mut alice = Person::login(&hs, "alice").await;
    let mut expect = Expect::new();
    let (room, _) = open_dm(&mut alice, &bot, &mut expect).await;
    let (hallo, _) = exchange(&mut alice, &room, &bot, &mut expect, "hallo").await;

    // D3: an edit that adds the crisis sentence.
    room.send(
        RoomMessageEventContent::text_plain(format!("hallo, {CRISIS}"))
            .make_replacement(ReplacementMetadata::new(hallo, None)),
    )
    .await
    .unwrap();
    wait_112(&mut alice, &bot.user, "112 after an edit").await;

    // D4: an image whose caption is the crisis sentence.
    let mut image = ImageMessageEventContent::plain(
        CRISIS.into(),
        mxc_uri!("mxc://localhost/nothing").to_owned(),
    );
    image.filename = Some("foto.jpg".into());
    room.send(RoomMessageEventContent::new(MessageType::Image(image)))
        .await
        .unwrap();
    wait_112(&mut alice, &bot.user, "112 after an image caption").await;

    // D4: a location whose description is the crisis sentence.
    room.send(RoomMessageEventContent::new(MessageType::Location(
        LocationMessageEventContent::new(CRISIS.into(), "geo:52.1,5.1".into()),
    )))
    .await
    .unwrap();
    wait_112(&mut alice, &bot.user, "112 after a location").await;

    // D5: a long story with the crisis sentence at the end, past 4,096 characters.
    let story = "Ik wil iets vertellen over thuis. ".repeat(150) + CRISIS;
    assert!(story.chars().count() > 4_096 + 500);
    alice.say(&room, &story).await;
    wait_112(&mut alice, &bot.user, "112 after a long message").await;
}

/// Matrix D1: on a homeserver with Synapse's default message rate limit (0.2/s, burst 10) and
/// the bot not exempt, a crisis message typed after a dozen ordinary ones is answered first:
/// the ordinary replies still queued for that person are dropped, the one being sent is cut
/// short. Measured: the delay from the crisis message to the 112 answer (target under 5 s).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn matrix_d1_crisis_answer_jumps_the_queue_on_a_rate_limited_homeserver() {
    logs();
    let hs = Synapse::start_with_message_rate("{per_second: 0.2, burst_count: 10}");
    let bot = Bot::register(&hs, Duration::from_secs(1800)).await;
    let mut alice = Person::login(&hs, "alice").await;
    // The person is exempt (as if on another homeserver): only the bot is limited, so its
    // answers pile up behind what she types.
    let admin = format!("admin{}", rand_hex());
    hs.register_admin(&admin, PASS);
    let admin_client = Client::builder()
        .homeserver_url(hs.url())
        .build()
        .await
        .unwrap();
    let token = admin_client
        .matrix_auth()
        .login_username(&admin, PASS)
        .send()
        .await
        .unwrap()
        .access_token;
    let r = reqwest::Client::new()
        .post(format!(
            "{}/_synapse/admin/v1/users/{}/override_ratelimit",
            hs.url(),
            alice.id()
        ))
        .bearer_auth(token)
        .json(&serde_json::json!({ "messages_per_second": 0, "burst_count": 0 }))
        .send()
        .await
        .unwrap();
    assert!(r.status().is_success(), "{:?}", r.text().await);
    // A plain direct chat: this test is about the queue, not encryption.
    let mut req = CreateRoom::new();
    req.invite = vec![bot.user.clone()];
    req.is_direct = true;
    req.preset = Some(RoomPreset::TrustedPrivateChat);
    let room = alice.client.create_room(req).await.unwrap();
    alice.replies(&bot.user, 1).await;
    for text in [
        "hallo",
        "1",
        "menu",
        "2",
        "ben je een mens?",
        "menu",
        "3",
        "help",
        "1",
        "menu",
        "2",
        "hallo",
    ] {
        alice.say(&room, text).await;
    }
    let sent = std::time::Instant::now();
    alice.say(&room, CRISIS).await;
    let after_send = sent.elapsed();
    let delay = wait_112(&mut alice, &bot.user, "112 behind the queue").await + after_send;
    eprintln!("crisis answer delay on a rate-limited homeserver: {delay:?}");
    assert!(
        delay < Duration::from_secs(5),
        "112 took {delay:?} behind ordinary replies"
    );
    let dropped = bot
        .matrix
        .stats()
        .dropped_for_crisis
        .load(std::sync::atomic::Ordering::Relaxed);
    assert!(dropped > 0, "no ordinary reply was dropped for the crisis");
}

/// Matrix D2: in a room where the bot may not redact, erase says so (the crisis text and the
/// answer are still visible) instead of "I deleted my messages".
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn matrix_d2_erase_without_redaction_rights_tells_the_truth() {
    logs();
    let hs = Synapse::start();
    let bot = Bot::register(&hs, Duration::from_secs(1800)).await;
    let mut alice = Person::login(&hs, "alice").await;
    let mut req = CreateRoom::new();
    req.invite = vec![bot.user.clone()];
    req.is_direct = true;
    req.preset = Some(RoomPreset::PrivateChat);
    let levels = serde_json::json!({
        // Room version 12: the creator has the highest level without being listed.
        "users": { bot.user.as_str(): 0 },
        "redact": 100,
        "events": { "m.room.redaction": 100 },
    });
    req.power_level_content_override =
        Some(matrix_sdk::ruma::serde::Raw::from_json_string(levels.to_string()).unwrap());
    let room = alice.client.create_room(req).await.unwrap();
    alice.replies(&bot.user, 1).await;
    alice.say(&room, CRISIS).await;
    wait_112(&mut alice, &bot.user, "112").await;
    alice.say(&room, "stop").await;
    let c = engine();
    let failed = c.content().render("nl", "matrix-delete-chat-failed");
    let claimed = c.content().render("nl", "matrix-delete-chat");
    let said = alice
        .wait_for("the closing message", |s| match s {
            Seen::Message { sender, body, .. }
                if sender == &bot.user
                    && (body.trim() == failed.trim() || body.trim() == claimed.trim()) =>
            {
                Some(body.clone())
            }
            _ => None,
        })
        .await;
    assert_eq!(
        said.trim(),
        failed.trim(),
        "erase claimed what it could not do"
    );
}

/// Matrix D6: a crisis message sent while the bot was down (a restart) is answered when the
/// bot is back, because it is recent and nothing answered it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn matrix_d6_crisis_sent_during_a_restart_is_answered() {
    logs();
    let hs = Synapse::start();
    let mut bot = Bot::register(&hs, Duration::from_secs(1800)).await;
    let mut alice = Person::login(&hs, "alice").await;
    let mut expect = Expect::new();
    let (room, _) = open_dm(&mut alice, &bot, &mut expect).await;
    exchange(&mut alice, &room, &bot, &mut expect, "hallo").await;
    bot.stop().await;
    alice.say(&room, CRISIS).await;
    let dir = bot._store_dir.take();
    let options = bot.options.clone();
    let user = bot.user.clone();
    drop(bot);
    let mut bot = Bot::start(options, Duration::from_secs(1800)).await;
    bot.user = user;
    bot._store_dir = dir;
    wait_112(&mut alice, &bot.user, "112 for the message from the gap").await;
}

/// Matrix D7 and D11: a wrong store passphrase is a fatal error (`baken serve` exits instead
/// of retrying forever), and the crypto store's files are private to the bot's user.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn matrix_d7_d11_wrong_passphrase_is_fatal_and_the_store_is_private() {
    use std::os::unix::fs::PermissionsExt;
    logs();
    let hs = Synapse::start();
    let mut bot = Bot::register(&hs, Duration::from_secs(1800)).await;
    bot.stop().await;
    let store_dir = bot.options.store_dir.clone();
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&store_dir), 0o700);
    for f in std::fs::read_dir(&store_dir).unwrap().flatten() {
        if f.file_type().unwrap().is_file() {
            assert_eq!(mode(&f.path()), 0o600, "{}", f.path().display());
        }
    }
    let mut wrong = bot.options.clone();
    wrong.store_passphrase = "not the passphrase it was made with".into();
    let e = Matrix::connect(
        &wrong,
        engine(),
        Arc::new(MemoryStore::new(60)),
        Arc::new(KeyedHasher::random()),
    )
    .await
    .err()
    .expect("a wrong passphrase is refused");
    assert!(e.is::<baken::serve::Fatal>(), "not fatal: {e}");
    let (_trigger, shutdown) = baken::serve::Shutdown::new();
    let stopped = tokio::time::timeout(
        Duration::from_secs(30),
        baken::serve::supervise(
            "matrix",
            &shutdown,
            baken::serve::Restart::default(),
            || {
                baken::channels::matrix::run(
                    wrong.clone(),
                    engine(),
                    Arc::new(MemoryStore::new(60)),
                    Arc::new(KeyedHasher::random()),
                    std::future::pending(),
                )
            },
        ),
    )
    .await
    .expect("the supervisor gives up at once");
    assert!(stopped.is_err());
}

/// Matrix D8: one account inviting the bot into many rooms at once gets a few of them
/// joined, the rest declined, so a burst cannot slow everyone else down.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn matrix_d8_invites_per_inviter_are_limited() {
    logs();
    let hs = Synapse::start();
    let bot = Bot::register(&hs, Duration::from_secs(1800)).await;
    let alice = Person::login(&hs, "alice").await;
    let n = baken::channels::matrix::INVITES_PER_INVITER as usize + 4;
    for _ in 0..n {
        let mut req = CreateRoom::new();
        req.invite = vec![bot.user.clone()];
        req.is_direct = true;
        req.preset = Some(RoomPreset::TrustedPrivateChat);
        alice.client.create_room(req).await.unwrap();
    }
    let stats = bot.matrix.stats();
    let get = |c: &std::sync::atomic::AtomicU64| c.load(std::sync::atomic::Ordering::Relaxed);
    let deadline = std::time::Instant::now() + WAIT;
    while get(&stats.joined) + get(&stats.invites_declined) < n as u64 {
        assert!(std::time::Instant::now() < deadline, "invites not handled");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(
        get(&stats.joined),
        baken::channels::matrix::INVITES_PER_INVITER as u64,
        "joined"
    );
    assert_eq!(get(&stats.invites_declined), 4);
}
