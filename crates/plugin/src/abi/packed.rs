//! Packed claims: the binary form in which a plugin library hands its claims back
//! through [`PluginEntry::extract_packed`](super::PluginEntry::extract_packed).
//!
//! Writing the claims as JSON in the plugin and parsing them again in the host cost a
//! loaded plugin about a fifth more instructions than the same plugin compiled in (see
//! `docs/performance.md`). This encoding carries exactly the same [`Claim`]s with plain
//! little-endian, length-prefixed fields, so that neither side escapes, formats or
//! parses anything for the built-in payloads (`time`, `casualty`, `quote`). A payload
//! of a plugin's own kind is still carried as JSON text inside the buffer, since only
//! the plugin knows its shape.
//!
//! The layout (every integer little-endian; `docs/abi.md` has the same table):
//!
//! ```text
//! buffer   := magic "DLPC" | u32 version (1) | u32 claim count | claim*
//! claim    := u32 byte length of the body | body
//! body     := str plugin | str version | u64 span start | u64 span end
//!           | text | u64 sentence | u8 payload tag | payload
//! text     := u8 0 (the text under the span, not repeated) | u8 1, str
//! payload  := tag 0: str kind, str payload as JSON     (any kind, read as JSON is)
//!           | tag 1: timex | tag 2: casualty | tag 3: quote
//! str      := u32 byte length | UTF-8 bytes
//! opt<T>   := u8 0 | u8 1, T
//! bool     := u8 0 or 1
//! enums    := u8, numbered as in the tables below (never by declaration order)
//! timex    := u8 type | str value | opt<str> mod | opt<str> freq | opt<str> quant
//!           | u8 resolution | opt<interval> | opt<u8 granularity>
//! interval := datetime start | datetime end
//! datetime := i32 days from the common era (0001-01-01 is 1) | u32 seconds from
//!             midnight | u32 nanoseconds (a leap second has 1e9 or more)
//! casualty := u8 category | count | u8 role | opt<str> group | opt<str> place
//!           | opt<str> source | u32 number of parts | part* | u8 scope | opt<u32> incidents
//! count    := u64 min | opt<u64> max | u64 value | bool exact | opt<str> qualifier
//!           | opt<str> vague
//! part     := count | opt<str> group | u8 role
//! quote    := u8 kind | str content | u32 number of pieces | span* | opt<str> cue
//!           | opt<span> cue span | opt<str> speaker | opt<span> speaker span
//!           | opt<str> resolved speaker | opt<span> resolved speaker span
//! span     := u64 start | u64 end
//! ```
//!
//! Each claim carries its own length, so a claim whose content cannot be read (a bad
//! tag, a string that is not UTF-8) costs only itself, as a claim that is not a claim
//! does in the JSON array; a buffer whose framing is broken (bad magic, another version,
//! a length past the end) is refused whole. The decoder trusts nothing: it never
//! panics, never allocates more than the buffer can hold, and names the byte where it
//! stopped. It does not check spans against the document; the host's validation does
//! that for packed and JSON claims alike.
//!
//! ```
//! use dateline_plugin::abi::packed;
//! use dateline_plugin::{Claim, Document, Payload, Span};
//! use dateline_plugin::serde_json::json;
//!
//! let doc = Document::from_text("d", "A truce began.");
//! let claims = vec![Claim::new(&doc, Span::new(2, 7), Payload::other("truce", json!({"n": 1})))];
//! let bytes = packed::encode(&claims, &doc.text).unwrap();
//! let back = packed::decode(&bytes, &doc.text).unwrap();
//! assert_eq!(back, vec![Ok(claims[0].clone())]);
//! ```

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use serde_json::Value;
use thiserror::Error;

use crate::claim::payload_from_value;
use crate::{
    Casualty, CasualtyCategory, CasualtyPart, Claim, Count, Granularity, Interval, Payload, Quote,
    QuoteKind, Resolution, Role, Scope, Span, Timex, TimexType,
};

