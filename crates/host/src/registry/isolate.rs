//! Process isolation: a plugin run in worker processes of its own.
//!
//! The host starts a worker (the `dateline` binary's hidden worker command, or any
//! program that calls [`serve_builtin`] or [`serve_library`]) and speaks to it over
//! its standard input and output with the JSON of the C interface, framed so that any
//! bytes a plugin returns can be carried:
//!
//! - host to worker: `LEN\n` and LEN bytes; the first frame is the plugin's
//!   configuration (a JSON object), every later one a document;
//! - worker to host: `STATUS LEN\n` and LEN bytes, with the [`Status`] codes of the C
//!   interface; the answer to the configuration is the plugin's [`PluginInfo`] as JSON
//!   (or why it could not be created), the answer to a document the plugin's raw output.
//!
//! Each article has a timeout, and the worker an address-space limit that it sets on
//! itself before it loads the plugin. A worker that dies, times out, or sends more
//! than the output limit costs the plugin its claims for that one article: the host
//! reports it by plugin and article, kills what is left of the worker, and starts a
//! new one for the next article. The worker's standard output is moved to its
//! standard error before the plugin is loaded, so a plugin that prints cannot corrupt
//! the frames; what a worker prints on standard error is kept (the last few KiB) to
//! explain a crash.
//!
//! Several articles can be extracted at once: each caller takes an idle worker or
//! starts one, so there are at most as many workers as threads.

use std::collections::VecDeque;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use dateline_plugin::abi::{Buffer, Status, panic_message};
use dateline_plugin::serde_json::{self, Value};
use dateline_plugin::{Document, Extractor};

use super::{Origin, PluginInfo, lossy, take_buffer};
use crate::error::HostError;

/// How isolated plugins' workers are started and bounded.
#[derive(Debug, Clone, PartialEq)]
pub struct ProcessOptions {
    /// The worker program (usually the `dateline` binary itself).
    pub program: PathBuf,
    /// Arguments before the plugin's own (`--builtin NAME` or `--library PATH`).
    pub args: Vec<String>,
    /// How long one article may take.
    pub timeout: Duration,
    /// The worker's address-space limit in bytes (0 for none).
    pub memory_limit: u64,
}

impl ProcessOptions {
    /// Workers started as `program args…`, with the default timeout (60 s per
    /// article) and memory limit (2 GiB).
    pub fn new(program: impl Into<PathBuf>, args: Vec<String>) -> Self {
        ProcessOptions {
            program: program.into(),
            args,
            timeout: Duration::from_secs(60),
            memory_limit: 2 << 30,
        }
    }
}

/// Bytes of a worker's standard error kept to explain a crash.
const STDERR_TAIL: usize = 4096;

/// The longest frame header accepted (`STATUS LEN\n`).
const MAX_HEADER: u64 = 64;

/// One running worker process.
struct Worker {
    child: Child,
    /// Documents to write to the worker (a thread writes them, so that a worker that
    /// stops reading cannot block the host past the timeout).
    requests: Sender<Arc<[u8]>>,
    replies: Receiver<io::Result<(i32, Vec<u8>)>>,
    /// The largest reply the reader thread accepts, set before each call.
    max_output: Arc<AtomicU64>,
    stderr: Arc<Mutex<VecDeque<u8>>>,
}

/// The plugin's metadata as a worker sends it in its handshake.
#[derive(serde::Serialize, serde::Deserialize)]
struct Handshake {
    name: String,
    version: String,
    abi_version: u32,
    kinds: Vec<String>,
    description: String,
}

