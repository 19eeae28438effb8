//! The `baken` binary: a thin layer of subcommands over the library.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context as _;
use clap::{Parser, Subcommand};

use baken::channels::console::{self, ConsoleOptions};
use baken::config::Config;
use baken::{Content, ContentError, ContentFiles, KeyedHasher, MemoryStore, SledStore};

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
    /// Log lines as text (coloured only on a terminal, never with NO_COLOR) or as JSON, one
    /// object per line, for log collectors. Also $BAKEN_LOG_FORMAT.
    #[arg(
        long,
        global = true,
        value_enum,
        env = "BAKEN_LOG_FORMAT",
        default_value = "text"
    )]
    log_format: LogFormat,
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum LogFormat {
    Text,
    Json,
}

/// The environment `baken serve` reads (`baken serve --help`).
const SERVE_ENV_HELP: &str = "Environment:
  TELOXIDE_TOKEN                  Telegram bot token (from @BotFather)
  TELOXIDE_API_URL                another Bot API server
  BAKEN_MATRIX_HOMESERVER         Matrix homeserver address
  BAKEN_MATRIX_USER               the bot's Matrix account
  BAKEN_MATRIX_PASSWORD           its password (or BAKEN_MATRIX_ACCESS_TOKEN)
  BAKEN_MATRIX_STORE_PASSPHRASE   passphrase of the encrypted crypto store
  BAKEN_WEB_LISTEN                the web chat's local address, e.g. 127.0.0.1:8080
  BAKEN_INSTANCE, BAKEN_CONFIG    instance directory, configuration file
  BAKEN_INSTANCE_NAME, BAKEN_DEFAULT_LOCALE, BAKEN_SESSION_TTL_MINUTES, BAKEN_DATA_DIR,
  BAKEN_FLOWS_DIR, BAKEN_LOCALES_DIR, BAKEN_LOG,
  BAKEN_LOCALES (e.g. nl,en,tr: switches on draft languages)   override baken.toml
  RUST_LOG, BAKEN_LOG_FORMAT, NO_COLOR            logging";

