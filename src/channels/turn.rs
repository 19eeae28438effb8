//! One turn of a conversation, the same for every channel: load the session, let the engine
//! step, count the reach statistics, save or forget the session.
//!
//! Channels differ in how a message arrives and how replies leave; the bookkeeping around the
//! engine should not differ, or a fix in one channel is missed in another. The web chat uses
//! [`Turn::run`]; Telegram and Matrix, which send before they store (the sent message ids go
//! into the session, for erase), use [`Turn::step`] and [`Turn::save`]. Also here: what the
//! channels read alike from a turn (erase, the closing language, numbered options), the flood
//! limit for turns without a session, and the crisis check on long and edited messages.

use crate::engine::{Effect, Engine, Event, Outcome, Reply, Session};
use crate::stats::Stats;
use crate::store::{SessionKey, SessionStore};

/// What a turn needs besides the event.
pub struct Turn<'a> {
    pub engine: &'a Engine,
    pub store: &'a dyn SessionStore,
    /// Anonymous reach counters, if the instance keeps them.
    pub reach: Option<&'a Stats>,
    /// The channel's name in the statistics (`web`, `telegram`, …) and in store errors.
    pub channel: &'static str,
    /// The flood limit for turns that leave no session, where a channel's key is stable
    /// enough to count on (a Telegram chat; not a web page, whose token is new each time).
    pub gate: Option<&'a SessionlessGate>,
}

/// What a turn did.
#[derive(Debug)]
pub struct Done {
    /// Whether a live session was found (false: the conversation started afresh).
    pub had_session: bool,
    /// The language the session had before this turn (for a channel's own closing words).
    pub locale_before: Option<String>,
    /// The store failed to load the session (the turn went on from a fresh one).
    pub store_failed: bool,
    /// The turn left no session and was over the flood limit: the channel answers nothing
    /// (nothing was counted or stored).
    pub held: bool,
    pub outcome: Outcome,
}

impl Done {
    /// Whether the person asked to erase the conversation this turn.
    pub fn erased(&self) -> bool {
        self.outcome
            .effects
            .iter()
            .any(|e| matches!(e, Effect::EraseConversation { .. }))
    }

    /// Whether the conversation ends with this turn (the channel leaves the room).
    pub fn ends(&self) -> bool {
        self.outcome
            .effects
            .iter()
            .any(|e| matches!(e, Effect::EndSession))
    }

    /// The message ids an erase asks the channel to delete: every id the session recorded
    /// (the bot's and the person's), and the message that asked for it (`incoming`), each once.
    /// `None` when this turn did not erase.
    pub fn erase_ids(&self, incoming: Option<&str>) -> Option<Vec<String>> {
        let mut ids: Vec<String> = Vec::new();
        let mut any = false;
        for effect in &self.outcome.effects {
            if let Effect::EraseConversation { sent } = effect {
                any = true;
                ids.extend(sent.iter().cloned());
            }
        }
        if !any {
            return None;
        }
        ids.extend(incoming.map(str::to_string));
        let mut seen = std::collections::HashSet::new();
        ids.retain(|id| seen.insert(id.clone()));
        Some(ids)
    }

    /// The language for a channel's own closing words after an erase: the conversation's,
    /// else the person's app language, else the instance's.
    pub fn closing_locale(&self, engine: &Engine, hint: Option<&str>) -> String {
        self.locale_before
            .clone()
            .or_else(|| hint.and_then(|h| engine.locale_for(h)))
            .unwrap_or_else(|| engine.default_locale().to_string())
    }
}

