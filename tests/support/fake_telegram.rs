//! A fake Telegram Bot API server on 127.0.0.1 for tests and benchmarks.
//!
//! It speaks the Bot API over real HTTP (`POST /bot{token}/{method}`), serves teloxide's own
//! types (every update and every returned message is checked by deserialising it into
//! `teloxide::types` and serialised back from there), hands out scripted updates through
//! `getUpdates` (long polling with offsets, like Telegram), records every call, and can be told
//! to answer a method with HTTP 429 `retry_after`, with a server error, by closing the
//! connection after reading the request (a reset mid-exchange), or to go down entirely and come
//! back on the same port.

#![allow(dead_code)]

use std::collections::{HashMap, VecDeque};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicI32, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State as AxumState};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};
use tokio::sync::{Notify, oneshot};

pub const TOKEN: &str = "123456:TEST-token-never-logged";
pub const BOT_ID: u64 = 999;

/// One recorded Bot API call.
#[derive(Debug, Clone)]
pub struct Call {
    pub method: String,
    pub body: Value,
    pub at: Instant,
}

/// A scripted failure for the next call of a method.
#[derive(Debug, Clone, Copy)]
pub enum Fault {
    /// HTTP 429 with `parameters.retry_after`.
    RetryAfter(u32),
    /// HTTP 500 with a Bot API error body.
    ServerError,
    /// Any status with this description (e.g. a 400 teloxide does not know, a 401).
    Status(u16, &'static str),
    /// The request is read (and recorded), then the TCP connection is closed without an
    /// answer: what a proxy or a Bot API restart does mid-exchange. Nothing is delivered.
    Reset,
}

/// A connection of the fake: the socket, and a switch that closes it (the next read or write
/// fails, and the server drops the socket without writing a byte of the answer).
pub struct Conn {
    stream: tokio::net::TcpStream,
    reset: Arc<AtomicBool>,
}

/// The switch of one connection, handed to the handler as its connect info.
#[derive(Clone, Debug)]
struct ResetSwitch(Arc<AtomicBool>);

/// The fake's listener: a TCP listener whose connections can be reset by the handler.
struct Listener(tokio::net::TcpListener);

impl axum::serve::Listener for Listener {
    type Io = Conn;
    type Addr = ResetSwitch;

    async fn accept(&mut self) -> (Conn, ResetSwitch) {
        loop {
            if let Ok((stream, _)) = self.0.accept().await {
                let reset = Arc::new(AtomicBool::new(false));
                let switch = ResetSwitch(reset.clone());
                return (Conn { stream, reset }, switch);
            }
        }
    }

    fn local_addr(&self) -> std::io::Result<ResetSwitch> {
        self.0.local_addr()?;
        Ok(ResetSwitch(Arc::new(AtomicBool::new(false))))
    }
}

impl axum::extract::connect_info::Connected<axum::serve::IncomingStream<'_, Listener>>
    for ResetSwitch
{
    fn connect_info(stream: axum::serve::IncomingStream<'_, Listener>) -> Self {
        stream.remote_addr().clone()
    }
}

fn reset_error() -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::ConnectionReset, "reset by the fake")
}

impl tokio::io::AsyncRead for Conn {
    fn poll_read(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
        buf: &mut tokio::io::ReadBuf<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        if self.reset.load(Ordering::SeqCst) {
            return std::task::Poll::Ready(Err(reset_error()));
        }
        std::pin::Pin::new(&mut self.stream).poll_read(cx, buf)
    }
}

impl tokio::io::AsyncWrite for Conn {
    fn poll_write(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
        buf: &[u8],
    ) -> std::task::Poll<std::io::Result<usize>> {
        if self.reset.load(Ordering::SeqCst) {
            return std::task::Poll::Ready(Err(reset_error()));
        }
        std::pin::Pin::new(&mut self.stream).poll_write(cx, buf)
    }