impl Worker {
    /// Start a worker and give it the plugin's configuration; returns the worker and
    /// the plugin's info.
    fn start(
        name: &str,
        plugin_args: &[String],
        config: &[u8],
        options: &ProcessOptions,
    ) -> Result<(Worker, PluginInfo), HostError> {
        let fail = |message: String| HostError::WorkerStart {
            plugin: name.to_owned(),
            message,
        };
        let mut child = Command::new(&options.program)
            .args(&options.args)
            .args(plugin_args)
            .arg("--memory-limit")
            .arg(options.memory_limit.to_string())
            // A backtrace would only bury the line that says why the worker died.
            .env("RUST_BACKTRACE", "0")
            // The `dateline` binary allocates with mimalloc, which reserves address
            // space a gigabyte at a time; under the worker's limit on address space
            // (`--memory-limit`) that reservation alone would leave no room to map the
            // plugin. Small reservations keep the limit about what the plugin uses.
            .env("MIMALLOC_ARENA_RESERVE", "16MiB")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| fail(format!("cannot run {}: {e}", options.program.display())))?;
        let stdin = child.stdin.take().expect("stdin is piped");
        let stdout = child.stdout.take().expect("stdout is piped");
        let stderr_pipe = child.stderr.take().expect("stderr is piped");

        let stderr = Arc::new(Mutex::new(VecDeque::with_capacity(STDERR_TAIL)));
        let tail = Arc::clone(&stderr);
        std::thread::spawn(move || drain_stderr(stderr_pipe, &tail));

        let (requests, to_write) = mpsc::channel::<Arc<[u8]>>();
        std::thread::spawn(move || write_requests(stdin, &to_write));

        let (reply_tx, replies) = mpsc::channel();
        let max_output = Arc::new(AtomicU64::new(1 << 20));
        let max = Arc::clone(&max_output);
        std::thread::spawn(move || read_replies(stdout, &max, &reply_tx));

        let mut worker = Worker {
            child,
            requests,
            replies,
            max_output,
            stderr,
        };
        let answer = worker.call(Arc::from(config), options.timeout, 1 << 20);
        let info = match answer {
            Ok((0, bytes)) => {
                let h: Handshake = serde_json::from_slice(&bytes)
                    .map_err(|e| fail(format!("bad handshake: {e}")))?;
                PluginInfo {
                    name: h.name,
                    version: h.version,
                    abi_version: h.abi_version,
                    kinds: h.kinds,
                    description: h.description,
                    origin: Origin::Builtin,
                }
            }
            Ok((_, bytes)) => return Err(fail(lossy(&bytes))),
            Err(Failure::Timeout) => {
                worker.kill();
                return Err(fail(format!(
                    "no answer within {} s",
                    options.timeout.as_secs_f64()
                )));
            }
            Err(failure) => return Err(fail(worker.describe(failure))),
        };
        Ok((worker, info))
    }

    /// Send one frame and wait for the answer.
    fn call(
        &mut self,
        frame: Arc<[u8]>,
        timeout: Duration,
        max_output: u64,
    ) -> Result<(i32, Vec<u8>), Failure> {
        self.max_output.store(max_output, Ordering::Relaxed);
        if self.requests.send(frame).is_err() {
            return Err(Failure::Died);
        }
        match self.replies.recv_timeout(timeout) {
            Ok(Ok(reply)) => Ok(reply),
            Ok(Err(e)) if e.kind() == io::ErrorKind::FileTooLarge => Err(Failure::TooLarge),
            Ok(Err(e)) if e.kind() == io::ErrorKind::InvalidData => {
                Err(Failure::Garbage(e.to_string()))
            }
            Ok(Err(_)) | Err(RecvTimeoutError::Disconnected) => Err(Failure::Died),
            Err(RecvTimeoutError::Timeout) => Err(Failure::Timeout),
        }
    }

    fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// How the worker ended, with the end of what it printed.
    fn describe(&mut self, failure: Failure) -> String {
        let how = match failure {
            Failure::Garbage(e) => {
                self.kill();
                format!("the worker broke the protocol ({e})")
            }
            _ => {
                // The worker is gone or going: give it a moment to be reaped, then make
                // sure it is.
                let status = wait_briefly(&mut self.child);
                self.kill();
                match status {
                    Some(status) => exit_description(status),
                    None => "the worker closed its output".to_owned(),
                }
            }
        };
        // The stderr thread may still be copying the last bytes the worker wrote.
        std::thread::sleep(Duration::from_millis(20));
        let tail = {
            let buf = self.stderr.lock().unwrap_or_else(|e| e.into_inner());
            let bytes: Vec<u8> = buf.iter().copied().collect();
            lossy(&bytes)
        };
        // The line that says why: an allocation failure or a panic, else the last one.
        let lines: Vec<&str> = tail
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        let last = lines
            .iter()
            .rev()
            .find(|l| l.starts_with("memory allocation of") || l.contains("panicked at"))
            .or(lines.last())
            .map(|l| l.chars().take(300).collect::<String>());
        match last {
            Some(line) => format!("{how}; it last printed: {line}"),
            None => how,
        }
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        self.kill();
    }
}

