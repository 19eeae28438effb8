//! Campaigns: deep links and QR codes for posters and wallet cards.
//!
//! A campaign is declared in `baken.toml` with a tag, an entry node, a language and a date
//! range. Its link carries only `c-TAG`; where it leads is looked up when the link is opened, so
//! a printed poster can be re-pointed by changing the config. Outside its dates (or when the tag
//! is unknown) a link still works and opens the normal start: a person holding an old card must
//! never meet an error.

use jiff::civil::Date;
use jiff::tz::TimeZone;
use serde::Deserialize;

/// Dates and opening hours are Dutch: everything is judged in this zone.
pub const TIME_ZONE: &str = "Europe/Amsterdam";

/// A campaign as declared in the configuration.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Campaign {
    /// Short tag in the link and the statistics: `a-z`, `0-9`, `-`, at most 32.
    pub tag: String,
    /// The node the link opens (default: the welcome).
    #[serde(default)]
    pub entry: Option<String>,
    /// The language the link opens in (default: the instance's).
    #[serde(default)]
    pub locale: Option<String>,
    /// First and last day (inclusive, `YYYY-MM-DD`), in Dutch time.
    #[serde(deserialize_with = "date")]
    pub start: Date,
    #[serde(deserialize_with = "date")]
    pub end: Date,
}

/// A date written as a TOML date (`2026-11-01`) or a string (`"2026-11-01"`).
fn date<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
    let text = match toml::Value::deserialize(d)? {
        toml::Value::String(s) => s,
        toml::Value::Datetime(dt) => dt.to_string(),
        other => return Err(serde::de::Error::custom(format!("`{other}` is not a date"))),
    };
    text.parse::<Date>()
        .map_err(|_| serde::de::Error::custom(format!("`{text}` is not a date like 2026-11-01")))
}

impl Campaign {
    /// Whether the tag is well-formed.
    pub fn valid_tag(tag: &str) -> bool {
        (1..=32).contains(&tag.len())
            && tag
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    }

    /// Whether the campaign runs on the day `now` (unix seconds) falls on in Dutch time.
    pub fn active(&self, now: u64) -> bool {
        let day = dutch_date(now);
        self.start <= day && day <= self.end
    }

    /// The start payload of this campaign's link.
    pub fn payload(&self) -> String {
        format!("c-{}", self.tag)
    }
}

/// The date of a moment in Dutch time.
pub fn dutch_date(now: u64) -> Date {
    let tz = TimeZone::get(TIME_ZONE).expect("the time zone database is bundled");
    jiff::Timestamp::from_second(now as i64)
        .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
        .to_zoned(tz)
        .date()
}

/// Where a link opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkChannel {
    Telegram,
    Matrix,
    /// The web chat: `account` is its public address (`[web] public_url`).
    Web,
}

/// The link for a campaign on a channel. Telegram carries the campaign in its start payload;
/// Matrix has no such thing, so a Matrix link opens a direct chat with the bot and the campaign
/// is not counted (said plainly where the link is printed).
pub fn link(campaign: &Campaign, channel: LinkChannel, account: &str) -> String {
    match channel {
        LinkChannel::Telegram => format!(
            "https://t.me/{}?start={}",
            account.trim_start_matches('@'),
            campaign.payload()
        ),
        LinkChannel::Matrix => format!("https://matrix.to/#/{account}"),
        LinkChannel::Web => {
            let sep = if account.contains('?') { '&' } else { '?' };
            let base = if account.contains('?') || account.ends_with('/') {
                account.to_string()
            } else {
                format!("{account}/")
            };
            format!("{base}{sep}start={}", campaign.payload())
        }
    }
}

/// A QR code for print.
pub struct Qr {
    code: qrcode::QrCode,
}

/// Quiet zone around the code, in modules (the standard asks for 4).
const QUIET: usize = 4;

impl Qr {
    /// Encode a link with high error correction (a poster gets scratched and folded).
    pub fn new(text: &str) -> Result<Self, qrcode::types::QrError> {
        Ok(Qr {
            code: qrcode::QrCode::with_error_correction_level(text, qrcode::EcLevel::H)?,
        })
    }

