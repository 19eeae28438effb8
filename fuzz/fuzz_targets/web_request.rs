//! A request to the web chat as a browser (or anyone) could send it (issue 15, item 8): any
//! body to any of its endpoints, as a form or as JSON, through the real router (axum's
//! extractors, the sealed history a page carries, the engine).
//!
//! Never panics, and bad input is the client's error: never a 5xx.
#![no_main]

use std::sync::{Arc, LazyLock};

use baken::channels::web::{Web, WebOptions};
use baken::store::MemoryStore;
use baken::{Content, Engine, KeyedHasher};
use libfuzzer_sys::fuzz_target;
use tower::ServiceExt;

static WEB: LazyLock<Web> = LazyLock::new(|| {
    let content = Arc::new(Content::embedded().expect("the shipped content loads"));
    Web::new(
        WebOptions::local("127.0.0.1:8080".parse().unwrap()),
        Engine::new(content, "nl"),
        Arc::new(MemoryStore::new(1800)),
        Arc::new(KeyedHasher::random()),
        None,
    )
});

static RUNTIME: LazyLock<tokio::runtime::Runtime> = LazyLock::new(|| {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
});

fuzz_target!(|input: (u8, u8, Vec<u8>)| {
    let (path, kind, body) = input;
    let path = ["/", "/turn", "/erase", "/exit", "/?start=x"][usize::from(path) % 5];
    let content_type = [
        "application/x-www-form-urlencoded",
        "application/json",
        "text/plain",
    ][usize::from(kind) % 3];
    let request = axum::http::Request::builder()
        .method("POST")
        .uri(path)
        .header("content-type", content_type)
        .header("accept-language", "nl,en;q=0.8")
        .body(axum::body::Body::from(body))
        .unwrap();
    let response = RUNTIME.block_on(WEB.router().oneshot(request)).unwrap();
    assert!(
        !response.status().is_server_error(),
        "{path} {content_type}: {}",
        response.status()
    );
});