/// The first four bytes of every packed buffer.
pub const MAGIC: [u8; 4] = *b"DLPC";

/// The length of the header: the magic, the version and the claim count. A packed
/// buffer is never longer than this plus the JSON of its claims (every field is at most
/// its JSON without the field name, and each claim's fixed part is some 50 bytes
/// shorter than its JSON's), which lets the host hold a buffer to the output limit
/// before it reads it.
pub const HEADER_LEN: usize = 12;

/// The version of the layout. A host refuses a buffer of another version whole (a
/// library never sends one it was not asked for: the version is fixed by the entry
/// field, so this guards against garbage more than against change).
pub const VERSION: u32 = 1;

/// Why a packed buffer, or one claim in it, could not be read. `at` is a byte offset
/// into the whole buffer.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PackedError {
    /// The buffer does not start with [`MAGIC`].
    #[error("the buffer does not start with \"DLPC\" (it starts with {found:02x?})")]
    BadMagic {
        /// Up to four first bytes.
        found: Vec<u8>,
    },
    /// The buffer is of a version this host cannot read.
    #[error("version {found}; this host reads version {VERSION}")]
    BadVersion {
        /// The version in the buffer.
        found: u32,
    },
    /// A field runs past the end of the buffer (or of its claim).
    #[error("truncated: {what} at byte {at} needs {needed} bytes, {left} left")]
    Truncated {
        /// The field.
        what: &'static str,
        /// Where it starts.
        at: usize,
        /// Its length.
        needed: usize,
        /// The bytes there are.
        left: usize,
    },
    /// A tag byte has no meaning for its field.
    #[error("bad tag {tag} for {what} at byte {at}")]
    BadTag {
        /// The field.
        what: &'static str,
        /// Where it is.
        at: usize,
        /// The byte found.
        tag: u8,
    },
    /// A string is not UTF-8.
    #[error("{what} at byte {at} is not UTF-8: {message}")]
    NotUtf8 {
        /// The field.
        what: &'static str,
        /// Where its bytes start.
        at: usize,
        /// What is wrong.
        message: String,
    },
    /// A number does not fit its Rust type or is no valid value.
    #[error("{what} at byte {at} is out of range ({value})")]
    OutOfRange {
        /// The field.
        what: &'static str,
        /// Where it is.
        at: usize,
        /// The number found.
        value: i64,
    },
    /// A claim's body is longer than its fields.
    #[error("claim at byte {at} has {extra} bytes after its last field")]
    TrailingBytes {
        /// Where the claim's body starts.
        at: usize,
        /// How many bytes are left over.
        extra: usize,
    },
    /// Bytes follow the last claim the header counts.
    #[error("{extra} bytes after the last of {count} claims")]
    TrailingClaims {
        /// The count in the header.
        count: u32,
        /// How many bytes are left over.
        extra: usize,
    },
    /// The claim's kind is empty.
    #[error("claim kind is empty (byte {at})")]
    EmptyKind {
        /// Where the kind is.
        at: usize,
    },
    /// A payload carried as JSON could not be read as its kind's payload.
    #[error("payload of kind {kind:?} at byte {at}: {message}")]
    Json {
        /// The claim's kind.
        kind: String,
        /// Where the JSON starts.
        at: usize,
        /// serde_json's message.
        message: String,
    },
    /// A claim or string is too long to be written with a 32-bit length (encoder only).
    #[error("{what} is {len} bytes, more than a packed length can hold")]
    TooLong {
        /// The field.
        what: &'static str,
        /// Its length.
        len: usize,
    },
}

/// One claim read from a buffer, or why it could not be read (the others are kept).
pub type DecodedClaim = Result<Claim, PackedError>;