    fn poll_flush(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        if self.reset.load(Ordering::SeqCst) {
            return std::task::Poll::Ready(Err(reset_error()));
        }
        std::pin::Pin::new(&mut self.stream).poll_flush(cx)
    }

    fn poll_shutdown(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        std::pin::Pin::new(&mut self.stream).poll_shutdown(cx)
    }
}

struct State {
    calls: Mutex<Vec<Call>>,
    record_bodies: AtomicBool,
    /// Unconfirmed updates, oldest first, as served JSON text.
    updates: Mutex<VecDeque<(u64, String)>>,
    next_update: AtomicU64,
    next_message: AtomicI32,
    arrived: Notify,
    faults: Mutex<HashMap<String, VecDeque<Fault>>>,
    /// Answer `sendMessage` only after this long (a slow network).
    send_delay: Mutex<Duration>,
    /// Highest offset a getUpdates call confirmed.
    confirmed: AtomicU64,
    /// Set while going down: long polls return at once.
    closing: AtomicBool,
    token_seen_wrong: AtomicBool,
}

pub struct FakeTelegram {
    pub addr: SocketAddr,
    state: Arc<State>,
    server: Mutex<Option<(oneshot::Sender<()>, tokio::task::JoinHandle<()>)>>,
}

impl FakeTelegram {
    pub async fn start() -> FakeTelegram {
        let state = Arc::new(State {
            calls: Mutex::new(Vec::new()),
            record_bodies: AtomicBool::new(true),
            updates: Mutex::new(VecDeque::new()),
            next_update: AtomicU64::new(1),
            next_message: AtomicI32::new(1),
            arrived: Notify::new(),
            faults: Mutex::new(HashMap::new()),
            send_delay: Mutex::new(Duration::ZERO),
            confirmed: AtomicU64::new(0),
            closing: AtomicBool::new(false),
            token_seen_wrong: AtomicBool::new(false),
        });
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let fake = FakeTelegram {
            addr,
            state,
            server: Mutex::new(None),
        };
        fake.serve(listener);
        fake
    }