#[derive(Subcommand)]
enum Cmd {
    /// Chat in this terminal (no tokens needed). With input from a pipe, print a transcript.
    Chat {
        /// Language to start in (nl, en, or a draft switched on with BAKEN_LOCALES).
        #[arg(long)]
        locale: Option<String>,
        /// Print `# node ID` before each reply and `# crisis KIND` when crisis detection fired.
        #[arg(long)]
        trace: bool,
        /// Start as a deep link would, e.g. `c-poster_l-en_n-menu`.
        #[arg(long)]
        start: Option<String>,
        /// Keep sessions in the sled cache in the data directory, as `serve` does, instead of
        /// in memory (for the kill -9 crash test of the cache; a try-out never needs it).
        #[arg(long, hide = true)]
        disk_store: bool,
    },
    /// Run the configured channels (Telegram, Matrix, the web chat) until SIGINT or SIGTERM.
    /// Needs a build with `--features full` (or `telegram`, `matrix`, `web`).
    #[command(after_help = SERVE_ENV_HELP)]
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
        /// The channel the link opens: a Telegram deep link, or a chat with the Matrix bot.
        #[arg(long, value_enum, default_value = "telegram")]
        channel: LinkChannelArg,
    },
    /// Write a campaign's QR code for print (.svg or .png).
    Qr {
        /// The campaign tag (from `[[campaign]]` in baken.toml).
        campaign: String,
        /// The channel the link opens: a Telegram deep link, or a chat with the Matrix bot.
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
        /// One row per ISO week or per day.
        #[arg(long, value_enum, default_value = "week")]
        by: PeriodArg,
        /// A table to read, CSV or JSON for a spreadsheet or script, or an SVG bar chart.
        #[arg(long, value_enum, default_value = "table")]
        format: StatsFormat,
    },
    /// The conversation as a diagram for content reviewers: one cluster per flow file; the
    /// menu and contacts buttons every node has are folded into a note per cluster.
    Graph {
        /// Mermaid (renders on GitHub and in many editors) or Graphviz dot.
        #[arg(long, value_enum, default_value = "mermaid")]
        format: GraphFormatArg,
        /// Language of the option labels.
        #[arg(long, default_value = "nl")]
        locale: String,
        /// Draw one flow file only (e.g. `me.toml`): its nodes, and dashed the nodes elsewhere
        /// its options lead to.
        #[arg(long)]
        file: Option<String>,
    },
    /// Measure crisis detection and routing on a labelled corpus: recall and precision per
    /// crisis kind, the false-crisis rate, the caution level, routing accuracy and the misses.
    Eval {
        /// A corpus directory or file (`kind<TAB>node<TAB>text`, see tests/corpus/README.md).
        /// Default: tests/corpus/heldout, or tests/corpus/train and tests/corpus/lang with
        /// --cross-validate.
        #[arg(long)]
        corpus: Option<PathBuf>,
        /// Leave one file out: train the classifier and router on the other files of the
        /// corpus, measure on the one left out, for each file (the training part, never the
        /// held-out part: how the learnt nets do on a writer they did not learn from).
        #[arg(long)]
        cross_validate: bool,
        /// With --cross-validate: leave out and measure only the files whose name starts with
        /// one of these (e.g. `b20,a17`), each on its own; the others are only learnt from.
        /// Quicker than every fold, for a training change tried on a few recent writers.
        #[arg(long, value_delimiter = ',')]
        fold: Vec<String>,
        /// Which part decides: the rules, the classifier, or both (what Baken runs).
        #[arg(long, value_enum, default_value = "both")]
        nets: NetsArg,
        /// Do not list the misses.
        #[arg(long)]
        quiet: bool,
        /// Exit 1 unless every crisis kind's recall is at least this (e.g. 0.98).
        #[arg(long)]
        min_recall: Option<f64>,
        /// Exit 1 if more than this share of messages that are no crisis get a crisis answer.
        #[arg(long)]
        max_false_crisis: Option<f64>,
        /// Exit 1 unless routing top-1 accuracy is at least this.
        #[arg(long)]
        min_routing: Option<f64>,
        /// Measure with other classifier thresholds: crisis,caution,route (e.g. 0.6,0.5,0.6; the
        /// crisis bar may be one per kind, acute/suicide/child: 0.45/0.5/0.35), and optionally the
        /// classifier's "no crisis" bar that turns a rule's crisis into caution, for
        /// acute,suicide,child (e.g. 0.45,0.5,0.4,0.9,1.1,0.9; above 1: never).
        #[arg(long, value_delimiter = ',')]
        thresholds: Option<Vec<String>>,
        /// With --cross-validate: also measure each fold with these thresholds (written as for
        /// --thresholds; the option may be given several times), on the same learnt nets, and
        /// print a summary for each: one training for several settings.
        #[arg(long, requires = "cross_validate")]
        compare: Vec<String>,
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
        /// Language of the document (nl, en, or a draft the configuration switches on).
        #[arg(long, default_value = "nl")]
        locale: String,
        /// Side by side with this language (usually nl): per node a table of message id,
        /// this language and `--locale`, for a native speaker's review in one document.
        #[arg(long)]
        compare: Option<String>,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum LinkChannelArg {
    Telegram,
    Matrix,
    Web,
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
    /// The SVG chart drawn to PNG (a build with `--features chart-png` or `full`).
    Png,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum NetsArg {
    Rules,
    Classifier,
    Both,
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
            eprintln!("baken: {}", baken::error_chain(e.as_ref()));
            ExitCode::from(2)
        }
    }
}

