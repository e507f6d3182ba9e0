//! Process isolation on the command line: the `--isolation` flag, the options of the
//! worker processes, and the hidden `plugin-worker` command that a worker runs.
//!
//! An isolated plugin runs in copies of this very binary started as
//! `dateline plugin-worker --builtin NAME` (a bundled plugin) or
//! `dateline plugin-worker --library PATH` (a plugin library), which serve it over
//! their standard input and output (`dateline_host::registry::isolate`).

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::{Context, Result};
use clap::{Args, ValueEnum};
use dateline_host::config::{Isolation, Limits};
use dateline_host::registry::LoadOptions;
use dateline_host::registry::isolate::{self, ProcessOptions};

use crate::PluginArgs;

/// The `--isolation` values.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Mode {
    /// Inside the dateline process (the default): fastest, but a plugin that crashes
    /// takes the run with it.
    InProcess,
    /// In worker processes with a per-article timeout and a memory limit.
    Process,
}

/// Where a plugin runs: the command line's choice, else the configuration's.
pub fn mode(args: &PluginArgs, configured: Isolation) -> Isolation {
    match args.isolation {
        Some(Mode::InProcess) => Isolation::InProcess,
        Some(Mode::Process) => Isolation::Process,
        None => configured,
    }
}

/// How workers are started: this binary, with the configured limits.
pub fn process_options(limits: &Limits) -> Result<ProcessOptions> {
    let program = std::env::current_exe().context("cannot find the dateline binary")?;
    let mut options = ProcessOptions::new(program, vec!["plugin-worker".to_owned()]);
    options.timeout = Duration::from_secs_f64(limits.plugin_timeout_secs);
    options.memory_limit = limits.plugin_memory_mb.saturating_mul(1 << 20);
    Ok(options)
}

/// The load options of one plugin library.
pub fn load_options(
    args: &PluginArgs,
    configured: Isolation,
    allow_insecure: bool,
    process: &ProcessOptions,
) -> LoadOptions {
    LoadOptions {
        allow_insecure: allow_insecure || args.allow_insecure_plugins,
        isolation: (mode(args, configured) == Isolation::Process).then(|| process.clone()),
    }
}

/// The worker command's arguments.
#[derive(Args)]
pub struct WorkerArgs {
    /// Serve this bundled plugin.
    #[arg(long, value_name = "NAME", conflicts_with = "library")]
    builtin: Option<String>,
    /// Serve the plugin in this library.
    #[arg(long, value_name = "PATH")]
    library: Option<PathBuf>,
    /// Address-space limit in bytes (0 for none).
    #[arg(long, value_name = "BYTES", default_value_t = 0)]
    memory_limit: u64,
}

/// Run as a worker until the host closes standard input.
pub fn serve(args: &WorkerArgs) -> ExitCode {
    let code = match (&args.builtin, &args.library) {
        (Some(name), None) => serve_bundled(name, args.memory_limit),
        (None, Some(path)) => isolate::serve_library(path, args.memory_limit),
        _ => {
            eprintln!("dateline: error: plugin-worker needs --builtin NAME or --library PATH");
            2
        }
    };
    ExitCode::from(u8::try_from(code).unwrap_or(2))
}

fn serve_bundled(name: &str, memory_limit: u64) -> i32 {
    macro_rules! bundled {
        ($($ty:ty),*) => {
            $(
                if name == <$ty as dateline_plugin::Extractor>::MANIFEST.name {
                    return isolate::serve_builtin::<$ty>(memory_limit);
                }
            )*
        };
    }
    bundled!(
        dateline_dates::Dates,
        dateline_casualties::Casualties,
        dateline_quotes::Quotes
    );
    eprintln!("dateline: error: no bundled plugin named {name:?}");
    2
}