/// Encode `claims`, found in a document whose text is `text`, as a packed buffer.
///
/// A claim whose text is exactly the text under its span is written without it (tag
/// 0): the decoder takes it from the document, so it is neither copied here nor read
/// there. Fails only for a field longer than `u32::MAX` bytes or a payload of a
/// plugin's own kind that serde_json cannot write.
pub fn encode(claims: &[Claim], text: &str) -> Result<Vec<u8>, PackedError> {
    let mut w = Writer(Vec::with_capacity(16 + claims.len() * 96));
    w.0.extend_from_slice(&MAGIC);
    w.u32(VERSION);
    w.len(claims.len(), "the claim count")?;
    for claim in claims {
        let at = w.0.len();
        w.u32(0);
        w.claim(claim, text)?;
        let body = w.0.len() - at - 4;
        let body = u32::try_from(body).map_err(|_| PackedError::TooLong {
            what: "a claim",
            len: body,
        })?;
        w.0[at..at + 4].copy_from_slice(&body.to_le_bytes());
    }
    Ok(w.0)
}

/// Decode a packed buffer for a document whose text is `text`.
///
/// The outer error is a buffer that cannot be read at all (magic, version, header,
/// a claim's length past the end, bytes after the last claim); an error inside the
/// vector is one claim that could not be read, the others being kept. Spans are not
/// checked here, except that a claim sent without its text gets the text under its
/// span only when that span is valid (an empty text otherwise, for the host's
/// validation to refuse with the span's problem).
pub fn decode(bytes: &[u8], text: &str) -> Result<Vec<DecodedClaim>, PackedError> {
    let mut r = Reader { bytes, pos: 0 };
    let magic = r.take(4, "the magic").map_err(|_| PackedError::BadMagic {
        found: bytes.to_vec(),
    })?;
    if magic != MAGIC {
        return Err(PackedError::BadMagic {
            found: magic.to_vec(),
        });
    }
    let version = r.u32("the version")?;
    if version != VERSION {
        return Err(PackedError::BadVersion { found: version });
    }
    let count = r.u32("the claim count")?;
    // Every claim takes at least its length and a body of some 40 bytes, so a count
    // larger than the bytes left is a lie; capping the reservation keeps a forged count
    // from allocating memory the buffer cannot fill.
    let mut claims = Vec::with_capacity((count as usize).min(r.left() / 40));
    for _ in 0..count {
        let len = r.u32("a claim's length")? as usize;
        let at = r.pos;
        let body = r.take(len, "a claim")?;
        let mut claim = Reader {
            bytes: &bytes[..at + body.len()],
            pos: at,
        };
        claims.push(claim.claim(text).and_then(|c| {
            if claim.left() == 0 {
                Ok(c)
            } else {
                Err(PackedError::TrailingBytes {
                    at,
                    extra: claim.left(),
                })
            }
        }));
    }
    if r.left() != 0 {
        return Err(PackedError::TrailingClaims {
            count,
            extra: r.left(),
        });
    }
    Ok(claims)
}

/// Two-way tables between an enum and its byte. The encoding's numbers are written
/// here, not taken from the declaration order, so that reordering a Rust enum cannot
/// change the wire; the `match` in the encoder is exhaustive, so a new variant fails
/// to compile until it has a number.
macro_rules! codes {
    ($put:ident, $get:ident, $ty:ident, { $($variant:ident = $n:literal),+ $(,)? }) => {
        fn $put(v: $ty) -> u8 {
            match v {
                $($ty::$variant => $n,)+
            }
        }
        fn $get(n: u8) -> Option<$ty> {
            match n {
                $($n => Some($ty::$variant),)+
                _ => None,
            }
        }
    };
}

