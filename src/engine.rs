//! The conversation engine: content + session + incoming event → new session + replies +
//! effects.
//!
//! It does no I/O and reads no clock: the caller passes the time in, so the same input always
//! gives the same output, and every channel (console, Telegram, Matrix) gets the same
//! conversation. The order of checks for a typed message is the heart of Baken's safety
//! promise and lives in one function, [`Engine::step`]:
//!
//! 1. crisis detection (acute danger → 112, suicidal thoughts → 113, a child → Kindertelefoon),
//!    on every free-text message, in every state, before anything else;
//! 2. commands (menu, help, language, erase, emergency) in every enabled language;
//! 3. the number or label of an option of the current node;
//! 4. free-text routing to the best matching node;
//! 5. a kind "I did not understand" and the menu.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::campaign::Campaign;
use crate::content::{Action, Command, Content, CrisisKind, Node};
use crate::hours::{self, Week};

/// How many messages one person may send within [`FLOOD_WINDOW_SECS`] before Baken answers
/// once with "slow down" and then stays quiet until the window passes.
pub const FLOOD_LIMIT: u32 = 8;
pub const FLOOD_WINDOW_SECS: u64 = 10;
/// How many sent-message ids a session remembers for erasing (Telegram keeps 48 hours anyway).
pub const MAX_SENT_IDS: usize = 1000;

/// What the message that may switch the language was: as typed (`/en`), and the language the
/// answer before it offered.
#[derive(Clone, Copy)]
struct Asked<'a> {
    raw: &'a str,
    offered: Option<&'a str>,
}

/// What a session holds. Deliberately small: the place in the conversation, the language, the
/// campaign a person came from, the ids of messages to erase, and timestamps. Never text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    pub node: String,
    pub locale: String,
    pub campaign: Option<String>,
    /// Channel ids of messages in the conversation (the bot's and the person's), for erase.
    pub sent: Vec<String>,
    /// Unix seconds.
    pub created: u64,
    pub updated: u64,
    /// Flood protection: start of the current window, messages in it, and whether the
    /// "slow down" message and a crisis answer were already given in it.
    #[serde(default)]
    pub window_start: u64,
    #[serde(default)]
    pub window_count: u32,
    #[serde(default)]
    pub window_warned: bool,
    /// Crisis kinds already answered in this window (bits: acute 1, suicide 2, child 4,
    /// child-adult 8).
    #[serde(default)]
    pub window_crisis: u8,
    /// The language the last answer offered to switch to ("Continue in English? Type: en"):
    /// its bare code typed next switches even where it is a common word of the session's
    /// language ("en" is Dutch for "and"). A locale code, never text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offered: Option<String>,
}

impl Session {
    /// A fresh session at the welcome node.
    pub fn new(locale: &str, now: u64) -> Self {
        Session {
            node: "welcome".into(),
            locale: locale.into(),
            campaign: None,
            sent: Vec::new(),
            created: now,
            updated: now,
            window_start: now,
            window_count: 0,
            window_warned: false,
            window_crisis: 0,
            offered: None,
        }
    }

    /// Remember the channel id of a message so that erase can delete it.
    pub fn remember_sent(&mut self, id: impl Into<String>) {
        if self.sent.len() >= MAX_SENT_IDS {
            self.sent.remove(0);
        }
        self.sent.push(id.into());
    }
}

/// Something that happened in a chat, as a channel translated it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// A conversation (re)starts, optionally from a deep link. `locale_hint` is the language
    /// the person's app reports, if any.
    Start {
        payload: Option<String>,
        locale_hint: Option<String>,
    },
    /// Typed text.
    Text(String),
    /// A tapped button: the option `index` (0-based) of node `node`.
    Choose { node: String, index: usize },
    /// A photo, voice note, file, sticker, location…: never looked at.
    NonText,
}

/// A choice shown with a reply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplyOption {
    pub label: String,
    /// The node the option belongs to and its index, for a button's callback.
    pub node: String,
    pub index: usize,
}

/// A web link shown with a reply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub label: String,
    pub url: String,
}

/// One message to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    pub text: String,
    pub options: Vec<ReplyOption>,
    pub links: Vec<Link>,
    /// The flow node this reply belongs to, if any (for traces and statistics).
    pub node: Option<String>,
    /// Set on the first reply of a crisis answer.
    pub crisis: Option<CrisisKind>,
    /// Set on the safety line said before a routed answer when danger is possible.
    pub caution: bool,
}

