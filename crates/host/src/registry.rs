//! The plugin registry: compiled-in plugins and plugins loaded from shared libraries,
//! run over documents with one validation path for both.
//!
//! Compiled-in ("builtin") plugins are called directly through the [`Extractor`] trait,
//! inside `catch_unwind`. Dynamic plugins are called through the C interface of
//! [`dateline_plugin::abi`]: the host finds the one exported symbol whose name starts
//! with [`ENTRY_SYMBOL_PREFIX`] by reading the library's symbol table, checks the
//! entry's size and ABI version before it reads anything else, lends the document as a
//! [`DocumentView`] (or as JSON to a library built before the view) and reads the claims
//! back [`packed`] (or from JSON, from a library built before packed claims).
//!
//! A plugin can also run **isolated**, in a worker process of its own ([`isolate`]):
//! the host sends it the same JSON over pipes, with a per-article timeout and a memory
//! limit, so that a plugin that crashes, aborts, loops or leaks costs only its own
//! claims for that article. In-process is the default and the fast path.
//!
//! Every plugin's output is bounded ([`Limits`]): claims per article and bytes of
//! output per article. A library file that other users could have written is refused
//! before it is opened, unless explicitly allowed ([`trust`]).
//!
//! Loaded libraries are never unloaded: they are kept in a process-wide list for the
//! life of the process, because code and static data of a library may still be
//! referenced (entry structs, thread-local destructors, leaked allocations) and
//! unloading a Rust `cdylib` safely is not possible in general.
//!
//! ```
//! use dateline_host::registry::Registry;
//! use dateline_plugin::serde_json::{json, Value};
//! use dateline_plugin::{Claim, Document, Extractor, Manifest, Payload, PluginError, Span};
//!
//! struct Truce;
//! impl Extractor for Truce {
//!     const MANIFEST: Manifest = Manifest {
//!         name: "truce",
//!         version: "1.0.0",
//!         description: "the word truce",
//!         kinds: &["truce"],
//!     };
//!     fn create(_: &Value) -> Result<Self, PluginError> {
//!         Ok(Truce)
//!     }
//!     fn extract(&self, doc: &Document) -> Result<Vec<Claim>, PluginError> {
//!         Ok(doc.text.match_indices("truce").map(|(i, w)| {
//!             Claim::new(doc, Span::new(i, i + w.len()), Payload::other("truce", json!({})))
//!         }).collect())
//!     }
//! }
//!
//! let mut registry = Registry::new();
//! registry.add_builtin::<Truce>(&json!({})).unwrap();
//! let mut doc = Document::from_text("a", "Talks failed. A truce began.");
//! dateline_host::segment::segment_document(&mut doc);
//! let (claims, errors) = registry.extract(&doc);
//! assert!(errors.is_empty());
//! assert_eq!(claims[0].plugin, "truce");
//! assert_eq!(claims[0].sentence, 1);
//! ```

use std::ffi::c_void;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use dateline_plugin::abi::{
    Buffer, DocumentView, ENTRY_SYMBOL_PREFIX, ExtractViewFn, MIN_ENTRY_SIZE, PluginEntry, Status,
    packed, panic_message,
};
use dateline_plugin::serde_json::Value;
use dateline_plugin::{ABI_VERSION, Claim, Document, Extractor, Payload, PluginError, Span};
use serde::{Serialize, Serializer};

use crate::error::HostError;
use crate::size_bound::json_size_bound;

/// Where a plugin comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// Compiled into the binary.
    Builtin,
    /// Loaded from this library path (as given, never made absolute).
    Path(PathBuf),
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Origin::Builtin => f.write_str("builtin"),
            Origin::Path(p) => write!(f, "{}", p.display()),
        }
    }
}

impl Serialize for Origin {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// What the host knows about a plugin without running it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PluginInfo {
    /// Unique name.
    pub name: String,
    /// The plugin's version.
    pub version: String,
    /// The ABI version it was built with (the host's for builtins).
    pub abi_version: u32,
    /// Claim kinds it declares.
    pub kinds: Vec<String>,
    /// One-line description.
    pub description: String,
    /// Builtin or library path.
    pub origin: Origin,
}

impl PluginInfo {
    /// The info of a compiled-in extractor.
    pub fn of<T: Extractor>() -> PluginInfo {
        let m = T::MANIFEST;
        PluginInfo {
            name: m.name.to_owned(),
            version: m.version.to_owned(),
            abi_version: ABI_VERSION,
            kinds: m.kinds.iter().map(|k| (*k).to_owned()).collect(),
            description: m.description.to_owned(),
            origin: Origin::Builtin,
        }
    }
}

/// An [`Extractor`] behind a trait object (the trait itself is not object safe).
trait ErasedExtractor: Send + Sync {
    fn extract(&self, doc: &Document) -> Result<Vec<Claim>, PluginError>;
}

struct Erased<T>(T);

