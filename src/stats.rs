//! Anonymous reach statistics: counters only.
//!
//! What is counted, per hour (Dutch time), campaign, language and channel: conversations
//! started, nodes entered, crisis answers shown by kind, contact cards shown. Nothing else: no
//! identifier of any kind, no time finer than the hour. **Erasing is never counted** — a peer
//! that logged the "exit" click exposed exactly the people at risk — and a step that erases
//! counts nothing at all. Reports suppress small counts (shown as "<5") so that no row points
//! at one person.

use std::collections::BTreeMap;
use std::path::Path;

use jiff::civil::Date;
use jiff::tz::TimeZone;

use crate::campaign::TIME_ZONE;
use crate::engine::{Effect, Outcome, Session};
use crate::store::StoreError;

/// The counters, on disk next to the session cache (they survive restarts; sessions do not).
pub struct Stats {
    db: sled::Db,
    /// Counts every change, so a snapshot is written only when something changed.
    changes: std::sync::atomic::AtomicU64,
    /// Set once the disk refused a counter (D5): said once in the log, then counting goes on
    /// where it can, without a line per message.
    failing: std::sync::atomic::AtomicBool,
}

impl std::fmt::Debug for Stats {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Stats")
    }
}

const SEP: char = '\u{1f}';

/// The node whose answer counts as "contact card shown".
pub const CONTACT_NODE: &str = "contacts";

/// What one step adds to the counters (without the bucket): event names like `session`,
/// `node:menu`, `crisis:acute`, `contact`. Empty for a step that erases.
pub fn events(before: Option<&Session>, outcome: &Outcome) -> Vec<String> {
    if outcome
        .effects
        .iter()
        .any(|e| matches!(e, Effect::EraseConversation { .. }))
    {
        return Vec::new();
    }
    let mut out = Vec::new();
    if before.is_none() && outcome.session.is_some() {
        out.push("session".to_string());
    }
    for r in &outcome.replies {
        if let Some(k) = r.crisis {
            out.push(format!("crisis:{k}"));
        }
        if let Some(n) = &r.node {
            let e = format!("node:{n}");
            if !out.contains(&e) {
                out.push(e);
                if n == CONTACT_NODE {
                    out.push("contact".into());
                }
            }
        }
    }
    out
}

/// The hour bucket of a moment: `YYYY-MM-DDTHH` in Dutch time.
pub fn hour_bucket(now: u64) -> String {
    let tz = TimeZone::get(TIME_ZONE).expect("the time zone database is bundled");
    let z = jiff::Timestamp::from_second(now as i64)
        .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
        .to_zoned(tz);
    format!("{}T{:02}", z.date(), z.hour())
}

/// How a report groups days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Day,
    Week,
}

/// One row of a report.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Row {
    pub period: String,
    pub campaign: String,
    pub locale: String,
    pub channel: String,
    pub event: String,
    /// The count, or `None` when it is below the threshold (shown as "<N").
    pub count: Option<u64>,
}

impl Stats {
    /// Open the counters in `data_dir/stats`; an unreadable database is moved aside.
    pub fn open(data_dir: &Path) -> Result<Self, StoreError> {
        let db = crate::store::open_disposable(data_dir, "stats", |p| sled::open(p))?;
        Ok(Stats {
            db,
            changes: Default::default(),
            failing: Default::default(),
        })
    }

    /// Count what a step showed.
    pub fn record(
        &self,
        channel: &str,
        before: Option<&Session>,
        outcome: &Outcome,
        now: u64,
    ) -> Result<(), StoreError> {
        let events = events(before, outcome);
        let Some(session) = outcome.session.as_ref() else {
            return Ok(());
        };
        let bucket = hour_bucket(now);
        let campaign = session.campaign.as_deref().unwrap_or("-");
        for event in events {
            let key = [bucket.as_str(), campaign, &session.locale, channel, &event]
                .join(&SEP.to_string());
            let written = self.db.update_and_fetch(key.as_bytes(), |old| {
                let n = old
                    .and_then(|b| <[u8; 8]>::try_from(b).ok())
                    .map(u64::from_be_bytes)
                    .unwrap_or(0);
                Some((n + 1).to_be_bytes().to_vec())
            });
            if let Err(e) = written {
                // A full or read-only disk: the conversation goes on; the log says it once.
                if !self
                    .failing
                    .swap(true, std::sync::atomic::Ordering::Relaxed)
                {
                    tracing::error!(error = %e, "statistics: the disk cannot be written; counts are not kept until it can");
                }
                return Ok(());
            }
            self.changes
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
        Ok(())
    }

    pub fn flush(&self) -> Result<(), StoreError> {
        self.db.flush()?;
        Ok(())
    }

    /// Every counter: (key, count).
    fn entries(&self) -> impl Iterator<Item = (String, u64)> + '_ {
        self.db.iter().flatten().filter_map(|(k, v)| {
            let key = std::str::from_utf8(&k).ok()?.to_string();
            let n = u64::from_be_bytes(<[u8; 8]>::try_from(v.as_ref()).ok()?);
            Some((key, n))
        })
    }

