//! A municipality's instance directory: `baken.toml` plus content overrides.
//!
//! ```text
//! gemeente-x/
//!   baken.toml              instance name, languages, retention, campaigns, opening hours
//!   locales/contacts.ftl    local contact terms (override or add to the shipped ones)
//!   locales/nl/local.ftl    messages that replace shipped ones (e.g. `local-help`)
//!   locales/en/local.ftl
//!   flows/*.toml            optional extra nodes, or nodes that replace shipped ones
//! ```
//!
//! Overrides replace single terms and messages: nothing needs to be copied, and everything an
//! instance does not override follows the shipped content (and its corrections).

use std::path::Path;

use crate::config::Config;
use crate::content::{Content, Problem};

/// Write a commented template instance into `dir` (which must not exist or be empty).
pub fn init(dir: &Path, name: &str) -> anyhow::Result<()> {
    if dir.exists() && std::fs::read_dir(dir)?.next().is_some() {
        anyhow::bail!(
            "{} exists and is not empty; choose a new directory",
            dir.display()
        );
    }
    std::fs::create_dir_all(dir.join("locales/nl"))?;
    std::fs::create_dir_all(dir.join("locales/en"))?;
    std::fs::create_dir_all(dir.join("flows"))?;
    let name_toml = name.replace('\\', "\\\\").replace('"', "\\\"");
    // The example campaign runs from a week ago to two months ahead, so that `baken link` and
    // `baken qr` work straight away, as the README shows them.
    let today = crate::campaign::dutch_date(crate::store::now());
    let start = today
        .checked_sub(jiff::Span::new().days(7))
        .unwrap_or(today);
    let end = today
        .checked_add(jiff::Span::new().days(60))
        .unwrap_or(today);
    std::fs::write(
        dir.join("baken.toml"),
        TEMPLATE_CONFIG
            .replace("{NAME}", &name_toml)
            .replace("{START}", &start.to_string())
            .replace("{END}", &end.to_string()),
    )?;
    let name_ftl = name.replace(['{', '}'], "");
    std::fs::write(
        dir.join("locales/contacts.ftl"),
        TEMPLATE_CONTACTS.replace("{NAME}", &name_ftl),
    )?;
    std::fs::write(dir.join("locales/nl/local.ftl"), TEMPLATE_NL)?;
    std::fs::write(dir.join("locales/en/local.ftl"), TEMPLATE_EN)?;
    std::fs::write(dir.join("flows/README.md"), TEMPLATE_FLOWS_README)?;
    Ok(())
}

/// Problems in an instance's configuration that only show with its content: campaigns that
/// open a node or language that does not exist.
pub fn check_config(config: &Config, content: &Content) -> Vec<Problem> {
    // The file the configuration came from (`--config`, `BAKEN_CONFIG`, the instance's or
    // `./baken.toml`): a problem names that file, not a guess (D16).
    let file = config
        .file
        .clone()
        .or_else(|| config.instance_dir.as_ref().map(|d| d.join("baken.toml")))
        .unwrap_or_else(|| "baken.toml".into());
    let text = std::fs::read_to_string(&file).ok();
    let file = file.display().to_string();
    let mut problems = Vec::new();
    // A value the environment set has no line in the file.
    let line = |key: &str, env: Option<&str>| {
        if env.is_some_and(|v| std::env::var_os(v).is_some_and(|v| !v.is_empty())) {
            return None;
        }
        text.as_deref()
            .and_then(|t| crate::config::line_of_key(t, key))
    };
    if !content.has_locale(&config.default_locale) {
        problems.push(Problem {
            file: file.clone(),
            line: line("default_locale", Some("BAKEN_DEFAULT_LOCALE")),
            message: format!(
                "default_locale `{}`{} is not a language here (available: {})",
                config.default_locale,
                if std::env::var_os("BAKEN_DEFAULT_LOCALE").is_some() {
                    " (from BAKEN_DEFAULT_LOCALE)"
                } else {
                    ""
                },
                content.locale_ids().join(", ")
            ),
        });
    }
    // A language the list names but the content lacks would be offered nowhere, silently.
    for l in config.locales.iter().flatten() {
        if content.locale_info(l).is_none() {
            problems.push(Problem {
                file: file.clone(),
                line: line("locales", Some("BAKEN_LOCALES")),
                message: format!(
                    "locales names `{l}`{}, which is not a language here (shipped: {})",
                    if std::env::var_os("BAKEN_LOCALES").is_some() {
                        " (from BAKEN_LOCALES)"
                    } else {
                        ""
                    },
                    content.locale_ids().join(", ")
                ),
            });
        }
    }
    for c in &config.campaign {
        if let Some(entry) = &c.entry
            && content.node(entry).is_none()
        {
            problems.push(Problem {
                file: file.clone(),
                line: line(&format!("campaign.entry={entry}"), None),
                message: format!(
                    "campaign `{}` opens node `{entry}`, which does not exist",
                    c.tag
                ),
            });
        }
        if let Some(l) = &c.locale
            && !content.has_locale(l)
        {
            problems.push(Problem {
                file: file.clone(),
                line: line(&format!("campaign.locale={l}"), None),
                message: format!(
                    "campaign `{}` opens in `{l}`, which is not a language here",
                    c.tag
                ),
            });
        }
    }
    problems
}

