//! Crash safety of the session cache (issue 6, item 7): the real `baken` binary is killed with
//! SIGKILL in the middle of a conversation load, again and again, on the same data directory;
//! each time it must come back up (repairing or discarding the cache) and answer within
//! seconds. The cache is disposable: what matters is that the bot answers, not what it kept.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// How long a restarted bot may take to give its first answer. A debug build needs about 0.7 s
/// of CPU to load the content and open the cache; on a two-core machine busy with other builds
/// that became 3–4 s of wall time, so the limit leaves room for that. A bot that cannot open
/// its cache fails or hangs, which this catches either way.
const ANSWER_WITHIN: Duration = Duration::from_secs(10);

/// A cycle of messages that walks the flows: options, commands, routing, crisis, erase.
const LOAD: &[&str] = &[
    "1",
    "mijn ex blijft me volgen",
    "menu",
    "2",
    "hij gaat me vermoorden",
    "3",
    "I'm worried about my sister",
    "help",
    "xyzzy",
    "ik maak me zorgen om mijn buurvrouw, ze heeft blauwe plekken",
    "wis",
    "4",
];

struct Bot {
    child: Child,
    lines: Receiver<String>,
    stderr: Arc<Mutex<String>>,
    writer: JoinHandle<()>,
    started: Instant,
}

/// Start `baken chat` on `data` and feed it `count` lines of the load through a pipe (then
/// close its input).
fn start(data: &Path, count: usize) -> Bot {
    let started = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_baken"))
        .arg("chat")
        // The sled cache, as `baken serve` uses it (a plain `chat` keeps sessions in memory).
        .arg("--disk-store")
        .env("BAKEN_DATA_DIR", data)
        .env("RUST_LOG", "warn")
        .env_remove("BAKEN_CONFIG")
        .current_dir(data)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        for line in LOAD.iter().cycle().take(count) {
            // A broken pipe means the bot was killed: the load ends with it.
            if writeln!(stdin, "{line}").is_err() {
                return;
            }
        }
    });
    let stdout = child.stdout.take().unwrap();
    let (tx, lines) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { return };
            if tx.send(line).is_err() {
                return;
            }
        }
    });
    let stderr = Arc::new(Mutex::new(String::new()));
    let mut pipe = child.stderr.take().unwrap();
    let sink = stderr.clone();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = pipe.read(&mut buf) {
            if n == 0 {
                return;
            }
            sink.lock()
                .unwrap()
                .push_str(&String::from_utf8_lossy(&buf[..n]));
        }
    });
    Bot {
        child,
        lines,
        stderr,
        writer,
        started,
    }
}

impl Bot {
    /// Wait for the first non-empty line of output (the first answer); how long it took from
    /// the start of the process.
    fn first_answer(&mut self) -> Duration {
        loop {
            let left = ANSWER_WITHIN.saturating_sub(self.started.elapsed());
            match self.lines.recv_timeout(left) {
                Ok(line) if line.trim().is_empty() => continue,
                Ok(_) => return self.started.elapsed(),
                Err(RecvTimeoutError::Timeout) => {
                    let _ = self.child.kill();
                    let _ = self.child.wait();
                    panic!(
                        "no answer within {ANSWER_WITHIN:?}; stderr:\n{}",
                        self.stderr.lock().unwrap()
                    );
                }
                Err(RecvTimeoutError::Disconnected) => {
                    let status = self.child.wait().unwrap();
                    std::thread::sleep(Duration::from_millis(100));
                    panic!(
                        "the bot exited ({status}) without answering; stderr:\n{}",
                        self.stderr.lock().unwrap()
                    );
                }
            }
        }
    }

    /// SIGKILL (what `Child::kill` sends on Unix), and reap it. Returns how many lines of
    /// output it had written.
    fn kill(mut self) -> usize {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
        let _ = self.writer.join();
        self.lines.try_iter().count()
    }
}

fn unreadable_copies(data: &Path) -> usize {
    std::fs::read_dir(data)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .contains(".unreadable-")
        })
        .count()
}

/// The last start: a short conversation that must run to its end and exit cleanly.
fn finish(data: &Path) {
    let mut bot = start(data, 6);
    let took = bot.first_answer();
    let status = bot.child.wait().unwrap();
    let _ = bot.writer.join();
    let rest: Vec<String> = bot.lines.try_iter().collect();
    assert!(
        status.success(),
        "exit {status}; stderr:\n{}",
        bot.stderr.lock().unwrap()
    );
    assert!(
        rest.iter().filter(|l| l.starts_with("> ")).count() == 6,
        "all six messages were answered: {rest:?}"
    );
    eprintln!("clean run after the kills: first answer after {took:?}");
}

#[test]
fn killed_with_sigkill_mid_load_the_bot_comes_back_and_answers() {
    let data = tempfile::tempdir().unwrap();
    // Kill right at start (while the cache is being opened and cleared), then ever later in a
    // load of up to 100,000 messages.
    let delays_ms = [0u64, 5, 40, 120, 250, 400, 700, 1000, 1500, 2000];
    for (round, delay) in delays_ms.iter().enumerate() {
        let mut bot = start(data.path(), 100_000);
        if round == 0 {
            // Before any answer: killed while opening.
            std::thread::sleep(Duration::from_millis(20));
            let lines = bot.kill();
            eprintln!("round {round}: killed at start after {lines} lines");
            continue;
        }
        let took = bot.first_answer();
        std::thread::sleep(Duration::from_millis(*delay));
        let lines = bot.kill();
        eprintln!(
            "round {round}: answered after {took:?}, killed {delay} ms later with {lines} more lines out"
        );
    }
    finish(data.path());
    eprintln!(
        "{} unreadable cache(s) moved aside",
        unreadable_copies(data.path())
    );
}

/// Overwrite every file of a sled database with garbage, as a torn write or a bad disk might.
fn garble(dir: &Path) {
    // `chat` counts no statistics, so only the session cache exists.
    if !dir.exists() {
        return;
    }
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            garble(&p);
        } else {
            let len = std::fs::metadata(&p).unwrap().len().max(64) as usize;
            let junk: Vec<u8> = (0..len).map(|i| (i * 7 + 13) as u8).collect();
            std::fs::write(&p, junk).unwrap();
        }
    }
}

#[test]
fn a_garbled_cache_is_moved_aside_and_the_bot_answers() {
    let data = tempfile::tempdir().unwrap();
    finish(data.path());
    for _ in 0..2 {
        garble(&data.path().join("sessions"));
        garble(&data.path().join("stats"));
        finish(data.path());
    }
    assert!(unreadable_copies(data.path()) >= 1);
}

#[test]
fn a_cache_garbled_again_within_the_same_second_is_still_moved_aside() {
    use baken::{SessionStore, SledStore};
    let data = tempfile::tempdir().unwrap();
    for round in 0..4 {
        let store =
            SledStore::open(data.path(), 60).unwrap_or_else(|e| panic!("round {round}: {e}"));
        store.flush().unwrap();
        drop(store);
        garble(&data.path().join("sessions"));
    }
    let stats = baken::stats::Stats::open(data.path()).unwrap();
    drop(stats);
    for round in 0..4 {
        garble(&data.path().join("stats"));
        baken::stats::Stats::open(data.path()).unwrap_or_else(|e| panic!("round {round}: {e}"));
    }
}
