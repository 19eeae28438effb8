//! Test support: the fake Telegram Bot API server.
pub mod fake_telegram;
