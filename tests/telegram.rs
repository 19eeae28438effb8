//! The Telegram channel against a fake Bot API server on 127.0.0.1 (real HTTP, teloxide's own
//! types, no Telegram). Each test starts its own server and its own bot and asserts what a
//! person in the chat would notice: which messages arrive, with which buttons, what gets
//! deleted, that nothing buzzes.

mod support;

use std::sync::Arc;
use std::time::Duration;

use serde_json::{Value, json};

use baken::serve::{Restart, Shutdown, ShutdownTrigger};
use baken::store::MemoryStore;
use baken::telegram::{Telegram, TelegramOptions, callback_data};
use baken::{Content, Engine, KeyedHasher};
use support::fake_telegram::{FakeTelegram, TOKEN};

const USER: i64 = 4242;

#[allow(dead_code)]
struct Bot {
    telegram: Telegram,
    store: Arc<MemoryStore>,
    trigger: ShutdownTrigger,
    task: tokio::task::JoinHandle<anyhow::Result<()>>,
}

fn options(fake: &FakeTelegram) -> TelegramOptions {
    let mut o = TelegramOptions::new(TOKEN, Some(fake.url()));
    o.poll_timeout = Duration::from_secs(1);
    o.backoff = Duration::from_millis(20);
    o.max_backoff = Duration::from_millis(200);
    o.max_attempts = 5;
    o
}

fn start_with(options: TelegramOptions) -> Bot {
    let content = Arc::new(Content::embedded().expect("shipped content loads"));
    let engine = Engine::new(content, "nl");
    let store = Arc::new(MemoryStore::new(30 * 60));
    let telegram = Telegram::new(
        options,
        engine,
        store.clone(),
        Arc::new(KeyedHasher::random()),
    );
    let (trigger, shutdown) = Shutdown::new();
    let restart = Restart {
        first: Duration::from_millis(50),
        max: Duration::from_millis(200),
        healthy_after: Duration::from_secs(60),
    };
    let task = tokio::spawn(baken::serve::run_telegram(
        telegram.clone(),
        store.clone(),
        shutdown,
        restart,
    ));
    Bot {
        telegram,
        store,
        trigger,
        task,
    }
}

fn start(fake: &FakeTelegram) -> Bot {
    start_with(options(fake))
}

impl Bot {
    async fn stop(self) {
        self.trigger.trigger();
        tokio::time::timeout(Duration::from_secs(10), self.task)
            .await
            .expect("serve stops within 10 s")
            .unwrap()
            .unwrap();
    }
}

fn text(m: &Value) -> &str {
    m["text"].as_str().unwrap_or("")
}

/// The callback buttons of a sent message: (label, data).
fn buttons(m: &Value) -> Vec<(String, String)> {
    m["reply_markup"]["inline_keyboard"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|row| row.as_array().unwrap().iter())
        .filter_map(|b| {
            Some((
                b["text"].as_str()?.to_string(),
                b["callback_data"].as_str()?.to_string(),
            ))
        })
        .collect()
}

#[allow(dead_code)]
fn url_buttons(m: &Value) -> Vec<String> {
    m["reply_markup"]["inline_keyboard"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|row| row.as_array().unwrap().iter())
        .filter_map(|b| Some(b["url"].as_str()?.to_string()))
        .collect()
}

