//! Instance configuration: an optional `baken.toml`, with environment overrides.
//!
//! Everything has a default, so a fresh clone runs with no file at all. An unknown key or a bad
//! value is refused with a message that names it: a typo in a retention setting must not
//! silently keep data longer.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::store::{DEFAULT_TTL_SECS, MAX_TTL_SECS};

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}:{line}: {message}")]
    Parse {
        path: String,
        line: usize,
        message: String,
    },
    #[error("{0}")]
    Invalid(String),
    /// A value out of range: `key` (dotted, `telegram.poll_timeout_secs`) lets [`Config::load`]
    /// find its line in the file, so the message reads `file:line: …` like a syntax error.
    #[error("{message}")]
    Bad { key: String, message: String },
}

fn bad(key: &str, message: String) -> ConfigError {
    ConfigError::Bad {
        key: key.to_string(),
        message,
    }
}

/// The environment variable that overrides a key: a bad value that came from it has no line in
/// the file to point at.
const ENV_OF_KEY: &[(&str, &str)] = &[
    ("session_ttl_minutes", "BAKEN_SESSION_TTL_MINUTES"),
    ("default_locale", "BAKEN_DEFAULT_LOCALE"),
    ("locales", "BAKEN_LOCALES"),
    ("web.listen", "BAKEN_WEB_LISTEN"),
];

/// The 1-based line where a dotted key (`session_ttl_minutes`, `telegram.poll_timeout_secs`,
/// `campaign.tag=summer`: the `tag = "summer"` line of a `[[campaign]]`) is set in a TOML text.
/// A plain scan, not a parser: the file has already parsed, and a line is a pointer for a
/// person, not a contract. `None` when the key is not written in the file (a default).
pub fn line_of_key(text: &str, dotted: &str) -> Option<usize> {
    let (dotted, value) = match dotted.split_once('=') {
        Some((k, v)) => (k, Some(v)),
        None => (dotted, None),
    };
    let mut table = String::new();
    for (i, line) in text.lines().enumerate() {
        let t = line.trim();
        if t.starts_with('[') {
            table = t.trim_matches(|c| c == '[' || c == ']').trim().to_string();
            continue;
        }
        let Some((k, v)) = t.split_once('=') else {
            continue;
        };
        let k = k.trim().trim_matches('"');
        let full = if table.is_empty() {
            k.to_string()
        } else {
            format!("{table}.{k}")
        };
        let key_matches =
            full == dotted || (full.starts_with(&format!("{dotted}.")) && value.is_none());
        if key_matches
            && value.is_none_or(|want| v.trim().trim_matches(|c| c == '"' || c == '\'') == want)
        {
            return Some(i + 1);
        }
    }
    None
}

/// The instance's settings.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// The instance's name, e.g. "Baken Gemeente X" (used in logs and by channels).
    pub instance_name: String,
    /// The language a new conversation starts in when the app gives no hint.
    pub default_locale: String,
    /// The languages this instance offers (default: all shipped, `["nl", "en"]`). Dutch is
    /// the base and cannot be left out.
    pub locales: Option<Vec<String>>,
    /// Minutes of silence after which a session is forgotten (1 to 1440).
    pub session_ttl_minutes: u64,
    /// Where the session cache lives. Default: the user's data directory, `baken/`.
    pub data_dir: Option<PathBuf>,
    /// Content directories; default: the content compiled into the binary.
    pub flows_dir: Option<PathBuf>,
    pub locales_dir: Option<PathBuf>,
    /// Log filter (`info`, `debug`, …). Overridden by `RUST_LOG`.
    pub log: String,
    /// The Telegram channel.
    pub telegram: Option<TelegramConfig>,
    /// The Matrix channel.
    pub matrix: Option<MatrixConfig>,
    /// The web chat.
    pub web: Option<WebConfig>,
    /// Where campaign links point: the bot's account per channel.
    pub links: LinksConfig,
    /// Campaigns with their deep links (`[[campaign]]`).
    pub campaign: Vec<crate::campaign::Campaign>,
    /// Opening hours of the regional Veilig Thuis chat and the local access point.
    pub hours: HoursConfig,
    /// Counts below this are shown as "<N" in statistics (default 5).
    pub stats_min_count: u64,
    /// The instance directory this configuration came from (set by `--instance`, not in the
    /// file): its `flows/` and `locales/` are laid over the shipped content.
    #[serde(skip)]
    pub instance_dir: Option<PathBuf>,
    /// The file this configuration was read from, if any (not in the file): later checks
    /// (`instance::check_config`) point at its lines.
    #[serde(skip)]
    pub file: Option<PathBuf>,
}

