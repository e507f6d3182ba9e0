//! `dateline-bench`: the end-to-end benchmark of the `dateline` process.
//!
//! - `generate` writes a large JSON Lines article set built from the shared corpora
//!   (`../shared/data`: TempEval-3, PolNeAR, Reuters) outside the repository, with a
//!   sidecar `.stats.json` giving its article count and text bytes.
//! - `e2e` runs the release binary on it (`extract`, `extract --compact`, `run`) as a
//!   user would, and reports wall time, CPU time, MB/s and articles/s of text, peak RSS,
//!   and for `run` the memory per claim.
//!
//! Performance targets are checked here and printed, never asserted by a test: a timed
//! test fails on a busy machine and passes on a fast one, and says nothing either way.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use anyhow::{Context, Result, bail};
use clap::{Parser, Subcommand};
use serde_json::{Value, json};

#[derive(Parser)]
#[command(
    name = "dateline-bench",
    about = "End-to-end benchmark of the dateline binary"
)]
struct Cli {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Write a large article set (JSON Lines) built from the shared corpora.
    Generate {
        /// The shared corpora.
        #[arg(long, default_value = "../shared/data")]
        data: PathBuf,
        /// Number of articles to write.
        #[arg(long, default_value_t = 100_000)]
        articles: usize,
        /// Corpus documents joined into one article (three make the default set pass
        /// 1 GB of text, the size the memory target is stated for).
        #[arg(long, default_value_t = 3)]
        join: usize,
        /// Output file (keep it out of the repository's sources: target/ is fine).
        #[arg(long, default_value = "target/bench/articles.jsonl")]
        out: PathBuf,
    },
    /// Time the dateline binary on an article set written by `generate`.
    E2e {
        /// The dateline binary (build it with `cargo build --release` first).
        #[arg(long, default_value = "target/release/dateline")]
        bin: PathBuf,
        /// The article set.
        #[arg(long, default_value = "target/bench/articles.jsonl")]
        input: PathBuf,
        /// Worker threads for dateline.
        #[arg(long, default_value_t = 2)]
        jobs: usize,
        /// Plugins to run (comma-separated; default all).
        #[arg(long)]
        only: Option<String>,
        /// Which commands to time (comma-separated: extract, compact, run, run-json).
        #[arg(long, default_value = "extract,compact,run")]
        commands: String,
        /// Print the report as one JSON object.
        #[arg(long)]
        json: bool,
    },
}

fn main() -> Result<()> {
    match Cli::parse().command {
        Cmd::Generate {
            data,
            articles,
            join,
            out,
        } => generate(&data, articles, join.max(1), &out),
        Cmd::E2e {
            bin,
            input,
            jobs,
            only,
            commands,
            json,
        } => e2e(&bin, &input, jobs, only.as_deref(), &commands, json),
    }
}

/// One source document of the shared corpora.
struct Source {
    title: Option<String>,
    published: Option<String>,
    text: String,
}

fn read_jsonl(path: &Path, mut each: impl FnMut(Value)) -> Result<()> {
    let file =
        std::fs::File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
    for line in BufReader::new(file).lines() {
        let line = line?;
        if !line.trim().is_empty() {
            each(serde_json::from_str(&line)?);
        }
    }
    Ok(())
}

fn string(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).map(str::to_owned)
}

/// The documents of the corpora the shared data README describes.
fn sources(data: &Path) -> Result<Vec<Source>> {
    let mut out = Vec::new();
    read_jsonl(&data.join("te3-train/docs.jsonl"), |v| {
        out.push(Source {
            title: None,
            published: string(&v, "dct").map(|d| d.chars().take(10).collect()),
            text: string(&v, "text").unwrap_or_default(),
        })
    })?;
    for split in ["train", "dev"] {
        read_jsonl(&data.join(format!("polnear/{split}.jsonl")), |v| {
            out.push(Source {
                title: None,
                published: None,
                text: string(&v, "text").unwrap_or_default(),
            })
        })?;
    }
    read_jsonl(&data.join("reuters-conflict/articles.jsonl"), |v| {
        out.push(Source {
            title: string(&v, "title"),
            published: string(&v, "date").map(|d| d.chars().take(10).collect()),
            text: string(&v, "body").unwrap_or_default(),
        })
    })?;
    out.retain(|s| !s.text.trim().is_empty());
    if out.is_empty() {
        bail!("no documents under {}", data.display());
    }
    Ok(out)
}

