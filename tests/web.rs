//! The web chat over real loopback HTTP: the `baken serve` binary with only `BAKEN_WEB_LISTEN`
//! set, and a client that behaves like a browser with JavaScript off (forms, no cookies).
//! What the page says is compared with what the engine says for the same steps.

mod web_support;

use std::sync::Arc;
use std::time::Duration;

use baken::{Content, Engine, Event};
use web_support::{Server, choices, client, escape, field, log, post};

fn engine() -> Engine {
    Engine::new(Arc::new(Content::embedded().unwrap()), "nl")
}

fn start_texts() -> Vec<String> {
    engine()
        .step(
            None,
            Event::Start {
                payload: None,
                locale_hint: None,
            },
            baken::store::now(),
        )
        .replies
        .into_iter()
        .map(|r| r.text)
        .collect()
}

fn serve() -> (tempfile::TempDir, Server) {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), "info", &[]);
    (dir, server)
}

#[tokio::test]
async fn the_page_is_private_plain_html_with_the_welcome() {
    let (_dir, server) = serve();
    let res = client().get(server.url("/")).send().await.unwrap();
    assert_eq!(res.status(), 200);
    let h = res.headers().clone();
    assert_eq!(h["cache-control"], "no-store");
    assert_eq!(h["referrer-policy"], "no-referrer");
    let csp = h["content-security-policy"].to_str().unwrap();
    assert!(csp.contains("script-src 'self'"), "{csp}");
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
    assert!(!csp.contains("unsafe"), "{csp}");
    assert!(h.get("set-cookie").is_none(), "no cookie, ever");
    let page = res.text().await.unwrap();
    assert!(page.contains("<html lang=\"nl\" dir=\"ltr\">"));
    // The welcome, as the engine says it, is on the page.
    for text in start_texts() {
        assert!(log(&page).contains(&escape(&text)), "{text} not in {page}");
    }
    // Options are buttons; the quick exit is there; no inline script or style.
    assert!(!choices(&page).is_empty());
    assert!(page.contains("id=\"exit\"") && page.contains(">Snel weg</button>"));
    assert!(!page.contains("<script>") && !page.contains("style="));
    assert!(page.contains("autocomplete=\"off\""));
    // The served script and style, same headers.
    for (path, kind) in [("/baken.js", "javascript"), ("/baken.css", "css")] {
        let res = client().get(server.url(path)).send().await.unwrap();
        assert_eq!(res.status(), 200);
        assert!(
            res.headers()["content-type"]
                .to_str()
                .unwrap()
                .contains(kind)
        );
        assert_eq!(res.headers()["cache-control"], "no-store");
    }
}

