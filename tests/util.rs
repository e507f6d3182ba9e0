//! Helpers shared by the integration tests: running the binary and building cdylibs.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::{Mutex, OnceLock};

/// The workspace root: tests run the binary from here so that input names are relative.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The result of one `dateline` invocation.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl From<Output> for Run {
    fn from(out: Output) -> Self {
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
            stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
        }
    }
}

/// Run `dateline ARGS…` in the workspace root.
pub fn dateline(args: &[&str]) -> Run {
    dateline_in(root(), args)
}

/// Run `dateline ARGS…` in `dir`.
pub fn dateline_in(dir: &Path, args: &[&str]) -> Run {
    Command::new(env!("CARGO_BIN_EXE_dateline"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the dateline binary runs")
        .into()
}

/// Where nested cargo builds put their output: a separate target dir, so that they
/// never wait on the lock of the build that is running these tests.
fn nested_target() -> PathBuf {
    let base = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target"));
    let base = if base.is_absolute() {
        base
    } else {
        root().join(base)
    };
    base.join("nested")
}

/// Nested builds run one at a time: they share target folders.
static BUILD_LOCK: Mutex<()> = Mutex::new(());

/// Build a cdylib crate with cargo and return the path of the library.
///
/// `manifest` is relative to the workspace root; `subdir` separates builds with
/// different features, which would otherwise overwrite each other's library.
pub fn build_cdylib(
    manifest: &str,
    package: Option<&str>,
    features: &[&str],
    subdir: &str,
    lib: &str,
) -> PathBuf {
    let _guard = BUILD_LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let target = nested_target().join(subdir);
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let mut cmd = Command::new(cargo);
    cmd.current_dir(root())
        .args([
            "build",
            "--quiet",
            "--manifest-path",
            manifest,
            "--target-dir",
        ])
        .arg(&target);
    if let Some(p) = package {
        cmd.args(["-p", p]);
    }
    if !features.is_empty() {
        cmd.args(["--features", &features.join(",")]);
    }
    let out = cmd.output().expect("cargo runs");
    assert!(
        out.status.success(),
        "building {manifest} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let path = target.join("debug").join(format!(
        "{}{lib}{}",
        std::env::consts::DLL_PREFIX,
        std::env::consts::DLL_SUFFIX
    ));
    assert!(path.is_file(), "{} was not built", path.display());
    path
}

/// The three bundled plugins built as shared libraries (built once per test run).
pub fn bundled_cdylibs() -> &'static [PathBuf; 3] {
    static LIBS: OnceLock<[PathBuf; 3]> = OnceLock::new();
    LIBS.get_or_init(|| {
        let build =
            |pkg: &str, lib: &str| build_cdylib("Cargo.toml", Some(pkg), &[], "bundled", lib);
        [
            build("dateline-dates", "dateline_dates"),
            build("dateline-casualties", "dateline_casualties"),
            build("dateline-quotes", "dateline_quotes"),
        ]
    })
}

/// The fault plugin built with the given feature (`""` for the default build).
pub fn fault_plugin(feature: &str) -> PathBuf {
    let features: Vec<&str> = if feature.is_empty() {
        vec![]
    } else {
        vec![feature]
    };
    let subdir = if feature.is_empty() {
        "fault-default".to_owned()
    } else {
        format!("fault-{feature}")
    };
    build_cdylib(
        "tests/fault-plugin/Cargo.toml",
        None,
        &features,
        &subdir,
        "fault_plugin",
    )
}

/// A temporary folder for a test's own files.
pub fn tempdir() -> tempfile::TempDir {
    tempfile::tempdir().expect("a temporary folder")
}

/// Write `dateline.toml` content into `dir` and return its path.
pub fn write_config(dir: &Path, toml: &str) -> PathBuf {
    let path = dir.join("dateline.toml");
    std::fs::write(&path, toml).expect("config written");
    path
}

/// A path as a TOML string literal (backslashes and quotes escaped).
pub fn toml_path(p: &Path) -> String {
    format!("{:?}", p.display().to_string())
}
