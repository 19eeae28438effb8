//! The channels: where people reach Baken. Each one translates its own events (a terminal line,
//! a Telegram update, a Matrix room event, a web form post) into the engine's [`crate::Event`]s
//! and the engine's replies back into its own messages. None of them holds conversation logic.
//!
//! What every channel does alike around one engine step — load the sealed session, step, count
//! for the statistics, erase on `stop`, save — lives once, in [`turn`].
//!
//! The supervisor's signals to a channel ([`Shutdown`], and [`Fatal`] back) live here too, so that
//! `serve` (which starts the channels) imports the channels and never the other way round.
//!
//! - [`console`]: the terminal chat (`baken chat`), always built.
//! - `telegram`, `matrix`, `web`: behind the cargo features of the same name, so that a
//!   developer's first build does not compile them.

use std::time::Duration;

use tokio::sync::watch;

pub mod console;
#[cfg(feature = "matrix")]
pub mod matrix;
#[cfg(feature = "telegram")]
pub mod telegram;
pub mod turn;
#[cfg(feature = "web")]
pub mod web;

/// A channel failure that retrying cannot mend (a revoked token, a wrong passphrase): the
/// supervisor stops that channel instead of restarting it forever.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Fatal(pub String);

/// A shutdown signal shared by every task of `baken serve`.
#[derive(Debug, Clone)]
pub struct Shutdown(watch::Receiver<bool>);

/// The sending half of [`Shutdown`].
#[derive(Debug)]
pub struct ShutdownTrigger(watch::Sender<bool>);

impl Shutdown {
    pub fn new() -> (ShutdownTrigger, Shutdown) {
        let (tx, rx) = watch::channel(false);
        (ShutdownTrigger(tx), Shutdown(rx))
    }
    pub fn is_set(&self) -> bool {
        *self.0.borrow()
    }
    /// Resolves when shutdown is requested.
    pub async fn wait(&self) {
        let mut rx = self.0.clone();
        let _ = rx.wait_for(|v| *v).await;
    }
    /// Sleep, but wake up early at shutdown. True if the whole time passed.
    pub async fn sleep(&self, d: Duration) -> bool {
        tokio::select! {
            _ = tokio::time::sleep(d) => true,
            _ = self.wait() => false,
        }
    }
}

impl ShutdownTrigger {
    pub fn trigger(&self) {
        let _ = self.0.send(true);
    }
}
