//! Opening hours as data: "is the Veilig Thuis chat open right now?", in Dutch time.
//!
//! 0800-2000 is open day and night; chats and local offices are not, and peers were criticised
//! for sending people to a closed door. The "who can help" answer therefore says what is open
//! *now*, from hours a municipality fills in.

use jiff::civil::{Time, Weekday};
use jiff::tz::TimeZone;

use crate::campaign::TIME_ZONE;

const DAYS: [(&str, Weekday); 7] = [
    ("mon", Weekday::Monday),
    ("tue", Weekday::Tuesday),
    ("wed", Weekday::Wednesday),
    ("thu", Weekday::Thursday),
    ("fri", Weekday::Friday),
    ("sat", Weekday::Saturday),
    ("sun", Weekday::Sunday),
];

/// Parsed weekly hours: per weekday a list of (from, to) times.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Week {
    days: Vec<(Weekday, Time, Time)>,
}

impl Week {
    /// Parse `{ mon = "09:00-17:00", sat = "10:00-12:00, 13:00-15:00" }`.
    pub fn parse(map: &std::collections::BTreeMap<String, String>) -> Result<Week, String> {
        let mut days = Vec::new();
        for (key, value) in map {
            let Some((_, day)) = DAYS.iter().find(|(k, _)| k == key) else {
                return Err(format!(
                    "`{key}` is not a day (use mon, tue, wed, thu, fri, sat, sun)"
                ));
            };
            for range in value.split(',') {
                let (from, to) = range
                    .trim()
                    .split_once('-')
                    .ok_or_else(|| format!("{key}: `{range}` is not like 09:00-17:00"))?;
                let parse = |t: &str| {
                    t.trim()
                        .parse::<Time>()
                        .map_err(|_| format!("{key}: `{}` is not a time like 09:00", t.trim()))
                };
                let (from, to) = (parse(from)?, parse(to)?);
                if from >= to {
                    return Err(format!("{key}: {from} is not before {to}"));
                }
                days.push((*day, from, to));
            }
        }
        Ok(Week { days })
    }

    /// Whether it is open at `now` (unix seconds), in Dutch time.
    pub fn open_at(&self, now: u64) -> bool {
        let tz = TimeZone::get(TIME_ZONE).expect("the time zone database is bundled");
        let local = jiff::Timestamp::from_second(now as i64)
            .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
            .to_zoned(tz);
        let (day, time) = (local.weekday(), local.time());
        self.days
            .iter()
            .any(|(d, from, to)| *d == day && *from <= time && time < *to)
    }
}

/// What a message may say about an offer right now: `open`, `closed`, or `unknown` when no
/// hours are configured.
pub fn state(week: Option<&Week>, now: u64) -> &'static str {
    match week {
        None => "unknown",
        Some(w) if w.open_at(now) => "open",
        Some(_) => "closed",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn week(pairs: &[(&str, &str)]) -> Week {
        Week::parse(
            &pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        )
        .unwrap()
    }

    #[test]
    fn open_in_dutch_time_across_daylight_saving() {
        let w = week(&[("mon", "09:00-17:00")]);
        // Monday 2026-11-23 08:30 UTC = 09:30 CET: open.
        assert!(w.open_at(1_795_422_600));
        // Monday 2026-11-23 16:30 UTC = 17:30 CET: closed.
        assert!(!w.open_at(1_795_451_400));
        // Monday 2026-07-06 07:30 UTC = 09:30 CEST: open (summer time).
        assert!(w.open_at(1_783_323_000));
        // Sunday: closed.
        assert!(!w.open_at(1_795_422_600 - 86_400));
        assert_eq!(state(None, 0), "unknown");
        assert_eq!(state(Some(&w), 1_795_422_600), "open");
    }

    #[test]
    fn bad_hours_are_refused() {
        let parse = |k: &str, v: &str| Week::parse(&[(k.to_string(), v.to_string())].into());
        assert!(parse("maandag", "09:00-17:00").is_err());
        assert!(parse("mon", "9 to 5").is_err());
        assert!(parse("mon", "17:00-09:00").is_err());
        assert!(parse("sat", "10:00-12:00, 13:00-15:00").is_ok());
    }
}
