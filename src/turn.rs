//! One turn of a conversation, the same for every channel: load the session, let the engine
//! step, count the reach statistics, save or forget the session.
//!
//! Channels differ in how a message arrives and how replies leave; the bookkeeping around the
//! engine should not differ, or a fix in one channel is missed in another. The web chat uses
//! this; Telegram and Matrix still have their own copy and can move here one by one (their
//! extra step, remembering message ids for erase, is what [`Turn::before_save`] is for).

use crate::engine::{Engine, Event, Outcome, Session};
use crate::stats::Stats;
use crate::store::{SessionKey, SessionStore};

/// What a turn needs besides the event.
pub struct Turn<'a> {
    pub engine: &'a Engine,
    pub store: &'a dyn SessionStore,
    /// Anonymous reach counters, if the instance keeps them.
    pub reach: Option<&'a Stats>,
    /// The channel's name in the statistics (`web`, `telegram`, …).
    pub channel: &'static str,
}

/// What a turn did.
#[derive(Debug)]
pub struct Done {
    /// Whether a live session was found (false: the conversation started afresh).
    pub had_session: bool,
    /// The language the session had before this turn (for a channel's own closing words).
    pub locale_before: Option<String>,
    pub outcome: Outcome,
}

impl Turn<'_> {
    /// Handle one event for the session under `key`. A store failure is logged (without the
    /// key) and the conversation goes on from a fresh session: a person in danger still gets
    /// an answer.
    pub fn run(&self, key: &SessionKey, event: Event, locale_hint: Option<&str>, now: u64) -> Done {
        self.run_with(key, event, locale_hint, now, |_| {})
    }

    /// [`Turn::run`], with `before_save` applied to the session the engine returns before it
    /// is stored (Telegram and Matrix remember message ids there).
    pub fn run_with(
        &self,
        key: &SessionKey,
        event: Event,
        locale_hint: Option<&str>,
        now: u64,
        before_save: impl FnOnce(&mut Session),
    ) -> Done {
        let session = match self.store.load(key, now) {
            Ok(s) => s,
            Err(e) => {
                tracing::error!(error = %e, "session store failed on load; starting afresh");
                None
            }
        };
        let had_session = session.is_some();
        let locale_before = session.as_ref().map(|s| s.locale.clone());
        let before = self.reach.and(session.clone());
        let mut outcome = self
            .engine
            .step_with_locale_hint(session, event, locale_hint, now);
        if let Some(reach) = self.reach
            && let Err(e) = reach.record(self.channel, before.as_ref(), &outcome, now)
        {
            tracing::warn!(error = %e, "reach statistics not written");
        }
        let saved = match outcome.session.as_mut() {
            Some(s) => {
                before_save(s);
                self.store.save(key, s)
            }
            None => self.store.remove(key),
        };
        if let Err(e) = saved {
            tracing::error!(error = %e, "session store failed on save");
        }
        Done {
            had_session,
            locale_before,
            outcome,
        }
    }

    /// Forget the session under `key` at once (a quick exit). Never counted: a count of
    /// exits would point at the people at risk.
    pub fn erase(&self, key: &SessionKey) {
        if let Err(e) = self.store.remove(key) {
            tracing::error!(error = %e, "session store failed on erase");
        }
    }
}