#[tokio::test]
async fn start_without_payload_is_silent_native_and_sets_commands() {
    let fake = FakeTelegram::start().await;
    let bot = start(&fake);
    fake.text(USER, "/start");
    let sent = fake.wait_sent(USER, 2).await;

    // The welcome, in Dutch (the app says `nl`), with its options as buttons on the last one.
    assert!(text(&sent[0]).contains("Baken"), "{}", text(&sent[0]));
    let last = sent.last().unwrap();
    let b = buttons(last);
    assert!(b.len() >= 2, "options as inline buttons: {last}");
    assert!(b.iter().all(|(_, d)| d.ends_with(":welcome")), "{b:?}");
    for m in &sent {
        assert_eq!(m["parse_mode"], "HTML");
        assert_eq!(m["disable_notification"], true, "a reply must not buzz");
        assert_eq!(m["protect_content"], false, "evidence may be kept");
    }
    // The command menu, per language.
    let commands = fake.bodies("setMyCommands");
    let langs: Vec<&Value> = commands.iter().map(|c| &c["language_code"]).collect();
    assert!(langs.contains(&&json!("nl")) && langs.contains(&&json!("en")));
    let nl = commands
        .iter()
        .find(|c| c["language_code"] == "nl")
        .unwrap();
    let names: Vec<&str> = nl["commands"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["command"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["start", "menu", "hulp", "taal", "wis"]);
    assert!(!fake.saw_wrong_token());
    bot.stop().await;
}

#[tokio::test]
async fn start_with_campaign_payload_opens_its_locale_and_node() {
    let fake = FakeTelegram::start().await;
    let bot = start(&fake);
    // An English poster link that opens the menu directly.
    fake.text(USER, "/start c-poster2026_l-en_n-menu");
    let sent = fake.wait_sent(USER, 1).await;
    let last = sent.last().unwrap();
    let b = buttons(last);
    assert!(b.iter().all(|(_, d)| d.ends_with(":menu")), "{b:?}");
    assert!(
        b.iter().any(|(l, _)| l.to_lowercase().contains("me")),
        "English labels: {b:?}"
    );
    // A malformed payload falls back to the normal start, no error.
    fake.text(USER + 1, "/start <script>!!");
    let sent = fake.wait_sent(USER + 1, 2).await;
    assert!(
        buttons(sent.last().unwrap())
            .iter()
            .all(|(_, d)| d.ends_with(":welcome"))
    );
    bot.stop().await;
}

#[tokio::test]
async fn tapping_buttons_walks_through_nodes_and_removes_used_keyboards() {
    let fake = FakeTelegram::start().await;
    let bot = start(&fake);
    fake.text(USER, "/start");
    let sent = fake.wait_sent(USER, 2).await;
    let mut seen = sent.len();
    // Tap the first option three times in a row, following the conversation.
    let mut nodes = Vec::new();
    for step in 0..3 {
        let sent = fake.sent_to(USER);
        let last = sent.last().unwrap().clone();
        let (_, data) = buttons(&last)
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("step {step}: no buttons on {last}"));
        nodes.push(data.clone());
        let tapped = last["__id"].as_i64().unwrap() as i32;
        let answers = fake.count("answerCallbackQuery");
        fake.tap(USER, tapped, &data);
        fake.wait_until("the next reply", Duration::from_secs(10), |f| {
            f.sent_to(USER).len() > seen && f.count("answerCallbackQuery") > answers
        })
        .await;
        // The tapped message lost its keyboard.
        let edits = fake.bodies("editMessageReplyMarkup");
        assert!(
            edits
                .iter()
                .any(|e| e["message_id"] == json!(tapped) && e.get("reply_markup").is_none()),
            "keyboard of message {tapped} not removed: {edits:?}"
        );
        // Let the whole reply arrive before tapping again.
        tokio::time::sleep(Duration::from_millis(50)).await;
        seen = fake.sent_to(USER).len();
    }
    // Three different nodes were visited.
    let distinct: std::collections::HashSet<_> =
        nodes.iter().map(|d| d.split_once(':').unwrap().1).collect();
    assert_eq!(distinct.len(), 3, "{nodes:?}");
    assert_eq!(callback_data("welcome", 0), nodes[0]);
    bot.stop().await;
}

#[tokio::test]
async fn crisis_in_free_text_answers_112_first() {
    let fake = FakeTelegram::start().await;
    let bot = start(&fake);
    fake.text(USER, "help, hij gaat me vermoorden");
    let sent = fake.wait_sent(USER, 1).await;
    // The very first message, in its first line, says 112.
    let first_line = text(&sent[0]).lines().next().unwrap_or("");
    assert!(first_line.contains("112"), "{}", text(&sent[0]));
    bot.stop().await;
}
