//! The web chat in a real browser: headless Chromium (Debian's `chromium` and
//! `chromium-driver`), driven over WebDriver with plain HTTP calls, against the real
//! `baken serve` binary. With JavaScript on and off: open the page, read the welcome, tap an
//! option, type a crisis sentence and see 112 first, leave with the quick exit and land on the
//! exit page (a local stand-in for the weather site). With JavaScript on it also checks that a
//! turn does not reload the page, that the keyboard focus stays in the text field, that Escape
//! erases the session, and that Back does not return to the chat. It saves the screenshot the
//! README shows (`docs/web-chat.png`).
//!
//! A second test audits the page with axe-core (the npm package, run inside Chromium) for the
//! WCAG 2.1 A and AA rules, in Dutch and in Arabic (right to left), before and after a crisis
//! answer, and checks that nothing scrolls sideways at 320 CSS pixels wide and at 200 % zoom.
//!
//! The setup installs the two packages with apt-get when they are missing (as root), and
//! axe-core with npm into the target directory; where that is impossible it says so and skips.

mod web_support;

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use web_support::{Server, free_port};

const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

/// `chromedriver` and `chromium`, installed if missing. `None`: cannot be had here.
fn browser() -> Option<(String, String)> {
    let find = |names: &[&str]| {
        names
            .iter()
            .map(|n| format!("/usr/bin/{n}"))
            .find(|p| std::path::Path::new(p).exists())
    };
    let have = || {
        Some((
            find(&["chromedriver"])?,
            find(&["chromium", "chromium-browser"])?,
        ))
    };
    if let Some(found) = have() {
        return Some(found);
    }
    eprintln!("browser test: installing chromium and chromium-driver with apt-get");
    let install = || {
        Command::new("apt-get")
            .args([
                "install",
                "-y",
                "--no-install-recommends",
                "chromium",
                "chromium-driver",
            ])
            .env("DEBIAN_FRONTEND", "noninteractive")
            .status()
            .is_ok_and(|s| s.success())
    };
    // A fresh machine may not have read its package lists yet.
    if !install() {
        let _ = Command::new("apt-get").arg("update").status();
        install();
    }
    have()
}

/// A chromedriver process and one browser session.
struct Driver {
    child: Child,
    http: reqwest::Client,
    base: String,
    session: String,
}