impl<T: Extractor> ErasedExtractor for Erased<T> {
    fn extract(&self, doc: &Document) -> Result<Vec<Claim>, PluginError> {
        self.0.extract(doc)
    }
}

/// An extractor created inside a loaded library.
struct DynamicHandle {
    /// Points into a library that is never unloaded, so it lives for the process.
    entry: &'static PluginEntry,
    handle: *mut c_void,
}

// SAFETY: the ABI contract says an extractor handle may be used from several threads
// at once (`Extractor: Send + Sync` on the plugin side), and the entry struct is
// immutable static data.
unsafe impl Send for DynamicHandle {}
// SAFETY: as above.
unsafe impl Sync for DynamicHandle {}

impl Drop for DynamicHandle {
    fn drop(&mut self) {
        // The handle goes back to the library that made it; the library itself stays
        // loaded (see the module docs).
        // SAFETY: `handle` was returned by this entry's `create` and is destroyed once.
        unsafe { (self.entry.destroy)(self.handle) };
    }
}

enum Imp {
    Builtin(Box<dyn ErasedExtractor>),
    Dynamic(DynamicHandle),
    Isolated(Box<isolate::Isolated>),
}

/// What one plugin may produce for one article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Claims per plugin and article; the claims past it are dropped with an error.
    pub max_claims: usize,
    /// Bytes of output (the claims as JSON) per plugin and article; output past it is
    /// dropped whole with an error.
    pub max_output_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_claims: 100_000,
            max_output_bytes: 64 * 1024 * 1024,
        }
    }
}

/// How a plugin library is loaded.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LoadOptions {
    /// Load it even when its file is writable by other users or owned by another user.
    pub allow_insecure: bool,
    /// Run it in a worker process instead of inside the host.
    pub isolation: Option<isolate::ProcessOptions>,
}

struct Plugin {
    info: PluginInfo,
    imp: Imp,
}

/// Every library the process opened. Statics are never dropped, so the libraries
/// stay loaded until the process exits.
static LIBRARIES: Mutex<Vec<libloading::Library>> = Mutex::new(Vec::new());

/// The plugins of a run, in registration order.
#[derive(Default)]
pub struct Registry {
    plugins: Vec<Plugin>,
    limits: Limits,
}

impl std::fmt::Debug for Registry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list()
            .entries(self.plugins.iter().map(|p| &p.info))
            .finish()
    }
}

impl Registry {
    /// An empty registry.
    pub fn new() -> Self {
        Registry::default()
    }

    /// Create a compiled-in extractor with its configuration and register it.
    pub fn add_builtin<T: Extractor>(&mut self, config: &Value) -> Result<(), HostError> {
        let info = PluginInfo::of::<T>();
        self.check_unique(&info)?;
        let created = catch_unwind(AssertUnwindSafe(|| T::create(config)));
        let extractor = match created {
            Ok(Ok(e)) => e,
            Ok(Err(e)) => return Err(create_error(&info, e.to_string())),
            Err(payload) => {
                return Err(create_error(
                    &info,
                    format!("panicked: {}", panic_message(payload.as_ref())),
                ));
            }
        };
        self.plugins.push(Plugin {
            info,
            imp: Imp::Builtin(Box::new(Erased(extractor))),
        });
        Ok(())
    }

    /// The limits on every plugin's output for one article.
    pub fn set_limits(&mut self, limits: Limits) {
        self.limits = limits;
    }

    /// Register compiled-in extractor `T` to run in worker processes started as
    /// `options` says (the worker serves it with [`isolate::serve_builtin`]). One
    /// worker is started now, so that a configuration it refuses is reported here.
    pub fn add_builtin_isolated<T: Extractor>(
        &mut self,
        config: &Value,
        options: &isolate::ProcessOptions,
    ) -> Result<(), HostError> {
        let info = PluginInfo::of::<T>();
        self.check_unique(&info)?;
        let args = vec!["--builtin".to_owned(), info.name.clone()];
        let isolated = isolate::Isolated::start(&info.name, args, config, options)?;
        self.plugins.push(Plugin {
            info,
            imp: Imp::Isolated(Box::new(isolated)),
        });
        Ok(())
    }

    /// Load a plugin library, create its extractor with `config` and register it.
    ///
    /// A library that other users could have changed is refused (see [`trust`]).
    pub fn load(&mut self, path: &Path, config: &Value) -> Result<(), HostError> {
        self.load_with(path, config, &LoadOptions::default())
    }