    /// Counts per period from `from` to `to` (inclusive), smallest counts suppressed.
    pub fn report(&self, from: Date, to: Date, by: Period, min_count: u64) -> Vec<Row> {
        report_entries(self.entries(), from, to, by, min_count)
    }

    /// How many counters changed since this process opened them.
    pub fn changes(&self) -> u64 {
        self.changes.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Write every counter to `data_dir/`[`SNAPSHOT`], for `baken stats` while this process
    /// holds the database (D1). Written to a temporary file first and renamed, so a reader
    /// never sees half a file; 0600, like everything Baken writes (it holds exact counts).
    pub fn write_snapshot(&self, data_dir: &Path) -> std::io::Result<()> {
        let counters: BTreeMap<String, u64> = self.entries().collect();
        let body = serde_json::json!({
            "written": crate::store::now(),
            "counters": counters,
        });
        let tmp = data_dir.join(format!("{SNAPSHOT}.tmp"));
        {
            use std::io::Write;
            let mut options = std::fs::OpenOptions::new();
            options.write(true).create(true).truncate(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::OpenOptionsExt;
                options.mode(0o600);
            }
            let mut f = options.open(&tmp)?;
            f.write_all(body.to_string().as_bytes())?;
            f.sync_all()?;
        }
        std::fs::rename(&tmp, data_dir.join(SNAPSHOT))
    }
}

/// The snapshot of the counters a running `baken serve` writes (see [`Stats::write_snapshot`]).
pub const SNAPSHOT: &str = "stats.snapshot.json";

/// A report from the snapshot in `data_dir`, and when the snapshot was written (unix
/// seconds). `None` when there is no readable snapshot.
pub fn report_snapshot(
    data_dir: &Path,
    from: Date,
    to: Date,
    by: Period,
    min_count: u64,
) -> Option<(Vec<Row>, u64)> {
    let text = std::fs::read_to_string(data_dir.join(SNAPSHOT)).ok()?;
    let v: serde_json::Value = serde_json::from_str(&text).ok()?;
    let written = v["written"].as_u64()?;
    let counters = v["counters"].as_object()?;
    let entries = counters
        .iter()
        .filter_map(|(k, n)| Some((k.clone(), n.as_u64()?)));
    Some((report_entries(entries, from, to, by, min_count), written))
}

/// Counts per period from counters (key, count), smallest counts suppressed.
fn report_entries(
    entries: impl Iterator<Item = (String, u64)>,
    from: Date,
    to: Date,
    by: Period,
    min_count: u64,
) -> Vec<Row> {
    {
        let mut sums: BTreeMap<(String, String, String, String, String), u64> = BTreeMap::new();
        for (key, n) in entries {
            let parts: Vec<&str> = key.split(SEP).collect();
            let [bucket, campaign, locale, channel, event] = parts.as_slice() else {
                continue;
            };
            let Some(date) = bucket.get(..10).and_then(|d| d.parse::<Date>().ok()) else {
                continue;
            };
            if date < from || date > to {
                continue;
            }
            let period = match by {
                Period::Day => date.to_string(),
                Period::Week => {
                    let w = date.iso_week_date();
                    format!("{}-W{:02}", w.year(), w.week())
                }
            };
            *sums
                .entry((
                    period,
                    campaign.to_string(),
                    locale.to_string(),
                    channel.to_string(),
                    event.to_string(),
                ))
                .or_default() += n;
        }
        sums.into_iter()
            .map(|((period, campaign, locale, channel, event), n)| Row {
                period,
                campaign,
                locale,
                channel,
                event,
                count: (n >= min_count).then_some(n),
            })
            .collect()
    }
}

fn shown(count: Option<u64>, min: u64) -> String {
    count
        .map(|n| n.to_string())
        .unwrap_or_else(|| format!("<{min}"))
}

/// A plain-text table.
pub fn table(rows: &[Row], min: u64) -> String {
    let header = ["period", "campaign", "locale", "channel", "event", "count"];
    let cells: Vec<[String; 6]> = rows
        .iter()
        .map(|r| {
            [
                r.period.clone(),
                r.campaign.clone(),
                r.locale.clone(),
                r.channel.clone(),
                r.event.clone(),
                shown(r.count, min),
            ]
        })
        .collect();
    let mut widths = header.map(str::len);
    for c in &cells {
        for (w, s) in widths.iter_mut().zip(c) {
            *w = (*w).max(s.chars().count());
        }
    }
    let mut out = String::new();
    let line = |cols: Vec<&str>, out: &mut String| {
        let padded: Vec<String> = cols
            .iter()
            .zip(widths)
            .map(|(s, w)| format!("{s:<w$}"))
            .collect();
        out.push_str(padded.join("  ").trim_end());
        out.push('\n');
    };
    line(header.to_vec(), &mut out);
    for c in &cells {
        line(c.iter().map(String::as_str).collect(), &mut out);
    }
    out
}

/// CSV with a header line.
pub fn csv(rows: &[Row], min: u64) -> String {
    let mut out = String::from("period,campaign,locale,channel,event,count\n");
    for r in rows {
        out.push_str(&format!(
            "{},{},{},{},{},{}\n",
            r.period,
            r.campaign,
            r.locale,
            r.channel,
            r.event,
            shown(r.count, min)
        ));
    }
    out
}

/// JSON: a list of rows. `count` is always a number or `null`; a count below the threshold is
/// `"count": null, "suppressed": true` (one type per field, so a script need not parse "<5").
pub fn json(rows: &[Row], min: u64) -> String {
    let list: Vec<serde_json::Value> = rows
        .iter()
        .map(|r| {
            serde_json::json!({
                "period": r.period, "campaign": r.campaign, "locale": r.locale,
                "channel": r.channel, "event": r.event,
                "count": r.count, "suppressed": r.count.is_none(),
                "min_count": min,
            })
        })
        .collect();
    serde_json::to_string_pretty(&list).expect("plain values") + "\n"
}

/// Rough width of `s` in pixels at `size` px in a sans-serif font: enough to size the chart so
/// that nothing is cut off (a little too wide is harmless, too narrow cuts the title).
fn text_width(s: &str, size: u64) -> u64 {
    (s.chars().count() as u64 * size * 62).div_ceil(100)
}

/// A "nice" axis maximum (1, 2 or 5 times a power of ten) at or above `max`.
fn nice_ceiling(max: u64) -> u64 {
    let mut step = 1u64;
    loop {
        for m in [1, 2, 5] {
            if step * m >= max {
                return step * m;
            }
        }
        step *= 10;
    }
}

/// Why a PNG chart could not be drawn.
#[derive(Debug, thiserror::Error)]
pub enum PngError {
    /// Without a font the chart would be bars without a title, axes or legend: refused rather
    /// than written misleading.
    #[error(
        "no fonts found on this system, so the chart's text cannot be drawn: install a font (e.g. `apt-get install fonts-dejavu-core`) or use `--format svg`"
    )]
    NoFonts,
    #[error("the chart could not be drawn: {0}")]
    Render(String),
}

