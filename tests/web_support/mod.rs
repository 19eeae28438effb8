//! Test support for the web chat: the real `baken serve` binary with the web channel on a free
//! loopback port, and a browser-like form client (no cookie store, no JavaScript).

#![allow(dead_code)]

use std::io::Read;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// A running `baken serve` with only the web chat.
pub struct Server {
    pub child: Option<Child>,
    pub base: String,
    pub port: u16,
    /// Everything the server wrote to stderr and stdout, read as it comes (so a chatty log
    /// never fills the pipe and stalls the server).
    output: Arc<Mutex<Vec<u8>>>,
    readers: Vec<std::thread::JoinHandle<()>>,
}

/// A free port on 127.0.0.1 (bound and released), for a program that must be told its port.
/// `Server::start` does not use it: Baken binds port 0 itself and says which port it got, so
/// two tests running at once can never be handed the same port.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn read_into(mut from: impl Read + Send + 'static, to: Arc<Mutex<Vec<u8>>>) -> JoinHandle<()> {
    std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        while let Ok(n) = from.read(&mut buf) {
            if n == 0 {
                break;
            }
            to.lock().unwrap().extend_from_slice(&buf[..n]);
        }
    })
}

/// The port in the server's `web chat listening … listen=127.0.0.1:PORT` line, once logged.
fn logged_port(log: &[u8]) -> Option<u16> {
    let log = String::from_utf8_lossy(log);
    let line = log.lines().find(|l| l.contains("web chat listening"))?;
    let addr = line.split("listen=").nth(1)?.split_whitespace().next()?;
    addr.rsplit(':').next()?.parse().ok()
}

impl Server {
    /// Start `baken serve` in `dir` (data directory and working directory) with extra
    /// environment on a port the system picks, and wait until it says which and answers there.
    /// `rust_log` must let the info line `web chat listening` through.
    pub fn start(dir: &Path, rust_log: &str, env: &[(&str, &str)]) -> Server {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_baken"));
        cmd.arg("serve")
            .env("BAKEN_WEB_LISTEN", "127.0.0.1:0")
            .env("BAKEN_DATA_DIR", dir)
            .env("RUST_LOG", rust_log)
            .env("NO_COLOR", "1")
            .env_remove("BAKEN_CONFIG")
            .env_remove("TELOXIDE_TOKEN")
            .env_remove("BAKEN_MATRIX_HOMESERVER")
            .current_dir(dir)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        for (k, v) in env {
            cmd.env(k, v);
        }
        let mut child = cmd.spawn().unwrap();
        let output = Arc::new(Mutex::new(Vec::new()));
        let readers = vec![
            read_into(child.stderr.take().unwrap(), output.clone()),
            read_into(child.stdout.take().unwrap(), output.clone()),
        ];
        let deadline = Instant::now() + Duration::from_secs(30);
        let port = loop {
            if let Some(port) = logged_port(&output.lock().unwrap()) {
                break port;
            }
            if let Ok(Some(status)) = child.try_wait() {
                panic!(
                    "baken serve exited ({status}): {}",
                    String::from_utf8_lossy(&output.lock().unwrap())
                );
            }
            assert!(
                Instant::now() < deadline,
                "baken serve did not say where it listens: {}",
                String::from_utf8_lossy(&output.lock().unwrap())
            );
            std::thread::sleep(Duration::from_millis(20));
        };
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "baken serve did not answer on {port}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        Server {
            child: Some(child),
            base: format!("http://127.0.0.1:{port}"),
            port,
            output,
            readers,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    /// SIGTERM, then wait: the exit status and everything it logged.
    pub fn stop(&mut self) -> (std::process::ExitStatus, String) {
        let mut child = self.child.take().unwrap();
        Command::new("kill")
            .args(["-TERM", &child.id().to_string()])
            .status()
            .unwrap();
        let status = child.wait().unwrap();
        for r in self.readers.drain(..) {
            let _ = r.join();
        }
        let log = String::from_utf8_lossy(&self.output.lock().unwrap()).into_owned();
        (status, log)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

/// A client like a browser without JavaScript: no cookies, no redirects followed.
pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// The value of the hidden field `name` in the chat form (the last one on the page).
pub fn field(page: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = page
        .rfind(&marker)
        .unwrap_or_else(|| panic!("no field {name}"))
        + marker.len();
    let end = page[start..].find('"').unwrap() + start;
    unescape(&page[start..end])
}

/// The values of the option buttons, in order.
pub fn choices(page: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = page;
    let marker = "name=\"c\" value=\"";
    while let Some(i) = rest.find(marker) {
        rest = &rest[i + marker.len()..];
        let end = rest.find('"').unwrap();
        let value = unescape(&rest[..end]);
        let label_start = rest.find('>').unwrap() + 1;
        let label_end = rest.find("</button>").unwrap();
        out.push((value, unescape(&rest[label_start..label_end])));
    }
    out
}

/// The text of the conversation log (between `<ol id="log"` and `</ol>`), tags kept.
pub fn log(page: &str) -> &str {
    let start = page.find("<ol id=\"log\"").expect("a log");
    let end = page[start..].find("</ol>\n").unwrap() + start;
    &page[start..end]
}

pub fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// HTML-escape as the page does.
pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// Post the chat form: token and history from `page`, plus `extra` fields.
pub async fn post(
    client: &reqwest::Client,
    url: &str,
    page: &str,
    extra: &[(&str, &str)],
) -> (reqwest::StatusCode, String) {
    let mut form: Vec<(String, String)> = vec![
        ("t".into(), field(page, "t")),
        ("h".into(), field(page, "h")),
    ];
    form.extend(extra.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    let res = client.post(url).form(&form).send().await.unwrap();
    let status = res.status();
    (status, res.text().await.unwrap())
}

/// Every byte of every file under `dir`.
pub fn bytes_under(dir: &Path) -> Vec<u8> {
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

/// The first reply the engine gives to `text` at the start of a conversation (a crisis
/// sentence: its crisis answer), as the server with the built-in content says it.
pub fn first_answer(text: &str) -> String {
    let content = std::sync::Arc::new(baken::Content::embedded().unwrap());
    baken::Engine::new(content, "nl")
        .step(None, baken::Event::Text(text.into()), baken::store::now())
        .replies
        .remove(0)
        .text
}