fn generate(data: &Path, articles: usize, join: usize, out: &Path) -> Result<()> {
    let sources = sources(data)?;
    if let Some(dir) = out.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let file =
        std::fs::File::create(out).with_context(|| format!("cannot create {}", out.display()))?;
    let mut w = std::io::BufWriter::new(file);
    let n = sources.len();
    let mut text_bytes = 0u64;
    let mut file_bytes = 0u64;
    for i in 0..articles {
        // Article i joins `join` documents picked by a fixed stride, so consecutive
        // articles differ and the set is the same on every machine.
        let picks: Vec<&Source> = (0..join)
            .map(|k| &sources[(i * (2 * k + 1) + k * 7919) % n])
            .collect();
        let text = picks
            .iter()
            .map(|s| s.text.trim())
            .collect::<Vec<_>>()
            .join("\n\n");
        text_bytes += text.len() as u64;
        let mut article = json!({ "id": format!("bench-{i}"), "text": text });
        if let Some(title) = picks.iter().find_map(|s| s.title.clone()) {
            article["title"] = json!(title);
        }
        if let Some(date) = picks[0].published.clone() {
            article["published"] = json!(date);
        }
        let line = serde_json::to_string(&article)?;
        file_bytes += line.len() as u64 + 1;
        writeln!(w, "{line}")?;
    }
    w.flush()?;
    let stats = json!({ "articles": articles, "text_bytes": text_bytes, "file_bytes": file_bytes });
    std::fs::write(stats_path(out), format!("{stats}\n"))?;
    println!(
        "wrote {} ({articles} articles, {:.1} MB of text, {:.1} MB of JSON Lines)",
        out.display(),
        text_bytes as f64 / 1e6,
        file_bytes as f64 / 1e6
    );
    Ok(())
}

fn stats_path(input: &Path) -> PathBuf {
    let mut name = input.as_os_str().to_owned();
    name.push(".stats.json");
    PathBuf::from(name)
}

/// What one timed child process used.
struct Usage {
    wall: f64,
    cpu: f64,
    max_rss_kb: i64,
    status: i32,
}

/// Run `cmd` to the end, feeding its standard output to `consume`, and take its own
/// resource use from `wait4` (not the whole tree's, not this process's).
fn timed(cmd: &mut Command, consume: &mut dyn FnMut(&[u8])) -> Result<Usage> {
    let start = Instant::now();
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .context("cannot start dateline")?;
    let mut out = child.stdout.take().expect("stdout is piped");
    let mut buf = vec![0u8; 1 << 20];
    loop {
        let k = out.read(&mut buf)?;
        if k == 0 {
            break;
        }
        consume(&buf[..k]);
    }
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: rusage is plain data that wait4 fills in; the pid is our own child,
    // which has not been waited for.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let got = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    if got != pid {
        bail!("wait4 failed: {}", std::io::Error::last_os_error());
    }
    let wall = start.elapsed().as_secs_f64();
    let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    Ok(Usage {
        wall,
        cpu: secs(usage.ru_utime) + secs(usage.ru_stime),
        max_rss_kb: usage.ru_maxrss,
        status: if libc::WIFEXITED(status) {
            libc::WEXITSTATUS(status)
        } else {
            -1
        },
    })
}

/// Counts claims in a stream of extract records: each claim has exactly one
/// `"sentence":` key (a document's list is `"sentences":`), and nothing else does.
struct ClaimCounter {
    count: u64,
    tail: Vec<u8>,
}

impl ClaimCounter {
    const KEY: &'static [u8] = b"\"sentence\":";

    fn feed(&mut self, bytes: &[u8]) {
        // The key may straddle two reads: carry the last few bytes over.
        let mut joined = std::mem::take(&mut self.tail);
        joined.extend_from_slice(bytes);
        self.count += joined
            .windows(Self::KEY.len())
            .filter(|w| *w == Self::KEY)
            .count() as u64;
        let keep = Self::KEY.len() - 1;
        self.tail = joined[joined.len().saturating_sub(keep)..].to_vec();
    }
}

