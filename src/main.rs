//! The `baken` binary: a thin layer of subcommands over the library.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context as _;
use clap::{Parser, Subcommand};

use baken::config::Config;
use baken::console::{self, ConsoleOptions};
use baken::{Content, ContentError, ContentFiles, Engine, KeyedHasher, SessionStore, SledStore};

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
    /// Run the configured channels (Telegram) until SIGINT or SIGTERM.
    #[cfg(feature = "telegram")]
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
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(&config.log));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Cmd::Check { flows, locales } => check(flows, locales),
        #[cfg(feature = "telegram")]
        Cmd::Serve => serve(cli.config),
        Cmd::Chat {
            locale,
            trace,
            start,
        } => {
            let config = Config::load(cli.config.as_deref())?;
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
            let engine = Engine::new(content, &config.default_locale).with_flood_limit(None);
            let data_dir = config.data_dir();
            let store = SledStore::open(&data_dir, config.ttl_secs())
                .with_context(|| format!("opening the session cache in {}", data_dir.display()))?;
            let options = ConsoleOptions {
                locale,
                trace,
                interactive: std::io::stdin().is_terminal(),
                start,
            };
            let stdin = std::io::stdin();
            let stdout = std::io::stdout();
            console::run(
                &engine,
                &store,
                &KeyedHasher::random(),
                &options,
                &baken::store::now,
                stdin.lock(),
                stdout.lock(),
            )?;
            store.flush()?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

#[cfg(feature = "telegram")]
fn serve(config: Option<PathBuf>) -> anyhow::Result<ExitCode> {
    let config = Config::load(config.as_deref())?;
    init_logging(&config);
    let content = Arc::new(baken::load_content(&config)?);
    let engine = Engine::new(content, &config.default_locale);
    let data_dir = config.data_dir();
    let store = SledStore::open(&data_dir, config.ttl_secs())
        .with_context(|| format!("opening the session cache in {}", data_dir.display()))?;
    let instance = baken::serve::Instance {
        config,
        engine,
        store: Arc::new(store),
        hasher: Arc::new(KeyedHasher::random()),
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

fn check(flows: Option<PathBuf>, locales: Option<PathBuf>) -> anyhow::Result<ExitCode> {
    let files = ContentFiles::with_dirs(flows.as_deref(), locales.as_deref())?;
    let problems = match Content::load(files) {
        Ok(content) => {
            let problems = content.lint();
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