/// Why a call to a worker gave no answer.
enum Failure {
    Died,
    Timeout,
    TooLarge,
    Garbage(String),
}

fn wait_briefly(child: &mut Child) -> Option<std::process::ExitStatus> {
    for _ in 0..50 {
        match child.try_wait() {
            Ok(Some(status)) => return Some(status),
            Ok(None) => std::thread::sleep(Duration::from_millis(10)),
            Err(_) => return None,
        }
    }
    None
}

#[cfg(unix)]
fn exit_description(status: std::process::ExitStatus) -> String {
    use std::os::unix::process::ExitStatusExt;
    match (status.code(), status.signal()) {
        (Some(code), _) => format!("the worker exited with code {code}"),
        (None, Some(signal)) => {
            let name = match signal {
                4 => " (SIGILL)",
                6 => " (SIGABRT)",
                7 => " (SIGBUS)",
                8 => " (SIGFPE)",
                9 => " (SIGKILL)",
                11 => " (SIGSEGV)",
                24 => " (SIGXCPU)",
                _ => "",
            };
            format!("the worker was killed by signal {signal}{name}")
        }
        (None, None) => "the worker ended".to_owned(),
    }
}

#[cfg(not(unix))]
fn exit_description(status: std::process::ExitStatus) -> String {
    format!("the worker ended: {status}")
}

fn drain_stderr(mut pipe: impl Read, tail: &Mutex<VecDeque<u8>>) {
    let mut buf = [0u8; 4096];
    while let Ok(n) = pipe.read(&mut buf) {
        if n == 0 {
            break;
        }
        let mut tail = tail.lock().unwrap_or_else(|e| e.into_inner());
        tail.extend(&buf[..n]);
        let excess = tail.len().saturating_sub(STDERR_TAIL);
        tail.drain(..excess);
    }
}

fn write_requests(mut stdin: ChildStdin, requests: &Receiver<Arc<[u8]>>) {
    for frame in requests {
        let written = writeln!(stdin, "{}", frame.len())
            .and_then(|()| stdin.write_all(&frame))
            .and_then(|()| stdin.flush());
        if written.is_err() {
            break;
        }
    }
}

fn read_replies(
    stdout: impl Read,
    max_output: &AtomicU64,
    replies: &Sender<io::Result<(i32, Vec<u8>)>>,
) {
    let mut reader = BufReader::new(stdout);
    loop {
        let reply = read_reply(&mut reader, max_output.load(Ordering::Relaxed));
        let stop = reply.is_err();
        if replies.send(reply).is_err() || stop {
            break;
        }
    }
}

