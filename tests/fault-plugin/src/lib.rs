//! A Dateline plugin that misbehaves on purpose, so that the host's tests can check
//! that every failure becomes a typed error and that the run goes on.
//!
//! The behaviour of `extract` is chosen by the `mode` option given at create time:
//!
//! - `ok`: one claim over the first sentence;
//! - `panic`: panics;
//! - `error`: returns a plugin error;
//! - `bad_span`: returns a claim past the end of the text, a claim that is not on a
//!   char boundary (when the text has a multi-byte character), and one valid claim;
//! - `garbage`: returns a claim of a kind the manifest does not declare;
//! - `segfault`: writes through a null pointer (the process gets SIGSEGV);
//! - `abort`: aborts the process;
//! - `loop`: never returns;
//! - `leak`: allocates (and touches) memory until allocation fails;
//! - `print`: prints junk, fake protocol frames among it, on standard output and
//!   standard error, then gives the `ok` claim;
//! - `flood`: gives the `ok` claim 1000 times;
//! - `huge`: gives one claim whose payload holds 4 MiB of text;
//! - `packed_truncated`, `packed_bad_magic`, `packed_bad_version`, `packed_bad_tag`,
//!   `packed_bad_utf8`, `packed_bad_span`: give the `ok` claim, which the `bad-packed`
//!   build's `extract_packed` then corrupts as the name says (the other builds answer
//!   it as it is).
//!
//! With the `sleep_ms` option, every call first sleeps that long (a slow plugin, to
//! interrupt a run midway). With the `on` option, the plugin misbehaves only on articles whose text contains
//! that string and gives the `ok` claim on the others, so that tests can check that a
//! fault costs only the claims of its own article.
//!
//! Cargo features replace the exported entry by a hand-written one, to test what the
//! export macro can never produce: `wrong-abi` (ABI version 999), `garbage` (extract
//! returns the bytes `not json` with status Ok), `small-entry` (an entry that declares
//! a size of 8 bytes), `no-entry` (no entry symbol), `two-entries` (two entry
//! symbols), `v1-entry` (an entry that declares the size of the first version-1
//! struct, as a library built before `extract_view` was appended does: the host must
//! call `extract` with JSON, and its `extract_view` fails the article if called),
//! `view-entry` (an entry that ends before `extract_packed`, as a library built before
//! packed claims does: the host must call `extract_view` and read JSON, and its
//! `extract_packed` fails the article if called) and `bad-packed` (`extract_packed`
//! corrupts its answer as the `packed_*` modes say).
#![cfg_attr(feature = "no-entry", allow(dead_code))]

use dateline_plugin::serde_json::{Value, json};
use dateline_plugin::{Claim, Document, Extractor, Manifest, Payload, PluginError, Span};

/// How the plugin misbehaves.
#[derive(Debug, Clone, Copy)]
enum Mode {
    Ok,
    Panic,
    Error,
    BadSpan,
    Garbage,
    Segfault,
    Abort,
    Loop,
    Leak,
    Print,
    Flood,
    Huge,
    /// The `ok` claim, which the `bad-packed` build corrupts (only that build reads how).
    Packed(#[cfg_attr(not(feature = "bad-packed"), allow(dead_code))] Corruption),
}

/// How the `bad-packed` build corrupts a packed answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Corruption {
    Truncated,
    BadMagic,
    BadVersion,
    BadTag,
    BadUtf8,
    BadSpan,
}

/// The misbehaving extractor.
pub struct Fault {
    mode: Mode,
    on: Option<String>,
    sleep: std::time::Duration,
}

impl Extractor for Fault {
    const MANIFEST: Manifest = Manifest {
        name: "fault",
        version: "0.0.1",
        description: "fails on purpose (host tests)",
        kinds: &["fault"],
    };