    /// [`Registry::load`] with options: allow an insecure file, or run the plugin in
    /// worker processes (the library is then never opened by the host itself).
    pub fn load_with(
        &mut self,
        path: &Path,
        config: &Value,
        options: &LoadOptions,
    ) -> Result<(), HostError> {
        let display = path.display().to_string();
        if !options.allow_insecure {
            trust::check(path, &display)?;
        }
        if let Some(process) = &options.isolation {
            let args = vec!["--library".to_owned(), display.clone()];
            let isolated = isolate::Isolated::start(&display, args, config, process)?;
            let mut info = isolated.info().clone();
            info.origin = Origin::Path(path.to_path_buf());
            self.check_unique(&info)?;
            self.plugins.push(Plugin {
                info,
                imp: Imp::Isolated(Box::new(isolated)),
            });
            return Ok(());
        }
        let (entry, info) = open(path)?;
        self.check_unique(&info)?;
        let config = serde_json::to_vec(config).map_err(|e| create_error(&info, e.to_string()))?;
        let mut handle: *mut c_void = std::ptr::null_mut();
        let mut message = Buffer::EMPTY;
        // SAFETY: the entry passed the size and ABI checks; the pointers are valid for
        // the call.
        let status =
            unsafe { (entry.create)(config.as_ptr(), config.len(), &mut handle, &mut message) };
        let text = take_buffer(entry, message);
        match Status::from_i32(status) {
            Some(Status::Ok) if !handle.is_null() => {
                self.plugins.push(Plugin {
                    info,
                    imp: Imp::Dynamic(DynamicHandle { entry, handle }),
                });
                Ok(())
            }
            Some(Status::Ok) => Err(create_error(
                &info,
                "create returned no extractor".to_owned(),
            )),
            Some(Status::Panic) => Err(create_error(&info, format!("panicked: {}", lossy(&text)))),
            Some(_) => Err(create_error(&info, lossy(&text))),
            None => Err(create_error(&info, format!("unknown status {status}"))),
        }
    }

    /// Read a plugin library's metadata without creating its extractor.
    pub fn inspect(path: &Path) -> Result<PluginInfo, HostError> {
        open(path).map(|(_, info)| info)
    }

    /// The registered plugins, in registration order.
    pub fn infos(&self) -> Vec<PluginInfo> {
        self.plugins.iter().map(|p| p.info.clone()).collect()
    }

    /// Keep only the plugins named in `names` (an unknown name is an error and leaves
    /// the registry unchanged).
    pub fn retain_only(&mut self, names: &[String]) -> Result<(), HostError> {
        for name in names {
            if !self.plugins.iter().any(|p| &p.info.name == name) {
                let mut available: Vec<String> =
                    self.plugins.iter().map(|p| p.info.name.clone()).collect();
                available.sort();
                return Err(HostError::UnknownPlugin {
                    name: name.clone(),
                    available,
                });
            }
        }
        self.plugins.retain(|p| names.contains(&p.info.name));
        Ok(())
    }

    /// Number of registered plugins.
    pub fn len(&self) -> usize {
        self.plugins.len()
    }

    /// True when no plugin is registered.
    pub fn is_empty(&self) -> bool {
        self.plugins.is_empty()
    }

    /// Run every plugin on `doc`; errors name the article by `doc.id`.
    pub fn extract(&self, doc: &Document) -> (Vec<Claim>, Vec<HostError>) {
        self.extract_named(doc, &doc.id)
    }

    /// Run every plugin on `doc`; errors name the article `article` (for instance the
    /// input name `file.jsonl#3`).
    ///
    /// A failing plugin gives an error and no claims; the other plugins' claims are
    /// kept. Claims are validated, stamped with plugin name, version and sentence, and
    /// sorted by span, plugin, kind and payload, so the order never depends on
    /// scheduling.
    pub fn extract_named(&self, doc: &Document, article: &str) -> (Vec<Claim>, Vec<HostError>) {
        let mut claims = Vec::new();
        let mut errors = Vec::new();
        // The document crosses the C boundary (or the pipe) as JSON, serialized once for
        // all the plugins that need it.
        let mut doc_json: Option<Result<Arc<[u8]>, String>> = None;
        for plugin in &self.plugins {
            let raw = match &plugin.imp {
                Imp::Builtin(ext) => {
                    run_builtin(&plugin.info, ext.as_ref(), doc, article, &self.limits)
                }
                // A library that has the packed call gets the document without JSON and
                // answers without JSON; one built before it answers JSON to the view
                // call; only older libraries and worker processes need the document
                // serialized.
                Imp::Dynamic(handle) if handle.entry.has_packed() => {
                    run_dynamic_packed(&plugin.info, handle, doc, article, &self.limits)
                }
                Imp::Dynamic(handle) if handle.entry.has_view() => {
                    run_dynamic_view(&plugin.info, handle, doc, article, &self.limits)
                }
                Imp::Dynamic(_) | Imp::Isolated(_) => {
                    let json = doc_json.get_or_insert_with(|| {
                        serde_json::to_vec(doc)
                            .map(Arc::from)
                            .map_err(|e| e.to_string())
                    });
                    match (json, &plugin.imp) {
                        (Err(e), _) => Err(HostError::Plugin {
                            plugin: plugin.info.name.clone(),
                            article: article.to_owned(),
                            message: format!("cannot serialize the document: {e}"),
                        }),
                        (Ok(bytes), Imp::Dynamic(handle)) => {
                            run_dynamic(&plugin.info, handle, bytes, article, &self.limits)
                        }
                        (Ok(bytes), Imp::Isolated(isolated)) => isolated
                            .extract(bytes, article, self.limits.max_output_bytes)
                            .and_then(|(status, output)| {
                                decode(&plugin.info, status, &output, article, &self.limits)
                            }),
                        (Ok(_), Imp::Builtin(_)) => unreachable!("builtins are matched above"),
                    }
                }
            };
            match raw {
                Ok(raw) => {
                    let (valid, problems) = validate(&plugin.info, doc, article, raw, &self.limits);
                    claims.extend(valid);
                    errors.extend(problems);
                }
                Err(e) => errors.push(e),
            }
        }
        sort_claims(&mut claims);
        (claims, errors)
    }

