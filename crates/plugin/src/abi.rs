//! The C binary interface between the host and a dynamically loaded plugin.
//!
//! A plugin library exports exactly one static [`PluginEntry`] under a symbol whose
//! name starts with [`ENTRY_SYMBOL_PREFIX`] (the macro appends the crate name, so that
//! several plugins can also be linked into one binary without clashing). The struct
//! opens with its own size and [`ABI_VERSION`], which the host compares before it reads
//! anything else; then come the metadata strings, readable without running plugin
//! code; then the `extern "C"` functions.
//!
//! Data crosses the boundary as plain C data, never as Rust types: the document as a
//! [`DocumentView`] of borrowed strings and packed span arrays
//! ([`PluginEntry::extract_view`]), or as JSON bytes ([`PluginEntry::extract`], the
//! original call that libraries built before the view still have), and the claims as
//! [`packed`] bytes ([`PluginEntry::extract_packed`]) or, from a library built before
//! that call, as JSON bytes. The side that allocates a buffer frees it: buffers returned by the plugin
//! go back through [`PluginEntry::free_buffer`]; bytes passed in by the host stay owned
//! by the host.
//! No panic crosses the boundary: every function catches unwinding and returns a
//! [`Status`] with a message.
//!
//! Plugins never write this by hand: [`export_plugin!`](crate::export_plugin) does it.

use std::any::Any;
use std::ffi::c_void;
use std::marker::PhantomData;
use std::panic::{AssertUnwindSafe, catch_unwind};

use chrono::{Datelike, NaiveDate};

use crate::{Claim, Document, Extractor, Span};

pub mod packed;

/// The version of this binary interface. The host refuses a library whose entry
/// struct declares another one.
pub const ABI_VERSION: u32 = 1;

/// Every plugin entry symbol starts with this; the export macro appends the crate name.
pub const ENTRY_SYMBOL_PREFIX: &str = "dateline_plugin_entry_";

/// A borrowed UTF-8 string: static data of the plugin library in the entry struct, or
/// the host's strings in a [`DocumentView`], borrowed for one call.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct StrRef {
    /// First byte.
    pub ptr: *const u8,
    /// Length in bytes.
    pub len: usize,
}

// SAFETY: a StrRef only ever points at immutable string data: static strings of the
// library, or a document the host lends for one call and does not change during it.
unsafe impl Sync for StrRef {}
// SAFETY: as above; nobody writes through a StrRef, and whoever makes one keeps the data
// alive as long as the StrRef is read (the library's life, or the call's).
unsafe impl Send for StrRef {}

impl StrRef {
    /// An empty string.
    pub const EMPTY: StrRef = StrRef {
        ptr: std::ptr::null(),
        len: 0,
    };

    /// Refer to a static string.
    pub const fn new(s: &'static str) -> Self {
        StrRef {
            ptr: s.as_ptr(),
            len: s.len(),
        }
    }

    /// Refer to a borrowed string. The caller keeps `s` alive while the StrRef is read.
    pub fn borrowed(s: &str) -> Self {
        StrRef {
            ptr: s.as_ptr(),
            len: s.len(),
        }
    }

    /// Refer to an optional string: `None` is a null pointer. `Some("")` is not, since a
    /// Rust string's pointer is never null, so the two stay apart.
    pub fn optional(s: Option<&str>) -> Self {
        s.map_or(StrRef::EMPTY, StrRef::borrowed)
    }

    /// Read an optional string back (see [`StrRef::optional`]).
    ///
    /// # Safety
    /// As [`StrRef::to_str`].
    pub unsafe fn to_optional_str<'a>(self) -> Result<Option<&'a str>, std::str::Utf8Error> {
        if self.ptr.is_null() {
            Ok(None)
        } else {
            // SAFETY: guaranteed by the caller.
            unsafe { self.to_str() }.map(Some)
        }
    }

    /// Read the string back.
    ///
    /// # Safety
    /// `ptr`/`len` must describe readable memory that outlives `'a` (for an entry
    /// struct: the library must stay loaded).
    pub unsafe fn to_str<'a>(self) -> Result<&'a str, std::str::Utf8Error> {
        if self.len == 0 {
            return Ok("");
        }
        // SAFETY: guaranteed by the caller.
        let bytes = unsafe { std::slice::from_raw_parts(self.ptr, self.len) };
        std::str::from_utf8(bytes)
    }
}

