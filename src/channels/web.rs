//! The web chat (feature `web`): Baken in any browser, without an app, with a quick exit.
//!
//! Someone whose phone is watched may not be able to install a chat app, and a poster's QR
//! code that opens an app store loses most people. So the page works in any browser, with
//! JavaScript off too:
//!
//! - **`GET /`** starts a conversation (`/?start=PAYLOAD`: a deep link, the same payload rules
//!   as Telegram) and returns one plain HTML page: the conversation so far, the options as
//!   buttons, a text field, all in one form that posts back to `/`.
//! - **`POST /`** is one turn; **`POST /turn`** is the same turn for the small served script,
//!   answered as JSON so the page does not reload.
//! - **Quick exit**: the always-visible button and the Escape key erase the session
//!   (`POST /erase`, a beacon) and `location.replace` the page with a neutral site, so Back does
//!   not return. Without JavaScript the button posts to `/exit`, which erases and redirects.
//!
//! Where things are kept, and why:
//! - The **session** (the place in the conversation, never text) lives in the shared sealed
//!   store under a keyed hash of a random token. The token is a hidden form field, never a
//!   cookie: a cookie would outlive the quick exit in the browser's storage.
//! - The **conversation so far** (including what the person typed) lives only in the page, as
//!   a hidden field sealed with a key held in memory and bound to the session. The server keeps
//!   no text, and a forged field cannot make the page show words Baken never said.
//! - A token without a live session (stale, erased, forged) starts a fresh conversation under a
//!   new token; its history is dropped.
//!
//! No IP address, user agent or request line is logged or stored; there is no access log.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use serde::{Deserialize, Serialize};

use crate::channels::Shutdown;
use crate::channels::turn::Turn;
use crate::config::Config;
use crate::engine::{Engine, Event, Reply, Session};
use crate::stats::Stats;
use crate::store::{KeyedHasher, Sealer, SessionKey, SessionStore};

/// The channel name in session keys and statistics.
pub const CHANNEL: &str = "web";
/// Request bodies above this are refused (a typed message is at most [`MAX_TEXT_CHARS`]).
pub const MAX_BODY: usize = 16 * 1024;
/// The longest message the text field takes (the page says `maxlength`, the server cuts).
pub const MAX_TEXT_CHARS: usize = 1000;
/// The history a page carries, before sealing: older messages drop off the top.
const MAX_HISTORY_BYTES: usize = 6 * 1024;
/// A client gets this long to send its request headers, and its body.
const HEADER_TIMEOUT: Duration = Duration::from_secs(10);
const BODY_TIMEOUT: Duration = Duration::from_secs(10);
/// No connection lives longer than this (keep-alive included).
const CONNECTION_LIFETIME: Duration = Duration::from_secs(300);
/// The default quick-exit page: a neutral Dutch weather site.
pub const DEFAULT_EXIT_URL: &str = "https://www.buienradar.nl/";
/// Languages written right to left (`dir="rtl"`).
const RTL: &[&str] = &["ar", "fa", "he", "ps", "ur", "yi"];

const SCRIPT: &str = include_str!("../../assets/baken.js");
const STYLE: &str = include_str!("../../assets/baken.css");

/// How the web chat runs: resolved from `[web]` in `baken.toml` (and `BAKEN_WEB_LISTEN`).
#[derive(Debug, Clone)]
pub struct WebOptions {
    pub listen: SocketAddr,
    pub exit_url: String,
    pub frame_ancestors: Vec<String>,
    pub instance_name: String,
}

impl WebOptions {
    /// `Ok(None)`: the web chat is not configured (no `listen`) or switched off.
    pub fn from_config(config: &Config) -> anyhow::Result<Option<Self>> {
        let Some(web) = &config.web else {
            return Ok(None);
        };
        if web.enabled == Some(false) {
            return Ok(None);
        }
        let Some(listen) = &web.listen else {
            return Ok(None);
        };
        let listen = listen
            .parse()
            .map_err(|e| anyhow::anyhow!("web.listen `{listen}`: {e}"))?;
        Ok(Some(WebOptions {
            listen,
            exit_url: web
                .exit_url
                .clone()
                .unwrap_or_else(|| DEFAULT_EXIT_URL.into()),
            frame_ancestors: web.frame_ancestors.clone(),
            instance_name: config.instance_name.clone(),
        }))
    }