    fn check_unique(&self, info: &PluginInfo) -> Result<(), HostError> {
        match self.plugins.iter().find(|p| p.info.name == info.name) {
            Some(p) => Err(HostError::DuplicatePlugin {
                name: info.name.clone(),
                first: p.info.origin.to_string(),
                second: info.origin.to_string(),
            }),
            None => Ok(()),
        }
    }
}

fn create_error(info: &PluginInfo, message: String) -> HostError {
    HostError::PluginCreate {
        plugin: info.name.clone(),
        origin: info.origin.to_string(),
        message,
    }
}

fn lossy(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Copy a plugin-allocated buffer and give it back to the plugin.
fn take_buffer(entry: &PluginEntry, buffer: Buffer) -> Vec<u8> {
    // SAFETY: the buffer was filled by the plugin with Buffer::from_vec and is freed
    // exactly once, by the library that allocated it.
    unsafe {
        let bytes = buffer.as_slice().to_vec();
        (entry.free_buffer)(buffer);
        bytes
    }
}

/// A claim as a plugin produced it, or why it could not even be read.
pub type RawClaim = Result<Claim, String>;

fn run_builtin(
    info: &PluginInfo,
    ext: &dyn ErasedExtractor,
    doc: &Document,
    article: &str,
    limits: &Limits,
) -> Result<Vec<RawClaim>, HostError> {
    match catch_unwind(AssertUnwindSafe(|| ext.extract(doc))) {
        Ok(Ok(claims)) => {
            check_output_size(info, claims.iter(), article, limits)?;
            Ok(claims.into_iter().map(Ok).collect())
        }
        Ok(Err(e)) => Err(HostError::Plugin {
            plugin: info.name.clone(),
            article: article.to_owned(),
            message: e.to_string(),
        }),
        Err(payload) => Err(HostError::PluginPanic {
            plugin: info.name.clone(),
            article: article.to_owned(),
            message: panic_message(payload.as_ref()),
        }),
    }
}

/// Hold claims to the output limit, measured as the JSON they would be over the C
/// boundary.
///
/// A compiled-in plugin's claims and the claims decoded from a packed answer are
/// measured with this same function, before validation and as the plugin made them,
/// so that the limit means the same for every plugin and an article over it is refused
/// on either path.
fn check_output_size<'c>(
    info: &PluginInfo,
    claims: impl Iterator<Item = &'c Claim>,
    article: &str,
    limits: &Limits,
) -> Result<(), HostError> {
    // Almost every article's claims are far under the limit: a bound of their JSON that
    // escapes and formats nothing settles it, and only an article whose bound passes
    // the limit is measured exactly (see `size_bound`).
    let claims: Vec<&Claim> = claims.collect();
    let bound = claims.iter().fold(0u64, |sum, claim| {
        sum.saturating_add(json_size_bound(claim))
    });
    if bound <= limits.max_output_bytes {
        return Ok(());
    }
    let mut size = CountingWriter(0);
    for claim in claims {
        // Claims always serialize; a failure would only undercount.
        let _ = serde_json::to_writer(&mut size, claim);
        if size.0 > limits.max_output_bytes {
            return Err(HostError::OutputTooLarge {
                plugin: info.name.clone(),
                article: article.to_owned(),
                limit: limits.max_output_bytes,
            });
        }
    }
    Ok(())
}

/// Counts the bytes written to it.
struct CountingWriter(u64);

impl std::io::Write for CountingWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += buf.len() as u64;
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn run_dynamic(
    info: &PluginInfo,
    h: &DynamicHandle,
    doc_json: &[u8],
    article: &str,
    limits: &Limits,
) -> Result<Vec<RawClaim>, HostError> {
    let mut out = Buffer::EMPTY;
    // SAFETY: the handle is alive (destroyed only on drop), the document bytes are
    // valid for the call, and `out` is a valid out pointer.
    let status =
        unsafe { (h.entry.extract)(h.handle, doc_json.as_ptr(), doc_json.len(), &mut out) };
    finish_dynamic(info, h, status, out, article, limits)
}