codes!(timex_type_code, timex_type_of, TimexType, {
    Date = 0, Time = 1, Duration = 2, Set = 3,
});
codes!(resolution_code, resolution_of, Resolution, {
    Absolute = 0, Dct = 1, PreviousMention = 2, Unresolved = 3, NotApplicable = 4,
});
codes!(granularity_code, granularity_of, Granularity, {
    Millennium = 0, Century = 1, Decade = 2, Year = 3, Half = 4, Quarter = 5, Season = 6,
    Month = 7, Week = 8, Day = 9, PartOfDay = 10, Hour = 11, Minute = 12, Second = 13,
});
codes!(category_code, category_of, CasualtyCategory, {
    Killed = 0, Injured = 1, Missing = 2, Abducted = 3, Arrested = 4, Displaced = 5,
    Casualties = 6,
});
codes!(role_code, role_of, Role, { Victims = 0, Perpetrators = 1 });
codes!(scope_code, scope_of, Scope, { Incident = 0, Aggregate = 1 });
codes!(quote_kind_code, quote_kind_of, QuoteKind, {
    Direct = 0, Partial = 1, Indirect = 2, According = 3, Stance = 4,
});

/// Payload tags.
const OTHER: u8 = 0;
const TIME: u8 = 1;
const CASUALTY: u8 = 2;
const QUOTE: u8 = 3;

struct Writer(Vec<u8>);

impl Writer {
    fn u8(&mut self, v: u8) {
        self.0.push(v);
    }
    fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn len(&mut self, len: usize, what: &'static str) -> Result<(), PackedError> {
        let n = u32::try_from(len).map_err(|_| PackedError::TooLong { what, len })?;
        self.u32(n);
        Ok(())
    }
    fn usize(&mut self, v: usize) {
        // usize is at most 64 bits on every target Rust supports.
        self.u64(v as u64);
    }
    fn str(&mut self, s: &str, what: &'static str) -> Result<(), PackedError> {
        self.len(s.len(), what)?;
        self.0.extend_from_slice(s.as_bytes());
        Ok(())
    }
    fn opt_str(&mut self, s: &Option<String>, what: &'static str) -> Result<(), PackedError> {
        match s {
            None => self.u8(0),
            Some(s) => {
                self.u8(1);
                self.str(s, what)?;
            }
        }
        Ok(())
    }
    fn span(&mut self, s: Span) {
        self.usize(s.start);
        self.usize(s.end);
    }
    fn opt_span(&mut self, s: Option<Span>) {
        match s {
            None => self.u8(0),
            Some(s) => {
                self.u8(1);
                self.span(s);
            }
        }
    }
    fn date_time(&mut self, t: NaiveDateTime) {
        self.0
            .extend_from_slice(&t.date().num_days_from_ce().to_le_bytes());
        self.u32(t.time().num_seconds_from_midnight());
        self.u32(t.time().nanosecond());
    }

    fn claim(&mut self, c: &Claim, text: &str) -> Result<(), PackedError> {
        self.str(&c.plugin, "the plugin name")?;
        self.str(&c.version, "the plugin version")?;
        self.span(c.span);
        if c.span.slice(text) == Some(c.text.as_str()) {
            self.u8(0);
        } else {
            self.u8(1);
            self.str(&c.text, "the text")?;
        }
        self.usize(c.sentence);
        match &c.payload {
            Payload::Other { kind, data } => {
                self.u8(OTHER);
                self.str(kind, "the kind")?;
                let json = serde_json::to_vec(data).map_err(|e| PackedError::Json {
                    kind: kind.clone(),
                    at: self.0.len(),
                    message: e.to_string(),
                })?;
                self.len(json.len(), "the payload")?;
                self.0.extend_from_slice(&json);
            }
            Payload::Time(t) => {
                self.u8(TIME);
                self.timex(t)?;
            }
            Payload::Casualty(c) => {
                self.u8(CASUALTY);
                self.casualty(c)?;
            }
            Payload::Quote(q) => {
                self.u8(QUOTE);
                self.quote(q)?;
            }
        }
        Ok(())
    }