/// The accounts campaign links point to.
#[derive(Debug, Clone, Deserialize, PartialEq, Default)]
#[serde(deny_unknown_fields, default)]
pub struct LinksConfig {
    /// The Telegram bot's username, e.g. `BakenGemeenteXBot`.
    pub telegram_bot: Option<String>,
    /// The Matrix bot's user id, e.g. `@baken:gemeente-x.nl`.
    pub matrix_user: Option<String>,
}

/// Weekly opening hours: `mon = "09:00-17:00"`, … (Dutch time). A day not listed is closed.
pub type WeekHours = std::collections::BTreeMap<String, String>;

/// Opening hours that the "who can help" answer uses to say what is open right now.
#[derive(Debug, Clone, Deserialize, PartialEq, Default)]
#[serde(deny_unknown_fields, default)]
pub struct HoursConfig {
    /// The regional Veilig Thuis chat.
    pub vt_chat: Option<WeekHours>,
    /// The local access point (wijkteam, sociaal team, …).
    pub local: Option<WeekHours>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            instance_name: "Baken".into(),
            default_locale: "nl".into(),
            locales: None,
            session_ttl_minutes: DEFAULT_TTL_SECS / 60,
            data_dir: None,
            flows_dir: None,
            locales_dir: None,
            log: "info".into(),
            telegram: None,
            links: LinksConfig::default(),
            campaign: Vec::new(),
            hours: HoursConfig::default(),
            stats_min_count: 5,
            instance_dir: None,
            file: None,
            matrix: None,
            web: None,
        }
    }
}

/// Settings of the Telegram channel (`[telegram]` in `baken.toml`).
///
/// The token is read, in this order, from `TELOXIDE_TOKEN`, `token_file`, `token`. It is never
/// printed: `Debug` shows only whether one is set.
#[derive(Clone, Deserialize, PartialEq, Default)]
#[serde(deny_unknown_fields, default)]
pub struct TelegramConfig {
    /// Set to false to keep the channel off even when a token is available.
    pub enabled: Option<bool>,
    /// The bot token. Prefer `token_file` or `TELOXIDE_TOKEN` over writing it here.
    pub token: Option<String>,
    /// A file holding the token.
    pub token_file: Option<PathBuf>,
    /// The Bot API address (default: Telegram's). Overridden by `TELOXIDE_API_URL`.
    pub api_url: Option<String>,
    /// Send replies without sound or vibration (default: true).
    pub silent: Option<bool>,
    /// Stop forwarding and saving of the bot's messages (default: false: a person may want to
    /// keep evidence).
    pub protect_content: Option<bool>,
    /// Long-polling timeout in seconds (default 25, 1 to 50).
    pub poll_timeout_secs: Option<u64>,
    /// Webhook mode: the public HTTPS URL Telegram posts to, and the local address to listen
    /// on (default `127.0.0.1:8443`). Without `webhook_url`, the channel uses long polling.
    pub webhook_url: Option<String>,
    pub webhook_listen: Option<String>,
}

impl std::fmt::Debug for TelegramConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TelegramConfig")
            .field("enabled", &self.enabled)
            .field("token", &self.token.as_ref().map(|_| "…"))
            .field("token_file", &self.token_file)
            .field("api_url", &self.api_url)
            .field("silent", &self.silent)
            .field("protect_content", &self.protect_content)
            .field("poll_timeout_secs", &self.poll_timeout_secs)
            .field("webhook_url", &self.webhook_url)
            .field("webhook_listen", &self.webhook_listen)
            .finish()
    }
}