/// What the channel must do besides sending replies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Delete these messages (channel ids) from the chat, as far as the channel allows.
    EraseConversation { sent: Vec<String> },
    /// The conversation is over: the channel may leave the room.
    EndSession,
}

/// The result of one step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// The session to store; `None` means: delete it.
    pub session: Option<Session>,
    pub replies: Vec<Reply>,
    pub effects: Vec<Effect>,
}

/// The engine: shared content plus the instance's defaults.
#[derive(Debug, Clone)]
pub struct Engine {
    content: Arc<Content>,
    default_locale: String,
    flood_limit: Option<u32>,
    campaigns: Vec<Campaign>,
    vt_chat_hours: Option<Week>,
    local_hours: Option<Week>,
    /// A channel whose own wording replaces a message where it has one: with `console`,
    /// `console-help` is said instead of `help` (no "tap a button" in a terminal).
    channel_messages: Option<&'static str>,
}

impl Engine {
    pub fn new(content: Arc<Content>, default_locale: &str) -> Self {
        let default_locale = if content.has_locale(default_locale) {
            default_locale.to_string()
        } else {
            crate::content::BASE_LOCALE.to_string()
        };
        Engine {
            content,
            default_locale,
            flood_limit: Some(FLOOD_LIMIT),
            campaigns: Vec::new(),
            vt_chat_hours: None,
            local_hours: None,
            channel_messages: None,
        }
    }

    /// Say `CHANNEL-ID` instead of `ID` wherever the content has such a message: a channel's
    /// own wording for the few messages that name phone gestures (see
    /// [`crate::content::CHANNEL_MESSAGES`]).
    pub fn with_channel_messages(mut self, channel: &'static str) -> Self {
        self.channel_messages = Some(channel);
        self
    }

    /// The instance's campaigns: a deep link `c-TAG` opens a declared, running campaign's entry
    /// node in its language; any other tag opens the normal start.
    pub fn with_campaigns(mut self, campaigns: Vec<Campaign>) -> Self {
        self.campaigns = campaigns;
        self
    }

    /// Opening hours that messages can mention as `{ $vt-chat }` and `{ $local }`
    /// (`open`, `closed` or `unknown`, at the moment of the message).
    pub fn with_hours(mut self, vt_chat: Option<Week>, local: Option<Week>) -> Self {
        self.vt_chat_hours = vt_chat;
        self.local_hours = local;
        self
    }

    fn render(&self, locale: &str, id: &str, now: u64) -> String {
        self.render_with(locale, id, now, None)
    }

    fn render_with(&self, locale: &str, id: &str, now: u64, extra: Option<(&str, u64)>) -> String {
        let mut args = crate::content::message_args(self.content.ttl_minutes());
        if let Some((name, value)) = extra {
            args.set(name.to_string(), value);
        }
        args.set("vt-chat", hours::state(self.vt_chat_hours.as_ref(), now));
        args.set("local", hours::state(self.local_hours.as_ref(), now));
        if let Some(channel) = self.channel_messages {
            let own = format!("{channel}-{id}");
            if self.content.has_message(&own) {
                return self.content.render_with(locale, &own, Some(&args));
            }
        }
        self.content.render_with(locale, id, Some(&args))
    }

    /// Change the flood limit (messages per [`FLOOD_WINDOW_SECS`]); `None` turns flood
    /// protection off, as the console does for scripted transcripts.
    pub fn with_flood_limit(mut self, limit: Option<u32>) -> Self {
        self.flood_limit = limit;
        self
    }

    pub fn content(&self) -> &Content {
        &self.content
    }

    pub fn default_locale(&self) -> &str {
        &self.default_locale
    }