    fn timex(&mut self, t: &Timex) -> Result<(), PackedError> {
        self.u8(timex_type_code(t.timex_type));
        self.str(&t.value, "the timex value")?;
        self.opt_str(&t.modifier, "the timex mod")?;
        self.opt_str(&t.freq, "the timex freq")?;
        self.opt_str(&t.quant, "the timex quant")?;
        self.u8(resolution_code(t.resolution));
        match t.interval {
            None => self.u8(0),
            Some(i) => {
                self.u8(1);
                self.date_time(i.start);
                self.date_time(i.end);
            }
        }
        match t.granularity {
            None => self.u8(0),
            Some(g) => {
                self.u8(1);
                self.u8(granularity_code(g));
            }
        }
        Ok(())
    }

    fn count(&mut self, c: &Count) -> Result<(), PackedError> {
        self.u64(c.min);
        match c.max {
            None => self.u8(0),
            Some(m) => {
                self.u8(1);
                self.u64(m);
            }
        }
        self.u64(c.value);
        self.u8(u8::from(c.exact));
        self.opt_str(&c.qualifier, "the count's qualifier")?;
        self.opt_str(&c.vague, "the count's vague word")
    }

    fn casualty(&mut self, c: &Casualty) -> Result<(), PackedError> {
        self.u8(category_code(c.category));
        self.count(&c.count)?;
        self.u8(role_code(c.role));
        self.opt_str(&c.group, "the casualty group")?;
        self.opt_str(&c.place, "the casualty place")?;
        self.opt_str(&c.source, "the casualty source")?;
        self.len(c.parts.len(), "the casualty parts")?;
        for part in &c.parts {
            self.count(&part.count)?;
            self.opt_str(&part.group, "a part's group")?;
            self.u8(role_code(part.role));
        }
        self.u8(scope_code(c.scope));
        match c.incidents {
            None => self.u8(0),
            Some(n) => {
                self.u8(1);
                self.u32(n);
            }
        }
        Ok(())
    }

    fn quote(&mut self, q: &Quote) -> Result<(), PackedError> {
        self.u8(quote_kind_code(q.kind));
        self.str(&q.content, "the quote content")?;
        self.len(q.pieces.len(), "the quote pieces")?;
        for &piece in &q.pieces {
            self.span(piece);
        }
        self.opt_str(&q.cue, "the cue")?;
        self.opt_span(q.cue_span);
        self.opt_str(&q.speaker, "the speaker")?;
        self.opt_span(q.speaker_span);
        self.opt_str(&q.speaker_resolved, "the resolved speaker")?;
        self.opt_span(q.speaker_resolved_span);
        Ok(())
    }
}