fn e2e(
    bin: &Path,
    input: &Path,
    jobs: usize,
    only: Option<&str>,
    commands: &str,
    as_json: bool,
) -> Result<()> {
    let stats: Value = serde_json::from_str(
        &std::fs::read_to_string(stats_path(input)).with_context(|| {
            format!(
                "no stats for {} (run `dateline-bench generate` first)",
                input.display()
            )
        })?,
    )?;
    let text_mb = stats["text_bytes"].as_f64().unwrap_or(0.0) / 1e6;
    let articles = stats["articles"].as_f64().unwrap_or(0.0);
    let mut report = serde_json::Map::new();
    report.insert("input".into(), json!(input.display().to_string()));
    report.insert("articles".into(), json!(articles));
    report.insert("text_mb".into(), json!(text_mb));
    report.insert("jobs".into(), json!(jobs));
    let mut claims = None;
    for name in commands.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        let mut cmd = Command::new(bin);
        match name {
            "extract" => cmd.arg("extract"),
            "compact" => cmd.args(["extract", "--compact"]),
            "run" => cmd.arg("run"),
            "run-json" => cmd.args(["run", "--format", "json"]),
            other => bail!("unknown command {other:?} (extract, compact, run, run-json)"),
        };
        cmd.arg(input).arg("--jobs").arg(jobs.to_string());
        if let Some(only) = only {
            cmd.arg("--only").arg(only);
        }
        let mut counter = ClaimCounter {
            count: 0,
            tail: Vec::new(),
        };
        let mut out_bytes = 0u64;
        let count_claims = name == "extract";
        let usage = timed(&mut cmd, &mut |b| {
            out_bytes += b.len() as u64;
            if count_claims {
                counter.feed(b);
            }
        })?;
        if count_claims {
            claims = Some(counter.count);
        }
        let mut entry = json!({
            "wall_s": usage.wall,
            "cpu_s": usage.cpu,
            "mb_per_s": text_mb / usage.wall,
            "articles_per_s": articles / usage.wall,
            "mb_per_cpu_s": text_mb / usage.cpu,
            "peak_rss_mb": usage.max_rss_kb as f64 / 1024.0,
            "output_mb": out_bytes as f64 / 1e6,
            "exit": usage.status,
        });
        if name.starts_with("run")
            && let Some(n) = claims.filter(|n| *n > 0)
        {
            entry["bytes_per_claim"] = json!(usage.max_rss_kb as f64 * 1024.0 / n as f64);
        }
        if !as_json {
            println!(
                "{name:<8} {:>7.2} s wall {:>7.2} s cpu {:>7.1} MB/s {:>8.0} articles/s  peak RSS {:>7.1} MB  output {:>8.1} MB{}",
                usage.wall,
                usage.cpu,
                text_mb / usage.wall,
                articles / usage.wall,
                usage.max_rss_kb as f64 / 1024.0,
                out_bytes as f64 / 1e6,
                entry
                    .get("bytes_per_claim")
                    .and_then(Value::as_f64)
                    .map(|b| format!("  {b:.0} bytes/claim"))
                    .unwrap_or_default(),
            );
        }
        report.insert(name.to_owned(), entry);
    }
    if let Some(n) = claims {
        report.insert("claims".into(), json!(n));
    }
    if as_json {
        println!("{}", Value::Object(report));
    } else {
        println!(
            "input: {} articles, {text_mb:.1} MB of text{}; targets: extract and run >= 30 MB/s on 2 cores, peak RSS < 200 MB on >= 1 GB",
            articles,
            claims.map(|n| format!(", {n} claims")).unwrap_or_default()
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn claims_are_counted_across_reads() {
        let mut c = ClaimCounter {
            count: 0,
            tail: Vec::new(),
        };
        let text = br#"{"sentences":[],"claims":[{"sentence":0},{"sentence":3}]}"#;
        // Split inside the second key.
        let cut = text.len() - 8;
        c.feed(&text[..cut]);
        c.feed(&text[cut..]);
        assert_eq!(c.count, 2);
    }
}
