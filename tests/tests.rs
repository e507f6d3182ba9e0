//! Integration tests of the `dateline` binary: one test binary, one module per area.

#[macro_use]
mod macros;
mod util;

/// Bad article files: clear per-file errors, the rest still processed.
mod bad_input;
/// The HTML page in headless Chromium: filters, no network, hostile text inert.
mod browser;
/// Command-line behaviour: exit codes, output files, the map output, plugin listing.
mod cli;
/// Same input, same bytes, whatever the thread count.
mod determinism;
/// The bundled plugins loaded from their cdylibs give the same timeline as compiled in.
mod dynamic;
/// The bundled example articles, end to end.
mod examples;
/// Plugins that panic, fail, return garbage or have the wrong ABI.
mod faults;
/// Inputs the fuzzers found (and hostile inputs), replayed through the fuzz targets.
mod fuzz_regressions;
/// Fault plugins in both modes: in-process and isolated in worker processes.
mod isolation;
/// `extract` as the map step of another engine: standard input, compact records.
mod map_step;
/// Packed claims against JSON, over the bundled plugins' real claims.
mod packed;
/// Properties over generated text: claim spans, sentence tiling, thread counts.
mod properties;
/// `extract -o` killed midway and resumed.
mod resume;
/// The merged timeline of a developing story in every format, and map/reduce.
mod timeline;
/// The tutorial's plugin, built and loaded as docs/writing-a-plugin.md says.
mod tutorial;