/// Reads `bytes[pos..]`; offsets in errors are into the whole buffer, since a claim's
/// reader is the buffer cut at the claim's end.
struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn left(&self) -> usize {
        self.bytes.len() - self.pos
    }

    fn take(&mut self, n: usize, what: &'static str) -> Result<&'a [u8], PackedError> {
        let left = self.left();
        if n > left {
            return Err(PackedError::Truncated {
                what,
                at: self.pos,
                needed: n,
                left,
            });
        }
        let out = &self.bytes[self.pos..self.pos + n];
        self.pos += n;
        Ok(out)
    }

    fn array<const N: usize>(&mut self, what: &'static str) -> Result<[u8; N], PackedError> {
        let mut out = [0; N];
        out.copy_from_slice(self.take(N, what)?);
        Ok(out)
    }

    fn u8(&mut self, what: &'static str) -> Result<u8, PackedError> {
        Ok(self.array::<1>(what)?[0])
    }
    fn u32(&mut self, what: &'static str) -> Result<u32, PackedError> {
        self.array(what).map(u32::from_le_bytes)
    }
    fn u64(&mut self, what: &'static str) -> Result<u64, PackedError> {
        self.array(what).map(u64::from_le_bytes)
    }
    fn usize(&mut self, what: &'static str) -> Result<usize, PackedError> {
        let at = self.pos;
        let v = self.u64(what)?;
        usize::try_from(v).map_err(|_| PackedError::OutOfRange {
            what,
            at,
            value: i64::try_from(v).unwrap_or(i64::MAX),
        })
    }

    /// A tag byte that must be below `limit`.
    fn tag(&mut self, limit: u8, what: &'static str) -> Result<u8, PackedError> {
        let at = self.pos;
        let tag = self.u8(what)?;
        if tag < limit {
            Ok(tag)
        } else {
            Err(PackedError::BadTag { what, at, tag })
        }
    }

    fn code<T>(&mut self, of: fn(u8) -> Option<T>, what: &'static str) -> Result<T, PackedError> {
        let at = self.pos;
        let tag = self.u8(what)?;
        of(tag).ok_or(PackedError::BadTag { what, at, tag })
    }

    fn bool(&mut self, what: &'static str) -> Result<bool, PackedError> {
        Ok(self.tag(2, what)? == 1)
    }

    fn str(&mut self, what: &'static str) -> Result<&'a str, PackedError> {
        let len = self.u32(what)? as usize;
        let at = self.pos;
        let bytes = self.take(len, what)?;
        std::str::from_utf8(bytes).map_err(|e| PackedError::NotUtf8 {
            what,
            at,
            message: e.to_string(),
        })
    }

    fn string(&mut self, what: &'static str) -> Result<String, PackedError> {
        self.str(what).map(str::to_owned)
    }

    fn opt<T>(
        &mut self,
        what: &'static str,
        read: impl FnOnce(&mut Self) -> Result<T, PackedError>,
    ) -> Result<Option<T>, PackedError> {
        match self.tag(2, what)? {
            0 => Ok(None),
            _ => read(self).map(Some),
        }
    }

    fn opt_string(&mut self, what: &'static str) -> Result<Option<String>, PackedError> {
        self.opt(what, |r| r.string(what))
    }

    fn span(&mut self, what: &'static str) -> Result<Span, PackedError> {
        Ok(Span::new(self.usize(what)?, self.usize(what)?))
    }

    fn date_time(&mut self, what: &'static str) -> Result<NaiveDateTime, PackedError> {
        let at = self.pos;
        let days = i32::from_le_bytes(self.array(what)?);
        let secs = self.u32(what)?;
        let nanos = self.u32(what)?;
        let out_of_range = |value: i64| PackedError::OutOfRange { what, at, value };
        let date = NaiveDate::from_num_days_from_ce_opt(days)
            .ok_or_else(|| out_of_range(i64::from(days)))?;
        let time = NaiveTime::from_num_seconds_from_midnight_opt(secs, nanos)
            .ok_or_else(|| out_of_range(i64::from(secs)))?;
        Ok(date.and_time(time))
    }

    fn claim(&mut self, text: &str) -> Result<Claim, PackedError> {
        let plugin = self.string("the plugin name")?;
        let version = self.string("the plugin version")?;
        let span = self.span("the span")?;
        let claim_text = match self.tag(2, "the text tag")? {
            // The text under the span, which the encoder left out; an invalid span
            // gets no text, and the host refuses it for its span.
            0 => span.slice(text).unwrap_or_default().to_owned(),
            _ => self.string("the text")?,
        };
        let sentence = self.usize("the sentence")?;
        let payload = match self.tag(4, "the payload tag")? {
            OTHER => self.other()?,
            TIME => Payload::Time(self.timex()?),
            CASUALTY => Payload::Casualty(self.casualty()?),
            _ => Payload::Quote(self.quote()?),
        };
        Ok(Claim {
            plugin,
            version,
            span,
            text: claim_text,
            sentence,
            payload,
        })
    }

    /// A payload carried as JSON, read as the JSON path reads it: a built-in kind's
    /// payload into its type (a plugin may send one that way), any other as a value.
    fn other(&mut self) -> Result<Payload, PackedError> {
        let at = self.pos;
        let kind = self.string("the kind")?;
        if kind.is_empty() {
            return Err(PackedError::EmptyKind { at });
        }
        let len = self.u32("the payload")? as usize;
        let json_at = self.pos;
        let json = self.take(len, "the payload")?;
        let error = |kind: &str, e: serde_json::Error| PackedError::Json {
            kind: kind.to_owned(),
            at: json_at,
            message: e.to_string(),
        };
        let value: Value = serde_json::from_slice(json).map_err(|e| error(&kind, e))?;
        match kind.as_str() {
            "time" | "casualty" | "quote" => {
                let k = kind.clone();
                payload_from_value::<serde_json::Error>(kind, value).map_err(|e| error(&k, e))
            }
            _ => Ok(Payload::Other { kind, data: value }),
        }
    }

    fn timex(&mut self) -> Result<Timex, PackedError> {
        let timex_type = self.code(timex_type_of, "the timex type")?;
        let value = self.string("the timex value")?;
        let modifier = self.opt_string("the timex mod")?;
        let freq = self.opt_string("the timex freq")?;
        let quant = self.opt_string("the timex quant")?;
        let resolution = self.code(resolution_of, "the timex resolution")?;
        let interval = self.opt("the interval", |r| {
            Ok(Interval {
                start: r.date_time("the interval's start")?,
                end: r.date_time("the interval's end")?,
            })
        })?;
        let granularity = self.opt("the granularity", |r| {
            r.code(granularity_of, "the granularity")
        })?;
        Ok(Timex {
            timex_type,
            value,
            modifier,
            freq,
            quant,
            resolution,
            interval,
            granularity,
        })
    }

    fn count(&mut self) -> Result<Count, PackedError> {
        Ok(Count {
            min: self.u64("the count's min")?,
            max: self.opt("the count's max", |r| r.u64("the count's max"))?,
            value: self.u64("the count's value")?,
            exact: self.bool("the count's exact flag")?,
            qualifier: self.opt_string("the count's qualifier")?,
            vague: self.opt_string("the count's vague word")?,
        })
    }

    fn casualty(&mut self) -> Result<Casualty, PackedError> {
        let category = self.code(category_of, "the casualty category")?;
        let count = self.count()?;
        let role = self.code(role_of, "the casualty role")?;
        let group = self.opt_string("the casualty group")?;
        let place = self.opt_string("the casualty place")?;
        let source = self.opt_string("the casualty source")?;
        let n = self.u32("the casualty parts")? as usize;
        // A part takes at least 21 bytes; a larger count than the bytes left is caught
        // by the reads, without reserving memory for it first.
        let mut parts = Vec::with_capacity(n.min(self.left() / 21));
        for _ in 0..n {
            parts.push(CasualtyPart {
                count: self.count()?,
                group: self.opt_string("a part's group")?,
                role: self.code(role_of, "a part's role")?,
            });
        }
        let scope = self.code(scope_of, "the casualty scope")?;
        let incidents = self.opt("the incidents", |r| r.u32("the incidents"))?;
        Ok(Casualty {
            category,
            count,
            role,
            group,
            place,
            source,
            parts,
            scope,
            incidents,
        })
    }

    fn quote(&mut self) -> Result<Quote, PackedError> {
        let kind = self.code(quote_kind_of, "the quote kind")?;
        let content = self.string("the quote content")?;
        let n = self.u32("the quote pieces")? as usize;
        let mut pieces = Vec::with_capacity(n.min(self.left() / 16));
        for _ in 0..n {
            pieces.push(self.span("a quote piece")?);
        }
        Ok(Quote {
            kind,
            content,
            pieces,
            cue: self.opt_string("the cue")?,
            cue_span: self.opt("the cue span", |r| r.span("the cue span"))?,
            speaker: self.opt_string("the speaker")?,
            speaker_span: self.opt("the speaker span", |r| r.span("the speaker span"))?,
            speaker_resolved: self.opt_string("the resolved speaker")?,
            speaker_resolved_span: self.opt("the resolved speaker span", |r| {
                r.span("the resolved speaker span")
            })?,
        })
    }
}

#[cfg(test)]
mod tests;
