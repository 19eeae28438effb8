//! The `baken` binary: a thin layer of subcommands over the library.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context as _;
use clap::{Parser, Subcommand};

use baken::config::Config;
use baken::console::{self, ConsoleOptions};
use baken::{Content, ContentError, ContentFiles, KeyedHasher, SessionStore, SledStore};

#[derive(Parser)]
#[command(
    name = "baken",
    version,
    about = "Anonymous help and signposting about domestic violence"
)]
struct Cli {
    /// Configuration file (default: ./baken.toml if it exists, or $BAKEN_CONFIG).
    #[arg(long, global = true)]
    config: Option<PathBuf>,
    /// A municipality's instance directory (its baken.toml, flows/ and locales/), made with
    /// `baken init`. Also $BAKEN_INSTANCE.
    #[arg(long, global = true, env = "BAKEN_INSTANCE")]
    instance: Option<PathBuf>,
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Chat in this terminal (no tokens needed). With input from a pipe, print a transcript.
    Chat {
        /// Language to start in (nl, en).
        #[arg(long)]
        locale: Option<String>,
        /// Print `# node ID` before each reply and `# crisis KIND` when crisis detection fired.
        #[arg(long)]
        trace: bool,
        /// Start as a deep link would, e.g. `c-poster_l-en_n-menu`.
        #[arg(long)]
        start: Option<String>,
    },
    /// Run the configured channels (Telegram, Matrix) until SIGINT or SIGTERM.
    #[cfg(any(feature = "telegram", feature = "matrix"))]
    Serve,
    /// Validate content: syntax, missing messages, unreachable nodes, dead ends, patterns.
    Check {
        /// Flows directory (default: the content built into this binary).
        #[arg(long)]
        flows: Option<PathBuf>,
        /// Locales directory (default: the content built into this binary).
        #[arg(long)]
        locales: Option<PathBuf>,
    },
    /// Write a commented instance directory for a municipality.
    Init {
        /// The directory to create.
        dir: PathBuf,
        /// The instance's name, e.g. "Gemeente Voorbeeld".
        #[arg(long)]
        name: String,
    },
    /// Print a campaign's deep link.
    Link {
        /// The campaign tag (from `[[campaign]]` in baken.toml).
        campaign: String,
        #[arg(long, value_enum, default_value = "telegram")]
        channel: LinkChannelArg,
    },
    /// Write a campaign's QR code for print (.svg or .png).
    Qr {
        campaign: String,
        #[arg(long, value_enum, default_value = "telegram")]
        channel: LinkChannelArg,
        /// Output file; the format follows the extension (.svg or .png).
        #[arg(long)]
        out: PathBuf,
    },
    /// Anonymous reach statistics: counts per period, campaign, language and channel.
    Stats {
        /// First day (YYYY-MM-DD); default 28 days ago.
        #[arg(long)]
        from: Option<jiff::civil::Date>,
        /// Last day (YYYY-MM-DD); default today.
        #[arg(long)]
        to: Option<jiff::civil::Date>,
        #[arg(long, value_enum, default_value = "week")]
        by: PeriodArg,
        #[arg(long, value_enum, default_value = "table")]
        format: StatsFormat,
    },
    /// The conversation as a diagram for content reviewers.
    Graph {
        #[arg(long, value_enum, default_value = "mermaid")]
        format: GraphFormatArg,
        /// Language of the option labels.
        #[arg(long, default_value = "nl")]
        locale: String,
    },
    /// Content for review.
    Content {
        #[command(subcommand)]
        command: ContentCmd,
    },
}

