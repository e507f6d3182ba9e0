//! Typed payloads of the built-in claim kinds.
//!
//! Each lives in its own module so that the plugin that owns a kind can grow its
//! payload without touching the others.

pub mod casualty;
pub mod quote;
pub mod time;