    /// Options for a local address with every default (tests, benchmarks).
    pub fn local(listen: SocketAddr) -> Self {
        WebOptions {
            listen,
            exit_url: DEFAULT_EXIT_URL.into(),
            frame_ancestors: Vec::new(),
            instance_name: "Baken".into(),
        }
    }

    /// The Content-Security-Policy: only Baken's own script and style, forms post only to
    /// Baken (and the exit page, which `/exit` redirects to), framing only by the configured
    /// sites.
    fn csp(&self) -> String {
        let exit_origin = origin(&self.exit_url).unwrap_or_default();
        let ancestors = if self.frame_ancestors.is_empty() {
            "'none'".to_string()
        } else {
            self.frame_ancestors.join(" ")
        };
        format!(
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; \
             connect-src 'self'; form-action 'self' {exit_origin}; base-uri 'none'; \
             frame-ancestors {ancestors}"
        )
    }
}

/// `https://host[:port]` of a URL.
fn origin(url: &str) -> Option<String> {
    let u = url::Url::parse(url).ok()?;
    Some(u.origin().ascii_serialization()).filter(|o| o != "null")
}

/// The web chat. Cheap to clone.
#[derive(Clone)]
pub struct Web {
    inner: Arc<Inner>,
}

struct Inner {
    engine: Engine,
    store: Arc<dyn SessionStore>,
    hasher: Arc<KeyedHasher>,
    /// Seals the history a page carries; the key exists only in this process.
    sealer: Sealer,
    reach: Option<Arc<Stats>>,
    options: WebOptions,
    csp: HeaderValue,
    clock: fn() -> u64,
}

/// One message on the page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// True for what the person typed or chose.
    #[serde(rename = "y", default, skip_serializing_if = "std::ops::Not::not")]
    pub you: bool,
    #[serde(rename = "t")]
    pub text: String,
    /// Links under a reply: (label, address).
    #[serde(rename = "l", default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<(String, String)>,
    /// The first message of a crisis answer.
    #[serde(rename = "c", default, skip_serializing_if = "std::ops::Not::not")]
    pub crisis: bool,
}

/// A button: its label and the value it posts (`INDEX:NODE`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Choice {
    pub label: String,
    pub value: String,
}

/// What a page (or the script) shows after a turn.
#[derive(Debug, Serialize)]
pub struct View {
    /// The session token for the next post ("" after an erase).
    #[serde(rename = "t")]
    pub token: String,
    /// The sealed history for the next post.
    #[serde(rename = "h")]
    pub sealed: String,
    pub lang: String,
    pub dir: &'static str,
    /// The conversation was erased: the page clears what it shows first.
    pub erased: bool,
    /// Messages already on the page before this turn (not sent to the script).
    #[serde(skip)]
    pub earlier: Vec<Entry>,
    /// Messages of this turn.
    pub new: Vec<Entry>,
    pub choices: Vec<Choice>,
}

/// A posted form.
#[derive(Debug, Default)]
struct Form {
    token: Option<String>,
    history: Option<String>,
    text: Option<String>,
    choice: Option<String>,
}

impl Form {
    fn parse(body: &[u8]) -> Form {
        let mut f = Form::default();
        for (k, v) in url::form_urlencoded::parse(body) {
            let v = v.into_owned();
            match k.as_ref() {
                "t" => f.token = Some(v),
                "h" => f.history = Some(v),
                "text" => f.text = Some(v),
                "c" => f.choice = Some(v),
                _ => {}
            }
        }
        f
    }
}

/// A fresh random session token: 128 bits, hex.
fn new_token() -> String {
    use rand::RngCore;
    let mut b = [0u8; 16];
    rand::rng().fill_bytes(&mut b);
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn valid_token(t: &str) -> bool {
    t.len() == 32 && t.bytes().all(|b| b.is_ascii_hexdigit())
}

/// `ltr` or `rtl` for a locale.
pub fn dir_of(locale: &str) -> &'static str {
    let primary = locale.split(['-', '_']).next().unwrap_or("");
    if RTL.contains(&primary) { "rtl" } else { "ltr" }
}

/// Escape text for HTML content and attribute values (one function for every channel).
pub use crate::escape_html as escape;

/// Only web, phone and mail links are shown as links.
fn safe_href(url: &str) -> bool {
    ["https://", "http://", "tel:", "mailto:"]
        .iter()
        .any(|p| url.starts_with(p))
}