/// Logs go to stderr, through the filter that silences libraries which log ids and text
/// ([`baken::log_filter`]), whatever the format.
fn init_logging(config: &Config, format: LogFormat) {
    let wanted = std::env::var("RUST_LOG")
        .ok()
        .filter(|v| !v.is_empty())
        .unwrap_or_else(|| config.log.clone());
    let filter = tracing_subscriber::EnvFilter::new(baken::log_filter(&wanted));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let _ = match format {
        LogFormat::Json => builder.json().try_init(),
        LogFormat::Text => {
            // Colour codes only for a person at a terminal: files and journals get plain text.
            let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
            builder
                .with_ansi(std::io::stderr().is_terminal() && !no_color)
                .try_init()
        }
    };
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
    let log_format = cli.log_format;
    match cli.command {
        Cmd::Check { flows, locales } => check(flows, locales, instance, cli.config.as_deref()),
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
            if from > to {
                anyhow::bail!("--from {from} is after --to {to}");
            }
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
            let title = format!(
                "{}: conversations started, {from} to {to}",
                config.instance_name
            );
            if let StatsFormat::Png = format {
                return write_png(&rows, min, &title);
            }
            let text = match format {
                StatsFormat::Png => unreachable!("written above"),
                StatsFormat::Table => baken::stats::table(&rows, min),
                StatsFormat::Csv => baken::stats::csv(&rows, min),
                StatsFormat::Json => baken::stats::json(&rows, min),
                StatsFormat::Svg => baken::stats::svg(&rows, min, &title),
            };
            print!("{text}");
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Eval {
            corpus,
            cross_validate,
            fold,
            nets,
            quiet,
            min_recall,
            max_false_crisis,
            min_routing,
            thresholds,
            compare,
        } => {
            let config = load_config(cli.config.as_deref(), instance)?;
            let mut content = baken::load_content(&config)?;
            if let Some(t) = thresholds {
                content.understanding_mut().thresholds = parse_thresholds(&t)?;
            }
            // Cross-validation learns from what build.rs learns from: the training part and the
            // draft languages' training files.
            let corpora = match (corpus, cross_validate) {
                (Some(c), _) => vec![c],
                (None, true) => vec![
                    PathBuf::from("tests/corpus/train"),
                    PathBuf::from("tests/corpus/lang"),
                ],
                (None, false) => vec![PathBuf::from("tests/corpus/heldout")],
            };
            let mut examples = Vec::new();
            for corpus in &corpora {
                examples.extend(
                    baken::understand::eval::read_corpus(corpus).map_err(anyhow::Error::msg)?,
                );
            }
            let nets = match nets {
                NetsArg::Rules => baken::understand::Nets::Rules,
                NetsArg::Classifier => baken::understand::Nets::Classifier,
                NetsArg::Both => baken::understand::Nets::Both,
            };
            let mut compared = Vec::new();
            let (report, per_file) = if cross_validate {
                anyhow::ensure!(
                    !corpora
                        .iter()
                        .any(|p| p.components().any(|c| c.as_os_str() == "heldout")),
                    "--cross-validate trains on the corpus: never on the held-out part"
                );
                let mut settings = vec![content.understanding().thresholds];
                for t in &compare {
                    let t: Vec<String> = t.split(',').map(str::to_string).collect();
                    settings.push(parse_thresholds(&t)?);
                }
                let each = baken::understand::eval::cross_validate_each(
                    |i| {
                        let mut c = baken::load_content(&config).expect("loaded once already");
                        c.understanding_mut().thresholds = settings[i];
                        c
                    },
                    settings.len(),
                    &examples,
                    &fold,
                    nets,
                );
                for (i, t) in compare.iter().enumerate() {
                    let mut total = baken::understand::eval::Report::default();
                    for (_, r) in &each {
                        total.add(r[i + 1].clone());
                    }
                    compared.push((t.clone(), total));
                }
                let folds: Vec<(String, baken::understand::eval::Report)> = each
                    .into_iter()
                    .map(|(file, mut r)| (file, r.swap_remove(0)))
                    .collect();
                for name in &fold {
                    anyhow::ensure!(
                        folds.iter().any(|(file, _)| {
                            let base = file.rsplit('/').next().unwrap_or(file);
                            file.starts_with(name.as_str()) || base.starts_with(name.as_str())
                        }),
                        "--fold {name}: no training file's name starts with that"
                    );
                }
                let mut total = baken::understand::eval::Report::default();
                for (_, r) in &folds {
                    total.add(r.clone());
                }
                println!("cross-validation, each file measured by nets trained on the others:");
                (total, folds)
            } else {
                let content = Arc::new(content);
                let report = baken::understand::eval::evaluate(content.clone(), &examples, nets);
                (
                    report,
                    baken::understand::eval::evaluate_per_file(content, &examples, nets),
                )
            };
            print!("{}", report.render(!quiet));
            // Several files (the per-language corpora): recall per file, i.e. per language.
            if per_file.len() > 1 {
                println!("\nper file:");
                print!("{}", baken::understand::eval::render_per_file(&per_file));
            }
            for (t, r) in &compared {
                println!("\nthe same folds with --thresholds {t}:");
                print!("{}", r.render(false));
            }
            let ok = report.meets(
                min_recall.unwrap_or(0.0),
                max_false_crisis.unwrap_or(1.0),
                min_routing.unwrap_or(0.0),
            );
            Ok(if ok {
                ExitCode::SUCCESS
            } else {
                println!("below the bar");
                ExitCode::from(1)
            })
        }
        Cmd::Graph {
            format,
            locale,
            file,
        } => {
            let config = load_config(cli.config.as_deref(), instance)?;
            let content = baken::load_content(&config)?;
            require_locale(&content, &locale)?;
            let format = match format {
                GraphFormatArg::Mermaid => baken::review::GraphFormat::Mermaid,
                GraphFormatArg::Dot => baken::review::GraphFormat::Dot,
            };
            let graph = baken::review::graph_part(&content, &locale, format, file.as_deref())?;
            print!("{graph}");
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Content {
            command: ContentCmd::Export { locale, compare },
        } => {
            let config = load_config(cli.config.as_deref(), instance)?;
            let content = baken::load_content(&config)?;
            require_locale(&content, &locale)?;
            match compare {
                Some(with) => {
                    require_locale(&content, &with)?;
                    print!(
                        "{}",
                        baken::review::export_compare(&content, &with, &locale)
                    );
                }
                None => print!("{}", baken::review::export_markdown(&content, &locale)),
            }
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Serve => serve(load_config(cli.config.as_deref(), instance)?, log_format),
        Cmd::Chat {
            locale,
            trace,
            start,
            disk_store,
        } => {
            let config = load_config(cli.config.as_deref(), instance)?;
            // Log lines would land in the middle of the conversation: only when asked for
            // with RUST_LOG, and then on stderr.
            if std::env::var_os("RUST_LOG").is_some_and(|v| !v.is_empty()) {
                init_logging(&config, log_format);
            }
            let content = Arc::new(baken::load_content(&config)?);
            refuse_what_check_refuses(&config, &content)?;
            if let Some(l) = &locale {
                require_locale(&content, l)?;
            }
            let interactive = std::io::stdin().is_terminal();
            // One person at a keyboard, or a script: no flood limit. In a terminal, the
            // terminal's own wording (no buttons, no chat app).
            let mut engine = baken::engine_for(&config, content).with_flood_limit(None);
            if interactive {
                engine = engine.with_channel_messages("console");
            }
            // A try-out leaves nothing on disk: sessions in memory, and no reach statistics
            // (a test chat is not a person reached).
            let store: Arc<dyn baken::SessionStore> = if disk_store {
                Arc::new(SledStore::open(&config.data_dir(), config.ttl_secs())?)
            } else {
                Arc::new(MemoryStore::new(config.ttl_secs()))
            };
            // In a terminal without --locale, the terminal's language (LANG, LC_ALL) when
            // Baken has it; a transcript (piped) does not depend on the environment.
            let locale = locale.or_else(|| {
                interactive
                    .then(|| console::locale_from_env(|k| std::env::var(k).ok()))
                    .flatten()
            });
            let options = ConsoleOptions {
                locale,
                trace,
                interactive,
                start,
                width: console::terminal_width(),
            };
            let hasher = KeyedHasher::random();
            let backend = console::Backend {
                engine: &engine,
                store: store.as_ref(),
                hasher: &hasher,
                stats: None,
                clock: &baken::store::now,
            };
            tracing::info!(interactive, "console chat started");
            let stdout = std::io::stdout();
            if interactive {
                let mut terminal = console::Terminal::new()?;
                console::run_with(&backend, &options, &mut terminal, stdout.lock())?;
            } else {
                console::run(&backend, &options, std::io::stdin().lock(), stdout.lock())?;
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn serve(config: Config, log_format: LogFormat) -> anyhow::Result<ExitCode> {
    baken::serve::refuse_channels_not_built(&config, &|k: &str| std::env::var(k).ok())?;
    init_logging(&config, log_format);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    // First of all: from here on a stop signal drains instead of killing. A SIGTERM that
    // arrives while the content loads (a deploy that changes its mind) is kept, and the run
    // below stops cleanly at once, exit 0, instead of dying on the signal.
    let signals = {
        let _entered = runtime.enter();
        baken::serve::Signals::new().context("installing the signal handlers")?
    };
    let content = Arc::new(baken::load_content(&config)?);
    refuse_what_check_refuses(&config, &content)?;
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
    let result = runtime.block_on(async {
        baken::serve::run_until_signalled(
            instance,
            |k| std::env::var(k).ok().filter(|v| !v.is_empty()),
            baken::serve::Restart::default(),
            signals,
        )
        .await
    });
    // Tasks still waiting on a dead network (and blocking DNS lookups) must not hold the
    // process: they get a moment, then the process exits.
    runtime.shutdown_timeout(baken::serve::RUNTIME_STOP);
    Ok(match result? {
        baken::serve::Stopped::Forced => ExitCode::from(130),
        _ => ExitCode::SUCCESS,
    })
}

/// `stats --format png`: the chart's bytes to stdout, never to a terminal (where they would
/// garble the screen).
fn write_png(rows: &[baken::stats::Row], min: u64, title: &str) -> anyhow::Result<ExitCode> {
    #[cfg(not(feature = "chart-png"))]
    {
        let _ = (rows, min, title);
        anyhow::bail!(
            "built without PNG charts: use `--format svg`, or rebuild with `--features full`"
        );
    }
    #[cfg(feature = "chart-png")]
    {
        use std::io::{IsTerminal, Write};
        let mut stdout = std::io::stdout();
        if stdout.is_terminal() {
            anyhow::bail!("a PNG is not for the terminal: send it to a file, e.g. `> chart.png`");
        }
        let png = baken::stats::png(rows, min, title)?;
        stdout.write_all(&png)?;
        stdout.flush()?;
        Ok(ExitCode::SUCCESS)
    }
}

/// What `baken check` reports beyond loading: the editorial lint and the configuration against
/// the content (default language, campaigns).
fn problems(config: &Config, content: &Content) -> Vec<baken::Problem> {
    let mut problems = content.lint();
    problems.extend(baken::instance::check_config(config, content));
    problems
}

/// `chat` and `serve` start only what `baken check` accepts: an instance that check rejects
/// would otherwise run with a silent fallback (another language, a missing message).
fn refuse_what_check_refuses(config: &Config, content: &Content) -> anyhow::Result<()> {
    let problems = problems(config, content);
    if problems.is_empty() {
        return Ok(());
    }
    for p in &problems {
        eprintln!("{p}");
    }
    anyhow::bail!(
        "{} problem(s) in the configuration or content (as `baken check` reports them); fix them first",
        problems.len()
    )
}

/// Refuse a language the content does not offer (rather than quietly falling back to Dutch).
fn require_locale(content: &Content, locale: &str) -> anyhow::Result<()> {
    if let Some((name, review)) = content.locale_info(locale)
        && !content.has_locale(locale)
    {
        let mut on: Vec<&str> = content.locale_ids();
        on.retain(|l| content.has_locale(l));
        on.push(locale);
        let list = on.join(",");
        let quoted = on
            .iter()
            .map(|l| format!("\"{l}\""))
            .collect::<Vec<_>>()
            .join(", ");
        let why = match review {
            baken::content::Review::Draft => {
                "is a draft translation that no native speaker has reviewed yet, so it is switched off"
            }
            baken::content::Review::Reviewed => "is switched off in this configuration",
        };
        anyhow::bail!(
            "locale `{locale}` ({name}) {why}. To offer it, set BAKEN_LOCALES={list} or `locales = [{quoted}]` in baken.toml"
        );
    }
    if !content.has_locale(locale) {
        let mut offered = content.locale_ids();
        offered.retain(|l| content.has_locale(l));
        anyhow::bail!(
            "unknown locale `{locale}`; available: {}",
            offered.join(", ")
        );
    }
    Ok(())
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
        LinkChannelArg::Web => (
            baken::campaign::LinkChannel::Web,
            config.web.as_ref().and_then(|w| w.public_url.as_deref()),
            "[web] public_url",
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
    config_file: Option<&Path>,
) -> anyhow::Result<ExitCode> {
    let mut files = ContentFiles::with_dirs(flows.as_deref(), locales.as_deref())?;
    let mut instance_config = None;
    if instance.is_none() {
        // The configuration `serve` and `chat` would use (./baken.toml, --config, BAKEN_*).
        match Config::load(config_file) {
            Ok(config) => {
                if let Some(enabled) = &config.locales {
                    files.only_locales(enabled);
                }
                instance_config = Some(config);
            }
            Err(e) => {
                println!("{e}");
                println!("1 problem(s)");
                return Ok(ExitCode::from(1));
            }
        }
    }
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
            let problems = match &instance_config {
                Some(config) => problems(config, &content),
                None => content.lint(),
            };
            // Drafts are a warning: they are shipped on purpose, switched off until reviewed.
            for (id, name, offered) in content.drafts() {
                println!(
                    "warning: locales/{id}/locale.toml: `{id}` ({name}) is a draft no native speaker has reviewed{}",
                    if offered {
                        "; this configuration offers it"
                    } else {
                        "; switched off (offer it with BAKEN_LOCALES or `locales = [...]`)"
                    }
                );
            }
            if problems.is_empty() {
                let mut offered = content.locale_ids();
                offered.retain(|l| content.has_locale(l));
                println!(
                    "ok: {} nodes, locales {}",
                    content.nodes().len(),
                    offered.join(", ")
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

/// `--thresholds`: crisis,caution,route[,veto-acute,veto-suicide,veto-child], where crisis is one
/// number or three (acute/suicide/child).
fn parse_thresholds(t: &[String]) -> anyhow::Result<baken::understand::Thresholds> {
    let num = |s: &str| -> anyhow::Result<f32> {
        s.trim()
            .parse()
            .map_err(|_| anyhow::anyhow!("--thresholds: `{s}` is not a number"))
    };
    anyhow::ensure!(
        t.len() == 3 || t.len() == 6,
        "--thresholds takes three numbers, crisis,caution,route, or six: and the rule veto for acute,suicide,child"
    );
    let crisis = match t[0]
        .split('/')
        .map(num)
        .collect::<anyhow::Result<Vec<_>>>()?[..]
    {
        [c] => [c; 3],
        [a, s, c] => [a, s, c],
        _ => anyhow::bail!(
            "--thresholds: the crisis bar is one number or three (acute/suicide/child)"
        ),
    };
    let veto = if t.len() == 6 {
        [num(&t[3])?, num(&t[4])?, num(&t[5])?]
    } else {
        baken::understand::RULE_VETO
    };
    Ok(baken::understand::Thresholds {
        crisis,
        caution: num(&t[1])?,
        route: num(&t[2])?,
        veto,
    })
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    /// `--help` explains every option and argument of every subcommand.
    #[test]
    fn every_option_of_every_subcommand_has_a_description() {
        fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
            for arg in cmd.get_arguments() {
                let id = arg.get_id().as_str();
                if matches!(id, "help" | "version") {
                    continue;
                }
                if arg.get_help().is_none() && arg.get_long_help().is_none() {
                    missing.push(format!("{path} {id}"));
                }
            }
            for sub in cmd.get_subcommands() {
                if sub.get_about().is_none() && sub.get_name() != "help" {
                    missing.push(format!("{path} {}", sub.get_name()));
                }
                walk(sub, &format!("{path} {}", sub.get_name()), missing);
            }
        }
        let mut missing = Vec::new();
        walk(&super::Cli::command(), "baken", &mut missing);
        assert!(missing.is_empty(), "without a description: {missing:?}");
        super::Cli::command().debug_assert();
    }

    #[test]
    fn serve_help_names_the_environment() {
        let help = super::Cli::command()
            .find_subcommand_mut("serve")
            .unwrap()
            .render_long_help()
            .to_string();
        for var in [
            "TELOXIDE_TOKEN",
            "BAKEN_MATRIX_HOMESERVER",
            "BAKEN_LOG_FORMAT",
        ] {
            assert!(help.contains(var), "{var} missing from serve --help");
        }
    }
}