    fn create(config: &Value) -> Result<Self, PluginError> {
        let mode = match config.get("mode").and_then(Value::as_str).unwrap_or("ok") {
            "ok" => Mode::Ok,
            "panic" => Mode::Panic,
            "error" => Mode::Error,
            "bad_span" => Mode::BadSpan,
            "garbage" => Mode::Garbage,
            "segfault" => Mode::Segfault,
            "abort" => Mode::Abort,
            "loop" => Mode::Loop,
            "leak" => Mode::Leak,
            "print" => Mode::Print,
            "flood" => Mode::Flood,
            "huge" => Mode::Huge,
            "packed_truncated" => Mode::Packed(Corruption::Truncated),
            "packed_bad_magic" => Mode::Packed(Corruption::BadMagic),
            "packed_bad_version" => Mode::Packed(Corruption::BadVersion),
            "packed_bad_tag" => Mode::Packed(Corruption::BadTag),
            "packed_bad_utf8" => Mode::Packed(Corruption::BadUtf8),
            "packed_bad_span" => Mode::Packed(Corruption::BadSpan),
            other => return Err(PluginError::config(format!("unknown mode {other:?}"))),
        };
        let on = config.get("on").and_then(Value::as_str).map(str::to_owned);
        let sleep = config.get("sleep_ms").and_then(Value::as_u64).unwrap_or(0);
        Ok(Fault {
            mode,
            on,
            sleep: std::time::Duration::from_millis(sleep),
        })
    }

    fn extract(&self, doc: &Document) -> Result<Vec<Claim>, PluginError> {
        let first = doc
            .sentences
            .first()
            .copied()
            .unwrap_or(Span::new(0, doc.text.len()));
        std::thread::sleep(self.sleep);
        let good = Claim::new(doc, first, Payload::other("fault", json!({"mode": "ok"})));
        if self
            .on
            .as_ref()
            .is_some_and(|on| !doc.text.contains(on.as_str()))
        {
            return Ok(vec![good]);
        }
        match self.mode {
            Mode::Ok | Mode::Packed(_) => Ok(vec![good]),
            Mode::Panic => panic!("fault plugin panics on purpose"),
            Mode::Error => Err(PluginError::extract("fault plugin fails on purpose")),
            Mode::BadSpan => {
                let len = doc.text.len();
                let mut claims = vec![Claim {
                    span: Span::new(len, len + 10),
                    text: String::new(),
                    ..good.clone()
                }];
                if let Some((i, c)) = doc.text.char_indices().find(|(_, c)| c.len_utf8() > 1) {
                    claims.push(Claim {
                        span: Span::new(i + 1, i + c.len_utf8()),
                        text: String::new(),
                        ..good.clone()
                    });
                }
                claims.push(good);
                Ok(claims)
            }
            Mode::Garbage => Ok(vec![Claim {
                payload: Payload::other("undeclared", json!({})),
                ..good
            }]),
            Mode::Segfault => {
                // SAFETY: none; crashing the process is the point.
                unsafe { std::ptr::null_mut::<u64>().write_volatile(1) };
                Ok(vec![good])
            }
            Mode::Abort => std::process::abort(),
            Mode::Loop => loop {
                std::hint::spin_loop();
            },
            Mode::Leak => {
                let mut kept: Vec<Vec<u8>> = Vec::new();
                loop {
                    // Touched, so that the memory is really used.
                    kept.push(vec![1u8; 64 << 20]);
                    std::hint::black_box(&kept);
                }
            }
            Mode::Print => {
                use std::io::Write;
                let junk = b"0 12\n[not claims]\n\x00\xff garbage\n2 4\nboom";
                let _ = std::io::stdout().write_all(junk);
                let _ = std::io::stdout().flush();
                let _ = std::io::stderr().write_all(junk);
                Ok(vec![good])
            }
            Mode::Flood => Ok(vec![good; 1000]),
            Mode::Huge => Ok(vec![Claim {
                payload: Payload::other("fault", json!({"filler": "x".repeat(4 << 20)})),
                ..good
            }]),
        }
    }
}

#[cfg(not(any(
    feature = "wrong-abi",
    feature = "garbage",
    feature = "no-entry",
    feature = "small-entry",
    feature = "v1-entry",
    feature = "view-entry",
    feature = "bad-packed"
)))]
dateline_plugin::export_plugin!(Fault);