const TEMPLATE_CONFIG: &str = r#"# Baken instance: {NAME}
# Check after every change:  baken check --instance THIS_DIRECTORY
# Run:                       baken serve --instance THIS_DIRECTORY

instance_name = "{NAME}"
default_locale = "nl"          # nl or en: the language when the app gives no hint
# locales = ["nl", "en"]       # the languages offered (nl is required). Draft translations
#                              # (tr, ar, pl, uk: not yet reviewed by a native speaker) are
#                              # offered only when named here, e.g. ["nl", "en", "tr"]
session_ttl_minutes = 30       # forget a conversation after this many quiet minutes (1-1440)
# data_dir = "/var/lib/baken"  # session cache and statistics
stats_min_count = 5            # statistics show smaller counts as "<5"

# Where campaign links point (baken link / baken qr).
[links]
telegram_bot = "BakenVoorbeeldBot"          # EXAMPLE: your bot's username, without @
# matrix_user = "@baken:voorbeeld.nl"

# Opening hours (Dutch time). "Who can help" says what is open right now.
# 0800-2000 is open day and night regardless.
[hours]
# vt_chat = { mon = "09:00-17:00", tue = "09:00-17:00", wed = "09:00-17:00", thu = "09:00-17:00", fri = "09:00-17:00" }
# local = { mon = "08:30-17:00", tue = "08:30-17:00", wed = "08:30-12:30", thu = "08:30-17:00", fri = "08:30-17:00" }

# Campaigns: one block each. The link carries only the tag; entry node and language are looked
# up when someone opens it. Outside its dates the link opens the normal start.
#
# EXAMPLE campaign, switched on so that the README's `baken link poster-najaar` and
# `baken qr poster-najaar` work as written: replace it with your own, or delete it.
[[campaign]]
tag = "poster-najaar"
entry = "worried"              # a node id (see: baken graph)
locale = "nl"
start = {START}
end = {END}

# [telegram]
# token_file = "/etc/baken/telegram-token"
"#;

const TEMPLATE_CONTACTS: &str = r#"# Local contact details for {NAME}: the one place to correct them.
# A term here replaces the shipped term with the same name, for every language.
# Shipped terms you may override: -vt-url (your regional Veilig Thuis page), -vt-chat-url.
# Only write numbers and addresses you have checked.

-local-name = het wijkteam
# -local-tel = 010-000 00 00
# -vt-url = https://www.veiligthuis.nl
"#;

const TEMPLATE_NL: &str = r#"# Berichten die de landelijke tekst vervangen voor deze gemeente.
# Een bericht hier vervangt het bericht met dezelfde naam; de rest blijft zoals het is.
# Gebruik { -local-name } en { -local-tel } uit ../contacts.ftl.

# local-help =
#     Hulp in onze gemeente: { -local-name }. Bel { -local-tel }, op werkdagen.
#     Zij helpen ook met geld, schulden, opvoeding en mantelzorg.
"#;

const TEMPLATE_EN: &str = r#"# Messages that replace the national text for this municipality.
# A message here replaces the message with the same name; everything else stays as it is.

# local-help =
#     Help in our municipality: { -local-name }. Call { -local-tel }, on weekdays.
#     They also help with money, debts, parenting and caring for someone.
"#;

const TEMPLATE_FLOWS_README: &str = r#"# Local flow nodes (optional)

A `.toml` file here adds nodes to the conversation, or replaces a shipped node with the same
`id`. The format is the same as the shipped `flows/` (see its README). A new node must be
reachable: replace a shipped node (e.g. `local`) to add an option that leads to it.
`baken check --instance ..` tells you what is missing.
"#;
