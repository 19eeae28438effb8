//! Privacy audit of the Telegram channel: the real `baken serve` binary against the fake Bot
//! API, logging at `trace`, with marker strings in the text, in the person's name and username
//! and in the user id, a crisis message and an erase. Afterwards neither the data directory nor
//! any log line contains a marker.

mod support;

use std::time::Duration;

use serde_json::json;
use support::fake_telegram::{FakeTelegram, TOKEN, private_chat};

const USER: i64 = 990_011_223_344;
const MARKERS: &[&str] = &[
    "MarkerT4X",
    "Zwaantje9Q",
    "marker_user_9q",
    "990011223344",
    "0612345678",
];

fn bytes_under(dir: &std::path::Path) -> Vec<u8> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(bytes_under(&p));
        } else {
            out.extend(std::fs::read(&p).unwrap_or_default());
        }
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nothing_personal_on_disk_or_in_trace_logs() {
    let fake = FakeTelegram::start().await;
    let dir = tempfile::tempdir().unwrap();
    let child = fake.spawn_baken_serve(dir.path(), "trace");

    let say = |text: &str| {
        let id = fake.message_id();
        fake.push(json!({ "message": {
            "message_id": id,
            "date": 1_700_000_000,
            "chat": private_chat(USER),
            "from": { "id": USER, "is_bot": false, "first_name": "Zwaantje9Q",
                      "username": "marker_user_9q", "language_code": "nl" },
            "text": text,
        }}));
    };
    say("MarkerT4X ik heet Zwaantje9Q, mijn nummer is 0612345678");
    fake.wait_sent(USER, 1).await;
    say("MarkerT4X hij gaat me vermoorden");
    let sent = fake.wait_sent(USER, 2).await;
    assert!(
        sent.iter()
            .any(|m| m["text"].as_str().unwrap_or("").contains("112"))
    );
    say("stop");
    fake.wait_until("erase deletes messages", Duration::from_secs(10), |f| {
        f.count("deleteMessages") + f.count("deleteMessage") > 0
    })
    .await;

    std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    let out = tokio::task::spawn_blocking(move || child.wait_with_output())
        .await
        .unwrap()
        .unwrap();
    assert!(out.status.success());
    let log = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(
        log.lines().count() > 3,
        "the log was written at trace level: {log}"
    );
    let disk = bytes_under(dir.path());
    assert!(!disk.is_empty());
    for marker in MARKERS.iter().chain([&TOKEN]) {
        assert!(!log.contains(marker), "{marker} in the log:\n{log}");
        assert!(
            !disk.windows(marker.len()).any(|w| w == marker.as_bytes()),
            "{marker} in the data directory"
        );
    }
}