fn entries_of(replies: &[Reply]) -> Vec<Entry> {
    replies
        .iter()
        .map(|r| Entry {
            you: false,
            text: r.text.clone(),
            links: r
                .links
                .iter()
                .map(|l| (l.label.clone(), l.url.clone()))
                .collect(),
            crisis: r.crisis.is_some(),
        })
        .collect()
}

fn choices_of(replies: &[Reply]) -> Vec<Choice> {
    replies
        .iter()
        .flat_map(|r| &r.options)
        .map(|o| Choice {
            label: o.label.clone(),
            value: format!("{}:{}", o.index, o.node),
        })
        .collect()
}

impl Web {
    pub fn new(
        options: WebOptions,
        engine: Engine,
        store: Arc<dyn SessionStore>,
        hasher: Arc<KeyedHasher>,
        reach: Option<Arc<Stats>>,
    ) -> Self {
        let csp = HeaderValue::from_str(&options.csp())
            .unwrap_or_else(|_| HeaderValue::from_static("default-src 'none'"));
        Web {
            inner: Arc::new(Inner {
                engine,
                store,
                hasher,
                sealer: Sealer::random(),
                reach,
                options,
                csp,
                clock: crate::store::now,
            }),
        }
    }

    pub fn options(&self) -> &WebOptions {
        &self.inner.options
    }

    fn key(&self, token: &str) -> SessionKey {
        self.inner.hasher.key(CHANNEL, token)
    }