    /// The locale for a language tag an app reports ("nl-BE" → "nl"), if Baken has it.
    pub fn locale_for(&self, tag: &str) -> Option<String> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        self.content.has_locale(&primary).then_some(primary)
    }

    /// Like [`Engine::step`], but a conversation that starts here (no session) starts in the
    /// language of `locale_hint` (what the person's app reports) when Baken has it. For
    /// channels whose first message may be plain text or a button rather than a start.
    pub fn step_with_locale_hint(
        &self,
        session: Option<Session>,
        event: Event,
        locale_hint: Option<&str>,
        now: u64,
    ) -> Outcome {
        match (&session, locale_hint.and_then(|h| self.locale_for(h))) {
            (None, Some(locale)) if locale != self.default_locale => Engine {
                default_locale: locale,
                ..self.clone()
            }
            .step(None, event, now),
            _ => self.step(session, event, now),
        }
    }

    /// Handle one event. Pure: same input, same output.
    pub fn step(&self, session: Option<Session>, event: Event, now: u64) -> Outcome {
        match event {
            Event::Start {
                payload,
                locale_hint,
            } => self.start(session, payload.as_deref(), locale_hint.as_deref(), now),
            Event::Text(text) => self.text(session, &text, now),
            Event::Choose { node, index } => {
                let Some(mut s) = session else {
                    // A button from a conversation that expired or was erased: start afresh.
                    return self.start(None, None, None, now);
                };
                if self.flooded(&mut s, now) {
                    return self.flood_reply(s);
                }
                s.updated = now;
                let Some(node) = self.content.node(&node) else {
                    return self.goto(s, "menu");
                };
                match node.options.get(index) {
                    Some(_) => self.choose(s, node.id.clone().as_str(), index),
                    None => self.goto(s, "menu"),
                }
            }
            Event::NonText => {
                let mut s = session;
                if let Some(s) = s.as_mut() {
                    if self.flooded(s, now) {
                        return self.flood_reply(s.clone());
                    }
                    s.updated = now;
                }
                let locale = self.locale_of(s.as_ref());
                let mut reply = self.plain(&locale, "non-text", now);
                if let Some(node) = s.as_ref().and_then(|s| self.content.node(&s.node)) {
                    reply.options = self.options(&locale, node, now);
                    reply.node = Some(node.id.clone());
                }
                Outcome {
                    session: s,
                    replies: vec![reply],
                    effects: vec![],
                }
            }
        }
    }

    fn locale_of(&self, s: Option<&Session>) -> String {
        s.map(|s| s.locale.clone())
            .unwrap_or_else(|| self.default_locale.clone())
    }

    fn start(
        &self,
        session: Option<Session>,
        payload: Option<&str>,
        hint: Option<&str>,
        now: u64,
    ) -> Outcome {
        let link = payload
            .map(|p| self.parse_payload(p, now))
            .unwrap_or_default();
        let locale = link
            .locale
            .clone()
            .or_else(|| session.as_ref().map(|s| s.locale.clone()))
            .or_else(|| hint.and_then(|h| self.locale_for(h)))
            .unwrap_or_else(|| self.default_locale.clone());
        let first_time = session.is_none();
        let mut s = session.unwrap_or_else(|| Session::new(&locale, now));
        if self.flooded(&mut s, now) {
            return self.flood_reply(s);
        }
        s.locale = locale;
        s.updated = now;
        if link.campaign.is_some() {
            s.campaign = link.campaign;
        }
        match link.node {
            // A poster's link skips the welcome; its promises (a bot, stop erases, 112) come
            // first in one short line, for a person who has not seen them.
            Some(node) if node != "welcome" && first_time => {
                let locale = s.locale.clone();
                let mut out = self.goto(s, &node);
                out.replies
                    .insert(0, self.plain(&locale, "deep-link-promise", now));
                out
            }
            node => self.goto(s, node.as_deref().unwrap_or("welcome")),
        }
    }

    /// Read a deep-link payload: `_`-separated `key-value` parts: `c-` a campaign tag, `l-` a
    /// locale, `n-` an entry node, e.g. `c-poster2026` or `l-en_n-worried`. A declared campaign
    /// that runs today brings its own entry node and locale; an unknown or expired campaign
    /// tag makes the whole link a normal start. Anything malformed is ignored part by part: a
    /// bad link still opens a normal start, never an error.
    pub fn parse_payload(&self, payload: &str, now: u64) -> DeepLink {
        let mut link = DeepLink::default();
        if payload.len() > 64
            || !payload
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        {
            return link;
        }
        for part in payload.split('_') {
            let Some((key, value)) = part.split_once('-') else {
                continue;
            };
            match key {
                "c" => {
                    let Some(c) = self
                        .campaigns
                        .iter()
                        .find(|c| c.tag == value && c.active(now))
                    else {
                        return DeepLink::default();
                    };
                    link.campaign = Some(c.tag.clone());
                    if let Some(l) = c.locale.as_ref().filter(|l| self.content.has_locale(l)) {
                        link.locale = Some(l.clone());
                    }
                    if let Some(n) = c.entry.as_ref().filter(|n| self.content.node(n).is_some()) {
                        link.node = Some(n.clone());
                    }
                }
                "l" if self.content.has_locale(value) => link.locale = Some(value.to_string()),
                "n" if self.content.node(value).is_some() => link.node = Some(value.to_string()),
                _ => {}
            }
        }
        link
    }

    fn text(&self, session: Option<Session>, raw: &str, now: u64) -> Outcome {
        let locale = self.locale_of(session.as_ref());
        // The whole message is read for crisis words, however long (only routing looks at the
        // first 4,096 characters).
        let (reading, variants) = self.content.understanding().read_for_routing(raw);

        // Another offered language, clearly: a crisis is answered in it, anything else gets an
        // offer to switch (in that language). Unsure → the conversation's language.
        let written = crate::understand::language::identify(raw)
            .filter(|l| *l != locale && self.content.has_locale(l));

        let s = match session {
            Some(mut s) => {
                if self.flooded(&mut s, now) {
                    // Even in a flood, each kind of crisis gets its answer once per window.
                    let crisis = &reading.crisis;
                    let bits = crisis_bits(crisis);
                    if bits & !s.window_crisis != 0 {
                        s.window_crisis |= bits;
                        return self.crisis(s, crisis, written);
                    }
                    return self.flood_reply(s);
                }
                s.updated = now;
                Some(s)
            }
            None => None,
        };
        // An offer to switch holds for the one message that follows it.
        let mut s = s;
        let offered = s.as_mut().and_then(|s| s.offered.take());

        // 1. Safety before everything.
        let crisis = &reading.crisis;
        if !crisis.is_empty() {
            let mut s = s.unwrap_or_else(|| Session::new(&locale, now));
            s.window_crisis |= crisis_bits(crisis);
            return self.crisis(s, crisis, written);
        }

        let asked = Asked {
            raw,
            offered: offered.as_deref(),
        };
        let mut out = self.understood(s, &variants, &locale, asked, now);
        if let Some(other) = written
            && !out.effects.contains(&Effect::EndSession)
        {
            if let Some(s) = out.session.as_mut() {
                s.offered = Some(other.to_string());
            }
            // The line belongs to the answer before it (traces and tests read the last node).
            let mut line = self.plain(other, "language-offer", now);
            line.node = out.replies.last().and_then(|r| r.node.clone());
            out.replies.push(line);
        }
        // Possible danger, not certain: one safety line before the routed answer (not before
        // an erase, which must leave nothing behind).
        if reading.caution && !out.effects.contains(&Effect::EndSession) {
            let mut line = self.plain(&locale, "caution-line", now);
            line.caution = true;
            out.replies.insert(0, line);
        }
        out
    }

    /// Steps 2 to 5 for a message that is not a crisis.
    fn understood(
        &self,
        s: Option<Session>,
        variants: &[String],
        locale: &str,
        asked: Asked,
        now: u64,
    ) -> Outcome {
        let normal = &variants[0];
        let locale = locale.to_string();
        // Nothing readable (empty, only emoji or symbols): a calm answer, nothing created.
        if normal.is_empty() {
            let mut reply = self.plain(&locale, "empty-message", now);
            if let Some(node) = s.as_ref().and_then(|s| self.content.node(&s.node)) {
                reply.options = self.options(&locale, node, now);
                reply.node = Some(node.id.clone());
            }
            return Outcome {
                session: s,
                replies: vec![reply],
                effects: vec![],
            };
        }

        // 2. Commands, in every enabled language; an offered language asked for by its code
        // (`nl`, `/en`) or name (`English`, `engels`) switches to it and says the current node
        // again in it.
        if let Some(asked) = self.locale_asked(normal, s.as_ref(), &locale, asked) {
            let mut s = s.unwrap_or_else(|| Session::new(&locale, now));
            s.locale = asked;
            let node = s.node.clone();
            return self.goto(s, &node);
        }
        if let Some(command) = self.content.command(normal) {
            let s = s.unwrap_or_else(|| Session::new(&locale, now));
            return match command {
                Command::Menu => self.goto(s, "menu"),
                Command::Help => self.goto(s, "help"),
                Command::Language => self.goto(s, "language"),
                Command::Emergency => self.goto(s, CrisisKind::Acute.node()),
                Command::Erase => self.erase(s),
            };
        }

        // 3. An option of the current node, by number or by its label.
        if let Some(cur) = s.as_ref().and_then(|s| self.content.node(&s.node)) {
            let by_number = normal
                .parse::<usize>()
                .ok()
                .filter(|n| (1..=cur.options.len()).contains(n))
                .map(|n| n - 1);
            let by_label = || cur.option_by_label(normal);
            if let Some(index) = by_number.or_else(by_label) {
                let id = cur.id.clone();
                return self.choose(s.expect("a node implies a session"), &id, index);
            }
            // A number that is not offered: say which are, with the same options, and stay.
            if !cur.options.is_empty() && normal.chars().all(|c| c.is_ascii_digit()) {
                let mut reply = self.plain_with(
                    &locale,
                    "not-offered",
                    now,
                    ("count", cur.options.len() as u64),
                );
                reply.options = self.options(&locale, cur, now);
                reply.node = Some(cur.id.clone());
                return Outcome {
                    session: s,
                    replies: vec![reply],
                    effects: vec![],
                };
            }
        }

        // 4. Free-text routing.
        if let Some(node) = self.content.route(variants) {
            // Already there ("hoi" right after the welcome): its last message and options again,
            // not the whole page a second time. A first message has seen nothing yet: a new
            // session starts on the welcome, and "hello" as the very first message gets all of it.
            let again = s.as_ref().is_some_and(|s| s.node == node.id);
            let s = s.unwrap_or_else(|| Session::new(&locale, now));
            let mut out = self.goto(s, &node.id.clone());
            if again && out.replies.len() > 1 {
                out.replies.drain(..out.replies.len() - 1);
            }
            return out;
        }

        // 5. Not understood.
        match s {
            None => self.goto(Session::new(&locale, now), "welcome"),
            Some(s) => {
                let mut out = self.goto(s, "menu");
                out.replies
                    .insert(0, self.plain(&locale, "not-understood", now));
                out
            }
        }
    }

    /// The offered language a whole message asks for: its name in any of Baken's languages
    /// (`English`, `engels`, `polski`), its code after a slash (`/en`), or its bare code. A
    /// bare code that is also a common word of the conversation's language ("en" is Dutch for
    /// "and") switches only where Baken just asked for a code: on the welcome (which says
    /// "English? Type en."), in the language menu, or right after an offer to switch to it.
    fn locale_asked(
        &self,
        normal: &str,
        s: Option<&Session>,
        locale: &str,
        asked: Asked,
    ) -> Option<String> {
        use crate::understand::language;
        if let Some(l) = language::named(normal).filter(|l| self.content.has_locale(l)) {
            return Some(l.to_string());
        }
        if !self.content.has_locale(normal) {
            return None;
        }
        let meant = asked.raw.trim_start().starts_with('/')
            || !language::is_common_word(normal, locale)
            || asked.offered == Some(normal)
            || s.is_none_or(|s| s.node == "welcome" || s.node == "language");
        meant.then(|| normal.to_string())
    }

    /// The crisis answer, in `written` when the message was clearly written in another offered
    /// language (then followed by the offer to switch to it; the session keeps its language).
    fn crisis(&self, mut s: Session, kinds: &[CrisisKind], written: Option<&str>) -> Outcome {
        let locale = written.unwrap_or(&s.locale).to_string();
        let mut replies = Vec::new();
        for kind in kinds {
            let node = self
                .content
                .node(kind.node())
                .expect("crisis nodes are required at load");
            let mut said = self.say(&locale, node, s.updated);
            if let Some(first) = said.first_mut() {
                first.crisis = Some(*kind);
            }
            // Only the last reply carries options and links: one set of buttons.
            for r in said.iter_mut() {
                r.options.clear();
                r.links.clear();
            }
            replies.extend(said);
        }
        let first = self
            .content
            .node(kinds[0].node())
            .expect("crisis nodes are required at load");
        if let Some(last) = replies.last_mut() {
            last.options = self.options(&locale, first, s.updated);
            last.links = self.links(&locale, first, s.updated);
        }
        s.node = first.id.clone();
        s.offered = written.map(str::to_string);
        if written.is_some() {
            let mut line = self.plain(&locale, "language-offer", s.updated);
            line.node = Some(first.id.clone());
            replies.push(line);
        }
        Outcome {
            session: Some(s),
            replies,
            effects: vec![],
        }
    }

    fn choose(&self, mut s: Session, node: &str, index: usize) -> Outcome {
        let node = self.content.node(node).expect("caller checked the node");
        let option = &node.options[index];
        if option.action == Some(Action::Erase) {
            return self.erase(s);
        }
        if let Some(l) = &option.locale {
            s.locale = l.clone();
        }
        match &option.to {
            Some(to) => self.goto(s, to),
            None => self.goto(s, "menu"),
        }
    }

    fn erase(&self, s: Session) -> Outcome {
        Outcome {
            replies: vec![self.plain(&s.locale, "erased", s.updated)],
            effects: vec![
                Effect::EraseConversation { sent: s.sent },
                Effect::EndSession,
            ],
            session: None,
        }
    }

    fn goto(&self, mut s: Session, node: &str) -> Outcome {
        let node = self
            .content
            .node(node)
            .or_else(|| self.content.node("menu"))
            .expect("menu is required at load");
        s.node = node.id.clone();
        let replies = self.say(&s.locale, node, s.updated);
        Outcome {
            session: Some(s),
            replies,
            effects: vec![],
        }
    }

    /// The replies a node says: one per message, options and links on the last.
    fn say(&self, locale: &str, node: &Node, now: u64) -> Vec<Reply> {
        let mut replies: Vec<Reply> = node
            .say
            .iter()
            .map(|id| Reply {
                text: self.render(locale, id, now),
                options: vec![],
                links: vec![],
                node: Some(node.id.clone()),
                crisis: None,
                caution: false,
            })
            .collect();
        if let Some(last) = replies.last_mut() {
            last.options = self.options(locale, node, now);
            last.links = self.links(locale, node, now);
        }
        replies
    }

    fn options(&self, locale: &str, node: &Node, now: u64) -> Vec<ReplyOption> {
        node.options
            .iter()
            .enumerate()
            .map(|(index, o)| ReplyOption {
                label: self.render(locale, &o.label, now),
                node: node.id.clone(),
                index,
            })
            .collect()
    }

    fn links(&self, locale: &str, node: &Node, now: u64) -> Vec<Link> {
        node.links
            .iter()
            .filter_map(|id| {
                Some(Link {
                    label: self.render(locale, id, now),
                    url: self.content.render_attribute(locale, id, "url")?,
                })
            })
            .collect()
    }

    fn plain(&self, locale: &str, id: &str, now: u64) -> Reply {
        Reply {
            text: self.render(locale, id, now),
            options: vec![],
            links: vec![],
            node: None,
            crisis: None,
            caution: false,
        }
    }

    fn plain_with(&self, locale: &str, id: &str, now: u64, arg: (&str, u64)) -> Reply {
        Reply {
            text: self.render_with(locale, id, now, Some(arg)),
            options: vec![],
            links: vec![],
            node: None,
            crisis: None,
            caution: false,
        }
    }

    /// Count a message against the flood window; true when it is over the limit.
    fn flooded(&self, s: &mut Session, now: u64) -> bool {
        let Some(limit) = self.flood_limit else {
            return false;
        };
        if now.saturating_sub(s.window_start) >= FLOOD_WINDOW_SECS {
            s.window_start = now;
            s.window_count = 0;
            s.window_warned = false;
            s.window_crisis = 0;
        }
        s.window_count = s.window_count.saturating_add(1);
        s.window_count > limit
    }

    fn flood_reply(&self, mut s: Session) -> Outcome {
        let replies = if s.window_warned {
            vec![]
        } else {
            s.window_warned = true;
            vec![self.plain(&s.locale, "slow-down", s.updated)]
        };
        Outcome {
            session: Some(s),
            replies,
            effects: vec![],
        }
    }
}

fn crisis_bits(kinds: &[CrisisKind]) -> u8 {
    kinds.iter().fold(0, |b, k| {
        b | match k {
            CrisisKind::Acute => 1,
            CrisisKind::Suicide => 2,
            CrisisKind::Child => 4,
            CrisisKind::ChildAdult => 8,
        }
    })
}

/// What a deep link asks for; every part optional.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DeepLink {
    pub campaign: Option<String>,
    pub locale: Option<String>,
    pub node: Option<String>,
}