/// Settings of the Matrix channel (`[matrix]` in `baken.toml`). Environment variables
/// (`BAKEN_MATRIX_HOMESERVER`, `BAKEN_MATRIX_USER`, `BAKEN_MATRIX_PASSWORD`,
/// `BAKEN_MATRIX_ACCESS_TOKEN`, `BAKEN_MATRIX_STORE_PASSPHRASE`) take precedence. Secrets are
/// never printed: `Debug` shows only whether one is set.
#[derive(Clone, Deserialize, PartialEq, Default)]
#[serde(deny_unknown_fields, default)]
pub struct MatrixConfig {
    /// Set to false to keep the channel off even when it is configured.
    pub enabled: Option<bool>,
    /// The homeserver's address, e.g. `https://matrix.example.org`.
    pub homeserver: Option<String>,
    /// The bot's account: `@baken:example.org` or just `baken`.
    pub user: Option<String>,
    /// Log in with a password (or `password_file`), or with an access token (or
    /// `access_token_file`).
    pub password: Option<String>,
    pub password_file: Option<PathBuf>,
    pub access_token: Option<String>,
    pub access_token_file: Option<PathBuf>,
    /// The passphrase that encrypts the crypto store on disk (or `store_passphrase_file`).
    /// Required: the store holds the bot's keys and the ids of people who chatted.
    pub store_passphrase: Option<String>,
    pub store_passphrase_file: Option<PathBuf>,
    /// Where the crypto store lives (default: `<data_dir>/matrix`).
    pub store_dir: Option<PathBuf>,
    /// The device's display name (default: the instance name).
    pub device_name: Option<String>,
}

impl std::fmt::Debug for MatrixConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let set = |o: &Option<String>| o.as_ref().map(|_| "…");
        f.debug_struct("MatrixConfig")
            .field("enabled", &self.enabled)
            .field("homeserver", &self.homeserver)
            .field("user", &set(&self.user))
            .field("password", &set(&self.password))
            .field("password_file", &self.password_file)
            .field("access_token", &set(&self.access_token))
            .field("access_token_file", &self.access_token_file)
            .field("store_passphrase", &set(&self.store_passphrase))
            .field("store_passphrase_file", &self.store_passphrase_file)
            .field("store_dir", &self.store_dir)
            .field("device_name", &self.device_name)
            .finish()
    }
}

/// Settings of the web chat (`[web]` in `baken.toml`; `BAKEN_WEB_LISTEN` sets `listen`).
#[derive(Debug, Clone, Deserialize, PartialEq, Default)]
#[serde(deny_unknown_fields, default)]
pub struct WebConfig {
    /// Set to false to keep the web chat off even when `listen` is set.
    pub enabled: Option<bool>,
    /// The local address to listen on, behind the municipality's TLS proxy, e.g.
    /// `127.0.0.1:8080`. Without it the web chat does not run.
    pub listen: Option<String>,
    /// The public address of the chat page (`https://gemeente.example/baken/`), for
    /// `baken link --channel web` and `baken qr --channel web`.
    pub public_url: Option<String>,
    /// Where "Quick exit" and the Escape key go (default: a weather page).
    pub exit_url: Option<String>,
    /// Sites that may show the chat in an iframe (CSP `frame-ancestors`), e.g.
    /// `["https://www.gemeente.example"]`. Default: none.
    pub frame_ancestors: Vec<String>,
}

impl Config {
    /// Read an instance directory's configuration (`DIR/baken.toml`, which may be missing) and
    /// remember the directory, so that its content overlay is used.
    pub fn load_instance(dir: &Path) -> Result<Config, ConfigError> {
        if !dir.is_dir() {
            return Err(ConfigError::Invalid(format!(
                "instance directory {} does not exist (create one with `baken init`)",
                dir.display()
            )));
        }
        let file = dir.join("baken.toml");
        let mut config = if file.exists() {
            Self::load(Some(&file))?
        } else {
            Self::load(None)?
        };
        config.instance_dir = Some(dir.to_path_buf());
        if config.data_dir.is_none() {
            // Each instance its own sessions and statistics: with one shared directory,
            // `stats --instance X` would show another instance's counts.
            config.data_dir = Some(instance_data_dir(dir));
        }
        Ok(config)
    }