    fn turn(&self) -> Turn<'_> {
        Turn {
            engine: &self.inner.engine,
            store: self.inner.store.as_ref(),
            reach: self.inner.reach.as_deref(),
            channel: CHANNEL,
            // A page's token is new for every fresh conversation: a count per token would
            // hold back nothing. The engine's own limit counts within a session.
            gate: None,
        }
    }

    /// The token's session key and its live session, loaded once for the whole turn.
    fn live(&self, token: Option<&str>, now: u64) -> Option<(String, SessionKey, Session)> {
        let token = token.filter(|t| valid_token(t))?;
        let key = self.key(token);
        match self.turn().load(&key, now) {
            (Some(session), _) => Some((token.to_string(), key, session)),
            _ => None,
        }
    }

    /// Seal the history a page carries: the newest messages that fit in
    /// [`MAX_HISTORY_BYTES`] of JSON (at least the last one). Each message is serialised once
    /// and the array joined from the pieces: trimming used to serialise the whole history
    /// again for every message it dropped, which showed in the benchmark's profile.
    fn seal(&self, key: &SessionKey, history: &[&Entry]) -> String {
        let pieces: Vec<Vec<u8>> = history
            .iter()
            .map(|e| serde_json::to_vec(e).unwrap_or_default())
            .collect();
        // `[` + pieces joined by `,` + `]`.
        let mut total =
            2 + pieces.iter().map(Vec::len).sum::<usize>() + pieces.len().saturating_sub(1);
        let mut first = 0;
        while pieces.len() - first > 1 && total > MAX_HISTORY_BYTES {
            total -= pieces[first].len() + 1;
            first += 1;
        }
        let mut plain = Vec::with_capacity(total);
        plain.push(b'[');
        for (i, p) in pieces[first..].iter().enumerate() {
            if i > 0 {
                plain.push(b',');
            }
            plain.extend_from_slice(p);
        }
        plain.push(b']');
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(self.inner.sealer.seal(key, &plain))
    }

    fn open(&self, key: &SessionKey, sealed: &str) -> Vec<Entry> {
        base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(sealed)
            .ok()
            .and_then(|b| self.inner.sealer.open(key, &b))
            .and_then(|p| serde_json::from_slice(&p).ok())
            .unwrap_or_default()
    }

    /// A conversation starts (`GET /`, optionally a deep link).
    pub fn start(&self, payload: Option<String>, locale_hint: Option<String>) -> View {
        let now = (self.inner.clock)();
        let token = new_token();
        let key = self.key(&token);
        let done = self.turn().run(
            &key,
            Event::Start {
                payload,
                locale_hint: locale_hint.clone(),
            },
            locale_hint.as_deref(),
            now,
        );
        self.view(token, key, Vec::new(), None, done)
    }

    /// One posted turn.
    fn post(&self, form: Form, locale_hint: Option<String>) -> View {
        let now = (self.inner.clock)();
        let (token, key, earlier, session) = match self.live(form.token.as_deref(), now) {
            Some((token, key, session)) => {
                let earlier = form
                    .history
                    .as_deref()
                    .map(|h| self.open(&key, h))
                    .unwrap_or_default();
                (token, key, earlier, Some(session))
            }
            None => {
                let token = new_token();
                let key = self.key(&token);
                (token, key, Vec::new(), None)
            }
        };
        let choice = form.choice.as_deref().and_then(|c| {
            let (index, node) = c.split_once(':')?;
            Some((index.parse::<usize>().ok()?, node.to_string()))
        });
        let (event, typed) = match choice {
            Some((index, node)) => (Event::Choose { node, index }, None),
            None => {
                let text: String = form
                    .text
                    .unwrap_or_default()
                    .chars()
                    .take(MAX_TEXT_CHARS)
                    .collect();
                (Event::Text(text.clone()), Some(text))
            }
        };
        let chosen = match &event {
            Event::Choose { node, index } => Some((node.clone(), *index)),
            _ => None,
        };
        let done = self
            .turn()
            .run_on(&key, (session, false), event, locale_hint.as_deref(), now);
        // What the person said, as they see it: the text they typed, or the button's label.
        let said = typed.filter(|t| !t.trim().is_empty()).or_else(|| {
            let (node, index) = chosen?;
            let content = self.inner.engine.content();
            let label = &content.node(&node)?.options.get(index)?.label;
            let locale = done
                .locale_before
                .clone()
                .unwrap_or_else(|| self.inner.engine.default_locale().to_string());
            Some(content.render(&locale, label))
        });
        self.view(token, key, earlier, said, done)
    }

    fn view(
        &self,
        token: String,
        key: SessionKey,
        earlier: Vec<Entry>,
        said: Option<String>,
        done: crate::channels::turn::Done,
    ) -> View {
        let erased = done.erased();
        let outcome = &done.outcome;
        let mut new = Vec::new();
        if let Some(text) = said.filter(|_| !erased) {
            new.push(Entry {
                you: true,
                text,
                links: Vec::new(),
                crisis: false,
            });
        }
        new.extend(entries_of(&outcome.replies));
        let lang = outcome
            .session
            .as_ref()
            .map(|s| s.locale.clone())
            .or(done.locale_before.clone())
            .unwrap_or_else(|| self.inner.engine.default_locale().to_string());
        let (token, sealed, earlier) = match &outcome.session {
            // Erased (or ended): nothing to carry on; the next post starts afresh.
            None => (String::new(), String::new(), Vec::new()),
            Some(_) => {
                let earlier = if erased { Vec::new() } else { earlier };
                let carried: Vec<&Entry> = earlier.iter().chain(&new).collect();
                (token, self.seal(&key, &carried), earlier)
            }
        };
        View {
            token,
            sealed,
            dir: dir_of(&lang),
            lang,
            erased,
            earlier,
            new,
            choices: choices_of(&outcome.replies),
        }
    }

    /// The quick exit: forget the token's session at once.
    fn erase(&self, form: &Form) {
        if let Some(t) = form.token.as_deref().filter(|t| valid_token(t)) {
            self.turn().erase(&self.key(t));
        }
    }

    fn say(&self, lang: &str, id: &str) -> String {
        self.inner.engine.content().render(lang, id)
    }

    /// The whole page for a view (JavaScript off, or the first load).
    pub fn page(&self, view: &View, notice: Option<&str>) -> String {
        let o = &self.inner.options;
        let lang = view.lang.as_str();
        let t = |id: &str| escape(&self.say(lang, id));
        let mut log = String::new();
        for e in view.earlier.iter().chain(&view.new) {
            log.push_str(&entry_html(e, &t("web-you")));
        }
        if let Some(n) = notice {
            log.push_str(&format!("<li class=\"bot\"><p>{}</p></li>", escape(n)));
        }
        let mut choices = String::new();
        if !view.choices.is_empty() {
            choices.push_str(&format!(
                "<fieldset class=\"choices\"><legend>{}</legend>",
                t("web-choices")
            ));
            for c in &view.choices {
                choices.push_str(&format!(
                    "<button type=\"submit\" name=\"c\" value=\"{}\">{}</button>",
                    escape(&c.value),
                    escape(&c.label)
                ));
            }
            choices.push_str("</fieldset>");
        }
        format!(
            "<!doctype html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<meta name=\"referrer\" content=\"no-referrer\">\n<title>{name}</title>\n\
<link rel=\"stylesheet\" href=\"./baken.css\">\n<script src=\"./baken.js\" defer></script>\n</head>\n\
<body data-exit=\"{exit}\">\n<header>\n<span class=\"name\">{name}</span>\n\
<form method=\"post\" action=\"./exit\" class=\"exit\"><input type=\"hidden\" name=\"t\" value=\"{token}\">\
<button type=\"submit\" id=\"exit\" aria-describedby=\"exit-hint\">{exit_label}</button></form>\n\
<span id=\"exit-hint\" class=\"hint\">{exit_hint}</span>\n</header>\n<main>\n\
<div role=\"log\" aria-live=\"polite\" aria-label=\"{log_label}\"><ol id=\"log\">{log}</ol>\n</div>\n\
<form method=\"post\" action=\"./\" id=\"chat\">\n\
<input type=\"hidden\" name=\"t\" value=\"{token}\"><input type=\"hidden\" name=\"h\" value=\"{sealed}\">\n\
<label for=\"text\">{input_label}</label>\n<div class=\"row\">\
<input id=\"text\" name=\"text\" type=\"text\" maxlength=\"{max}\" autocomplete=\"off\" autocapitalize=\"sentences\" spellcheck=\"false\">\
<button type=\"submit\" id=\"send\">{send}</button></div>\n{choices}\n</form>\n\
<p class=\"note\">{privacy}</p>\n</main>\n</body>\n</html>\n",
            dir = view.dir,
            name = escape(&o.instance_name),
            exit = escape(&o.exit_url),
            token = escape(&view.token),
            sealed = escape(&view.sealed),
            exit_label = t("web-quick-exit"),
            exit_hint = t("web-quick-exit-hint"),
            log_label = t("web-log"),
            input_label = t("web-input"),
            max = MAX_TEXT_CHARS,
            send = t("web-send"),
            privacy = t("web-privacy"),
        )
    }

    /// The routes, with the privacy headers on every response.
    pub fn router(&self) -> axum::Router {
        use axum::routing::{get, post};
        let web = self.clone();
        axum::Router::new()
            .route("/", get(get_page).post(post_page))
            .route("/turn", post(post_turn))
            .route("/erase", post(post_erase))
            .route("/exit", post(post_exit))
            .route("/baken.js", get(script))
            .route("/baken.css", get(style))
            .fallback(not_found)
            .layer(axum::middleware::map_response_with_state(
                web.clone(),
                headers,
            ))
            .with_state(web)
    }

    /// Serve on `listener` until `shutdown`; connections in flight get a few seconds to finish.
    pub async fn serve(
        &self,
        listener: tokio::net::TcpListener,
        shutdown: &Shutdown,
    ) -> anyhow::Result<()> {
        use hyper_util::rt::{TokioIo, TokioTimer};
        let app = self.router();
        let graceful = hyper_util::server::graceful::GracefulShutdown::new();
        loop {
            let stream = tokio::select! {
                _ = shutdown.wait() => break,
                r = listener.accept() => match r {
                    // The peer address is never looked at: no IP address is kept or logged.
                    Ok((stream, _)) => stream,
                    Err(e) => {
                        tracing::warn!(error = %e, "web: accept failed");
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    }
                },
            };
            let service = hyper_util::service::TowerToHyperService::new(app.clone());
            let conn = hyper::server::conn::http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(HEADER_TIMEOUT)
                .max_buf_size(MAX_BODY * 2)
                .serve_connection(TokioIo::new(stream), service);
            let conn = graceful.watch(conn);
            tokio::spawn(async move {
                let _ = tokio::time::timeout(CONNECTION_LIFETIME, conn).await;
            });
        }
        drop(listener);
        if tokio::time::timeout(Duration::from_secs(10), graceful.shutdown())
            .await
            .is_err()
        {
            tracing::warn!("web: connections still open at shutdown were closed");
        }
        Ok(())
    }

    /// Bind the configured address and serve until `shutdown` (for the supervisor).
    pub async fn run(&self, shutdown: &Shutdown) -> anyhow::Result<()> {
        let listen = self.inner.options.listen;
        let listener = tokio::net::TcpListener::bind(listen)
            .await
            .map_err(|e| anyhow::anyhow!("web: cannot listen on {listen}: {e}"))?;
        // The bound address, not the configured one: with port 0 the system picks a free port,
        // and this line is how an operator (or a test) learns which.
        let listen = listener.local_addr().unwrap_or(listen);
        tracing::info!(channel = CHANNEL, %listen, "web chat listening");
        self.serve(listener, shutdown).await
    }
}