/// [`svg`], drawn to a PNG by resvg (feature `chart-png`, part of `full`) with the system's fonts,
/// for a report or a slide where an SVG does not fit.
#[cfg(feature = "chart-png")]
pub fn png(rows: &[Row], min: u64, title: &str) -> Result<Vec<u8>, PngError> {
    let chart = svg(rows, min, title);
    let mut options = resvg::usvg::Options::default();
    options.fontdb_mut().load_system_fonts();
    if options.fontdb.is_empty() {
        return Err(PngError::NoFonts);
    }
    let tree = resvg::usvg::Tree::from_str(&chart, &options)
        .map_err(|e| PngError::Render(e.to_string()))?;
    let size = tree.size().to_int_size();
    let mut pixmap = resvg::tiny_skia::Pixmap::new(size.width(), size.height())
        .ok_or_else(|| PngError::Render(format!("{}x{} px", size.width(), size.height())))?;
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::default(),
        &mut pixmap.as_mut(),
    );
    pixmap
        .encode_png()
        .map_err(|e| PngError::Render(e.to_string()))
}

/// A bar chart of conversations started per period, for a report: a title, a y axis with
/// ticks, a labelled x axis and a legend, sized to its data. A period whose total is below the
/// threshold is drawn as a dashed outline labelled "<N"; a period where some rows were below
/// it shows "N+". Valid XML: every text is escaped.
pub fn svg(rows: &[Row], min: u64, title: &str) -> String {
    let mut per: BTreeMap<&str, (u64, bool)> = BTreeMap::new();
    for r in rows.iter().filter(|r| r.event == "session") {
        let e = per.entry(&r.period).or_default();
        match r.count {
            Some(n) => e.0 += n,
            None => e.1 = true,
        }
    }
    let top_value = nice_ceiling(per.values().map(|v| v.0).max().unwrap_or(0).max(1));
    let label_w = per.keys().map(|p| text_width(p, 11)).max().unwrap_or(0);
    let tick_w = text_width(&top_value.to_string(), 11);
    let (left, top, plot_h) = (tick_w + 34, 56u64, 220u64);
    let legend = [
        ("conversations started".to_string(), false),
        (format!("fewer than {min}: not shown"), true),
    ];
    let legend_w: u64 = legend.iter().map(|(l, _)| 30 + text_width(l, 12)).sum();
    // At least as wide as the title and the legend; the bars share the width (up to 120 px a
    // period), so a short report is not a thin column under a long title.
    let periods = per.len().max(1) as u64;
    let min_width = (text_width(title, 16) + 40).max(legend_w + left);
    let slot = (label_w.max(40) + 12).max((min_width.saturating_sub(left + 20) / periods).min(120));
    let bar = (slot - 16).min(64);
    let plot_w = periods * slot;
    let width = (left + plot_w + 20).max(min_width);
    let height = top + plot_h + 90;
    let base = top + plot_h;
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" \
         viewBox=\"0 0 {width} {height}\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"12\">\n\
         <title>{t}</title>\n\
         <rect width=\"{width}\" height=\"{height}\" fill=\"#ffffff\"/>\n\
         <text x=\"20\" y=\"28\" font-size=\"16\" font-weight=\"bold\" fill=\"#1a202c\">{t}</text>\n",
        t = escape(title)
    );
    // The y axis: 0, half and the top, with grid lines.
    for v in [0, top_value / 2, top_value] {
        let y = base - v * plot_h / top_value;
        out.push_str(&format!(
            "<line x1=\"{left}\" y1=\"{y}\" x2=\"{}\" y2=\"{y}\" stroke=\"#e2e8f0\"/>\n\
             <text x=\"{}\" y=\"{}\" text-anchor=\"end\" font-size=\"11\" fill=\"#4a5568\">{v}</text>\n",
            left + plot_w,
            left - 6,
            y + 4
        ));
    }
    out.push_str(&format!(
        "<line x1=\"{left}\" y1=\"{top}\" x2=\"{left}\" y2=\"{base}\" stroke=\"#4a5568\"/>\n\
         <line x1=\"{left}\" y1=\"{base}\" x2=\"{}\" y2=\"{base}\" stroke=\"#4a5568\"/>\n\
         <text x=\"14\" y=\"{}\" transform=\"rotate(-90 14 {})\" text-anchor=\"middle\" font-size=\"11\" fill=\"#4a5568\">conversations</text>\n",
        left + plot_w,
        top + plot_h / 2,
        top + plot_h / 2
    ));
    if per.is_empty() {
        out.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"#4a5568\">no conversations in this period</text>\n",
            left + plot_w / 2 + 40,
            top + plot_h / 2
        ));
    }
    for (i, (period, (n, partly_hidden))) in per.iter().enumerate() {
        let x = left + i as u64 * slot + (slot - bar) / 2;
        let mid = x + bar / 2;
        let label = escape(&if *n == 0 {
            format!("<{min}")
        } else if *partly_hidden {
            format!("{n}+")
        } else {
            n.to_string()
        });
        if *n == 0 {
            // Suppressed: a dashed outline as high as the threshold would be, no fill.
            let h = (min * plot_h / top_value).clamp(4, plot_h);
            out.push_str(&format!(
                "<rect x=\"{x}\" y=\"{}\" width=\"{bar}\" height=\"{h}\" fill=\"none\" stroke=\"#718096\" stroke-dasharray=\"4 3\"/>\n\
                 <text x=\"{mid}\" y=\"{}\" text-anchor=\"middle\" fill=\"#4a5568\">{label}</text>\n",
                base - h,
                base - h - 5
            ));
        } else {
            let h = n * plot_h / top_value;
            out.push_str(&format!(
                "<rect x=\"{x}\" y=\"{}\" width=\"{bar}\" height=\"{h}\" fill=\"#2b6cb0\"/>\n\
                 <text x=\"{mid}\" y=\"{}\" text-anchor=\"middle\" fill=\"#1a202c\">{label}</text>\n",
                base - h,
                base - h - 5
            ));
        }
        out.push_str(&format!(
            "<text x=\"{mid}\" y=\"{}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#4a5568\">{}</text>\n",
            base + 18,
            escape(period)
        ));
    }
    // The legend, below the x axis.
    let mut lx = left;
    let ly = base + 50;
    for (text, dashed) in &legend {
        let style = if *dashed {
            "fill=\"none\" stroke=\"#718096\" stroke-dasharray=\"4 3\""
        } else {
            "fill=\"#2b6cb0\""
        };
        out.push_str(&format!(
            "<rect x=\"{lx}\" y=\"{}\" width=\"14\" height=\"14\" {style}/>\n\
             <text x=\"{}\" y=\"{ly}\" fill=\"#1a202c\">{}</text>\n",
            ly - 11,
            lx + 20,
            escape(text)
        ));
        lx += 30 + text_width(text, 12);
    }
    out.push_str("</svg>\n");
    out
}

use crate::escape_html as escape;