#[cfg(any(
    feature = "wrong-abi",
    feature = "garbage",
    feature = "two-entries",
    feature = "small-entry",
    feature = "v1-entry",
    feature = "view-entry",
    feature = "bad-packed"
))]
mod hand_written {
    #[cfg(feature = "v1-entry")]
    use dateline_plugin::abi::MIN_ENTRY_SIZE;
    #[cfg(any(feature = "garbage", feature = "view-entry"))]
    use dateline_plugin::abi::VIEW_ENTRY_SIZE;
    use dateline_plugin::abi::{PluginEntry, StrRef, str_refs};

    use super::Fault;

    static KINDS: [StrRef; 1] = str_refs(&["fault"]);

    /// An entry that claims another ABI version.
    #[cfg(feature = "wrong-abi")]
    #[unsafe(no_mangle)]
    pub static dateline_plugin_entry_fault: PluginEntry = PluginEntry {
        abi_version: 999,
        ..PluginEntry::of::<Fault>(&KINDS)
    };

    /// An entry that declares a size smaller than the host's entry struct.
    #[cfg(feature = "small-entry")]
    #[unsafe(no_mangle)]
    pub static dateline_plugin_entry_fault: PluginEntry = PluginEntry {
        size: 8,
        ..PluginEntry::of::<Fault>(&KINDS)
    };

    /// An entry whose extract calls (JSON and view) return bytes that are not JSON. It
    /// ends before `extract_packed`, so that the host reads its answers as JSON (the
    /// `bad-packed` build tests packed answers that cannot be read).
    #[cfg(feature = "garbage")]
    #[unsafe(no_mangle)]
    pub static dateline_plugin_entry_fault: PluginEntry = PluginEntry {
        size: VIEW_ENTRY_SIZE as u32,
        extract: garbage_extract,
        extract_view: garbage_extract_view,
        ..PluginEntry::of::<Fault>(&KINDS)
    };

    /// An entry laid out as before `extract_packed` was appended, as far as the host
    /// can tell; its `extract_packed` refuses every call, as `v1-entry`'s view does.
    #[cfg(feature = "view-entry")]
    #[unsafe(no_mangle)]
    pub static dateline_plugin_entry_fault: PluginEntry = PluginEntry {
        size: VIEW_ENTRY_SIZE as u32,
        extract_packed: refused_view,
        ..PluginEntry::of::<Fault>(&KINDS)
    };

    /// The macro's entry, whose `extract_packed` answers are corrupted by
    /// [`corrupt_packed`].
    #[cfg(feature = "bad-packed")]
    static MACRO_ENTRY: PluginEntry = PluginEntry::of::<Fault>(&KINDS);

    #[cfg(feature = "bad-packed")]
    #[unsafe(no_mangle)]
    pub static dateline_plugin_entry_fault: PluginEntry = PluginEntry {
        extract_packed: corrupt_packed,
        ..PluginEntry::of::<Fault>(&KINDS)
    };