fn entry_html(e: &Entry, you_label: &str) -> String {
    if e.you {
        return format!(
            "<li class=\"you\"><span class=\"who\">{you_label}: </span><p>{}</p></li>",
            escape(&e.text)
        );
    }
    let mut s = format!(
        "<li class=\"bot{}\"><p>{}</p>",
        if e.crisis { " crisis" } else { "" },
        escape(&e.text)
    );
    let links: Vec<_> = e.links.iter().filter(|(_, u)| safe_href(u)).collect();
    if !links.is_empty() {
        s.push_str("<ul class=\"links\">");
        for (label, url) in links {
            s.push_str(&format!(
                "<li><a href=\"{}\" rel=\"noreferrer noopener\">{}</a></li>",
                escape(url),
                escape(label)
            ));
        }
        s.push_str("</ul>");
    }
    s.push_str("</li>");
    s
}

/// The language a browser asks for first (`Accept-Language`), as a hint for a new conversation.
fn locale_hint(headers: &HeaderMap) -> Option<String> {
    let v = headers.get(header::ACCEPT_LANGUAGE)?.to_str().ok()?;
    let first = v.split(',').next()?.split(';').next()?.trim();
    (!first.is_empty() && first != "*").then(|| first.to_string())
}

/// Read a form body: at most [`MAX_BODY`] bytes, within [`BODY_TIMEOUT`].
async fn read_body(body: Body) -> Result<Bytes, StatusCode> {
    match tokio::time::timeout(BODY_TIMEOUT, axum::body::to_bytes(body, MAX_BODY)).await {
        Ok(Ok(b)) => Ok(b),
        Ok(Err(_)) => Err(StatusCode::PAYLOAD_TOO_LARGE),
        Err(_) => Err(StatusCode::REQUEST_TIMEOUT),
    }
}

