//! The C binary interface between the host and a dynamically loaded plugin.
//!
//! A plugin library exports exactly one static [`PluginEntry`] under a symbol whose
//! name starts with [`ENTRY_SYMBOL_PREFIX`] (the macro appends the crate name, so that
//! several plugins can also be linked into one binary without clashing). The struct
//! opens with its own size and [`ABI_VERSION`], which the host compares before it reads
//! anything else; then come the metadata strings, readable without running plugin
//! code; then the `extern "C"` functions.
//!
//! Data crosses the boundary as JSON bytes, never as Rust types. The side that
//! allocates a buffer frees it: buffers returned by the plugin go back through
//! [`PluginEntry::free_buffer`]; bytes passed in by the host stay owned by the host.
//! No panic crosses the boundary: every function catches unwinding and returns a
//! [`Status`] with a message.
//!
//! Plugins never write this by hand: [`export_plugin!`](crate::export_plugin) does it.

use std::any::Any;
use std::ffi::c_void;
use std::panic::{AssertUnwindSafe, catch_unwind};

use crate::{Claim, Document, Extractor};

/// The version of this binary interface. The host refuses a library whose entry
/// struct declares another one.
pub const ABI_VERSION: u32 = 1;

/// Every plugin entry symbol starts with this; the export macro appends the crate name.
pub const ENTRY_SYMBOL_PREFIX: &str = "dateline_plugin_entry_";

/// A borrowed UTF-8 string with static lifetime inside the plugin library.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct StrRef {
    /// First byte.
    pub ptr: *const u8,
    /// Length in bytes.
    pub len: usize,
}

// SAFETY: a StrRef only ever points at immutable 'static string data.
unsafe impl Sync for StrRef {}
// SAFETY: as above; the data is immutable and lives as long as the library.
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
}

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
        }
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
        let claims: Vec<Claim> = extractor
            .extract(&doc)
            .map_err(|e| (Status::Error, e.to_string()))?;
        serde_json::to_vec(&claims)
            .map_err(|e| (Status::Error, format!("cannot serialize claims: {e}")))
    });
    // SAFETY: the host passes a valid out pointer.
    unsafe { *out = Buffer::from_vec(result) };
    status as i32
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