/// Read one `STATUS LEN\n` frame of at most `max_output` bytes. A frame that is
/// longer is an error of kind `FileTooLarge`, and a header that is not one is
/// `InvalidData`. Worker output is untrusted; this never panics (it has a fuzz
/// target).
pub fn read_reply(reader: &mut impl BufRead, max_output: u64) -> io::Result<(i32, Vec<u8>)> {
    let mut header = Vec::new();
    reader.take(MAX_HEADER).read_until(b'\n', &mut header)?;
    if header.is_empty() {
        return Err(io::Error::new(io::ErrorKind::UnexpectedEof, "no reply"));
    }
    let bad = || {
        let shown: String = String::from_utf8_lossy(&header).chars().take(40).collect();
        io::Error::new(
            io::ErrorKind::InvalidData,
            format!("bad frame header {shown:?}"),
        )
    };
    let text = std::str::from_utf8(&header).map_err(|_| bad())?;
    let text = text.strip_suffix('\n').ok_or_else(bad)?;
    let (status, len) = text.split_once(' ').ok_or_else(bad)?;
    let status: i32 = status.parse().map_err(|_| bad())?;
    let len: u64 = len.parse().map_err(|_| bad())?;
    if len > max_output {
        return Err(io::Error::new(
            io::ErrorKind::FileTooLarge,
            format!("{len} bytes"),
        ));
    }
    let mut bytes = Vec::new();
    reader.take(len).read_to_end(&mut bytes)?;
    if (bytes.len() as u64) < len {
        return Err(io::Error::new(io::ErrorKind::UnexpectedEof, "short frame"));
    }
    Ok((status, bytes))
}

/// A plugin run in worker processes.
pub(crate) struct Isolated {
    name: String,
    info: PluginInfo,
    plugin_args: Vec<String>,
    config: Vec<u8>,
    options: ProcessOptions,
    idle: Mutex<Vec<Worker>>,
}

impl Isolated {
    /// Start the first worker (so that a plugin that cannot start is reported now).
    pub(crate) fn start(
        name: &str,
        plugin_args: Vec<String>,
        config: &Value,
        options: &ProcessOptions,
    ) -> Result<Isolated, HostError> {
        let config = serde_json::to_vec(config).map_err(|e| HostError::WorkerStart {
            plugin: name.to_owned(),
            message: e.to_string(),
        })?;
        let (worker, info) = Worker::start(name, &plugin_args, &config, options)?;
        Ok(Isolated {
            name: info.name.clone(),
            info,
            plugin_args,
            config,
            options: options.clone(),
            idle: Mutex::new(vec![worker]),
        })
    }

    /// The plugin's info as its worker gave it.
    pub(crate) fn info(&self) -> &PluginInfo {
        &self.info
    }

    /// Extract one document: the plugin's status and raw output.
    pub(crate) fn extract(
        &self,
        doc_json: &Arc<[u8]>,
        article: &str,
        max_output: u64,
    ) -> Result<(i32, Vec<u8>), HostError> {
        let idle = self.idle.lock().unwrap_or_else(|e| e.into_inner()).pop();
        let mut worker = match idle {
            Some(worker) => worker,
            None => Worker::start(&self.name, &self.plugin_args, &self.config, &self.options)?.0,
        };
        let plugin = self.name.clone();
        let article = article.to_owned();
        match worker.call(Arc::clone(doc_json), self.options.timeout, max_output) {
            Ok(reply) => {
                self.idle
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .push(worker);
                Ok(reply)
            }
            Err(Failure::Timeout) => Err(HostError::PluginTimeout {
                plugin,
                article,
                seconds: self.options.timeout.as_secs_f64(),
            }),
            Err(Failure::TooLarge) => Err(HostError::OutputTooLarge {
                plugin,
                article,
                limit: max_output,
            }),
            Err(failure) => {
                let mut message = worker.describe(failure);
                if self.options.memory_limit > 0 && message.contains("memory allocation") {
                    message.push_str(&format!(
                        " (memory limit {} MiB)",
                        self.options.memory_limit >> 20
                    ));
                }
                Err(HostError::PluginCrash {
                    plugin,
                    article,
                    message,
                })
            }
        }
        // A worker that failed is dropped here, which kills it; the next article starts
        // a new one.
    }
}

/// A compiled-in extractor as the worker calls it: the claims as JSON, or a status and
/// a message.
type BuiltinFn = Box<dyn Fn(&Document) -> Result<Vec<u8>, (Status, String)>>;

/// The worker's side: what it serves.
enum Served {
    Builtin(BuiltinFn),
    Library {
        entry: &'static dateline_plugin::abi::PluginEntry,
        handle: *mut std::ffi::c_void,
    },
}