async fn headers(State(web): State<Web>, mut res: Response) -> Response {
    let h = res.headers_mut();
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::CONTENT_SECURITY_POLICY, web.inner.csp.clone());
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.remove(header::SET_COOKIE);
    res
}

fn html(status: StatusCode, body: String) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        body,
    )
        .into_response()
}

async fn get_page(State(web): State<Web>, headers: HeaderMap, uri: Uri) -> Response {
    let payload = uri.query().and_then(|q| {
        url::form_urlencoded::parse(q.as_bytes())
            .find(|(k, _)| k == "start")
            .map(|(_, v)| v.into_owned())
    });
    let view = web.start(payload, locale_hint(&headers));
    html(StatusCode::OK, web.page(&view, None))
}

/// A page that only says something went wrong with the request (too large, too slow), in the
/// browser's language, with a fresh conversation under it.
fn refused(web: &Web, headers: &HeaderMap, status: StatusCode) -> (View, String) {
    let view = web.start(None, locale_hint(headers));
    let id = if status == StatusCode::PAYLOAD_TOO_LARGE {
        "web-too-long"
    } else {
        "web-too-slow"
    };
    let notice = web.say(&view.lang, id);
    (view, notice)
}

async fn post_page(State(web): State<Web>, headers: HeaderMap, body: Body) -> Response {
    match read_body(body).await {
        Ok(b) => {
            let view = web.post(Form::parse(&b), locale_hint(&headers));
            html(StatusCode::OK, web.page(&view, None))
        }
        Err(status) => {
            let (view, notice) = refused(&web, &headers, status);
            html(status, web.page(&view, Some(&notice)))
        }
    }
}

async fn post_turn(State(web): State<Web>, headers: HeaderMap, body: Body) -> Response {
    let (status, view) = match read_body(body).await {
        Ok(b) => (
            StatusCode::OK,
            web.post(Form::parse(&b), locale_hint(&headers)),
        ),
        Err(status) => {
            let (mut view, notice) = refused(&web, &headers, status);
            view.new.insert(
                0,
                Entry {
                    you: false,
                    text: notice,
                    links: Vec::new(),
                    crisis: false,
                },
            );
            view.erased = true;
            (status, view)
        }
    };
    let you = web.say(&view.lang, "web-you");
    let mut json = serde_json::to_value(&view).unwrap_or_default();
    json["you"] = serde_json::Value::String(you);
    json["legend"] = serde_json::Value::String(web.say(&view.lang, "web-choices"));
    (
        status,
        [(header::CONTENT_TYPE, "application/json")],
        json.to_string(),
    )
        .into_response()
}