/// Build the array of kind names for an entry struct at compile time.
pub const fn str_refs<const N: usize>(items: &'static [&'static str]) -> [StrRef; N] {
    let mut out = [StrRef::EMPTY; N];
    let mut i = 0;
    while i < N {
        out[i] = StrRef::new(items[i]);
        i += 1;
    }
    out
}

/// A byte buffer allocated by the plugin and handed to the host, which must give it
/// back through [`PluginEntry::free_buffer`].
#[repr(C)]
#[derive(Debug)]
pub struct Buffer {
    /// Start of the bytes (null for an empty buffer).
    pub ptr: *mut u8,
    /// Number of initialized bytes.
    pub len: usize,
    /// Allocated capacity, needed to free the allocation.
    pub cap: usize,
}

impl Buffer {
    /// The empty buffer; freeing it is a no-op.
    pub const EMPTY: Buffer = Buffer {
        ptr: std::ptr::null_mut(),
        len: 0,
        cap: 0,
    };

    /// Hand a vector's allocation over the boundary.
    pub fn from_vec(v: Vec<u8>) -> Self {
        let mut v = std::mem::ManuallyDrop::new(v);
        Buffer {
            ptr: v.as_mut_ptr(),
            len: v.len(),
            cap: v.capacity(),
        }
    }

    /// View the bytes.
    ///
    /// # Safety
    /// The buffer must come from [`Buffer::from_vec`] (on either side) and not be freed.
    pub unsafe fn as_slice(&self) -> &[u8] {
        if self.ptr.is_null() {
            &[]
        } else {
            // SAFETY: guaranteed by the caller.
            unsafe { std::slice::from_raw_parts(self.ptr, self.len) }
        }
    }
}

/// Result of every fallible plugin function, as an `i32`.
#[repr(i32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Success; the out buffer holds the result.
    Ok = 0,
    /// The extractor returned an error; the out buffer holds its message.
    Error = 1,
    /// The extractor panicked; the out buffer holds the panic message.
    Panic = 2,
    /// The bytes passed in could not be read; the out buffer holds why.
    BadInput = 3,
}

impl Status {
    /// Decode a status returned over the boundary.
    pub fn from_i32(v: i32) -> Option<Status> {
        match v {
            0 => Some(Status::Ok),
            1 => Some(Status::Error),
            2 => Some(Status::Panic),
            3 => Some(Status::BadInput),
            _ => None,
        }
    }
}

/// `create(config_json, config_len, handle_out, message_out) -> Status`.
///
/// On success `*handle_out` is the extractor's handle. On failure `*message_out` holds
/// the message (free it with `free_buffer`).
pub type CreateFn = unsafe extern "C" fn(
    config: *const u8,
    config_len: usize,
    handle_out: *mut *mut c_void,
    message_out: *mut Buffer,
) -> i32;

/// `extract(handle, document_json, document_len, out) -> Status`.
///
/// On success `*out` holds a JSON array of claims; otherwise a message. Either way the
/// host frees `*out` with `free_buffer`. May be called from several threads at once.
pub type ExtractFn = unsafe extern "C" fn(
    handle: *const c_void,
    doc: *const u8,
    doc_len: usize,
    out: *mut Buffer,
) -> i32;

/// `extract_view(handle, view, out) -> Status`: [`ExtractFn`] with the document passed as
/// a [`DocumentView`] instead of JSON.
///
/// The view and everything it points at are owned by the host and only borrowed for the
/// duration of the call. The answer is exactly that of `extract`: on success `*out`
/// holds a JSON array of claims; otherwise a message; either way the host frees it with
/// `free_buffer`. May be called from several threads at once.
pub type ExtractViewFn = unsafe extern "C" fn(
    handle: *const c_void,
    view: *const DocumentView<'_>,
    out: *mut Buffer,
) -> i32;

/// `extract_packed(handle, view, out) -> Status`: [`ExtractViewFn`] with the claims
/// answered as a [`packed`] buffer instead of JSON.
///
/// The view is borrowed as for `extract_view`. On success `*out` holds the claims in
/// the [`packed`] encoding; otherwise a message, as for the other calls; either way the
/// host frees it with `free_buffer`. May be called from several threads at once.
pub type ExtractPackedFn = unsafe extern "C" fn(
    handle: *const c_void,
    view: *const DocumentView<'_>,
    out: *mut Buffer,
) -> i32;