    /// Read the configuration: `path` if given, else `./baken.toml` if it exists, else the
    /// defaults; then apply the environment.
    pub fn load(path: Option<&Path>) -> Result<Config, ConfigError> {
        let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
        let path = path
            .map(Path::to_path_buf)
            .or_else(|| env("BAKEN_CONFIG").map(PathBuf::from))
            .or_else(|| {
                let p = PathBuf::from("baken.toml");
                p.exists().then_some(p)
            });
        let mut text = None;
        let mut config = match &path {
            Some(path) => {
                let t = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
                    path: path.display().to_string(),
                    source,
                })?;
                let mut c = Self::parse(&t, &path.display().to_string())?;
                c.file = Some(path.clone());
                text = Some(t);
                c
            }
            None => Config::default(),
        };
        config.apply_env(env)?;
        config.validate().map_err(|e| match (e, &path, &text) {
            (ConfigError::Bad { key, message }, Some(path), Some(text)) => {
                let from_env = ENV_OF_KEY
                    .iter()
                    .any(|(k, var)| *k == key && env(var).is_some());
                match line_of_key(text, &key).filter(|_| !from_env) {
                    Some(line) => ConfigError::Parse {
                        path: path.display().to_string(),
                        line,
                        message,
                    },
                    None => ConfigError::Bad { key, message },
                }
            }
            (e, _, _) => e,
        })?;
        Ok(config)
    }

    /// Parse a configuration file's text.
    pub fn parse(text: &str, path: &str) -> Result<Config, ConfigError> {
        toml::from_str(text).map_err(|e| ConfigError::Parse {
            path: path.to_string(),
            line: e
                .span()
                .map(|s| crate::content::line_of(text, s.start))
                .unwrap_or(1),
            message: e.message().trim().to_string(),
        })
    }

    /// Apply `BAKEN_*` overrides from an environment lookup.
    pub fn apply_env(&mut self, env: impl Fn(&str) -> Option<String>) -> Result<(), ConfigError> {
        if let Some(v) = env("BAKEN_INSTANCE_NAME") {
            self.instance_name = v;
        }
        if let Some(v) = env("BAKEN_DEFAULT_LOCALE") {
            self.default_locale = v;
        }
        if let Some(v) = env("BAKEN_SESSION_TTL_MINUTES") {
            self.session_ttl_minutes = v.trim().parse().map_err(|_| {
                ConfigError::Invalid(format!(
                    "BAKEN_SESSION_TTL_MINUTES must be a whole number of minutes, not `{v}`"
                ))
            })?;
        }
        if let Some(v) = env("BAKEN_DATA_DIR") {
            self.data_dir = Some(PathBuf::from(v));
        }
        if let Some(v) = env("BAKEN_FLOWS_DIR") {
            self.flows_dir = Some(PathBuf::from(v));
        }
        if let Some(v) = env("BAKEN_LOCALES_DIR") {
            self.locales_dir = Some(PathBuf::from(v));
        }
        if let Some(v) = env("BAKEN_LOCALES") {
            // `nl,en,tr`: the languages offered; the only way besides `locales = [...]` to
            // switch on a draft language.
            let list: Vec<String> = v
                .split(',')
                .map(|l| l.trim().to_string())
                .filter(|l| !l.is_empty())
                .collect();
            if list.is_empty() {
                return Err(ConfigError::Invalid(format!(
                    "BAKEN_LOCALES must list language codes such as `nl,en,tr`, not `{v}`"
                )));
            }
            self.locales = Some(list);
        }
        if let Some(v) = env("BAKEN_LOG") {
            self.log = v;
        }
        if let Some(v) = env("BAKEN_WEB_LISTEN") {
            self.web.get_or_insert_with(WebConfig::default).listen = Some(v);
        }
        Ok(())
    }

    fn validate(&self) -> Result<(), ConfigError> {
        let mut tags = std::collections::HashSet::new();
        for c in &self.campaign {
            if !crate::campaign::Campaign::valid_tag(&c.tag) {
                return Err(bad(
                    &format!("campaign.tag={}", c.tag),
                    format!("campaign tag `{}`: use 1 to 32 of a-z, 0-9 and -", c.tag),
                ));
            }
            if !tags.insert(&c.tag) {
                return Err(bad(
                    &format!("campaign.tag={}", c.tag),
                    format!("campaign `{}` is declared twice", c.tag),
                ));
            }
            if c.start > c.end {
                return Err(bad(
                    &format!("campaign.tag={}", c.tag),
                    format!(
                        "campaign `{}` ends ({}) before it starts ({})",
                        c.tag, c.end, c.start
                    ),
                ));
            }
        }
        for (name, week) in [
            ("vt_chat", &self.hours.vt_chat),
            ("local", &self.hours.local),
        ] {
            if let Some(week) = week {
                crate::hours::Week::parse(week)
                    .map_err(|e| bad(&format!("hours.{name}"), format!("hours.{name}: {e}")))?;
            }
        }
        if let Some(locales) = &self.locales {
            if !locales.iter().any(|l| l == crate::content::BASE_LOCALE) {
                return Err(bad(
                    "locales",
                    format!(
                        "locales must include `{}`, the base language",
                        crate::content::BASE_LOCALE
                    ),
                ));
            }
            if !locales.contains(&self.default_locale) {
                return Err(bad(
                    "default_locale",
                    format!("default_locale `{}` is not in locales", self.default_locale),
                ));
            }
        }
        if self.stats_min_count == 0 {
            return Err(bad(
                "stats_min_count",
                "stats_min_count must be at least 1".into(),
            ));
        }
        let max = MAX_TTL_SECS / 60;
        if !(1..=max).contains(&self.session_ttl_minutes) {
            return Err(bad(
                "session_ttl_minutes",
                format!(
                    "session_ttl_minutes must be between 1 and {max} (24 hours), not {}",
                    self.session_ttl_minutes
                ),
            ));
        }
        if self.default_locale.is_empty()
            || !self
                .default_locale
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-')
        {
            return Err(bad(
                "default_locale",
                format!(
                    "default_locale must be a language code such as `nl` or `en`, not `{}`",
                    self.default_locale
                ),
            ));
        }
        if let Some(t) = &self.telegram {
            if let Some(p) = t.poll_timeout_secs
                && !(1..=50).contains(&p)
            {
                return Err(bad(
                    "telegram.poll_timeout_secs",
                    format!("telegram.poll_timeout_secs must be between 1 and 50, not {p}"),
                ));
            }
            if let Some(u) = &t.webhook_url
                && !u.starts_with("https://")
            {
                return Err(bad(
                    "telegram.webhook_url",
                    "telegram.webhook_url must be an https:// address".into(),
                ));
            }
        }
        if let Some(w) = &self.web {
            if let Some(l) = &w.listen
                && l.parse::<std::net::SocketAddr>().is_err()
            {
                return Err(bad(
                    "web.listen",
                    format!(
                        "web.listen must be an address with a port such as `127.0.0.1:8080`, not `{l}`"
                    ),
                ));
            }
            for (name, url) in [("public_url", &w.public_url), ("exit_url", &w.exit_url)] {
                if let Some(u) = url
                    && !(u.starts_with("https://") || u.starts_with("http://"))
                {
                    return Err(bad(
                        &format!("web.{name}"),
                        format!("web.{name} must be an http(s):// address, not `{u}`"),
                    ));
                }
            }
            for a in &w.frame_ancestors {
                // One CSP source each: no spaces or separators that would smuggle in a directive.
                if a.is_empty() || a.contains([' ', ';', ',', '\'', '"']) {
                    return Err(bad(
                        "web.frame_ancestors",
                        format!(
                            "web.frame_ancestors: `{a}` is not a single origin such as `https://www.gemeente.example`"
                        ),
                    ));
                }
            }
        }
        Ok(())
    }

    pub fn ttl_secs(&self) -> u64 {
        self.session_ttl_minutes * 60
    }

    /// The data directory: configured, or a per-user default.
    pub fn data_dir(&self) -> PathBuf {
        self.data_dir.clone().unwrap_or_else(default_data_root)
    }
}

