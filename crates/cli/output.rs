//! Where output goes: standard output, or a file written atomically.

use std::io::{self, BufWriter, Write};
use std::path::Path;

use anyhow::{Context, Result};

/// Call `body` with a writer for `path` (standard output when `None`).
///
/// A file is written to a temporary file in the same folder and renamed over the
/// target only when everything was written, so a reader never sees half a timeline and
/// a failed run never destroys the previous one. A path that is not a regular file —
/// `/dev/null`, `/dev/stdout`, a named pipe — is written to in place: renaming over it
/// would replace the device or pipe with a file.
pub fn write(
    path: Option<&Path>,
    body: impl FnOnce(&mut (dyn Write + Send)) -> io::Result<()>,
) -> Result<()> {
    match path {
        None => {
            // Not locked for the whole write: the writer may be handed to another
            // thread (the timeline's JSON is written beside the work that makes it).
            let mut out = BufWriter::with_capacity(1 << 16, io::stdout());
            match body(&mut out).and_then(|()| out.flush()) {
                Ok(()) => Ok(()),
                // A closed pipe (`dateline run … | head`) is the reader's choice, not
                // an error of ours.
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
                Err(e) => Err(e).context("cannot write to standard output"),
            }
        }
        Some(path) if std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir()) => {
            let file = std::fs::OpenOptions::new()
                .write(true)
                .open(path)
                .with_context(|| format!("cannot write {}", path.display()))?;
            let mut out = BufWriter::new(file);
            body(&mut out)
                .and_then(|()| out.flush())
                .with_context(|| format!("cannot write {}", path.display()))
        }
        Some(path) => {
            let dir = match path.parent() {
                Some(p) if !p.as_os_str().is_empty() => p,
                _ => Path::new("."),
            };
            // NamedTempFile is private (0600) by default; an output file should get the
            // permissions any other file the user writes gets.
            let mut builder = tempfile::Builder::new();
            builder.prefix(".dateline-").suffix(".tmp");
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                builder.permissions(std::fs::Permissions::from_mode(0o644));
            }
            let mut tmp = builder
                .tempfile_in(dir)
                .with_context(|| format!("cannot create a temporary file in {}", dir.display()))?;
            {
                let mut out = BufWriter::new(tmp.as_file_mut());
                body(&mut out)
                    .and_then(|()| out.flush())
                    .with_context(|| format!("cannot write {}", path.display()))?;
            }
            tmp.as_file()
                .sync_all()
                .with_context(|| format!("cannot sync {}", path.display()))?;
            tmp.persist(path)
                .with_context(|| format!("cannot replace {}", path.display()))?;
            Ok(())
        }
    }
}