    /// Modules per side, without the quiet zone.
    pub fn width(&self) -> usize {
        self.code.width()
    }

    /// Whether the module at (x, y) is dark.
    pub fn dark(&self, x: usize, y: usize) -> bool {
        self.code[(x, y)] == qrcode::Color::Dark
    }

    /// An SVG with one square per dark module: sharp at any print size.
    pub fn svg(&self) -> String {
        let n = self.width() + 2 * QUIET;
        let mut path = String::new();
        for y in 0..self.width() {
            for x in 0..self.width() {
                if self.dark(x, y) {
                    path.push_str(&format!("M{} {}h1v1h-1z", x + QUIET, y + QUIET));
                }
            }
        }
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {n} {n}\" width=\"{w}mm\" height=\"{w}mm\" shape-rendering=\"crispEdges\">\
             <rect width=\"{n}\" height=\"{n}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>\n",
            w = n * 2
        )
    }

    /// A greyscale PNG, `scale` pixels per module.
    pub fn png(&self, scale: usize) -> Vec<u8> {
        let n = (self.width() + 2 * QUIET) * scale;
        let mut pixels = vec![255u8; n * n];
        for y in 0..self.width() {
            for x in 0..self.width() {
                if self.dark(x, y) {
                    for dy in 0..scale {
                        let row = (y + QUIET) * scale + dy;
                        let start = row * n + (x + QUIET) * scale;
                        pixels[start..start + scale].fill(0);
                    }
                }
            }
        }
        let mut out = Vec::new();
        {
            let mut enc = png::Encoder::new(&mut out, n as u32, n as u32);
            enc.set_color(png::ColorType::Grayscale);
            enc.set_depth(png::BitDepth::Eight);
            let mut w = enc.write_header().expect("writing to memory");
            w.write_image_data(&pixels).expect("writing to memory");
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn campaign() -> Campaign {
        Campaign {
            tag: "poster-2026".into(),
            entry: Some("worried".into()),
            locale: None,
            start: jiff::civil::date(2026, 11, 1),
            end: jiff::civil::date(2026, 11, 30),
        }
    }

    #[test]
    fn active_on_dutch_calendar_days_inclusive() {
        let c = campaign();
        // 2026-10-31 23:30 UTC is already 1 November 00:30 in Amsterdam.
        let oct31_2330_utc = 1_793_489_400;
        assert_eq!(dutch_date(oct31_2330_utc), jiff::civil::date(2026, 11, 1));
        assert!(c.active(oct31_2330_utc));
        assert!(!c.active(oct31_2330_utc - 3600));
        // 30 November 23:30 in Amsterdam: still on; an hour later: over.
        let nov30_2230_utc = 1_796_077_800;
        assert!(c.active(nov30_2230_utc));
        assert!(!c.active(nov30_2230_utc + 3600));
    }

    #[test]
    fn links_per_channel() {
        let c = campaign();
        assert_eq!(
            link(&c, LinkChannel::Telegram, "@BakenBot"),
            "https://t.me/BakenBot?start=c-poster-2026"
        );
        assert_eq!(
            link(&c, LinkChannel::Matrix, "@baken:example.org"),
            "https://matrix.to/#/@baken:example.org"
        );
        assert_eq!(
            link(&c, LinkChannel::Web, "https://gemeente.example/baken"),
            "https://gemeente.example/baken/?start=c-poster-2026"
        );
        assert_eq!(
            link(&c, LinkChannel::Web, "https://gemeente.example/baken/"),
            "https://gemeente.example/baken/?start=c-poster-2026"
        );
    }

    #[test]
    fn tags() {
        assert!(Campaign::valid_tag("zomer-2026"));
        assert!(!Campaign::valid_tag("Zomer"));
        assert!(!Campaign::valid_tag("a_b"));
        assert!(!Campaign::valid_tag(""));
        assert!(!Campaign::valid_tag(&"a".repeat(33)));
    }
}