    /// The macro's packed answer, corrupted as the extractor's mode says. The offsets are
    /// those of the `ok` claim in the layout of `docs/abi.md`: a 12-byte header, the
    /// claim's length at 12, its plugin and version (empty) at 16 and 20, its span at
    /// 24..40, its text tag at 40, its sentence at 41, its payload tag at 49 and its
    /// kind (`fault`, length first) at 50.
    #[cfg(feature = "bad-packed")]
    unsafe extern "C" fn corrupt_packed(
        handle: *const std::ffi::c_void,
        view: *const dateline_plugin::abi::DocumentView<'_>,
        out: *mut dateline_plugin::abi::Buffer,
    ) -> i32 {
        use super::{Corruption, Mode};
        use dateline_plugin::abi::{Buffer, Status};
        // SAFETY: the host's arguments are passed on unchanged.
        let status = unsafe { (MACRO_ENTRY.extract_packed)(handle, view, out) };
        // SAFETY: the macro's call filled `*out` with a buffer of this library.
        let buffer = unsafe { std::ptr::replace(out, Buffer::EMPTY) };
        // SAFETY: as above; the copy is taken before the buffer is freed, once.
        let mut bytes = unsafe { buffer.as_slice() }.to_vec();
        // SAFETY: as above.
        unsafe { (MACRO_ENTRY.free_buffer)(buffer) };
        // SAFETY: the host passes a live handle made by this library's create.
        let mode = unsafe { &*handle.cast::<Fault>() }.mode;
        if status == Status::Ok as i32 && bytes.len() > 60 {
            match mode {
                Mode::Packed(Corruption::Truncated) => bytes.truncate(bytes.len() - 3),
                Mode::Packed(Corruption::BadMagic) => bytes[0] = b'{',
                Mode::Packed(Corruption::BadVersion) => bytes[4] = 9,
                Mode::Packed(Corruption::BadTag) => bytes[49] = 7,
                Mode::Packed(Corruption::BadUtf8) => bytes[54] = 0xff,
                Mode::Packed(Corruption::BadSpan) => {
                    bytes[32..40].copy_from_slice(&1000u64.to_le_bytes());
                }
                _ => {}
            }
        }
        // SAFETY: the host passes a valid out pointer; the buffer is freed by this
        // library's free_buffer, which frees Vec allocations made here.
        unsafe { *out = Buffer::from_vec(bytes) };
        status
    }

    /// An entry laid out as before `extract_view` was appended, as far as the host can
    /// tell: its size ends before that field. The field is still in the static (a Rust
    /// struct cannot be cut short), but it refuses every call, so an article that goes
    /// through it gets an error instead of claims.
    #[cfg(feature = "v1-entry")]
    #[unsafe(no_mangle)]
    pub static dateline_plugin_entry_fault: PluginEntry = PluginEntry {
        size: MIN_ENTRY_SIZE as u32,
        extract_view: refused_view,
        ..PluginEntry::of::<Fault>(&KINDS)
    };

    #[cfg(any(feature = "v1-entry", feature = "view-entry"))]
    unsafe extern "C" fn refused_view(
        _handle: *const std::ffi::c_void,
        _view: *const dateline_plugin::abi::DocumentView<'_>,
        out: *mut dateline_plugin::abi::Buffer,
    ) -> i32 {
        let message = b"a call the entry's size leaves out was called".to_vec();
        // SAFETY: the host passes a valid out pointer; the buffer is freed by this
        // library's free_buffer, which frees Vec allocations made here.
        unsafe { *out = dateline_plugin::abi::Buffer::from_vec(message) };
        dateline_plugin::abi::Status::Error as i32
    }

    #[cfg(feature = "garbage")]
    unsafe extern "C" fn garbage_extract_view(
        _handle: *const std::ffi::c_void,
        _view: *const dateline_plugin::abi::DocumentView<'_>,
        out: *mut dateline_plugin::abi::Buffer,
    ) -> i32 {
        // SAFETY: as in garbage_extract.
        unsafe { *out = dateline_plugin::abi::Buffer::from_vec(b"not json".to_vec()) };
        dateline_plugin::abi::Status::Ok as i32
    }

    /// A second entry next to the one of the export macro.
    #[cfg(feature = "two-entries")]
    #[unsafe(no_mangle)]
    pub static dateline_plugin_entry_fault_twin: PluginEntry = PluginEntry::of::<Fault>(&KINDS);

    #[cfg(feature = "garbage")]
    unsafe extern "C" fn garbage_extract(
        _handle: *const std::ffi::c_void,
        _doc: *const u8,
        _doc_len: usize,
        out: *mut dateline_plugin::abi::Buffer,
    ) -> i32 {
        // SAFETY: the host passes a valid out pointer; the buffer is freed by this
        // library's free_buffer, which frees Vec allocations made here.
        unsafe { *out = dateline_plugin::abi::Buffer::from_vec(b"not json".to_vec()) };
        dateline_plugin::abi::Status::Ok as i32
    }
}