/// Serve compiled-in extractor `T` as a worker over standard input and output; returns
/// the process exit code. `memory_limit` (bytes, 0 for none) is applied first.
pub fn serve_builtin<T: Extractor>(memory_limit: u64) -> i32 {
    serve(memory_limit, |config| {
        let extractor = match catch_unwind(AssertUnwindSafe(|| T::create(config))) {
            Ok(Ok(e)) => e,
            Ok(Err(e)) => return Err(format!("create failed: {e}")),
            Err(p) => return Err(format!("create panicked: {}", panic_message(p.as_ref()))),
        };
        Ok((
            PluginInfo::of::<T>(),
            Served::Builtin(Box::new(move |doc: &Document| {
                let claims = extractor
                    .extract(doc)
                    .map_err(|e| (Status::Error, e.to_string()))?;
                serde_json::to_vec(&claims)
                    .map_err(|e| (Status::Error, format!("cannot serialize claims: {e}")))
            })),
        ))
    })
}

/// Serve the plugin library at `path` as a worker over standard input and output;
/// returns the process exit code. `memory_limit` (bytes, 0 for none) is applied before
/// the library is opened.
pub fn serve_library(path: &Path, memory_limit: u64) -> i32 {
    serve(memory_limit, |config| {
        let (entry, info) = super::open(path).map_err(|e| e.to_string())?;
        let config = serde_json::to_vec(config).map_err(|e| e.to_string())?;
        let mut handle: *mut std::ffi::c_void = std::ptr::null_mut();
        let mut message = Buffer::EMPTY;
        // SAFETY: the entry passed the size and ABI checks; the pointers are valid for
        // the call.
        let status =
            unsafe { (entry.create)(config.as_ptr(), config.len(), &mut handle, &mut message) };
        let text = take_buffer(entry, message);
        if Status::from_i32(status) != Some(Status::Ok) || handle.is_null() {
            return Err(format!(
                "plugin {} ({}): create failed: {}",
                info.name,
                path.display(),
                lossy(&text)
            ));
        }
        Ok((info, Served::Library { entry, handle }))
    })
}

fn serve(
    memory_limit: u64,
    create: impl FnOnce(&Value) -> Result<(PluginInfo, Served), String>,
) -> i32 {
    let mut protocol = match protocol_output() {
        Ok(out) => out,
        Err(e) => {
            eprintln!("dateline worker: cannot set up its output: {e}");
            return 2;
        }
    };
    if memory_limit > 0
        && let Err(e) = limit_memory(memory_limit)
    {
        eprintln!("dateline worker: cannot set the memory limit: {e}");
        return 2;
    }
    let stdin = io::stdin();
    let mut input = stdin.lock();
    let reply = |out: &mut dyn Write, status: i32, bytes: &[u8]| -> io::Result<()> {
        writeln!(out, "{status} {}", bytes.len())?;
        out.write_all(bytes)?;
        out.flush()
    };
    let Ok(Some(config)) = read_request(&mut input) else {
        return 2;
    };
    let config: Value = match serde_json::from_slice(&config) {
        Ok(v) => v,
        Err(e) => {
            let _ = reply(
                &mut protocol,
                3,
                format!("configuration is not JSON: {e}").as_bytes(),
            );
            return 2;
        }
    };
    let (info, served) = match create(&config) {
        Ok(created) => created,
        Err(message) => {
            let _ = reply(&mut protocol, 1, message.as_bytes());
            return 1;
        }
    };
    let handshake = Handshake {
        name: info.name,
        version: info.version,
        abi_version: info.abi_version,
        kinds: info.kinds,
        description: info.description,
    };
    let info_json = serde_json::to_vec(&handshake).expect("plugin info serializes");
    if reply(&mut protocol, 0, &info_json).is_err() {
        return 2;
    }
    while let Ok(Some(doc)) = read_request(&mut input) {
        let (status, bytes) = match &served {
            Served::Builtin(extract) => {
                let run = catch_unwind(AssertUnwindSafe(|| {
                    let doc: Document = serde_json::from_slice(&doc).map_err(|e| {
                        (Status::BadInput, format!("document is not valid JSON: {e}"))
                    })?;
                    extract(&doc)
                }));
                match run {
                    Ok(Ok(bytes)) => (Status::Ok as i32, bytes),
                    Ok(Err((status, message))) => (status as i32, message.into_bytes()),
                    Err(p) => (Status::Panic as i32, panic_message(p.as_ref()).into_bytes()),
                }
            }
            Served::Library { entry, handle } => {
                let mut out = Buffer::EMPTY;
                // SAFETY: the handle was created by this entry and is alive; the
                // document bytes are valid for the call.
                let status = unsafe { (entry.extract)(*handle, doc.as_ptr(), doc.len(), &mut out) };
                (status, take_buffer(entry, out))
            }
        };
        if reply(&mut protocol, status, &bytes).is_err() {
            break;
        }
    }
    0
}