/// A [`Document`] lent across the boundary without serializing it: borrowed UTF-8
/// strings for the text and metadata, and the paragraph and sentence spans as the
/// host's own arrays of [`Span`] (`#[repr(C)]`: two `size_t` each, byte offsets).
///
/// An optional string that is absent has a null pointer; the publication date is given
/// as days from the common era (`0001-01-01` is day 1, chrono's `num_days_from_ce`),
/// meaningful only when `has_published` is 1. The lifetime ties a view made in Rust to
/// the document it borrows from.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct DocumentView<'a> {
    /// As [`Document::id`].
    pub id: StrRef,
    /// As [`Document::title`]; null when absent.
    pub title: StrRef,
    /// As [`Document::source`]; null when absent.
    pub source: StrRef,
    /// As [`Document::url`]; null when absent.
    pub url: StrRef,
    /// As [`Document::text`].
    pub text: StrRef,
    /// [`Document::published`] as days from the common era, when `has_published` is 1.
    pub published_days_from_ce: i32,
    /// 1 when the document has a publication date, 0 when it has none.
    pub has_published: u32,
    /// First of [`Document::paragraphs`] (may be null when there are none).
    pub paragraphs: *const Span,
    /// Number of paragraphs.
    pub paragraphs_len: usize,
    /// First of [`Document::sentences`] (may be null when there are none).
    pub sentences: *const Span,
    /// Number of sentences.
    pub sentences_len: usize,
    /// The document the pointers borrow from.
    pub borrow: PhantomData<&'a Document>,
}

impl<'a> DocumentView<'a> {
    /// A view of `doc`, valid while `doc` is borrowed.
    pub fn new(doc: &'a Document) -> Self {
        DocumentView {
            id: StrRef::borrowed(&doc.id),
            title: StrRef::optional(doc.title.as_deref()),
            source: StrRef::optional(doc.source.as_deref()),
            url: StrRef::optional(doc.url.as_deref()),
            text: StrRef::borrowed(&doc.text),
            published_days_from_ce: doc.published.map_or(0, |d| d.num_days_from_ce()),
            has_published: u32::from(doc.published.is_some()),
            paragraphs: doc.paragraphs.as_ptr(),
            paragraphs_len: doc.paragraphs.len(),
            sentences: doc.sentences.as_ptr(),
            sentences_len: doc.sentences.len(),
            borrow: PhantomData,
        }
    }

    /// The document back, owned, as the plugin's [`Extractor`] takes it: the strings are
    /// checked to be UTF-8 and copied with the spans (a copy is one `memcpy` each, far
    /// cheaper than the JSON it replaces; the spans are checked by the host's validation
    /// of the claims, as for a document read from JSON).
    ///
    /// # Safety
    /// Every pointer of the view must describe readable memory of its length (or be
    /// null with length 0) for the duration of the call, as a view made by
    /// [`DocumentView::new`] from a live document does.
    pub unsafe fn to_document(&self) -> Result<Document, String> {
        let text = |s: StrRef, what: &str| {
            // SAFETY: guaranteed by the caller.
            unsafe { s.to_str() }
                .map(str::to_owned)
                .map_err(|e| format!("the document's {what} is not UTF-8: {e}"))
        };
        let optional = |s: StrRef, what: &str| {
            // SAFETY: guaranteed by the caller.
            unsafe { s.to_optional_str() }
                .map(|s| s.map(str::to_owned))
                .map_err(|e| format!("the document's {what} is not UTF-8: {e}"))
        };
        let published = match self.has_published {
            0 => None,
            1 => Some(
                NaiveDate::from_num_days_from_ce_opt(self.published_days_from_ce).ok_or_else(
                    || {
                        format!(
                            "the document's publication day {} is out of range",
                            self.published_days_from_ce
                        )
                    },
                )?,
            ),
            other => return Err(format!("has_published is {other}, not 0 or 1")),
        };
        Ok(Document {
            id: text(self.id, "id")?,
            title: optional(self.title, "title")?,
            source: optional(self.source, "source")?,
            url: optional(self.url, "url")?,
            published,
            text: text(self.text, "text")?,
            // SAFETY: guaranteed by the caller.
            paragraphs: unsafe { spans(self.paragraphs, self.paragraphs_len) }.to_vec(),
            // SAFETY: guaranteed by the caller.
            sentences: unsafe { spans(self.sentences, self.sentences_len) }.to_vec(),
        })
    }
}