async fn post_erase(State(web): State<Web>, body: Body) -> StatusCode {
    if let Ok(b) = read_body(body).await {
        web.erase(&Form::parse(&b));
    }
    StatusCode::NO_CONTENT
}

/// The quick exit without JavaScript: erase, then send the browser to the exit page.
async fn post_exit(State(web): State<Web>, body: Body) -> Response {
    if let Ok(b) = read_body(body).await {
        web.erase(&Form::parse(&b));
    }
    let to = HeaderValue::from_str(&web.inner.options.exit_url)
        .unwrap_or_else(|_| HeaderValue::from_static(DEFAULT_EXIT_URL));
    (StatusCode::SEE_OTHER, [(header::LOCATION, to)]).into_response()
}

async fn script() -> Response {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        SCRIPT,
    )
        .into_response()
}

async fn style() -> Response {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], STYLE).into_response()
}

/// An address Baken does not serve: said in the browser's language (`web.ftl`), with 112.
async fn not_found(State(web): State<Web>, headers: HeaderMap) -> Response {
    let engine = &web.inner.engine;
    let lang = locale_hint(&headers)
        .and_then(|h| engine.locale_for(&h))
        .unwrap_or_else(|| engine.default_locale().to_string());
    (
        StatusCode::NOT_FOUND,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        web.say(&lang, "web-not-found"),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_and_direction() {
        assert_eq!(
            escape("<script>\"x\" & 'y'</script>"),
            "&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;"
        );
        assert_eq!(dir_of("ar"), "rtl");
        assert_eq!(dir_of("nl"), "ltr");
        assert!(!safe_href("javascript:alert(1)"));
    }

    #[test]
    fn the_carried_history_keeps_the_newest_messages_that_fit() {
        let content = Arc::new(crate::Content::embedded().unwrap());
        let web = Web::new(
            WebOptions::local("127.0.0.1:1".parse().unwrap()),
            Engine::new(content, "nl"),
            Arc::new(crate::store::MemoryStore::new(600)),
            Arc::new(KeyedHasher::random()),
            None,
        );
        let key = web.key(&new_token());
        let history: Vec<Entry> = (0..100)
            .map(|i| Entry {
                you: i % 2 == 0,
                text: format!("bericht {i} {}", "x".repeat(100)),
                links: Vec::new(),
                crisis: false,
            })
            .collect();
        let opened = web.open(&key, &web.seal(&key, &history.iter().collect::<Vec<_>>()));
        let n = opened.len();
        assert!(n > 10 && n < 100, "{n}");
        assert_eq!(opened[..], history[100 - n..], "the newest, in order");
        let json = serde_json::to_vec(&opened).unwrap().len();
        assert!(json <= MAX_HISTORY_BYTES, "{json}");
        // One more message would not have fitted.
        assert!(serde_json::to_vec(&history[99 - n..]).unwrap().len() > MAX_HISTORY_BYTES);
        // A single message over the limit is still carried; an empty history stays empty.
        let big = Entry {
            text: "y".repeat(MAX_HISTORY_BYTES * 2),
            ..history[0].clone()
        };
        assert_eq!(web.open(&key, &web.seal(&key, &[&big])), [big]);
        assert!(web.open(&key, &web.seal(&key, &[])).is_empty());
        // Sealed for this conversation only.
        let other = web.key(&new_token());
        assert!(web.open(&other, &web.seal(&key, &[&history[0]])).is_empty());
    }

    #[test]
    fn csp_frames_only_configured_sites() {
        let mut o = WebOptions::local("127.0.0.1:1".parse().unwrap());
        assert!(o.csp().contains("frame-ancestors 'none'"));
        o.frame_ancestors = vec!["https://www.gemeente.example".into()];
        o.exit_url = "https://weer.example/vandaag".into();
        let csp = o.csp();
        assert!(csp.contains("frame-ancestors https://www.gemeente.example"));
        assert!(csp.contains("form-action 'self' https://weer.example;"));
        assert!(!csp.contains("unsafe-inline"));
    }
}