/// [`run_dynamic`] through the entry's `extract_view`: the document is lent as a view
/// of the host's own strings and span arrays, so nothing is serialized on the way in.
fn run_dynamic_view(
    info: &PluginInfo,
    h: &DynamicHandle,
    doc: &Document,
    article: &str,
    limits: &Limits,
) -> Result<Vec<RawClaim>, HostError> {
    let view = DocumentView::new(doc);
    let mut out = Buffer::EMPTY;
    // SAFETY: the caller checked that the entry has `extract_view` (`has_view`); the
    // handle is alive, the view borrows `doc`, which outlives the call, and `out` is a
    // valid out pointer.
    let status = unsafe { (h.entry.extract_view)(h.handle, &view, &mut out) };
    finish_dynamic(info, h, status, out, article, limits)
}

/// [`run_dynamic_view`] through the entry's `extract_packed`: the claims come back
/// [`packed`] instead of as JSON, and are decoded straight from the plugin's buffer
/// before it is given back.
fn run_dynamic_packed(
    info: &PluginInfo,
    h: &DynamicHandle,
    doc: &Document,
    article: &str,
    limits: &Limits,
) -> Result<Vec<RawClaim>, HostError> {
    let view = DocumentView::new(doc);
    let mut out = Buffer::EMPTY;
    // SAFETY: the caller checked that the entry has `extract_packed` (`has_packed`); the
    // handle is alive, the view borrows `doc`, which outlives the call, and `out` is a
    // valid out pointer.
    let status = unsafe { (h.entry.extract_packed)(h.handle, &view, &mut out) };
    let result = {
        // SAFETY: the buffer was filled by the plugin with Buffer::from_vec and is not
        // freed until after this block, where the borrow ends.
        let bytes = unsafe { out.as_slice() };
        decode_packed(info, status, bytes, &doc.text, article, limits)
    };
    // SAFETY: the buffer came from this entry's extract_packed and is freed once.
    unsafe { (h.entry.free_buffer)(out) };
    result
}

/// Decode what a plugin's `extract_packed` returned: on success a [`packed`] buffer of
/// claims found in a document whose text is `text`, a message otherwise (read as
/// [`decode`] reads it). Plugin output is untrusted; this never panics (it has a fuzz
/// target).
///
/// The buffer is held to the output limit plus its header before it is read (a packed
/// buffer is never larger than its header and its claims' JSON, see
/// [`packed::HEADER_LEN`], so this refuses nothing the limit allows), and the decoded
/// claims are then measured as JSON exactly as a compiled-in plugin's are.
pub fn decode_packed(
    info: &PluginInfo,
    status: i32,
    bytes: &[u8],
    text: &str,
    article: &str,
    limits: &Limits,
) -> Result<Vec<RawClaim>, HostError> {
    let bound = limits
        .max_output_bytes
        .saturating_add(packed::HEADER_LEN as u64);
    if bytes.len() as u64 > bound {
        return Err(HostError::OutputTooLarge {
            plugin: info.name.clone(),
            article: article.to_owned(),
            limit: limits.max_output_bytes,
        });
    }
    if Status::from_i32(status) != Some(Status::Ok) {
        return decode(info, status, bytes, article, limits);
    }
    let claims = packed::decode(bytes, text).map_err(|e| HostError::MalformedOutput {
        plugin: info.name.clone(),
        article: article.to_owned(),
        message: format!("packed claims: {e}"),
    })?;
    check_output_size(
        info,
        claims.iter().filter_map(|c| c.as_ref().ok()),
        article,
        limits,
    )?;
    Ok(claims
        .into_iter()
        .map(|c| c.map_err(|e| format!("not a claim: {e}")))
        .collect())
}

/// Check the size of what an extract call returned, give the buffer back to the plugin
/// and decode it.
fn finish_dynamic(
    info: &PluginInfo,
    h: &DynamicHandle,
    status: i32,
    out: Buffer,
    article: &str,
    limits: &Limits,
) -> Result<Vec<RawClaim>, HostError> {
    if out.len as u64 > limits.max_output_bytes {
        // Not even copied: the plugin frees what it allocated.
        // SAFETY: the buffer came from this entry's extract and is freed once.
        unsafe { (h.entry.free_buffer)(out) };
        return Err(HostError::OutputTooLarge {
            plugin: info.name.clone(),
            article: article.to_owned(),
            limit: limits.max_output_bytes,
        });
    }
    let bytes = take_buffer(h.entry, out);
    decode(info, status, &bytes, article, limits)
}