#[derive(Subcommand)]
enum ContentCmd {
    /// All flows as one readable Markdown document.
    Export {
        #[arg(long, default_value = "nl")]
        locale: String,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum LinkChannelArg {
    Telegram,
    Matrix,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum PeriodArg {
    Day,
    Week,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum StatsFormat {
    Table,
    Csv,
    Json,
    Svg,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum GraphFormatArg {
    Mermaid,
    Dot,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("baken: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn init_logging(config: &Config) {
    let wanted = std::env::var("RUST_LOG")
        .ok()
        .filter(|v| !v.is_empty())
        .unwrap_or_else(|| config.log.clone());
    let filter = tracing_subscriber::EnvFilter::new(baken::log_filter(&wanted));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        // Colours only on a terminal: a log file or the journal gets plain text (D18).
        .with_ansi(std::io::stderr().is_terminal())
        .try_init();
}

/// The configuration: an instance directory's, or `--config`/`./baken.toml`, or the defaults.
fn load_config(cli_config: Option<&Path>, instance: Option<&Path>) -> anyhow::Result<Config> {
    Ok(match instance {
        Some(dir) => Config::load_instance(dir)?,
        None => Config::load(cli_config)?,
    })
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let instance = cli.instance.as_deref();
    match cli.command {
        Cmd::Check { flows, locales } => check(flows, locales, instance),
        Cmd::Init { dir, name } => {
            baken::instance::init(&dir, &name)?;
            println!(
                "Wrote {}. Fill in the local contacts, then run: baken check --instance {}",
                dir.display(),
                dir.display()
            );
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Link { campaign, channel } => {
            let config = load_config(cli.config.as_deref(), instance)?;
            println!("{}", campaign_link(&config, &campaign, channel)?);
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Qr {
            campaign,
            channel,
            out,
        } => {
            let config = load_config(cli.config.as_deref(), instance)?;
            let link = campaign_link(&config, &campaign, channel)?;
            let qr = baken::campaign::Qr::new(&link)?;
            let bytes = match out.extension().and_then(|e| e.to_str()) {
                Some("svg") => qr.svg().into_bytes(),
                Some("png") => qr.png(16),
                _ => anyhow::bail!("--out must end in .svg or .png"),
            };
            std::fs::write(&out, bytes).with_context(|| format!("writing {}", out.display()))?;
            println!("{} → {}", out.display(), link);
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Stats {
            from,
            to,
            by,
            format,
        } => {
            let config = load_config(cli.config.as_deref(), instance)?;
            let today = baken::campaign::dutch_date(baken::store::now());
            let to = to.unwrap_or(today);
            let from =
                from.unwrap_or_else(|| to.checked_sub(jiff::Span::new().days(27)).unwrap_or(to));
            let period = match by {
                PeriodArg::Day => baken::stats::Period::Day,
                PeriodArg::Week => baken::stats::Period::Week,
            };
            let min = config.stats_min_count;
            let data_dir = config.data_dir();
            let rows = match baken::stats::Stats::open(&data_dir) {
                Ok(stats) => stats.report(from, to, period, min),
                // `baken serve` holds the database: read the snapshot it writes every minute
                // (nothing is moved aside; D1).
                Err(baken::store::StoreError::Locked { .. }) => {
                    let Some((rows, written)) =
                        baken::stats::report_snapshot(&data_dir, from, to, period, min)
                    else {
                        anyhow::bail!(
                            "the statistics in {} are in use by a running baken and it has written no snapshot yet; try again in a minute",
                            data_dir.display()
                        );
                    };
                    eprintln!(
                        "note: baken serve is running; these are its counts of {} seconds ago",
                        baken::store::now().saturating_sub(written)
                    );
                    rows
                }
                Err(e) => return Err(e.into()),
            };
            let text = match format {
                StatsFormat::Table => baken::stats::table(&rows, min),
                StatsFormat::Csv => baken::stats::csv(&rows, min),
                StatsFormat::Json => baken::stats::json(&rows, min),
                StatsFormat::Svg => baken::stats::svg(
                    &rows,
                    min,
                    &format!(
                        "{}: conversations started, {from} to {to}",
                        config.instance_name
                    ),
                ),
            };
            print!("{text}");
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Graph { format, locale } => {
            let config = load_config(cli.config.as_deref(), instance)?;
            let content = baken::load_content(&config)?;
            let format = match format {
                GraphFormatArg::Mermaid => baken::review::GraphFormat::Mermaid,
                GraphFormatArg::Dot => baken::review::GraphFormat::Dot,
            };
            print!("{}", baken::review::graph(&content, &locale, format));
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Content {
            command: ContentCmd::Export { locale },
        } => {
            let config = load_config(cli.config.as_deref(), instance)?;
            let content = baken::load_content(&config)?;
            print!("{}", baken::review::export_markdown(&content, &locale));
            Ok(ExitCode::SUCCESS)
        }
        #[cfg(any(feature = "telegram", feature = "matrix"))]
        Cmd::Serve => serve(load_config(cli.config.as_deref(), instance)?),
        Cmd::Chat {
            locale,
            trace,
            start,
        } => {
            let config = load_config(cli.config.as_deref(), instance)?;
            init_logging(&config);
            let content = Arc::new(baken::load_content(&config)?);
            if let Some(l) = &locale
                && !content.has_locale(l)
            {
                anyhow::bail!(
                    "unknown locale `{l}`; available: {}",
                    content.locale_ids().join(", ")
                );
            }
            // One person at a keyboard, or a script: no flood limit.
            let engine = baken::engine_for(&config, content).with_flood_limit(None);
            let data_dir = config.data_dir();
            let store = SledStore::open(&data_dir, config.ttl_secs())
                .with_context(|| format!("opening the session cache in {}", data_dir.display()))?;
            let stats = baken::stats::Stats::open(&data_dir)?;
            let options = ConsoleOptions {
                locale,
                trace,
                interactive: std::io::stdin().is_terminal(),
                start,
            };
            let stdin = std::io::stdin();
            let stdout = std::io::stdout();
            let hasher = KeyedHasher::random();
            let backend = console::Backend {
                engine: &engine,
                store: &store,
                hasher: &hasher,
                stats: Some(&stats),
                clock: &baken::store::now,
            };
            console::run(&backend, &options, stdin.lock(), stdout.lock())?;
            store.flush()?;
            stats.flush()?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

#[cfg(any(feature = "telegram", feature = "matrix"))]
fn serve(config: Config) -> anyhow::Result<ExitCode> {
    init_logging(&config);
    let content = Arc::new(baken::load_content(&config)?);
    let engine = baken::engine_for(&config, content);
    let data_dir = config.data_dir();
    // A disk that is full, read-only or not ours: answer anyway, from memory, and say so once
    // (D5, D14). The session cache is disposable by design; the counters are skipped.
    let store: Arc<dyn baken::SessionStore> = match SledStore::open(&data_dir, config.ttl_secs()) {
        Ok(store) => Arc::new(store),
        Err(e @ baken::store::StoreError::Unusable { .. }) => {
            tracing::warn!(error = %e, "sessions are kept in memory only (lost on restart); statistics are not counted");
            Arc::new(baken::MemoryStore::new(config.ttl_secs()))
        }
        Err(e) => {
            return Err(e)
                .with_context(|| format!("opening the session cache in {}", data_dir.display()));
        }
    };
    let reach = match baken::stats::Stats::open(&data_dir) {
        Ok(stats) => Some(Arc::new(stats)),
        Err(baken::store::StoreError::Unusable { .. }) => None,
        Err(e) => return Err(e.into()),
    };
    let instance = baken::serve::Instance {
        config,
        engine,
        store,
        hasher: Arc::new(KeyedHasher::random()),
        reach,
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let (trigger, shutdown) = baken::serve::Shutdown::new();
        tokio::spawn(async move {
            baken::serve::signal().await;
            trigger.trigger();
        });
        baken::serve::run(
            instance,
            |k| std::env::var(k).ok().filter(|v| !v.is_empty()),
            shutdown,
            baken::serve::Restart::default(),
        )
        .await
    })?;
    Ok(ExitCode::SUCCESS)
}

fn campaign_link(config: &Config, tag: &str, channel: LinkChannelArg) -> anyhow::Result<String> {
    let Some(campaign) = config.campaign.iter().find(|c| c.tag == tag) else {
        let known: Vec<&str> = config.campaign.iter().map(|c| c.tag.as_str()).collect();
        anyhow::bail!(
            "no campaign `{tag}` in the configuration (declared: {})",
            if known.is_empty() {
                "none".to_string()
            } else {
                known.join(", ")
            }
        );
    };
    let (channel, account, key) = match channel {
        LinkChannelArg::Telegram => (
            baken::campaign::LinkChannel::Telegram,
            config.links.telegram_bot.as_deref(),
            "links.telegram_bot",
        ),
        LinkChannelArg::Matrix => (
            baken::campaign::LinkChannel::Matrix,
            config.links.matrix_user.as_deref(),
            "links.matrix_user",
        ),
    };
    let Some(account) = account else {
        anyhow::bail!("set `{key}` in baken.toml to make links");
    };
    if matches!(channel, baken::campaign::LinkChannel::Matrix) {
        eprintln!(
            "note: Matrix links cannot carry a campaign; this link opens a chat with the bot and is not counted per campaign"
        );
    }
    Ok(baken::campaign::link(campaign, channel, account))
}

fn check(
    flows: Option<PathBuf>,
    locales: Option<PathBuf>,
    instance: Option<&Path>,
) -> anyhow::Result<ExitCode> {
    let mut files = ContentFiles::with_dirs(flows.as_deref(), locales.as_deref())?;
    let mut instance_config = None;
    if let Some(dir) = instance {
        // The instance's configuration is checked too: entry nodes and languages of campaigns.
        match Config::load_instance(dir) {
            Ok(config) => instance_config = Some(config),
            Err(e) => {
                println!("{e}");
                println!("1 problem(s)");
                return Ok(ExitCode::from(1));
            }
        }
        files = files.with_instance(dir)?;
        if let Some(enabled) = instance_config.as_ref().and_then(|c| c.locales.as_ref()) {
            files.only_locales(enabled);
        }
    }
    let problems = match Content::load(files) {
        Ok(content) => {
            let mut problems = content.lint();
            if let Some(config) = &instance_config {
                problems.extend(baken::instance::check_config(config, &content));
            }
            if problems.is_empty() {
                println!(
                    "ok: {} nodes, locales {}",
                    content.nodes().len(),
                    content.locale_ids().join(", ")
                );
                return Ok(ExitCode::SUCCESS);
            }
            problems
        }
        Err(ContentError::Invalid(problems)) => problems,
        Err(e) => return Err(e.into()),
    };
    for p in &problems {
        println!("{p}");
    }
    println!("{} problem(s)", problems.len());
    Ok(ExitCode::from(1))
}