/// Read one `LEN\n` frame from the host; `None` at the end of input.
fn read_request(input: &mut impl BufRead) -> io::Result<Option<Vec<u8>>> {
    let mut header = Vec::new();
    input.take(MAX_HEADER).read_until(b'\n', &mut header)?;
    if header.is_empty() {
        return Ok(None);
    }
    let len: usize = std::str::from_utf8(&header)
        .ok()
        .and_then(|h| h.trim_end().parse().ok())
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidData, "bad request header"))?;
    let mut bytes = vec![0; len];
    input.read_exact(&mut bytes)?;
    Ok(Some(bytes))
}

/// The worker's protocol output: the original standard output, with file descriptor 1
/// moved onto standard error so that whatever the plugin prints cannot corrupt frames.
#[cfg(unix)]
fn protocol_output() -> io::Result<Box<dyn Write>> {
    use std::os::fd::FromRawFd;
    io::stdout().flush()?;
    // SAFETY: plain descriptor calls on the process's own standard descriptors.
    let fd = unsafe { libc::dup(1) };
    if fd < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: as above.
    if unsafe { libc::dup2(2, 1) } < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: `fd` is a fresh descriptor that nothing else owns.
    let file = unsafe { std::fs::File::from_raw_fd(fd) };
    Ok(Box::new(io::BufWriter::new(file)))
}

#[cfg(not(unix))]
fn protocol_output() -> io::Result<Box<dyn Write>> {
    Ok(Box::new(io::stdout()))
}

#[cfg(unix)]
fn limit_memory(bytes: u64) -> io::Result<()> {
    let limit = libc::rlimit {
        rlim_cur: bytes as libc::rlim_t,
        rlim_max: bytes as libc::rlim_t,
    };
    // SAFETY: setrlimit reads the struct it is given.
    if unsafe { libc::setrlimit(libc::RLIMIT_AS, &limit) } != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

#[cfg(not(unix))]
fn limit_memory(_: u64) -> io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reply_frames_are_bounded_and_checked() {
        let read = |bytes: &[u8], max| read_reply(&mut &bytes[..], max);
        assert_eq!(read(b"0 2\n[]", 10).unwrap(), (0, b"[]".to_vec()));
        assert_eq!(read(b"2 4\nboom", 10).unwrap(), (2, b"boom".to_vec()));
        let kind = |bytes: &[u8], max| read(bytes, max).unwrap_err().kind();
        assert_eq!(kind(b"0 11\n[]", 10), io::ErrorKind::FileTooLarge);
        assert_eq!(kind(b"0 5\n[]", 10), io::ErrorKind::UnexpectedEof);
        assert_eq!(kind(b"", 10), io::ErrorKind::UnexpectedEof);
        assert_eq!(kind(b"hello world\n", 10), io::ErrorKind::InvalidData);
        assert_eq!(kind(b"0 -1\n", 10), io::ErrorKind::InvalidData);
        assert_eq!(kind(&[b'9'; 100], 10), io::ErrorKind::InvalidData);
    }
}
