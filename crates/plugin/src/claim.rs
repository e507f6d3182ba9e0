use serde::de::Error as _;
use serde::ser::SerializeStruct;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

use crate::{Casualty, Document, Quote, Span, Timex};

/// One thing a plugin found in a document, with its provenance.
///
/// On the wire a claim is one JSON object:
/// `{"plugin", "version", "kind", "span", "text", "sentence", "payload"}`; `kind`
/// selects how `payload` is read.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    /// Name of the plugin that made the claim. Filled in by the host.
    pub plugin: String,
    /// Version of that plugin. Filled in by the host.
    pub version: String,
    /// Byte span of the claim's surface text in the document.
    pub span: Span,
    /// The surface text under `span`.
    pub text: String,
    /// Index of the sentence in which the claim starts. Filled in by the host.
    pub sentence: usize,
    /// What was claimed.
    pub payload: Payload,
}

impl Claim {
    /// A claim over `span` of `doc`, with its text and sentence taken from the document.
    pub fn new(doc: &Document, span: Span, payload: Payload) -> Self {
        Claim {
            plugin: String::new(),
            version: String::new(),
            span,
            text: doc.slice(span).to_owned(),
            sentence: doc.sentence_index(span.start).unwrap_or(0),
            payload,
        }
    }

    /// The claim's kind (`time`, `casualty`, `quote` or a plugin's own).
    pub fn kind(&self) -> &str {
        self.payload.kind()
    }
}

/// The typed content of a claim.
#[derive(Debug, Clone, PartialEq)]
pub enum Payload {
    /// A temporal expression (`kind = "time"`).
    Time(Timex),
    /// A casualty count (`kind = "casualty"`).
    Casualty(Casualty),
    /// Reported speech (`kind = "quote"`).
    Quote(Quote),
    /// Any other kind, carried through the timeline as JSON.
    Other {
        /// The kind's name; must not be one of the built-in kinds.
        kind: String,
        /// The payload, free-form.
        data: Value,
    },
}

impl Payload {
    /// A payload of a plugin's own kind.
    pub fn other(kind: impl Into<String>, data: Value) -> Self {
        Payload::Other {
            kind: kind.into(),
            data,
        }
    }

    /// The kind's name as written on the wire.
    pub fn kind(&self) -> &str {
        match self {
            Payload::Time(_) => "time",
            Payload::Casualty(_) => "casualty",
            Payload::Quote(_) => "quote",
            Payload::Other { kind, .. } => kind,
        }
    }

    /// The time payload, if this is one.
    pub fn as_time(&self) -> Option<&Timex> {
        match self {
            Payload::Time(t) => Some(t),
            _ => None,
        }
    }

    /// The casualty payload, if this is one.
    pub fn as_casualty(&self) -> Option<&Casualty> {
        match self {
            Payload::Casualty(c) => Some(c),
            _ => None,
        }
    }

    /// The quote payload, if this is one.
    pub fn as_quote(&self) -> Option<&Quote> {
        match self {
            Payload::Quote(q) => Some(q),
            _ => None,
        }
    }
}

impl Serialize for Claim {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Claim", 7)?;
        st.serialize_field("plugin", &self.plugin)?;
        st.serialize_field("version", &self.version)?;
        st.serialize_field("kind", self.kind())?;
        st.serialize_field("span", &self.span)?;
        st.serialize_field("text", &self.text)?;
        st.serialize_field("sentence", &self.sentence)?;
        match &self.payload {
            Payload::Time(t) => st.serialize_field("payload", t)?,
            Payload::Casualty(c) => st.serialize_field("payload", c)?,
            Payload::Quote(q) => st.serialize_field("payload", q)?,
            Payload::Other { data, .. } => st.serialize_field("payload", data)?,
        }
        st.end()
    }
}

/// The wire shape of a claim before its payload is read according to its kind.
#[derive(Deserialize)]
struct RawClaim {
    #[serde(default)]
    plugin: String,
    #[serde(default)]
    version: String,
    kind: String,
    span: Span,
    #[serde(default)]
    text: String,
    #[serde(default)]
    sentence: usize,
    #[serde(default)]
    payload: Value,
}

impl<'de> Deserialize<'de> for Claim {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = RawClaim::deserialize(d)?;
        let payload = match raw.kind.as_str() {
            "time" => Payload::Time(serde_json::from_value(raw.payload).map_err(D::Error::custom)?),
            "casualty" => {
                Payload::Casualty(serde_json::from_value(raw.payload).map_err(D::Error::custom)?)
            }
            "quote" => {
                Payload::Quote(serde_json::from_value(raw.payload).map_err(D::Error::custom)?)
            }
            "" => return Err(D::Error::custom("claim kind is empty")),
            _ => Payload::Other {
                kind: raw.kind,
                data: raw.payload,
            },
        };
        Ok(Claim {
            plugin: raw.plugin,
            version: raw.version,
            span: raw.span,
            text: raw.text,
            sentence: raw.sentence,
            payload,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn other_kind_round_trips() {
        let doc = Document::from_text("d", "a truce began");
        let claim = Claim::new(
            &doc,
            Span::new(2, 7),
            Payload::other("truce", json!({"n": 1})),
        );
        let text = serde_json::to_string(&claim).unwrap();
        assert_eq!(
            text,
            r#"{"plugin":"","version":"","kind":"truce","span":{"start":2,"end":7},"text":"truce","sentence":0,"payload":{"n":1}}"#
        );
        let back: Claim = serde_json::from_str(&text).unwrap();
        assert_eq!(back, claim);
    }

    #[test]
    fn builtin_kind_with_wrong_payload_is_an_error() {
        let bad = r#"{"kind":"time","span":{"start":0,"end":1},"payload":{"nonsense":true}}"#;
        assert!(serde_json::from_str::<Claim>(bad).is_err());
    }
}