#[tokio::test]
async fn a_conversation_with_javascript_off() {
    let (_dir, server) = serve();
    let c = client();
    let page = c
        .get(server.url("/"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let token = field(&page, "t");
    let (value, label) = choices(&page)[0].clone();
    let (status, page) = post(&c, &server.url("/"), &page, &[("c", &value)]).await;
    assert_eq!(status, 200);
    let shown = log(&page);
    // The conversation so far: the welcome, what the person chose, and the answer to it.
    assert!(shown.contains(&escape(&start_texts()[0])));
    assert!(
        shown.contains(&format!("<p>{}</p>", escape(&label))),
        "{shown}"
    );
    assert_eq!(field(&page, "t"), token, "the same conversation goes on");

    // A crisis sentence: the first answer after it is the 112 answer.
    let (_, page) = post(
        &c,
        &server.url("/"),
        &page,
        &[("text", "hij gaat me vermoorden")],
    )
    .await;
    let shown = log(&page);
    let after = &shown[shown.rfind("hij gaat me vermoorden").unwrap()..];
    let first_reply = &after[after.find("<li class=\"bot").unwrap()..];
    let crisis = web_support::first_answer("hij gaat me vermoorden");
    assert!(crisis.contains("112"), "{crisis}");
    let expected = format!("<li class=\"bot crisis\"><p>{}</p>", escape(&crisis));
    assert!(first_reply.starts_with(&expected), "{first_reply}");
    // and the earlier conversation is still shown above it
    assert!(shown.contains(&escape(&label)));
}

#[tokio::test]
async fn typed_html_is_shown_as_text() {
    let (_dir, server) = serve();
    let c = client();
    let page = c
        .get(server.url("/"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let evil = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    let (_, page) = post(&c, &server.url("/"), &page, &[("text", evil)]).await;
    assert!(
        page.contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;")
    );
    assert!(!page.contains("<script>alert") && !page.contains("<img"));
    // and on the next page too, from the sealed history
    let (_, page) = post(&c, &server.url("/"), &page, &[("text", "menu")]).await;
    assert!(page.contains("&lt;script&gt;alert(1)"));
    assert!(!page.contains("<script>alert"));
}

#[tokio::test]
async fn erase_and_quick_exit_forget_the_conversation() {
    let (_dir, server) = serve();
    let c = client();
    let page = c
        .get(server.url("/"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let (_, page) = post(
        &c,
        &server.url("/"),
        &page,
        &[("text", "Merel7K zegt hallo")],
    )
    .await;
    assert!(page.contains("Merel7K"));

    // Typing "wis": the page shows only the erase answer, and carries no token or history.
    let (_, erased) = post(&c, &server.url("/"), &page, &[("text", "wis")]).await;
    assert!(!erased.contains("Merel7K"));
    assert_eq!(field(&erased, "t"), "");
    assert_eq!(field(&erased, "h"), "");
    // Replaying the old form (Back, then send) starts afresh: the old history is gone.
    let (_, replay) = post(&c, &server.url("/"), &page, &[("text", "menu")]).await;
    assert!(
        !replay.contains("Merel7K"),
        "an erased conversation came back"
    );
    assert_ne!(field(&replay, "t"), field(&page, "t"));

    // The quick exit without JavaScript: erase, then the neutral page.
    let page = c
        .get(server.url("/"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let (_, page) = post(&c, &server.url("/"), &page, &[("text", "Lijster4P")]).await;
    let res = c
        .post(server.url("/exit"))
        .form(&[("t", field(&page, "t"))])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "https://www.buienradar.nl/");
    let (_, replay) = post(&c, &server.url("/"), &page, &[("text", "menu")]).await;
    assert!(!replay.contains("Lijster4P"));

    // The script's beacon does the same.
    let page = c
        .get(server.url("/"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let (_, page) = post(&c, &server.url("/"), &page, &[("text", "Spreeuw2M")]).await;
    let res = c
        .post(server.url("/erase"))
        .form(&[("t", field(&page, "t"))])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 204);
    let (_, replay) = post(&c, &server.url("/"), &page, &[("text", "menu")]).await;
    assert!(!replay.contains("Spreeuw2M"));
}

#[tokio::test]
async fn a_forged_token_or_history_starts_a_fresh_conversation() {
    let (_dir, server) = serve();
    let c = client();
    let forged = "0123456789abcdef0123456789abcdef";
    let res = c
        .post(server.url("/"))
        .form(&[("t", forged), ("h", "bm90IHNlYWxlZA"), ("text", "hallo")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let page = res.text().await.unwrap();
    assert_ne!(field(&page, "t"), forged);
    assert!(!field(&page, "t").is_empty());

    // History sealed for one conversation is not shown in another.
    let a = c
        .get(server.url("/"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let (_, a) = post(&c, &server.url("/"), &a, &[("text", "Kievit8R")]).await;
    let b = c
        .get(server.url("/"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let res = c
        .post(server.url("/"))
        .form(&[
            ("t", field(&b, "t")),
            ("h", field(&a, "h")),
            ("text", "menu".to_string()),
        ])
        .send()
        .await
        .unwrap();
    let page = res.text().await.unwrap();
    assert!(
        !page.contains("Kievit8R"),
        "a history moved to another conversation"
    );
    assert_eq!(field(&page, "t"), field(&b, "t"));
}

#[tokio::test]
async fn an_oversized_body_is_refused_calmly() {
    let (_dir, server) = serve();
    let c = client();
    let big = "a".repeat(20 * 1024);
    let res = c
        .post(server.url("/"))
        .form(&[("t", ""), ("text", big.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 413);
    assert_eq!(res.headers()["cache-control"], "no-store");
    let page = res.text().await.unwrap();
    assert!(page.contains("Je bericht was te lang"), "{page}");
    assert!(page.contains("112"));
    // A message of the longest allowed length is fine.
    let ok = "b".repeat(baken::channels::web::MAX_TEXT_CHARS);
    let page = c
        .get(server.url("/"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let (status, _) = post(&c, &server.url("/"), &page, &[("text", &ok)]).await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn the_script_gets_json_turns() {
    let (_dir, server) = serve();
    let c = client();
    let page = c
        .get(server.url("/"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let res = c
        .post(server.url("/turn"))
        .form(&[
            ("t", field(&page, "t")),
            ("h", field(&page, "h")),
            ("text", "ik wil dood".to_string()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert!(res.headers().get("set-cookie").is_none());
    let v: serde_json::Value = res.json().await.unwrap();
    assert_eq!(v["t"], field(&page, "t"));
    assert_eq!(v["new"][0]["y"], true);
    assert_eq!(v["new"][1]["c"], true, "{v}");
    assert!(v["new"][1]["t"].as_str().unwrap().contains("113"), "{v}");
}

#[tokio::test]
async fn deep_links_and_languages() {
    let (_dir, server) = serve();
    let c = client();
    let page = c
        .get(server.url("/?start=l-en_n-menu"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("<html lang=\"en\" dir=\"ltr\">"));
    assert!(page.contains(">Quick exit</button>"));
    // The browser's language is a hint for a new conversation.
    let page = c
        .get(server.url("/"))
        .header("accept-language", "en-GB,en;q=0.8")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("<html lang=\"en\""));
}

#[tokio::test]
async fn a_slow_client_is_cut_off() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let (_dir, server) = serve();
    let mut s = tokio::net::TcpStream::connect(("127.0.0.1", server.port))
        .await
        .unwrap();
    // Half a request, then nothing: the server must not wait for ever.
    s.write_all(b"POST / HTTP/1.1\r\nHost: x\r\n")
        .await
        .unwrap();
    let mut buf = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(30), s.read_to_end(&mut buf)).await;
    assert!(read.is_ok(), "the connection stayed open for 30 s");
    // and the server still answers others
    let res = client().get(server.url("/")).send().await.unwrap();
    assert_eq!(res.status(), 200);
}

#[tokio::test]
async fn a_campaign_link_opens_the_web_chat_at_the_campaign_entry() {
    let dir = tempfile::tempdir().unwrap();
    let campaign = "[[campaign]]\ntag = \"wallet-en\"\nentry = \"me\"\nlocale = \"en\"\n\
                    start = 2026-01-01\nend = 2099-12-31\n";
    std::fs::write(dir.path().join("baken.toml"), campaign).unwrap();
    let server = Server::start(dir.path(), "info", &[]);
    // The municipality's public address is this server's.
    let config = dir.path().join("public.toml");
    std::fs::write(
        &config,
        format!("{campaign}[web]\npublic_url = \"{}/\"\n", server.base),
    )
    .unwrap();
    let baken = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_baken"))
            .args(args)
            .arg("--config")
            .arg(&config)
            .current_dir(dir.path())
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    let link = baken(&["link", "wallet-en", "--channel", "web"]);
    let link = link.trim();
    assert_eq!(link, format!("{}/?start=c-wallet-en", server.base));
    let qr = dir.path().join("poster.svg");
    let printed = baken(&[
        "qr",
        "wallet-en",
        "--channel",
        "web",
        "--out",
        qr.to_str().unwrap(),
    ]);
    assert!(printed.contains(link) && qr.exists(), "{printed}");

    // Opening it: the campaign's language and entry node.
    let page = client()
        .get(link)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("<html lang=\"en\""), "{page}");
    let expected = engine()
        .with_campaigns(
            baken::config::Config::parse(campaign, "x")
                .unwrap()
                .campaign,
        )
        .step(
            None,
            Event::Start {
                payload: Some("c-wallet-en".into()),
                locale_hint: None,
            },
            baken::store::now(),
        )
        .replies;
    for r in expected {
        assert!(
            log(&page).contains(&escape(&r.text)),
            "{} not on the page",
            r.text
        );
    }
}

#[tokio::test]
async fn an_unknown_address_says_so_in_the_browsers_language_with_112() {
    let (_dir, server) = serve();
    let content = Content::embedded().unwrap();
    for (accept, lang) in [(None, "nl"), (Some("en-GB,en;q=0.8"), "en")] {
        let mut req = client().get(server.url("/nergens"));
        if let Some(a) = accept {
            req = req.header("accept-language", a);
        }
        let res = req.send().await.unwrap();
        assert_eq!(res.status(), 404);
        assert_eq!(res.headers()["cache-control"], "no-store");
        let text = res.text().await.unwrap();
        assert_eq!(text, content.render(lang, "web-not-found"), "{lang}");
        assert!(text.contains("112"), "{text}");
        assert!(!text.contains("Not found"), "{text}");
    }
}