/// Decode what a plugin returned over the C boundary (or from its worker process):
/// a status and bytes, which are a JSON array of claims on success and a message
/// otherwise. Plugin output is untrusted; this never panics (it has a fuzz target).
pub fn decode(
    info: &PluginInfo,
    status: i32,
    bytes: &[u8],
    article: &str,
    limits: &Limits,
) -> Result<Vec<Result<Claim, String>>, HostError> {
    let plugin = info.name.clone();
    let article = article.to_owned();
    if bytes.len() as u64 > limits.max_output_bytes {
        return Err(HostError::OutputTooLarge {
            plugin,
            article,
            limit: limits.max_output_bytes,
        });
    }
    match Status::from_i32(status) {
        Some(Status::Ok) => {
            // The whole array is read in one pass, which is what a well-behaved plugin
            // always gets. Only when that fails is it split into each claim's raw bytes
            // and each read on its own, so that a claim that cannot be read still costs
            // only itself: splitting first, always, read every byte twice.
            if let Ok(claims) = serde_json::from_slice::<Vec<Claim>>(bytes) {
                return Ok(claims.into_iter().map(Ok).collect());
            }
            let items: Vec<&serde_json::value::RawValue> =
                serde_json::from_slice(bytes).map_err(|e| HostError::MalformedOutput {
                    plugin,
                    article,
                    message: format!("output is not a JSON array of claims: {e}"),
                })?;
            Ok(items
                .into_iter()
                .map(|raw| {
                    serde_json::from_str::<Claim>(raw.get())
                        .map_err(|e| format!("not a claim: {e}"))
                })
                .collect())
        }
        Some(Status::Error) => Err(HostError::Plugin {
            plugin,
            article,
            message: lossy(bytes),
        }),
        Some(Status::BadInput) => Err(HostError::Plugin {
            plugin,
            article,
            message: format!("plugin could not read the document: {}", lossy(bytes)),
        }),
        Some(Status::Panic) => Err(HostError::PluginPanic {
            plugin,
            article,
            message: lossy(bytes),
        }),
        None => Err(HostError::MalformedOutput {
            plugin,
            article,
            message: format!("unknown status {status}"),
        }),
    }
}

/// Check claims against the document, the manifest and the limits, and stamp the
/// valid ones. Invalid claims are dropped and reported as one error naming the first
/// problem; claims past the limit are dropped with an error of their own.
pub fn validate(
    info: &PluginInfo,
    doc: &Document,
    article: &str,
    mut raw: Vec<RawClaim>,
    limits: &Limits,
) -> (Vec<Claim>, Vec<HostError>) {
    let mut errors = Vec::new();
    if raw.len() > limits.max_claims {
        errors.push(HostError::TooManyClaims {
            plugin: info.name.clone(),
            article: article.to_owned(),
            count: raw.len(),
            limit: limits.max_claims,
        });
        raw.truncate(limits.max_claims);
    }
    let total = raw.len();
    let mut valid = Vec::with_capacity(total);
    let mut first_problem: Option<String> = None;
    let mut dropped = 0;
    for (i, claim) in raw.into_iter().enumerate() {
        match claim.and_then(|c| check_claim(info, doc, c)) {
            Ok(c) => valid.push(c),
            Err(problem) => {
                dropped += 1;
                first_problem.get_or_insert_with(|| format!("claim {}: {problem}", i + 1));
            }
        }
    }
    errors.extend(first_problem.map(|first| HostError::MalformedOutput {
        plugin: info.name.clone(),
        article: article.to_owned(),
        message: format!("{dropped} of {total} claims dropped; first: {first}"),
    }));
    (valid, errors)
}

/// Why `span` is not a usable span of `text`, if it is not.
fn span_problem(text: &str, span: Span, what: &str) -> Option<String> {
    if span.start > span.end || span.end > text.len() {
        Some(format!(
            "{what} {}..{} is outside the text ({} bytes)",
            span.start,
            span.end,
            text.len()
        ))
    } else if !text.is_char_boundary(span.start) || !text.is_char_boundary(span.end) {
        Some(format!(
            "{what} {}..{} is not on char boundaries",
            span.start, span.end
        ))
    } else {
        None
    }
}

fn check_claim(info: &PluginInfo, doc: &Document, mut c: Claim) -> Result<Claim, String> {
    if let Some(p) = span_problem(&doc.text, c.span, "span") {
        return Err(p);
    }
    if c.span.is_empty() {
        return Err(format!("span {}..{} is empty", c.span.start, c.span.end));
    }
    let surface = &doc.text[c.span.start..c.span.end];
    if c.text.is_empty() {
        c.text = surface.to_owned();
    } else if c.text != surface {
        return Err(format!(
            "text {:?} differs from the text under the span {:?}",
            c.text, surface
        ));
    }
    if !info.kinds.iter().any(|k| k == c.kind()) {
        return Err(format!(
            "kind {:?} is not declared by the plugin (declared: {})",
            c.kind(),
            info.kinds.join(", ")
        ));
    }
    if let Payload::Quote(q) = &c.payload {
        for (i, piece) in q.pieces.iter().enumerate() {
            if let Some(p) = span_problem(&doc.text, *piece, &format!("quote piece {}", i + 1)) {
                return Err(p);
            }
            if piece.is_empty() {
                return Err(format!("quote piece {} is empty", i + 1));
            }
        }
        let others = [
            (q.cue_span, "cue span"),
            (q.speaker_span, "speaker span"),
            (q.speaker_resolved_span, "resolved speaker span"),
        ];
        for (span, what) in others {
            if let Some(p) = span.and_then(|s| span_problem(&doc.text, s, what)) {
                return Err(p);
            }
        }
    }
    c.plugin = info.name.clone();
    c.version = info.version.clone();
    c.sentence = doc.sentence_index(c.span.start).unwrap_or(0);
    Ok(c)
}