impl Turn<'_> {
    /// Handle one event for the session under `key` and store the result. A store failure is
    /// logged (without the key) and the conversation goes on from a fresh session: a person in
    /// danger still gets an answer.
    pub fn run(&self, key: &SessionKey, event: Event, locale_hint: Option<&str>, now: u64) -> Done {
        let done = self.step(key, event, locale_hint, now, |_| {});
        if !done.held {
            self.save(key, done.outcome.session.as_ref());
        }
        done
    }

    /// The first half of a turn, for channels that send replies before they store the session
    /// (Telegram and Matrix remember the sent message ids in it): load, `prepare` the loaded
    /// session (Telegram records the person's message there, so an erase deletes it too),
    /// step, apply the flood limit, count. The channel then sends and calls [`Turn::save`].
    ///
    /// A turn that leaves no session and is over the flood limit comes back [`Done::held`]:
    /// nothing is counted, and the channel answers and stores nothing. A crisis always makes
    /// a session, so it is never held back.
    pub fn step(
        &self,
        key: &SessionKey,
        event: Event,
        locale_hint: Option<&str>,
        now: u64,
        prepare: impl FnOnce(&mut Session),
    ) -> Done {
        let (session, store_failed) = self.load(key, now);
        self.step_on(key, session, store_failed, event, locale_hint, now, prepare)
    }

    /// Load the session under `key`; on a store failure (logged without the key), none and
    /// `true`.
    pub fn load(&self, key: &SessionKey, now: u64) -> (Option<Session>, bool) {
        match self.store.load(key, now) {
            Ok(s) => (s, false),
            Err(e) => {
                tracing::error!(channel = self.channel, error = %e, "session store failed on load; starting afresh");
                (None, true)
            }
        }
    }

    /// [`Turn::run`] on a session the channel already loaded with [`Turn::load`] (the web
    /// chat looks at it first, to know whether the page's token is live): one store read a
    /// turn instead of two.
    pub fn run_on(
        &self,
        key: &SessionKey,
        loaded: (Option<Session>, bool),
        event: Event,
        locale_hint: Option<&str>,
        now: u64,
    ) -> Done {
        let done = self.step_on(key, loaded.0, loaded.1, event, locale_hint, now, |_| {});
        if !done.held {
            self.save(key, done.outcome.session.as_ref());
        }
        done
    }

    #[allow(clippy::too_many_arguments)]
    fn step_on(
        &self,
        key: &SessionKey,
        mut session: Option<Session>,
        store_failed: bool,
        event: Event,
        locale_hint: Option<&str>,
        now: u64,
        prepare: impl FnOnce(&mut Session),
    ) -> Done {
        let had_session = session.is_some();
        let locale_before = session.as_ref().map(|s| s.locale.clone());
        if let Some(s) = session.as_mut() {
            prepare(s);
        }
        let before = self.reach.and(session.clone());
        let outcome = self
            .engine
            .step_with_locale_hint(session, event, locale_hint, now);
        // The engine's flood limit lives in the session; a turn that leaves none is counted
        // here (D3: 2,000 stickers got 2,000 replies).
        let held = self
            .gate
            .is_some_and(|gate| !had_session && outcome.session.is_none() && !gate.allow(key, now));
        if !held
            && let Some(reach) = self.reach
            && let Err(e) = reach.record(self.channel, before.as_ref(), &outcome, now)
        {
            tracing::warn!(channel = self.channel, error = %e, "reach statistics not written");
        }
        Done {
            had_session,
            locale_before,
            store_failed,
            held,
            outcome,
        }
    }

    /// Store the session a turn left, or forget it when the turn ended it. False (and logged,
    /// without the key) when the store failed.
    pub fn save(&self, key: &SessionKey, session: Option<&Session>) -> bool {
        let saved = match session {
            Some(s) => self.store.save(key, s),
            None => self.store.remove(key),
        };
        if let Err(e) = &saved {
            tracing::error!(channel = self.channel, error = %e, "session store failed on save");
        }
        saved.is_ok()
    }

    /// Forget the session under `key` at once (a quick exit). Never counted: a count of
    /// exits would point at the people at risk.
    pub fn erase(&self, key: &SessionKey) {
        if let Err(e) = self.store.remove(key) {
            tracing::error!(channel = self.channel, error = %e, "session store failed on erase");
        }
    }
}