/// # Safety
/// `ptr` must point at `len` readable spans (or `len == 0`).
unsafe fn spans<'a>(ptr: *const Span, len: usize) -> &'a [Span] {
    if len == 0 || ptr.is_null() {
        &[]
    } else {
        // SAFETY: guaranteed by the caller; every bit pattern is a valid Span (two usizes).
        unsafe { std::slice::from_raw_parts(ptr, len) }
    }
}

/// `free_buffer(buffer)`: give back a buffer the plugin allocated.
pub type FreeBufferFn = unsafe extern "C" fn(buffer: Buffer);

/// `destroy(handle)`: drop an extractor made by `create`.
pub type DestroyFn = unsafe extern "C" fn(handle: *mut c_void);

/// The one static struct a plugin library exports.
#[repr(C)]
#[derive(Debug)]
pub struct PluginEntry {
    /// `size_of::<PluginEntry>()` as the plugin saw it.
    pub size: u32,
    /// [`ABI_VERSION`] as the plugin saw it.
    pub abi_version: u32,
    /// Plugin name.
    pub name: StrRef,
    /// Plugin version.
    pub version: StrRef,
    /// One-line description.
    pub description: StrRef,
    /// Claim kinds the plugin emits.
    pub kinds: *const StrRef,
    /// Number of kinds.
    pub kinds_len: usize,
    /// Create an extractor from its JSON configuration.
    pub create: CreateFn,
    /// Extract claims from a JSON document.
    pub extract: ExtractFn,
    /// Free a buffer returned by `create` or `extract`.
    pub free_buffer: FreeBufferFn,
    /// Drop an extractor.
    pub destroy: DestroyFn,
    /// Extract claims from a [`DocumentView`]. Appended to the struct after the first
    /// release of ABI version 1: a library built before has an entry of
    /// [`MIN_ENTRY_SIZE`] bytes without it, and the host reads it only when `size` says
    /// it is there (see [`PluginEntry::has_view`]).
    pub extract_view: ExtractViewFn,
    /// Extract claims from a [`DocumentView`] and answer them [`packed`] instead of as
    /// JSON. Appended after `extract_view`: a library built before has an entry of
    /// [`VIEW_ENTRY_SIZE`] bytes (or [`MIN_ENTRY_SIZE`]) without it, and the host reads
    /// it only when `size` says it is there (see [`PluginEntry::has_packed`]).
    pub extract_packed: ExtractPackedFn,
}

/// The size of the first `PluginEntry` of ABI version 1, which ended with `destroy`:
/// the least a host accepts. Fields appended since then are read only when `size`
/// covers them.
pub const MIN_ENTRY_SIZE: usize = std::mem::offset_of!(PluginEntry, extract_view);

/// The size of the `PluginEntry` of libraries built after `extract_view` was appended
/// and before `extract_packed` was: they answer claims as JSON only.
pub const VIEW_ENTRY_SIZE: usize = std::mem::offset_of!(PluginEntry, extract_packed);

// SAFETY: the entry struct is immutable static data plus function pointers.
unsafe impl Sync for PluginEntry {}

impl PluginEntry {
    /// The entry struct for extractor `T`; used by [`export_plugin!`](crate::export_plugin).
    pub const fn of<T: Extractor>(kinds: &'static [StrRef]) -> PluginEntry {
        PluginEntry {
            size: std::mem::size_of::<PluginEntry>() as u32,
            abi_version: ABI_VERSION,
            name: StrRef::new(T::MANIFEST.name),
            version: StrRef::new(T::MANIFEST.version),
            description: StrRef::new(T::MANIFEST.description),
            kinds: kinds.as_ptr(),
            kinds_len: kinds.len(),
            create: ffi_create::<T>,
            extract: ffi_extract::<T>,
            free_buffer: ffi_free_buffer,
            destroy: ffi_destroy::<T>,
            extract_view: ffi_extract_view::<T>,
            extract_packed: ffi_extract_packed::<T>,
        }
    }