/// Sort claims into an order that depends only on their content.
///
/// The order is span, plugin, kind, then the claim's JSON as a last resort. Claims
/// almost never tie on the first four, so the JSON is only written for the few that
/// do: serializing every claim cost more than some plugins' whole extraction.
fn sort_claims(claims: &mut [Claim]) {
    fn head(c: &Claim) -> (usize, usize, &str, &str) {
        (c.span.start, c.span.end, c.plugin.as_str(), c.kind())
    }
    // Both sorts are stable, so claims equal in every part keep their input order, as
    // they would under one stable sort on the whole key.
    claims.sort_by(|a, b| head(a).cmp(&head(b)));
    let mut start = 0;
    while start < claims.len() {
        let mut end = start + 1;
        while end < claims.len() && head(&claims[end]) == head(&claims[start]) {
            end += 1;
        }
        if end - start > 1 {
            claims[start..end].sort_by_cached_key(|c| serde_json::to_string(c).unwrap_or_default());
        }
        start = end;
    }
}

/// Find the single entry symbol of the library at `path`.
fn entry_symbol(path: &Path, display: &str) -> Result<String, HostError> {
    let open_error = |message: String| HostError::PluginOpen {
        path: display.to_owned(),
        message,
    };
    let bytes = std::fs::read(path).map_err(|e| open_error(e.to_string()))?;
    let file = object::File::parse(&*bytes)
        .map_err(|e| open_error(format!("not a shared library: {e}")))?;
    let exports = object::Object::exports(&file)
        .map_err(|e| open_error(format!("cannot read the symbol table: {e}")))?;
    let mut symbols: Vec<String> = exports
        .iter()
        .filter_map(|e| std::str::from_utf8(e.name()).ok())
        // Mach-O prefixes C symbols with an underscore that dlsym does not want.
        .map(|n| {
            n.strip_prefix('_')
                .filter(|s| s.starts_with(ENTRY_SYMBOL_PREFIX))
                .unwrap_or(n)
        })
        .filter(|n| n.starts_with(ENTRY_SYMBOL_PREFIX))
        .map(str::to_owned)
        .collect();
    symbols.sort();
    symbols.dedup();
    match symbols.len() {
        0 => Err(HostError::MissingEntry {
            path: display.to_owned(),
        }),
        1 => Ok(symbols.remove(0)),
        _ => Err(HostError::AmbiguousEntry {
            path: display.to_owned(),
            symbols,
        }),
    }
}

/// Open the library at `path`, check its entry struct and read its metadata.
pub(crate) fn open(path: &Path) -> Result<(&'static PluginEntry, PluginInfo), HostError> {
    let display = path.display().to_string();
    let open_error = |message: String| HostError::PluginOpen {
        path: display.clone(),
        message,
    };
    if !path.exists() {
        return Err(open_error("no such file".to_owned()));
    }
    let symbol = entry_symbol(path, &display)?;
    // A bare file name would make dlopen search the system library path instead of
    // the current folder.
    let load_path = if path.components().count() == 1 && path.is_relative() {
        Path::new(".").join(path)
    } else {
        path.to_path_buf()
    };
    // SAFETY: loading a library runs its initializers; loading plugins is what the user
    // asked for, and the entry struct is checked before any plugin function is called.
    let library =
        unsafe { libloading::Library::new(&load_path) }.map_err(|e| open_error(e.to_string()))?;
    // SAFETY: the symbol names a static; we only take its address here.
    let address: *const u8 = match unsafe { library.get::<*const u8>(symbol.as_bytes()) } {
        Ok(sym) => *sym,
        Err(e) => return Err(open_error(format!("cannot resolve {symbol}: {e}"))),
    };
    // Keep the library loaded for the life of the process (see the module docs), so
    // that the entry can be `'static`.
    LIBRARIES
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .push(library);
    if address.is_null() {
        return Err(HostError::MissingEntry { path: display });
    }
    // The first two fields are read on their own, as plain u32s, so that an entry of
    // another layout is refused before anything else in it is touched.
    // SAFETY: every ABI version starts the entry with `size: u32, abi_version: u32`.
    let (size, abi_version) = unsafe {
        let header = address.cast::<u32>();
        (header.read_unaligned(), header.add(1).read_unaligned())
    };
    if abi_version != ABI_VERSION {
        return Err(HostError::AbiMismatch {
            path: display,
            host: ABI_VERSION,
            library: abi_version,
        });
    }
    // The host needs the fields of the first version-1 entry; those appended since
    // (`extract_view`) are optional, and a library built before them declares the
    // smaller size.
    let expected = MIN_ENTRY_SIZE as u32;
    if size < expected {
        return Err(HostError::EntryTooSmall {
            path: display,
            size,
            expected,
        });
    }
    let entry = copy_entry(address, size);
    let info = read_info(entry, path, &display)?;
    Ok((entry, info))
}

