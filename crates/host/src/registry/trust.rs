//! Whether a plugin library may be loaded: loading a library runs its code with the
//! user's rights, so a file that someone else could have written is refused.
//!
//! On Unix a library is refused when the file (after following symbolic links) is
//! writable by every user, is owned by a user other than the one running Dateline (or
//! root), or lies in a folder that every user can write to without the sticky bit
//! (anyone could replace the file). The check is skipped only when the user says so
//! (`allow_insecure = true` in the plugin's `[[load]]` table, or
//! `--allow-insecure-plugins`). On other systems nothing is checked.

use std::path::Path;

use crate::error::HostError;

/// Refuse the library at `path` when other users could have written it. A file that
/// cannot be inspected is left to the loader, which reports it precisely.
pub fn check(path: &Path, display: &str) -> Result<(), HostError> {
    match problem(path) {
        Some(reason) => Err(HostError::InsecurePlugin {
            path: display.to_owned(),
            reason,
        }),
        None => Ok(()),
    }
}

#[cfg(unix)]
fn problem(path: &Path) -> Option<String> {
    use std::os::unix::fs::MetadataExt;

    let meta = std::fs::metadata(path).ok()?;
    let mode = meta.mode();
    if mode & 0o002 != 0 {
        return Some(format!(
            "is writable by every user (mode {:o})",
            mode & 0o7777
        ));
    }
    // SAFETY: geteuid has no preconditions and cannot fail.
    let me = unsafe { libc::geteuid() };
    if meta.uid() != me && meta.uid() != 0 {
        return Some(format!(
            "is owned by another user (uid {}, Dateline runs as uid {me})",
            meta.uid()
        ));
    }
    let real = std::fs::canonicalize(path).ok()?;
    let folder = real.parent()?;
    let folder_mode = std::fs::metadata(folder).ok()?.mode();
    if folder_mode & 0o002 != 0 && folder_mode & 0o1000 == 0 {
        return Some(format!(
            "is in a folder every user can write to ({}, mode {:o})",
            folder.display(),
            folder_mode & 0o7777
        ));
    }
    None
}

#[cfg(not(unix))]
fn problem(_: &Path) -> Option<String> {
    None
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn chmod(path: &Path, mode: u32) {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    }

    #[test]
    fn files_others_could_write_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let lib = dir.path().join("libp.so");
        std::fs::write(&lib, b"not really a library").unwrap();
        chmod(&lib, 0o755);
        assert!(check(&lib, "libp.so").is_ok());

        chmod(&lib, 0o666);
        let err = check(&lib, "libp.so").unwrap_err();
        assert_eq!(err.code(), "insecure_plugin");
        assert!(
            err.to_string().starts_with(
                "plugin libp.so: refused, the file is writable by every user (mode 666)"
            ),
            "{err}"
        );

        chmod(&lib, 0o755);
        chmod(dir.path(), 0o777);
        let err = check(&lib, "libp.so").unwrap_err();
        assert!(
            err.to_string()
                .contains("is in a folder every user can write to"),
            "{err}"
        );
        // With the sticky bit (as /tmp has), others cannot replace the file.
        chmod(dir.path(), 0o1777);
        assert!(check(&lib, "libp.so").is_ok());
        chmod(dir.path(), 0o700);

        // SAFETY: geteuid has no preconditions.
        if unsafe { libc::geteuid() } == 0 {
            // Only root can give a file away; as root, test the owner check too.
            std::os::unix::fs::chown(&lib, Some(4242), None).unwrap();
            let err = check(&lib, "libp.so").unwrap_err();
            assert!(
                err.to_string()
                    .contains("is owned by another user (uid 4242, Dateline runs as uid 0)"),
                "{err}"
            );
        }
    }
}
