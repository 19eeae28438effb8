//! Privacy audit of the web chat: the real `baken serve` binary, logging at `trace`, with
//! marker strings in typed text, in the query string and in the request headers, a crisis
//! message, an erase and a quick exit. Afterwards neither the data directory nor any log line
//! contains a marker, and the reach statistics count the web channel.

mod web_support;

use web_support::{Server, bytes_under, client, field, post};

const MARKERS: &[&str] = &[
    "MarkerW3B",
    "Zwaantje9Q",
    "0612345678",
    "QueryMark7",
    "AgentMark5",
];

#[tokio::test]
async fn nothing_personal_on_disk_or_in_trace_logs() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("baken.toml"), "stats_min_count = 1\n").unwrap();
    let mut server = Server::start(dir.path(), "trace", &[]);
    let c = client();
    let url = server.url("/");

    let page = c
        .get(server.url("/?start=QueryMark7&utm=QueryMark7"))
        .header("user-agent", "AgentMark5/1.0")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let (_, page) = post(
        &c,
        &url,
        &page,
        &[(
            "text",
            "MarkerW3B ik heet Zwaantje9Q, mijn nummer is 0612345678",
        )],
    )
    .await;
    let (_, page) = post(
        &c,
        &url,
        &page,
        &[("text", "MarkerW3B hij gaat me vermoorden")],
    )
    .await;
    let crisis = web_support::first_answer("hij gaat me vermoorden");
    assert!(page.contains(&web_support::escape(&crisis)));
    let (_, page) = post(&c, &url, &page, &[("text", "MarkerW3B")]).await;
    let (_, erased) = post(&c, &url, &page, &[("text", "stop")]).await;
    assert_eq!(field(&erased, "t"), "");

    // A second conversation ends with the quick exit.
    let page = c.get(&url).send().await.unwrap().text().await.unwrap();
    let (_, page) = post(&c, &url, &page, &[("text", "MarkerW3B ik word geslagen")]).await;
    let res = c
        .post(server.url("/exit"))
        .form(&[("t", field(&page, "t"))])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);

    let (status, log) = server.stop();
    assert!(status.success(), "{log}");
    assert!(log.lines().count() > 1, "the log was written: {log}");
    let disk = bytes_under(dir.path());
    assert!(!disk.is_empty());
    for marker in MARKERS {
        assert!(!log.contains(marker), "{marker} in the log:\n{log}");
        assert!(
            !disk.windows(marker.len()).any(|w| w == marker.as_bytes()),
            "{marker} in the data directory"
        );
    }
    // No address of a client in the log either: the only address is where Baken listens.
    for line in log.lines().filter(|l| l.contains("127.0.0.1")) {
        assert!(line.contains("web chat listening"), "{line}");
    }

    // The reach statistics count conversations, crisis answers, by channel `web`.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_baken"))
        .args(["stats", "--format", "csv", "--by", "day"])
        .env("BAKEN_DATA_DIR", dir.path())
        .env_remove("BAKEN_CONFIG")
        .current_dir(dir.path())
        .output()
        .unwrap();
    let csv = String::from_utf8_lossy(&out.stdout);
    assert!(
        csv.lines()
            .any(|l| l.contains(",web,") && l.contains("crisis:acute")),
        "{csv}"
    );
}