    /// True when the entry, as its library declared its `size`, has
    /// [`PluginEntry::extract_view`].
    pub fn has_view(&self) -> bool {
        self.size as usize
            >= std::mem::offset_of!(PluginEntry, extract_view)
                + std::mem::size_of::<ExtractViewFn>()
    }

    /// True when the entry, as its library declared its `size`, has
    /// [`PluginEntry::extract_packed`].
    pub fn has_packed(&self) -> bool {
        self.size as usize
            >= std::mem::offset_of!(PluginEntry, extract_packed)
                + std::mem::size_of::<ExtractPackedFn>()
    }
}

/// Turn a panic payload into its message.
pub fn panic_message(payload: &(dyn Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_owned()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "panic with a non-string payload".to_owned()
    }
}

/// Run `f`, turning an error or a panic into a status and message.
fn guarded(f: impl FnOnce() -> Result<Vec<u8>, (Status, String)>) -> (Status, Vec<u8>) {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(Ok(bytes)) => (Status::Ok, bytes),
        Ok(Err((status, msg))) => (status, msg.into_bytes()),
        Err(payload) => (Status::Panic, panic_message(payload.as_ref()).into_bytes()),
    }
}

/// # Safety
/// `ptr`/`len` must describe readable memory (or `len == 0`).
unsafe fn input<'a>(ptr: *const u8, len: usize) -> &'a [u8] {
    if len == 0 || ptr.is_null() {
        &[]
    } else {
        // SAFETY: guaranteed by the caller.
        unsafe { std::slice::from_raw_parts(ptr, len) }
    }
}

unsafe extern "C" fn ffi_create<T: Extractor>(
    config: *const u8,
    config_len: usize,
    handle_out: *mut *mut c_void,
    message_out: *mut Buffer,
) -> i32 {
    // SAFETY: the host passes a valid config buffer.
    let bytes = unsafe { input(config, config_len) };
    let mut handle: *mut c_void = std::ptr::null_mut();
    let (status, message) = guarded(|| {
        let config: serde_json::Value = if bytes.is_empty() {
            serde_json::Value::Object(Default::default())
        } else {
            serde_json::from_slice(bytes)
                .map_err(|e| (Status::BadInput, format!("configuration is not JSON: {e}")))?
        };
        let extractor = T::create(&config).map_err(|e| (Status::Error, e.to_string()))?;
        handle = Box::into_raw(Box::new(extractor)).cast();
        Ok(Vec::new())
    });
    // SAFETY: the host passes valid out pointers.
    unsafe {
        *handle_out = handle;
        *message_out = Buffer::from_vec(message);
    }
    status as i32
}

unsafe extern "C" fn ffi_extract<T: Extractor>(
    handle: *const c_void,
    doc: *const u8,
    doc_len: usize,
    out: *mut Buffer,
) -> i32 {
    // SAFETY: the host passes a valid document buffer.
    let bytes = unsafe { input(doc, doc_len) };
    let (status, result) = guarded(|| {
        if handle.is_null() {
            return Err((Status::BadInput, "null extractor handle".to_owned()));
        }
        // SAFETY: a non-null handle was made by ffi_create::<T> and is not destroyed yet.
        let extractor = unsafe { &*handle.cast::<T>() };
        let doc: Document = serde_json::from_slice(bytes)
            .map_err(|e| (Status::BadInput, format!("document is not valid JSON: {e}")))?;
        claims_json(extractor, &doc)
    });
    // SAFETY: the host passes a valid out pointer.
    unsafe { *out = Buffer::from_vec(result) };
    status as i32
}

unsafe extern "C" fn ffi_extract_view<T: Extractor>(
    handle: *const c_void,
    view: *const DocumentView<'_>,
    out: *mut Buffer,
) -> i32 {
    // SAFETY: the host passes the handle and view of the call (see `answer_view`).
    unsafe { answer_view::<T>(handle, view, out, claims_json) }
}