    fn serve(&self, listener: tokio::net::TcpListener) {
        let app = Router::new()
            .route("/{bot}/{method}", axum::routing::post(handle))
            .with_state(self.state.clone())
            .into_make_service_with_connect_info::<ResetSwitch>();
        let (tx, rx) = oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            axum::serve(Listener(listener), app)
                .with_graceful_shutdown(async move {
                    let _ = rx.await;
                })
                .await
                .unwrap();
        });
        *self.server.lock().unwrap() = Some((tx, task));
    }

    /// The API URL to give the bot (`TELOXIDE_API_URL`).
    pub fn url(&self) -> url::Url {
        url::Url::parse(&format!("http://{}/", self.addr)).unwrap()
    }

    /// `baken serve` as an operator starts it on a token alone (no config file), against this
    /// server, with its data in `dir` and `RUST_LOG=rust_log`; stdout and stderr piped.
    pub fn spawn_baken_serve(&self, dir: &std::path::Path, rust_log: &str) -> std::process::Child {
        std::process::Command::new(env!("CARGO_BIN_EXE_baken"))
            .arg("serve")
            .env("TELOXIDE_TOKEN", TOKEN)
            .env("TELOXIDE_API_URL", self.url().as_str())
            .env("BAKEN_DATA_DIR", dir)
            .env("RUST_LOG", rust_log)
            .env_remove("BAKEN_CONFIG")
            .current_dir(dir)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    }

    /// Stop answering: the listener closes and connections are refused until [`come_up`].
    pub async fn go_down(&self) {
        self.state.closing.store(true, Ordering::SeqCst);
        self.state.arrived.notify_waiters();
        let server = self.server.lock().unwrap().take();
        if let Some((tx, task)) = server {
            let _ = tx.send(());
            let _ = tokio::time::timeout(Duration::from_secs(5), task).await;
        }
    }

    /// Listen again on the same address.
    pub async fn come_up(&self) {
        self.state.closing.store(false, Ordering::SeqCst);
        let listener = tokio::net::TcpListener::bind(self.addr).await.unwrap();
        self.serve(listener);
    }

    /// Keep only method names (benchmarks: no growing record of bodies).
    pub fn record_bodies(&self, on: bool) {
        self.state.record_bodies.store(on, Ordering::SeqCst);
    }

    /// Answer the next call of `method` with a fault.
    pub fn fail_next(&self, method: &str, fault: Fault) {
        self.state
            .faults
            .lock()
            .unwrap()
            .entry(method.to_string())
            .or_default()
            .push_back(fault);
    }

    /// How many scripted faults for `method` are still waiting for a call.
    pub fn faults_pending(&self, method: &str) -> usize {
        self.state
            .faults
            .lock()
            .unwrap()
            .get(method)
            .map_or(0, VecDeque::len)
    }

    /// Make every `sendMessage` answer take this long.
    pub fn set_send_delay(&self, d: Duration) {
        *self.state.send_delay.lock().unwrap() = d;
    }

    /// A new message id (the person's messages and the bot's share one sequence).
    pub fn message_id(&self) -> i32 {
        self.state.next_message.fetch_add(1, Ordering::SeqCst)
    }

    /// Queue an update; `body` is the update without `update_id`. Checked against teloxide.
    pub fn push(&self, body: Value) -> u64 {
        let id = self.state.next_update.fetch_add(1, Ordering::SeqCst);
        let mut update = body;
        update["update_id"] = json!(id);
        // From text, as teloxide reads it off the wire (its flattened `Update` does not
        // deserialise from a `serde_json::Value`).
        let parsed: teloxide::types::Update = serde_json::from_str(&update.to_string())
            .unwrap_or_else(|e| panic!("fixture is no teloxide Update: {e}\n{update:#}"));
        assert!(
            !matches!(parsed.kind, teloxide::types::UpdateKind::Error(_)),
            "fixture not understood by teloxide: {update:#}"
        );
        let served = serde_json::to_string(&parsed).unwrap();
        self.state.updates.lock().unwrap().push_back((id, served));
        self.state.arrived.notify_waiters();
        id
    }

    /// A private text message from `user`; returns its message id.
    pub fn text(&self, user: i64, text: &str) -> i32 {
        self.text_in(user, text, Some("nl"))
    }

    pub fn text_in(&self, user: i64, text: &str, lang: Option<&str>) -> i32 {
        let id = self.message_id();
        let mut message = json!({
            "message_id": id,
            "date": 1_700_000_000,
            "chat": private_chat(user),
            "from": person(user, lang),
            "text": text,
        });
        if let Some(rest) = text.strip_prefix('/') {
            let len = rest.split_whitespace().next().unwrap_or("").chars().count() + 1;
            message["entities"] = json!([{ "type": "bot_command", "offset": 0, "length": len }]);
        }
        self.push(json!({ "message": message }));
        id
    }

    /// A tap on a button with callback `data` under the bot's message `message_id`.
    pub fn tap(&self, user: i64, message_id: i32, data: &str) {
        let cq = self.state.next_update.load(Ordering::SeqCst);
        self.push(json!({
            "callback_query": {
                "id": format!("cq{cq}"),
                "from": person(user, Some("nl")),
                "chat_instance": "42",
                "data": data,
                "message": {
                    "message_id": message_id,
                    "date": 1_700_000_000,
                    "chat": private_chat(user),
                    "from": bot_user(),
                    "text": "…",
                }
            }
        }));
    }

    /// A photo, with a caption or without; returns its message id.
    pub fn photo(&self, user: i64, caption: Option<&str>) -> i32 {
        let id = self.message_id();
        let mut message = json!({
            "message_id": id,
            "date": 1_700_000_000,
            "chat": private_chat(user),
            "from": person(user, Some("nl")),
            "photo": [{ "file_id": "F1", "file_unique_id": "U1", "width": 90, "height": 60 }],
        });
        if let Some(c) = caption {
            message["caption"] = json!(c);
        }
        self.push(json!({ "message": message }));
        id
    }

    /// A sticker; returns its message id.
    pub fn sticker(&self, user: i64) -> i32 {
        let id = self.message_id();
        self.push(json!({
            "message": {
                "message_id": id,
                "date": 1_700_000_000,
                "chat": private_chat(user),
                "from": person(user, Some("nl")),
                "sticker": {
                    "file_id": "S1", "file_unique_id": "SU1", "type": "regular",
                    "width": 512, "height": 512, "is_animated": false, "is_video": false,
                },
            }
        }));
        id
    }

    /// The person edits their message `message_id` to `text`.
    pub fn edit(&self, user: i64, message_id: i32, text: &str) {
        self.push(json!({
            "edited_message": {
                "message_id": message_id,
                "date": 1_700_000_000,
                "edit_date": 1_700_000_060,
                "chat": private_chat(user),
                "from": person(user, Some("nl")),
                "text": text,
            }
        }));
    }

    /// Queue a raw update as it is, unchecked (`UPDATE_ID` is replaced by its id): for
    /// updates teloxide cannot parse.
    pub fn push_raw(&self, raw: &str) {
        let id = self.state.next_update.fetch_add(1, Ordering::SeqCst);
        let raw = raw.replace("UPDATE_ID", &id.to_string());
        self.state.updates.lock().unwrap().push_back((id, raw));
        self.state.arrived.notify_waiters();
    }

    /// A text message in a group.
    pub fn group_text(&self, group: i64, user: i64, text: &str) -> i32 {
        let id = self.message_id();
        self.push(json!({
            "message": {
                "message_id": id,
                "date": 1_700_000_000,
                "chat": { "id": group, "type": "group", "title": "Familie" },
                "from": person(user, Some("nl")),
                "text": text,
            }
        }));
        id
    }

    /// Every call so far (all methods).
    pub fn calls(&self) -> Vec<Call> {
        self.state.calls.lock().unwrap().clone()
    }

    /// The bodies of the calls of one method.
    pub fn bodies(&self, method: &str) -> Vec<Value> {
        self.state
            .calls
            .lock()
            .unwrap()
            .iter()
            .filter(|c| c.method == method)
            .map(|c| c.body.clone())
            .collect()
    }

    pub fn count(&self, method: &str) -> usize {
        self.state
            .calls
            .lock()
            .unwrap()
            .iter()
            .filter(|c| c.method == method)
            .count()
    }

    /// Messages sent to a chat, in order: (message id, text, body).
    pub fn sent_to(&self, chat: i64) -> Vec<Value> {
        self.bodies("sendMessage")
            .into_iter()
            .filter(|b| b["chat_id"] == json!(chat))
            .collect()
    }

    /// Messages that arrived in a chat: `sendMessage` calls not answered with a fault.
    pub fn delivered_to(&self, chat: i64) -> Vec<Value> {
        self.sent_to(chat)
            .into_iter()
            .filter(|b| b.get("__fault").is_none())
            .collect()
    }

    /// The next update gets this id (and the ones after it count on from there).
    pub fn set_next_update_id(&self, id: u64) {
        self.state.next_update.store(id, Ordering::SeqCst);
    }

    /// How many updates are still unconfirmed (Telegram would send them again).
    pub fn unconfirmed(&self) -> usize {
        self.state.updates.lock().unwrap().len()
    }

    /// The highest `getUpdates` offset confirmed so far.
    pub fn confirmed(&self) -> u64 {
        self.state.confirmed.load(Ordering::SeqCst)
    }

    /// Poll `check` every 10 ms until it is true; panic with the call log after `timeout`.
    pub async fn wait_until(&self, what: &str, timeout: Duration, check: impl Fn(&Self) -> bool) {
        let deadline = Instant::now() + timeout;
        while !check(self) {
            if Instant::now() > deadline {
                let log: Vec<String> = self
                    .calls()
                    .iter()
                    .map(|c| format!("{} {}", c.method, c.body))
                    .collect();
                panic!("timed out waiting for {what}; calls:\n{}", log.join("\n"));
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    /// Wait until `n` messages were sent to `chat`; returns them.
    pub async fn wait_sent(&self, chat: i64, n: usize) -> Vec<Value> {
        self.wait_until(
            &format!("{n} message(s) to chat {chat}"),
            Duration::from_secs(10),
            |f| f.sent_to(chat).len() >= n,
        )
        .await;
        self.sent_to(chat)
    }

    /// True if a call carried a wrong token (a request to another bot's path).
    pub fn saw_wrong_token(&self) -> bool {
        self.state.token_seen_wrong.load(Ordering::SeqCst)
    }
}

pub fn private_chat(user: i64) -> Value {
    json!({ "id": user, "type": "private", "first_name": "Anoniem" })
}

pub fn person(user: i64, lang: Option<&str>) -> Value {
    let mut p = json!({ "id": user, "is_bot": false, "first_name": "Anoniem" });
    if let Some(l) = lang {
        p["language_code"] = json!(l);
    }
    p
}

fn bot_user() -> Value {
    json!({ "id": BOT_ID, "is_bot": true, "first_name": "Baken", "username": "baken_test_bot" })
}

fn ok(result: Value) -> Response {
    (
        StatusCode::OK,
        axum::Json(json!({ "ok": true, "result": result })),
    )
        .into_response()
}

fn error(status: StatusCode, description: &str, parameters: Option<Value>) -> Response {
    let mut body =
        json!({ "ok": false, "error_code": status.as_u16(), "description": description });
    if let Some(p) = parameters {
        body["parameters"] = p;
    }
    (status, axum::Json(body)).into_response()
}

/// A message as teloxide knows it, from the fields of a call.
fn message(id: i32, chat: &Value, text: &str, markup: Option<&Value>) -> Value {
    let mut m = json!({
        "message_id": id,
        "date": 1_700_000_000,
        "chat": private_chat(chat.as_i64().unwrap_or(0)),
        "from": bot_user(),
        "text": text,
    });
    if let Some(k) = markup {
        m["reply_markup"] = k.clone();
    }
    let parsed: teloxide::types::Message =
        serde_json::from_str(&m.to_string()).unwrap_or_else(|e| panic!("bad message {e}: {m}"));
    serde_json::to_value(parsed).unwrap()
}

async fn handle(
    AxumState(state): AxumState<Arc<State>>,
    axum::extract::ConnectInfo(switch): axum::extract::ConnectInfo<ResetSwitch>,
    Path((bot, method)): Path<(String, String)>,
    body: Bytes,
) -> Response {
    if bot != format!("bot{TOKEN}") {
        state.token_seen_wrong.store(true, Ordering::SeqCst);
        return error(StatusCode::UNAUTHORIZED, "Unauthorized", None);
    }
    // Bot API method names are case-insensitive; teloxide sends `SendMessage`.
    let method = {
        let mut c = method.chars();
        c.next()
            .map(|f| f.to_ascii_lowercase().to_string() + c.as_str())
            .unwrap_or_default()
    };
    // JSON for most methods; multipart (setWebhook) is kept as text.
    let body: Value = serde_json::from_slice(&body)
        .unwrap_or_else(|_| json!({ "__multipart": String::from_utf8_lossy(&body) }));
    // A sent message's id is recorded with the call as `__id`.
    let new_id =
        (method == "sendMessage").then(|| state.next_message.fetch_add(1, Ordering::SeqCst));
    let fault = state
        .faults
        .lock()
        .unwrap()
        .get_mut(&method)
        .and_then(VecDeque::pop_front);
    {
        let mut recorded = if state.record_bodies.load(Ordering::Relaxed) || method != "sendMessage"
        {
            body.clone()
        } else {
            json!({ "chat_id": body["chat_id"] })
        };
        if let Some(id) = new_id {
            recorded["__id"] = json!(id);
        }
        if fault.is_some() {
            // Answered with a fault: the message did not arrive.
            recorded["__fault"] = json!(true);
        }
        state.calls.lock().unwrap().push(Call {
            method: method.clone(),
            body: recorded,
            at: Instant::now(),
        });
    }
    match fault {
        Some(Fault::RetryAfter(secs)) => {
            return error(
                StatusCode::TOO_MANY_REQUESTS,
                &format!("Too Many Requests: retry after {secs}"),
                Some(json!({ "retry_after": secs })),
            );
        }
        Some(Fault::Status(code, description)) => {
            return error(StatusCode::from_u16(code).unwrap(), description, None);
        }
        Some(Fault::Reset) => {
            // The answer below is never written: the connection fails first and is dropped.
            switch.0.store(true, Ordering::SeqCst);
            return error(StatusCode::INTERNAL_SERVER_ERROR, "reset", None);
        }
        Some(Fault::ServerError) => {
            return error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "Internal Server Error",
                None,
            );
        }
        None => {}
    }
    match method.as_str() {
        "getMe" => ok(json!({
            "id": BOT_ID, "is_bot": true, "first_name": "Baken", "username": "baken_test_bot",
            "can_join_groups": true, "can_read_all_group_messages": false,
            "supports_inline_queries": false, "can_connect_to_business": false,
            "has_main_web_app": false,
        })),
        "getUpdates" => {
            let offset = body["offset"].as_i64().unwrap_or(0).max(0) as u64;
            let limit = body["limit"].as_u64().unwrap_or(100) as usize;
            let timeout = Duration::from_secs(body["timeout"].as_u64().unwrap_or(0).min(1));
            state.confirmed.fetch_max(offset, Ordering::SeqCst);
            let deadline = tokio::time::Instant::now() + timeout;
            loop {
                let arrived = state.arrived.notified();
                tokio::pin!(arrived);
                arrived.as_mut().enable();
                let batch: Vec<String> = {
                    let mut updates = state.updates.lock().unwrap();
                    updates.retain(|(id, _)| *id >= offset);
                    updates.iter().take(limit).map(|(_, u)| u.clone()).collect()
                };
                if !batch.is_empty()
                    || state.closing.load(Ordering::SeqCst)
                    || tokio::time::Instant::now() >= deadline
                {
                    // As text: a raw update need not be JSON that serde accepts.
                    let body = format!("{{\"ok\":true,\"result\":[{}]}}", batch.join(","));
                    return (
                        StatusCode::OK,
                        [(axum::http::header::CONTENT_TYPE, "application/json")],
                        body,
                    )
                        .into_response();
                }
                let _ = tokio::time::timeout_at(deadline, arrived).await;
            }
        }
        "sendMessage" => {
            let delay = *state.send_delay.lock().unwrap();
            if !delay.is_zero() {
                tokio::time::sleep(delay).await;
            }
            let id = new_id.unwrap_or(0);
            ok(message(
                id,
                &body["chat_id"],
                body["text"].as_str().unwrap_or(""),
                body.get("reply_markup"),
            ))
        }
        "editMessageText" | "editMessageReplyMarkup" => ok(message(
            body["message_id"].as_i64().unwrap_or(0) as i32,
            &body["chat_id"],
            body["text"].as_str().unwrap_or("…"),
            body.get("reply_markup"),
        )),
        "deleteMessage"
        | "deleteMessages"
        | "answerCallbackQuery"
        | "setMyCommands"
        | "leaveChat"
        | "deleteWebhook"
        | "setWebhook" => ok(json!(true)),
        _ => error(StatusCode::NOT_FOUND, "Not Found: method not found", None),
    }
}