impl Driver {
    async fn start(chromedriver: &str, chromium: &str, javascript: bool) -> Driver {
        let port = free_port();
        let child = Command::new(chromedriver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let base = format!("http://127.0.0.1:{port}");
        let http = reqwest::Client::new();
        let deadline = Instant::now() + Duration::from_secs(20);
        while http.get(format!("{base}/status")).send().await.is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not start");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let profile = tempfile::tempdir().unwrap().keep();
        let mut args: Vec<String> = [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--window-size=412,900",
            // A Dutch browser: the page follows Accept-Language.
            "--lang=nl",
        ]
        .map(String::from)
        .to_vec();
        args.push(format!("--user-data-dir={}", profile.display()));
        if !javascript {
            args.push("--blink-settings=scriptEnabled=false".into());
        }
        let caps = json!({ "capabilities": { "alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": chromium,
                "args": args,
                "prefs": { "intl.accept_languages": "nl" },
            },
        }}});
        let res: Value = http
            .post(format!("{base}/session"))
            .json(&caps)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let session = res["value"]["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no browser session: {res}"))
            .to_string();
        Driver {
            child,
            http,
            base,
            session,
        }
    }

    async fn call(&self, method: reqwest::Method, path: &str, body: Option<Value>) -> Value {
        let url = format!("{}/session/{}{}", self.base, self.session, path);
        let mut req = self.http.request(method, url);
        if let Some(b) = body {
            req = req.json(&b);
        }
        let v: Value = req.send().await.unwrap().json().await.unwrap();
        v["value"].clone()
    }

    async fn post(&self, path: &str, body: Value) -> Value {
        self.call(reqwest::Method::POST, path, Some(body)).await
    }

    async fn get(&self, path: &str) -> Value {
        self.call(reqwest::Method::GET, path, None).await
    }

    async fn goto(&self, url: &str) {
        self.post("/url", json!({ "url": url })).await;
    }

    async fn url(&self) -> String {
        self.get("/url").await.as_str().unwrap_or("").to_string()
    }

    /// Element ids for a CSS selector (possibly none).
    async fn find_all(&self, css: &str) -> Vec<String> {
        let v = self
            .post(
                "/elements",
                json!({ "using": "css selector", "value": css }),
            )
            .await;
        v.as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|e| e[ELEMENT].as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default()
    }

    async fn find(&self, css: &str) -> String {
        self.find_all(css)
            .await
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("no element {css}"))
    }

    async fn text(&self, element: &str) -> String {
        self.get(&format!("/element/{element}/text"))
            .await
            .as_str()
            .unwrap_or("")
            .to_string()
    }

    async fn click(&self, element: &str) {
        self.post(&format!("/element/{element}/click"), json!({}))
            .await;
    }

    async fn type_text(&self, element: &str, text: &str) {
        self.post(
            &format!("/element/{element}/value"),
            json!({ "text": text }),
        )
        .await;
    }

    /// Wait until the conversation log contains `what`; its text.
    async fn wait_log(&self, what: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            if let Some(log) = self.find_all("#log").await.first() {
                let text = self.text(log).await;
                if text.contains(what) {
                    return text;
                }
                assert!(
                    Instant::now() < deadline,
                    "{what:?} never shown; log: {text}"
                );
            }
            assert!(Instant::now() < deadline, "no log on {}", self.url().await);
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    async fn wait_url(&self, want: &str) {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let url = self.url().await;
            if url == want {
                return;
            }
            assert!(Instant::now() < deadline, "at {url}, not {want}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Run a script that ends by calling its last argument (WebDriver's async script).
    async fn script_async(&self, script: &str) -> Value {
        self.post("/execute/async", json!({ "script": script, "args": [] }))
            .await
    }

    /// Lay the page out as a screen `width` CSS pixels wide at `scale` device pixels per CSS
    /// pixel: 640 at 2 is what a 1,280 pixel wide window shows at 200 % zoom.
    async fn emulate(&self, width: u32, scale: u32) {
        self.post(
            "/goog/cdp/execute",
            json!({ "cmd": "Emulation.setDeviceMetricsOverride", "params": {
                "width": width, "height": 800, "deviceScaleFactor": scale, "mobile": false,
            }}),
        )
        .await;
    }

    async fn script(&self, script: &str) -> Value {
        self.post("/execute/sync", json!({ "script": script, "args": [] }))
            .await
    }

    async fn screenshot(&self) -> Vec<u8> {
        use base64::Engine as _;
        let v = self.get("/screenshot").await;
        base64::engine::general_purpose::STANDARD
            .decode(v.as_str().unwrap())
            .unwrap()
    }

    async fn quit(mut self) {
        let _ = self
            .http
            .delete(format!("{}/session/{}", self.base, self.session))
            .send()
            .await;
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The stand-in for the neutral weather page.
async fn exit_page() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let app = axum::Router::new().route(
        "/weer",
        axum::routing::get(|| async {
            axum::response::Html("<!doctype html><title>Weer</title><h1>Het weer vandaag</h1>")
        }),
    );
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    format!("http://{addr}/weer")
}

async fn conversation(chromedriver: &str, chromium: &str, javascript: bool) {
    let exit = exit_page().await;
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("baken.toml"),
        format!("[web]\nexit_url = \"{exit}\"\n"),
    )
    .unwrap();
    let server = Server::start(dir.path(), "info", &[]);
    let d = Driver::start(chromedriver, chromium, javascript).await;
    let home = server.url("/");

    d.goto(&home).await;
    d.wait_log("Hoi, je chat met Baken").await;
    assert_eq!(
        d.find_all("html.js").await.is_empty(),
        !javascript,
        "the script ran (or did not) as intended"
    );
    if javascript {
        // A mark on this document: gone if a turn reloads the page.
        d.script("window.bakenMark = 42;").await;
    }

    // Tap the first option.
    let option = d.find("fieldset.choices button").await;
    let label = d.text(&option).await;
    d.click(&option).await;
    d.wait_log(&format!("{label}\n")).await;

    // Type a crisis sentence: the first answer is 112.
    let field = d.find("#text").await;
    d.type_text(&field, "hij gaat me vermoorden").await;
    let send = d.find("#send").await;
    d.click(&send).await;
    let answer = web_support::first_answer("hij gaat me vermoorden");
    let first_line = answer.lines().next().unwrap();
    assert!(first_line.contains("112"), "{answer}");
    let log = d.wait_log(first_line).await;
    let crisis = d.find("#log li.crisis").await;
    assert!(d.text(&crisis).await.starts_with(first_line));
    assert!(log.find(&label).unwrap() < log.find(first_line).unwrap());

    if javascript {
        assert_eq!(
            d.script("return window.bakenMark;").await,
            json!(42),
            "the page reloaded"
        );
        let active = d.get("/element/active").await;
        let field = d.find("#text").await;
        assert_eq!(
            active[ELEMENT].as_str(),
            Some(field.as_str()),
            "focus left the text field"
        );
        let shot = d.screenshot().await;
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/web-chat.png");
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, shot).unwrap();

        // Escape: the exit page, the session erased, and Back does not return to the chat.
        let token = d
            .get(&format!(
                "/element/{}/property/value",
                d.find("#chat input[name=t]").await
            ))
            .await
            .as_str()
            .unwrap()
            .to_string();
        d.post(
            "/actions",
            json!({ "actions": [{ "type": "key", "id": "k", "actions": [
                { "type": "keyDown", "value": "\u{E00C}" }, { "type": "keyUp", "value": "\u{E00C}" }
            ]}]}),
        )
        .await;
        d.wait_url(&exit).await;
        let c = web_support::client();
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let res = c
                .post(&home)
                .form(&[("t", token.as_str()), ("text", "menu")])
                .send()
                .await
                .unwrap();
            let page = res.text().await.unwrap();
            if web_support::field(&page, "t") != token {
                break;
            }
            assert!(
                Instant::now() < deadline,
                "the session outlived the quick exit"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        d.post("/back", json!({})).await;
        tokio::time::sleep(Duration::from_millis(500)).await;
        assert!(
            !d.url().await.starts_with(&home),
            "Back returned to the chat"
        );
    } else {
        // Without JavaScript the button posts the form: erase, then the exit page.
        let exit_button = d.find("#exit").await;
        d.click(&exit_button).await;
        d.wait_url(&exit).await;
    }
    d.quit().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn chat_in_chromium_with_javascript_on_and_off() {
    let Some((chromedriver, chromium)) = browser() else {
        eprintln!(
            "SKIPPED: chromium and chromium-driver are not installed and apt-get could not install them (not root, or no package source)"
        );
        return;
    };
    conversation(&chromedriver, &chromium, true).await;
    conversation(&chromedriver, &chromium, false).await;
}

/// axe-core (the npm package), installed with npm into the target directory the first time.
/// `None`: npm is missing or cannot reach the registry.
fn axe_source() -> Option<String> {
    const VERSION: &str = "4.14.1";
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("axe-core-{VERSION}"));
    let file = dir.join("node_modules/axe-core/axe.min.js");
    if !file.exists() {
        eprintln!("accessibility test: installing axe-core {VERSION} with npm");
        std::fs::create_dir_all(&dir).ok()?;
        let ok = Command::new("npm")
            .args([
                "install",
                "--no-save",
                "--no-package-lock",
                "--no-audit",
                "--no-fund",
                "--prefix",
            ])
            .arg(&dir)
            .arg(format!("axe-core@{VERSION}"))
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            return None;
        }
    }
    std::fs::read_to_string(file).ok()
}

/// The WCAG 2.1 A and AA rules of axe-core, run on the page as it is now: every violation, as
/// `rule (impact): element: why`.
async fn axe_violations(d: &Driver, axe: &str) -> Vec<String> {
    // Baken's CSP forbids inline and foreign scripts; WebDriver's own scripts are exempt, so
    // axe is handed over as one.
    d.script(&format!("{axe}\n;window.axe = axe; return true;"))
        .await;
    let result = d
        .script_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { runOnly: { type: 'tag',
                 values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
               .then(r => done(r.violations.flatMap(v => v.nodes.map(n =>
                   v.id + ' (' + v.impact + '): ' + n.target.join(' ') + ': ' + n.failureSummary))))
               .catch(e => done(['axe failed: ' + e]));",
        )
        .await;
    serde_json::from_value(result).unwrap_or_else(|e| panic!("axe answered {e}"))
}

/// The page's layout width as the browser sees it: `[scrollWidth, clientWidth, innerWidth,
/// devicePixelRatio]` of the document.
async fn widths(d: &Driver) -> Vec<f64> {
    let v = d
        .script(
            "const e = document.documentElement;
             return [e.scrollWidth, e.clientWidth, window.innerWidth, window.devicePixelRatio];",
        )
        .await;
    serde_json::from_value(v.clone()).unwrap_or_else(|_| panic!("widths: {v}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_page_passes_an_automated_accessibility_audit() {
    let Some((chromedriver, chromium)) = browser() else {
        eprintln!(
            "SKIPPED: chromium and chromium-driver are not installed and apt-get could not install them (not root, or no package source)"
        );
        return;
    };
    let Some(axe) = axe_source() else {
        eprintln!(
            "SKIPPED: axe-core could not be installed with npm (npm missing, or no registry)"
        );
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    // Arabic is a draft translation: offered only where the instance names it.
    let server = Server::start(dir.path(), "info", &[("BAKEN_LOCALES", "nl,en,ar")]);
    let d = Driver::start(&chromedriver, &chromium, true).await;
    for (link, lang, dir, welcome) in [
        ("/", "nl", "ltr", "Hoi, je chat met Baken"),
        ("/?start=l-ar_n-menu", "ar", "rtl", ""),
    ] {
        d.emulate(412, 1).await;
        d.goto(&server.url(link)).await;
        d.wait_log(welcome).await;
        let html = d.find("html").await;
        for (name, want) in [("lang", lang), ("dir", dir)] {
            let got = d.get(&format!("/element/{html}/attribute/{name}")).await;
            assert_eq!(got, json!(want), "{link}: {name}");
        }
        let found = axe_violations(&d, &axe).await;
        assert!(found.is_empty(), "{lang}, first page: {found:#?}");

        // After a crisis answer (its own colours) and a typed message.
        let field = d.find("#text").await;
        d.type_text(&field, "hij gaat me vermoorden").await;
        let send = d.find("#send").await;
        d.click(&send).await;
        let deadline = Instant::now() + Duration::from_secs(15);
        while d.find_all("#log li.crisis").await.is_empty() {
            assert!(Instant::now() < deadline, "{lang}: no crisis answer shown");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let found = axe_violations(&d, &axe).await;
        assert!(
            found.is_empty(),
            "{lang}, after a crisis answer: {found:#?}"
        );

        // 320 CSS pixels (a small phone; also 1,280 at 400 %) and 200 % zoom of 1,280.
        for (width, scale) in [(320, 1), (640, 2)] {
            d.emulate(width, scale).await;
            tokio::time::sleep(Duration::from_millis(300)).await;
            let w = widths(&d).await;
            assert_eq!(
                (w[2], w[3]),
                (f64::from(width), f64::from(scale)),
                "the emulated screen did not take: {w:?}"
            );
            assert!(
                w[0] <= w[1],
                "{lang}: the page scrolls sideways at {width} px, scale {scale}: {w:?}"
            );
        }
    }
    d.quit().await;
}