unsafe extern "C" fn ffi_extract_packed<T: Extractor>(
    handle: *const c_void,
    view: *const DocumentView<'_>,
    out: *mut Buffer,
) -> i32 {
    // SAFETY: the host passes the handle and view of the call (see `answer_view`).
    unsafe {
        answer_view::<T>(handle, view, out, |extractor, doc| {
            let claims = extractor
                .extract(doc)
                .map_err(|e| (Status::Error, e.to_string()))?;
            // The encoder leaves out a claim's text that is the text under its span, as
            // claims_json does, for the same reasons.
            packed::encode(&claims, &doc.text)
                .map_err(|e| (Status::Error, format!("cannot pack claims: {e}")))
        })
    }
}

/// The two calls that take the document as a view: check the handle and the view, read
/// the document out of the view, and write what `answer` makes of it into `out`, with
/// panics caught and failures as a status and message.
///
/// # Safety
/// `handle` is null or was made by `ffi_create::<T>` and not destroyed yet; `view` is
/// null or points at a view of a document the host keeps alive for the call; `out` is
/// a valid out pointer.
unsafe fn answer_view<T: Extractor>(
    handle: *const c_void,
    view: *const DocumentView<'_>,
    out: *mut Buffer,
    answer: impl FnOnce(&T, &Document) -> Result<Vec<u8>, (Status, String)>,
) -> i32 {
    let (status, result) = guarded(|| {
        if handle.is_null() {
            return Err((Status::BadInput, "null extractor handle".to_owned()));
        }
        if view.is_null() {
            return Err((Status::BadInput, "null document view".to_owned()));
        }
        // SAFETY: a non-null handle was made by ffi_create::<T> and is not destroyed yet.
        let extractor = unsafe { &*handle.cast::<T>() };
        // SAFETY: the host passes a view of a document it keeps alive for the call.
        let doc = unsafe { (*view).to_document() }.map_err(|e| (Status::BadInput, e))?;
        answer(extractor, &doc)
    });
    // SAFETY: the host passes a valid out pointer.
    unsafe { *out = Buffer::from_vec(result) };
    status as i32
}

/// The extractor's claims for `doc` as the JSON array the JSON-answering extract calls
/// return.
fn claims_json<T: Extractor>(extractor: &T, doc: &Document) -> Result<Vec<u8>, (Status, String)> {
    let mut claims: Vec<Claim> = extractor
        .extract(doc)
        .map_err(|e| (Status::Error, e.to_string()))?;
    // A claim's text that is exactly the text under its span is sent empty: the host
    // fills an empty text from the span, so it reads the same claim, and the text is
    // neither escaped here nor parsed there. A text that differs is sent as it is, for
    // the host to refuse.
    for claim in &mut claims {
        if claim.span.slice(&doc.text) == Some(claim.text.as_str()) {
            claim.text.clear();
        }
    }
    serde_json::to_vec(&claims)
        .map_err(|e| (Status::Error, format!("cannot serialize claims: {e}")))
}

unsafe extern "C" fn ffi_free_buffer(buffer: Buffer) {
    if !buffer.ptr.is_null() {
        // SAFETY: every buffer handed out by this library comes from Buffer::from_vec in
        // this library, so it was allocated by this library's allocator.
        drop(unsafe { Vec::from_raw_parts(buffer.ptr, buffer.len, buffer.cap) });
    }
}

unsafe extern "C" fn ffi_destroy<T: Extractor>(handle: *mut c_void) {
    if handle.is_null() {
        return;
    }
    // A panicking Drop must not unwind into the host; there is nobody to tell, so the
    // panic is swallowed after the default hook has printed it.
    let _ = catch_unwind(AssertUnwindSafe(|| {
        // SAFETY: the handle was made by ffi_create::<T> and is destroyed exactly once.
        drop(unsafe { Box::from_raw(handle.cast::<T>()) });
    }));
}

