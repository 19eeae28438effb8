//! Prompt shutdown (issue 16, point 6): `baken serve` stops within 5 s of SIGTERM or SIGINT
//! whatever the network does, and a second Ctrl-C stops it at once. Each test runs the real
//! binary as an operator does, against a Bot API or homeserver that does not answer: a
//! loopback port that accepts connections and never replies (a black hole), and one that
//! refuses them. The 5 s is the promise to the operator (a deploy, a Ctrl-C); how long a stop
//! takes in practice is in BENCHMARKS.md.

#![cfg(any(feature = "telegram", feature = "matrix"))]

#[cfg(feature = "telegram")]
mod support;

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// What an operator is promised: the process is gone this long after the first signal.
const PROMISE: Duration = Duration::from_secs(5);

/// A port on 127.0.0.1 that takes connections into its backlog and never answers.
fn black_hole() -> (std::net::TcpListener, String) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/", listener.local_addr().unwrap());
    (listener, url)
}

/// A port on 127.0.0.1 that refuses connections (nothing listens there any more).
fn refusing() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/", listener.local_addr().unwrap());
    drop(listener);
    url
}

struct Serve {
    child: Child,
    log: Arc<Mutex<Vec<String>>>,
    _dir: tempfile::TempDir,
}

impl Serve {
    fn start(env: &[(&str, &str)]) -> Serve {
        let dir = tempfile::tempdir().unwrap();
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_baken"));
        cmd.arg("serve")
            .env("BAKEN_DATA_DIR", dir.path())
            .env("RUST_LOG", "info")
            .env_remove("BAKEN_CONFIG")
            .env_remove("BAKEN_INSTANCE")
            .env_remove("TELOXIDE_TOKEN")
            .env_remove("BAKEN_MATRIX_HOMESERVER")
            .env_remove("BAKEN_WEB_LISTEN")
            .current_dir(dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        for (k, v) in env {
            cmd.env(k, v);
        }
        let mut child = cmd.spawn().unwrap();
        let log = Arc::new(Mutex::new(Vec::new()));
        let stderr = child.stderr.take().unwrap();
        let lines = log.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                lines.lock().unwrap().push(line);
            }
        });
        Serve {
            child,
            log,
            _dir: dir,
        }
    }

    fn log(&self) -> String {
        self.log.lock().unwrap().join("\n")
    }

    /// Wait until the log has a line containing `needle` (the process is serving: its signal
    /// handlers are in place).
    fn wait_for(&mut self, needle: &str) {
        let start = Instant::now();
        while !self.log().contains(needle) {
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "no {needle:?} within 60 s: {}",
                self.log()
            );
            if let Some(status) = self.child.try_wait().unwrap() {
                panic!("exited early ({status}): {}", self.log());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn signal(&self, signal: &str) {
        let status = Command::new("kill")
            .args([signal, &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
    }

    /// Wait for the exit, at most 60 s (then kill it, so a failing test never hangs); the
    /// status and how long it took.
    fn wait_exit(&mut self) -> (ExitStatus, Duration) {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return (status, start.elapsed());
            }
            if start.elapsed() > Duration::from_secs(60) {
                let _ = self.child.kill();
                let status = self.child.wait().unwrap();
                return (status, start.elapsed());
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Start, wait until serving and a moment longer (so requests are in flight to the dead
/// network), send `signal`, and assert the process ended cleanly within the promise.
fn stops_within_the_promise(env: &[(&str, &str)], signal: &str, what: &str) {
    let mut serve = Serve::start(env);
    serve.wait_for("serving");
    std::thread::sleep(Duration::from_millis(1_500));
    serve.signal(signal);
    let (status, took) = serve.wait_exit();
    let log = serve.log();
    eprintln!("{what}: {signal} → exit {status} after {took:.2?}");
    assert!(
        took < PROMISE,
        "{what}: stopped {took:.1?} after {signal} (promise: {PROMISE:?}): {log}"
    );
    assert!(status.success(), "{what}: exit {status}: {log}");
    assert!(log.contains("session store flushed"), "{what}: {log}");
}

#[cfg(feature = "telegram")]
#[test]
fn telegram_with_a_bot_api_that_never_answers_stops_within_5_s() {
    let (_hole, url) = black_hole();
    let env = [("TELOXIDE_TOKEN", "1:TEST"), ("TELOXIDE_API_URL", &url)];
    stops_within_the_promise(&env, "-TERM", "telegram, black hole");
    stops_within_the_promise(&env, "-INT", "telegram, black hole");
}

#[cfg(feature = "telegram")]
#[test]
fn telegram_with_a_bot_api_that_refuses_stops_within_5_s() {
    let url = refusing();
    let env = [("TELOXIDE_TOKEN", "1:TEST"), ("TELOXIDE_API_URL", &url)];
    stops_within_the_promise(&env, "-TERM", "telegram, refused");
    stops_within_the_promise(&env, "-HUP", "telegram, refused");
}

#[cfg(feature = "matrix")]
fn matrix_env(url: &str) -> Vec<(&'static str, String)> {
    vec![
        (
            "BAKEN_MATRIX_HOMESERVER",
            url.trim_end_matches('/').to_string(),
        ),
        ("BAKEN_MATRIX_USER", "baken".into()),
        ("BAKEN_MATRIX_PASSWORD", "not-a-real-password".into()),
        ("BAKEN_MATRIX_STORE_PASSPHRASE", "a test passphrase".into()),
    ]
}

#[cfg(feature = "matrix")]
#[test]
fn matrix_with_a_homeserver_that_never_answers_stops_within_5_s() {
    let (_hole, url) = black_hole();
    let env = matrix_env(&url);
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    stops_within_the_promise(&env, "-TERM", "matrix, black hole");
    stops_within_the_promise(&env, "-INT", "matrix, black hole");
}

#[cfg(feature = "matrix")]
#[test]
fn matrix_with_a_homeserver_that_refuses_stops_within_5_s() {
    let url = refusing();
    let env = matrix_env(&url);
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    stops_within_the_promise(&env, "-TERM", "matrix, refused");
}

/// A second Ctrl-C does not wait for the drain: the process is gone at once, with the exit
/// status of an interrupted program (130).
#[cfg(feature = "telegram")]
#[test]
fn a_second_ctrl_c_stops_at_once() {
    let (_hole, url) = black_hole();
    let mut serve = Serve::start(&[("TELOXIDE_TOKEN", "1:TEST"), ("TELOXIDE_API_URL", &url)]);
    serve.wait_for("serving");
    std::thread::sleep(Duration::from_millis(500));
    serve.signal("-INT");
    serve.wait_for("stopping");
    serve.signal("-INT");
    let (status, took) = serve.wait_exit();
    let log = serve.log();
    assert!(
        took < Duration::from_millis(1_500),
        "{took:.1?} after the second Ctrl-C: {log}"
    );
    assert_eq!(status.code(), Some(130), "{log}");
    assert!(log.contains("second signal"), "{log}");
}

/// Drain what can be drained: a reply the Bot API accepts slowly (0.5 s) still reaches the
/// person after SIGTERM; a reply it never accepts does not hold the stop beyond the promise,
/// and the log says how many updates were left unanswered (a count, no text).
#[cfg(feature = "telegram")]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_slow_reply_is_drained_and_a_stuck_one_is_given_up() {
    use support::fake_telegram::{FakeTelegram, TOKEN};
    const USER: i64 = 5_550_123_456;
    for (delay, delivered) in [
        (Duration::from_millis(500), true),
        (Duration::from_secs(60), false),
    ] {
        let fake = FakeTelegram::start().await;
        fake.set_send_delay(delay);
        let url = fake.url().to_string();
        let mut serve = tokio::task::spawn_blocking(move || {
            let mut serve = Serve::start(&[("TELOXIDE_TOKEN", TOKEN), ("TELOXIDE_API_URL", &url)]);
            serve.wait_for("long polling started");
            serve
        })
        .await
        .unwrap();
        fake.text(USER, "hallo");
        fake.wait_until("sendMessage", Duration::from_secs(30), |f| {
            f.count("sendMessage") >= 1
        })
        .await;
        serve.signal("-TERM");
        let (status, took, log) = tokio::task::spawn_blocking(move || {
            let (status, took) = serve.wait_exit();
            (status, took, serve.log())
        })
        .await
        .unwrap();
        assert!(took < PROMISE, "{delay:?}: {took:.1?}: {log}");
        assert!(status.success(), "{delay:?}: exit {status}: {log}");
        if delivered {
            assert!(!fake.sent_to(USER).is_empty(), "the slow reply was lost");
            assert!(!log.contains("unanswered"), "{log}");
        } else {
            assert!(log.contains("left unanswered"), "{log}");
            assert!(!log.contains("hallo"), "message text in the log: {log}");
        }
    }
}