/// The options of a reply as numbered lines (`1. label`), for channels without buttons (the
/// terminal, Matrix): the person answers with the number or the words.
pub fn numbered_options(reply: &Reply) -> impl Iterator<Item = String> + '_ {
    reply
        .options
        .iter()
        .enumerate()
        .map(|(i, o)| format!("{}. {}", i + 1, o.label))
}

/// Crisis words are looked for in the whole message, however long. The engine reads only the
/// first [`crate::text::MAX_MESSAGE_CHARS`] characters (routing needs no more, and it bounds
/// the work per message), so a channel hands over, for a longer message, the first window that
/// holds a crisis sentence instead (Matrix D5: a crisis after 4,096 characters got no 112).
/// Windows overlap by [`CRISIS_OVERLAP`] characters so a sentence on a border is seen whole.
/// Without a crisis anywhere the message is returned as it is.
pub fn crisis_window(engine: &Engine, text: &str) -> String {
    use crate::text::MAX_MESSAGE_CHARS;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    if chars.len() <= MAX_MESSAGE_CHARS {
        return text.to_string();
    }
    let step = MAX_MESSAGE_CHARS - CRISIS_OVERLAP;
    let mut start = 0;
    while start < chars.len() {
        let end = (start + MAX_MESSAGE_CHARS).min(chars.len());
        let from = chars[start].0;
        let to = chars.get(end).map(|c| c.0).unwrap_or(text.len());
        let window = &text[from..to];
        if has_crisis(engine, window) {
            return window.to_string();
        }
        if end == chars.len() {
            break;
        }
        start += step;
    }
    text.to_string()
}

/// How far the windows of [`crisis_window`] overlap, in characters: longer than any crisis
/// sentence the patterns describe.
pub const CRISIS_OVERLAP: usize = 512;

/// Whether a text (read as the engine reads it) holds crisis words.
pub fn has_crisis(engine: &Engine, text: &str) -> bool {
    !engine.content().detect_crisis(text).is_empty()
}

/// The flood limit for turns that leave no session (a sticker, an emoji, `stop` from a chat
/// that has no conversation): the engine counts messages in the session, so without one it
/// cannot count (D3: 2,000 stickers got 2,000 replies). Per keyed chat, at most
/// [`crate::engine::FLOOD_LIMIT`] such turns are answered per
/// [`crate::engine::FLOOD_WINDOW_SECS`]; the rest get no reply. Memory only, keyed hashes only.
#[derive(Debug)]
pub struct SessionlessGate {
    limit: u32,
    window: u64,
    windows: std::sync::Mutex<std::collections::HashMap<crate::store::SessionKey, (u64, u32)>>,
}

impl Default for SessionlessGate {
    fn default() -> Self {
        SessionlessGate::new(crate::engine::FLOOD_LIMIT, crate::engine::FLOOD_WINDOW_SECS)
    }
}

impl SessionlessGate {
    /// At most `limit` per key in a window of `window` seconds (also used for invites per
    /// inviter on Matrix).
    pub fn new(limit: u32, window: u64) -> Self {
        SessionlessGate {
            limit,
            window,
            windows: Default::default(),
        }
    }

    /// Count one turn at `now`; true when it may be answered.
    pub fn allow(&self, key: &crate::store::SessionKey, now: u64) -> bool {
        let mut w = self.windows.lock().unwrap_or_else(|e| e.into_inner());
        if w.len() > 100_000 {
            w.retain(|_, (start, _)| now.saturating_sub(*start) < self.window);
        }
        let entry = w.entry(*key).or_insert((now, 0));
        if now.saturating_sub(entry.0) >= self.window {
            *entry = (now, 0);
        }
        entry.1 = entry.1.saturating_add(1);
        entry.1 <= self.limit
    }
}