/// Export an [`Extractor`](crate::Extractor) as a dynamically loadable plugin.
///
/// Put it once in the plugin crate (built with `crate-type = ["cdylib", "rlib"]`):
///
/// ```
/// use dateline_plugin::serde_json::Value;
/// use dateline_plugin::{Claim, Document, Extractor, Manifest, PluginError};
///
/// struct Silent;
///
/// impl Extractor for Silent {
///     const MANIFEST: Manifest = Manifest {
///         name: "silent",
///         version: "1.0.0",
///         description: "finds nothing",
///         kinds: &[],
///     };
///     fn create(_config: &Value) -> Result<Self, PluginError> {
///         Ok(Silent)
///     }
///     fn extract(&self, _doc: &Document) -> Result<Vec<Claim>, PluginError> {
///         Ok(Vec::new())
///     }
/// }
///
/// dateline_plugin::export_plugin!(Silent);
/// ```
///
/// It defines the static [`PluginEntry`] under the symbol
/// `dateline_plugin_entry_<crate name>`, so the same crate can also be linked into a
/// binary next to other plugins.
#[macro_export]
macro_rules! export_plugin {
    ($extractor:ty) => {
        const _: () = {
            static KINDS: [$crate::abi::StrRef;
                <$extractor as $crate::Extractor>::MANIFEST.kinds.len()] =
                $crate::abi::str_refs(<$extractor as $crate::Extractor>::MANIFEST.kinds);

            #[unsafe(export_name = concat!("dateline_plugin_entry_", env!("CARGO_CRATE_NAME")))]
            pub static DATELINE_PLUGIN_ENTRY: $crate::abi::PluginEntry =
                $crate::abi::PluginEntry::of::<$extractor>(&KINDS);
        };
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Manifest, Payload, PluginError};
    use serde_json::{Value, json};

    /// Reports every sentence with the document's metadata, so that a field the view
    /// lost would change the output.
    struct Echo;

    impl Extractor for Echo {
        const MANIFEST: Manifest = Manifest {
            name: "echo",
            version: "1.0.0",
            description: "every sentence, with the metadata",
            kinds: &["echo"],
        };
        fn create(_: &Value) -> Result<Self, PluginError> {
            Ok(Echo)
        }
        fn extract(&self, doc: &Document) -> Result<Vec<Claim>, PluginError> {
            let meta = json!({
                "id": doc.id, "title": doc.title, "source": doc.source, "url": doc.url,
                "published": doc.published, "paragraphs": doc.paragraphs,
            });
            Ok(doc
                .sentences
                .iter()
                .map(|&s| Claim::new(doc, s, Payload::other("echo", meta.clone())))
                .collect())
        }
    }

    static KINDS: [StrRef; 1] = str_refs(&["echo"]);
    static ENTRY: PluginEntry = PluginEntry::of::<Echo>(&KINDS);

    fn documents() -> Vec<Document> {
        let mut full = Document::from_text("dir/é.md", "Ünï one. Two «three».\n\nFour.");
        full.title = Some(String::new());
        full.source = Some("Wire".into());
        full.url = Some("https://example.org/a".into());
        full.published = NaiveDate::from_ymd_opt(1998, 1, 8);
        full.paragraphs = vec![Span::new(0, 24), Span::new(26, 31)];
        full.sentences = vec![Span::new(0, 9), Span::new(10, 24), Span::new(26, 31)];
        let mut empty = Document::from_text("", "");
        empty.paragraphs.clear();
        empty.sentences.clear();
        let mut early = Document::from_text("early", "x");
        early.published = NaiveDate::from_ymd_opt(1, 1, 1);
        vec![full, empty, early]
    }

    fn call(
        f: impl FnOnce(*const c_void, *mut Buffer) -> i32,
        handle: *const c_void,
    ) -> (i32, Vec<u8>) {
        let mut out = Buffer::EMPTY;
        let status = f(handle, &mut out);
        // SAFETY: the buffer comes from the entry's extract call and is freed once.
        let bytes = unsafe { out.as_slice() }.to_vec();
        // SAFETY: as above.
        unsafe { (ENTRY.free_buffer)(out) };
        (status, bytes)
    }

    #[test]
    fn a_view_reads_back_as_the_same_document() {
        for doc in documents() {
            // SAFETY: the view borrows a live document.
            let back = unsafe { DocumentView::new(&doc).to_document() }.unwrap();
            assert_eq!(back, doc);
        }
    }

    #[test]
    fn view_and_json_calls_answer_byte_for_byte_the_same() {
        assert!(ENTRY.has_view());
        assert_eq!(ENTRY.size as usize, std::mem::size_of::<PluginEntry>());
        let mut handle: *mut c_void = std::ptr::null_mut();
        let mut message = Buffer::EMPTY;
        // SAFETY: valid pointers for the call; an empty configuration is `{}`.
        let status = unsafe { (ENTRY.create)(std::ptr::null(), 0, &mut handle, &mut message) };
        assert_eq!(status, Status::Ok as i32);
        for doc in documents() {
            let json = serde_json::to_vec(&doc).unwrap();
            let view = DocumentView::new(&doc);
            // SAFETY: live handle, live document bytes and view, valid out pointers.
            let by_json = call(
                |h, out| unsafe { (ENTRY.extract)(h, json.as_ptr(), json.len(), out) },
                handle,
            );
            // SAFETY: as above.
            let by_view = call(
                |h, out| unsafe { (ENTRY.extract_view)(h, &view, out) },
                handle,
            );
            assert_eq!(by_json.0, Status::Ok as i32);
            assert_eq!(by_json, by_view, "{}", doc.id);
        }
        // SAFETY: the handle came from create and is destroyed once.
        unsafe { (ENTRY.destroy)(handle) };
    }

    #[test]
    fn packed_and_json_calls_give_the_same_claims() {
        assert!(ENTRY.has_packed());
        let handle = Box::into_raw(Box::new(Echo)).cast::<c_void>();
        for doc in documents() {
            let view = DocumentView::new(&doc);
            // SAFETY: live handle and view, valid out pointers.
            let (status, json) = call(
                |h, out| unsafe { (ENTRY.extract_view)(h, &view, out) },
                handle,
            );
            assert_eq!(status, Status::Ok as i32);
            // SAFETY: as above.
            let (status, bytes) = call(
                |h, out| unsafe { (ENTRY.extract_packed)(h, &view, out) },
                handle,
            );
            assert_eq!(status, Status::Ok as i32);
            // The JSON leaves out texts that are the text under their span, for the
            // host to fill in; the packed decoder fills them itself.
            let mut by_json: Vec<Claim> = serde_json::from_slice(&json).unwrap();
            for c in &mut by_json {
                if c.text.is_empty() {
                    c.text = doc.slice(c.span).to_owned();
                }
            }
            let by_packed: Vec<Claim> = packed::decode(&bytes, &doc.text)
                .unwrap()
                .into_iter()
                .map(Result::unwrap)
                .collect();
            assert_eq!(by_packed, by_json, "{}", doc.id);
            assert_eq!(by_packed, Echo.extract(&doc).unwrap(), "{}", doc.id);
        }
        // SAFETY: a null view is refused before it is read.
        let (status, _) = call(
            |h, out| unsafe { (ENTRY.extract_packed)(h, std::ptr::null(), out) },
            handle,
        );
        assert_eq!(status, Status::BadInput as i32);
        // SAFETY: the handle was made above as ffi_create would, and is destroyed once.
        unsafe { (ENTRY.destroy)(handle) };
    }

    #[test]
    fn a_view_that_breaks_its_contract_is_bad_input() {
        let doc = Document::from_text("d", "text");
        let bad_bytes = [0xffu8, 0xfe];
        let mut not_utf8 = DocumentView::new(&doc);
        not_utf8.text = StrRef {
            ptr: bad_bytes.as_ptr(),
            len: bad_bytes.len(),
        };
        let mut bad_flag = DocumentView::new(&doc);
        bad_flag.has_published = 7;
        let mut bad_day = DocumentView::new(&doc);
        bad_day.has_published = 1;
        bad_day.published_days_from_ce = i32::MAX;
        let handle = Box::into_raw(Box::new(Echo)).cast::<c_void>();
        for view in [not_utf8, bad_flag, bad_day] {
            // SAFETY: live handle, a view of readable memory, a valid out pointer.
            let (status, message) = call(
                |h, out| unsafe { (ENTRY.extract_view)(h, &view, out) },
                handle,
            );
            assert_eq!(
                status,
                Status::BadInput as i32,
                "{}",
                String::from_utf8_lossy(&message)
            );
        }
        // SAFETY: a null view is refused before it is read.
        let (status, _) = call(
            |h, out| unsafe { (ENTRY.extract_view)(h, std::ptr::null(), out) },
            handle,
        );
        assert_eq!(status, Status::BadInput as i32);
        // SAFETY: the handle was made above as ffi_create would, and is destroyed once.
        unsafe { (ENTRY.destroy)(handle) };
    }
}