/// The user's data directory, `baken/`.
fn default_data_root() -> PathBuf {
    dirs::data_local_dir()
        .unwrap_or_else(std::env::temp_dir)
        .join("baken")
}

/// An instance's default data directory: `<user data>/baken/instances/<dir name>-<8 hex>`,
/// named after the instance directory (so an operator recognises it) and its full path (so two
/// `gemeente-x` directories in different places do not share one).
pub fn instance_data_dir(instance: &Path) -> PathBuf {
    use sha2::Digest as _;
    let full = std::fs::canonicalize(instance).unwrap_or_else(|_| instance.to_path_buf());
    let hash = sha2::Sha256::digest(full.to_string_lossy().as_bytes());
    let name: String = full
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let hex: String = hash[..4].iter().map(|b| format!("{b:02x}")).collect();
    default_data_root()
        .join("instances")
        .join(format!("{name}-{hex}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_need_no_file() {
        let c = Config::parse("", "baken.toml").unwrap();
        assert_eq!(c, Config::default());
        assert_eq!(c.ttl_secs(), 30 * 60);
    }

    #[test]
    fn unknown_key_is_refused_with_its_line() {
        let err = Config::parse(
            "instance_name = \"X\"\nsesion_ttl_minutes = 5\n",
            "baken.toml",
        )
        .unwrap_err()
        .to_string();
        assert!(err.starts_with("baken.toml:2:"), "{err}");
        assert!(err.contains("sesion_ttl_minutes"), "{err}");
    }

    #[test]
    fn ttl_over_a_day_is_refused() {
        let mut c = Config::default();
        c.apply_env(|k| (k == "BAKEN_SESSION_TTL_MINUTES").then(|| "2000".into()))
            .unwrap();
        assert!(c.validate().unwrap_err().to_string().contains("24 hours"));
        let mut c = Config::default();
        assert!(
            c.apply_env(|k| (k == "BAKEN_SESSION_TTL_MINUTES").then(|| "half".into()))
                .is_err()
        );
    }

    #[test]
    fn web_listen_from_env_and_bad_values_refused() {
        let mut c = Config::default();
        c.apply_env(|k| (k == "BAKEN_WEB_LISTEN").then(|| "127.0.0.1:8080".into()))
            .unwrap();
        assert_eq!(
            c.web.as_ref().unwrap().listen.as_deref(),
            Some("127.0.0.1:8080")
        );
        c.validate().unwrap();
        let bad = Config::parse("[web]\nlisten = \"8080\"\n", "x").unwrap();
        assert!(
            bad.validate()
                .unwrap_err()
                .to_string()
                .contains("web.listen")
        );
        let bad = Config::parse(
            "[web]\nframe_ancestors = [\"https://a.example; script-src *\"]\n",
            "x",
        )
        .unwrap();
        assert!(bad.validate().is_err());
    }

    #[test]
    fn env_overrides_file() {
        let mut c = Config::parse("default_locale = \"nl\"", "x").unwrap();
        c.apply_env(|k| (k == "BAKEN_DEFAULT_LOCALE").then(|| "en".into()))
            .unwrap();
        assert_eq!(c.default_locale, "en");
    }

    #[test]
    fn baken_locales_switches_on_a_draft_and_is_validated() {
        let mut c = Config::parse("", "x").unwrap();
        c.apply_env(|k| (k == "BAKEN_LOCALES").then(|| " nl, en ,tr".into()))
            .unwrap();
        assert_eq!(c.locales, Some(vec!["nl".into(), "en".into(), "tr".into()]));
        c.validate().unwrap();
        // without the base language: refused, as in baken.toml
        c.apply_env(|k| (k == "BAKEN_LOCALES").then(|| "en,tr".into()))
            .unwrap();
        assert!(c.validate().unwrap_err().to_string().contains("`nl`"));
        let err = c
            .apply_env(|k| (k == "BAKEN_LOCALES").then(|| " , ".into()))
            .unwrap_err();
        assert!(err.to_string().contains("BAKEN_LOCALES"), "{err}");
    }
}