/// The library's entry struct, copied as far as the library declared it and completed
/// with [`view_unavailable`] for the fields it lacks.
///
/// The host cannot take a reference to the library's static when that is shorter than
/// the host's `PluginEntry`: a reference promises the whole struct is there, and a
/// library built before `extract_view` or `extract_packed` was appended ends earlier. A
/// copy of the fields it has, with a placeholder for the others, is a complete struct
/// that the host can use like any other; [`PluginEntry::has_view`] and
/// [`PluginEntry::has_packed`] still read the library's own `size`, so the placeholder
/// is never called. The copy is leaked, like the library itself is
/// kept loaded: it is small and made once per opening.
fn copy_entry(address: *const u8, size: u32) -> &'static PluginEntry {
    let full = std::mem::size_of::<PluginEntry>();
    let len = (size as usize).min(full);
    let mut copy = Box::new(std::mem::MaybeUninit::<PluginEntry>::uninit());
    let dest = copy.as_mut_ptr();
    // SAFETY: the library's static is at least `size` bytes long (it says so, and the
    // ABI version is the host's) and `len` is at most that and at most the copy's size;
    // the two do not overlap. The first MIN_ENTRY_SIZE bytes are the version-1 fields,
    // with no padding between them, so each of them is copied whole; a field past them
    // that is copied only in part is overwritten below.
    unsafe { std::ptr::copy_nonoverlapping(address, dest.cast::<u8>(), len) };
    // A field the library's size does not cover whole gets the placeholder (a size that
    // ends inside a field copied only part of it).
    let covers = |offset: usize| len >= offset + std::mem::size_of::<ExtractViewFn>();
    if !covers(std::mem::offset_of!(PluginEntry, extract_view)) {
        // SAFETY: `extract_view` lies past MIN_ENTRY_SIZE (len >= MIN), inside the copy;
        // writing a valid function pointer into it makes that field valid.
        unsafe { (&raw mut (*dest).extract_view).write(view_unavailable) };
    }
    if !covers(std::mem::offset_of!(PluginEntry, extract_packed)) {
        // SAFETY: as above, for `extract_packed`, the last field.
        unsafe { (&raw mut (*dest).extract_packed).write(view_unavailable) };
    }
    // SAFETY: every field is initialized: copied from the library or written above.
    Box::leak(unsafe { Box::<std::mem::MaybeUninit<PluginEntry>>::assume_init(copy) })
}

/// Stands in for the `extract_view` or `extract_packed` of a library built before it
/// existed (the two have the same signature). The host never calls it (it checks
/// [`PluginEntry::has_view`] and [`PluginEntry::has_packed`]), but if it did, the
/// article would only get an error.
unsafe extern "C" fn view_unavailable(
    _handle: *const c_void,
    _view: *const DocumentView<'_>,
    out: *mut Buffer,
) -> i32 {
    // No message: a buffer allocated here would be given to the library's free_buffer,
    // whose allocator may not be the host's. Freeing the empty buffer is a no-op.
    // SAFETY: the caller passes a valid out pointer.
    unsafe { *out = Buffer::EMPTY };
    Status::BadInput as i32
}

fn read_info(
    entry: &'static PluginEntry,
    path: &Path,
    display: &str,
) -> Result<PluginInfo, HostError> {
    let bad = |message: String| HostError::PluginMetadata {
        path: display.to_owned(),
        message,
    };
    // SAFETY: the strings are static data of a library that stays loaded.
    let text = |s: dateline_plugin::abi::StrRef, what: &str| {
        unsafe { s.to_str() }
            .map(str::to_owned)
            .map_err(|e| bad(format!("{what} is not UTF-8: {e}")))
    };
    let name = text(entry.name, "name")?;
    if name.is_empty() {
        return Err(bad("the name is empty".to_owned()));
    }
    let version = text(entry.version, "version")?;
    let description = text(entry.description, "description")?;
    if entry.kinds_len > 0 && entry.kinds.is_null() {
        return Err(bad("kinds is null".to_owned()));
    }
    let kinds = (0..entry.kinds_len)
        // SAFETY: `kinds` points at `kinds_len` StrRefs in static data.
        .map(|i| text(unsafe { *entry.kinds.add(i) }, "a kind"))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(PluginInfo {
        name,
        version,
        abi_version: entry.abi_version,
        kinds,
        description,
        origin: Origin::Path(path.to_path_buf()),
    })
}

pub mod isolate;
pub mod trust;

#[cfg(test)]
mod tests;
