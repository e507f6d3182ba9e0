use serde::de::{Error as _, IgnoredAny, MapAccess, Visitor};
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

/// The fields of a claim on the wire; any other field is ignored.
#[derive(Deserialize)]
#[serde(field_identifier, rename_all = "lowercase")]
enum Field {
    Plugin,
    Version,
    Kind,
    Span,
    Text,
    Sentence,
    Payload,
    #[serde(other)]
    Other,
}

/// A payload read before its claim's kind was known, or none yet.
enum PendingPayload {
    /// No `payload` field so far.
    Missing,
    /// Read as JSON, because `kind` came after it; typed once the kind is known.
    Untyped(Value),
    /// Read straight into its type, because `kind` came first.
    Typed(Payload),
}

/// Read `payload` as the payload of `kind`, straight from the input.
fn typed_payload<'de, A: MapAccess<'de>>(map: &mut A, kind: &str) -> Result<Payload, A::Error> {
    Ok(match kind {
        "time" => Payload::Time(map.next_value()?),
        "casualty" => Payload::Casualty(map.next_value()?),
        "quote" => Payload::Quote(map.next_value()?),
        _ => Payload::Other {
            kind: kind.to_owned(),
            data: map.next_value()?,
        },
    })
}

/// The payload of `kind` from JSON already read (a missing payload is `null`).
pub(crate) fn payload_from_value<E: serde::de::Error>(
    kind: String,
    value: Value,
) -> Result<Payload, E> {
    Ok(match kind.as_str() {
        "time" => Payload::Time(serde_json::from_value(value).map_err(E::custom)?),
        "casualty" => Payload::Casualty(serde_json::from_value(value).map_err(E::custom)?),
        "quote" => Payload::Quote(serde_json::from_value(value).map_err(E::custom)?),
        _ => Payload::Other { kind, data: value },
    })
}

struct ClaimVisitor;

impl<'de> Visitor<'de> for ClaimVisitor {
    type Value = Claim;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a claim object")
    }

    // A claim is read in one pass: writers put `kind` before `payload`, so the payload
    // is read straight into its type. Going through a JSON `Value` first (as an earlier
    // version did for every claim) built a tree of maps and strings per claim and was
    // most of the cost of reading a plugin's output. A claim whose `payload` comes
    // before its `kind` is still read, through a `Value`.
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Claim, A::Error> {
        let mut plugin: Option<String> = None;
        let mut version: Option<String> = None;
        let mut kind: Option<String> = None;
        let mut span: Option<Span> = None;
        let mut text: Option<String> = None;
        let mut sentence: Option<usize> = None;
        let mut payload = PendingPayload::Missing;
        fn once<T, E: serde::de::Error>(slot: &Option<T>, name: &'static str) -> Result<(), E> {
            match slot {
                Some(_) => Err(E::duplicate_field(name)),
                None => Ok(()),
            }
        }
        while let Some(field) = map.next_key::<Field>()? {
            match field {
                Field::Plugin => {
                    once(&plugin, "plugin")?;
                    plugin = Some(map.next_value()?);
                }
                Field::Version => {
                    once(&version, "version")?;
                    version = Some(map.next_value()?);
                }
                Field::Kind => {
                    once(&kind, "kind")?;
                    let k: String = map.next_value()?;
                    if k.is_empty() {
                        return Err(A::Error::custom("claim kind is empty"));
                    }
                    kind = Some(k);
                }
                Field::Span => {
                    once(&span, "span")?;
                    span = Some(map.next_value()?);
                }
                Field::Text => {
                    once(&text, "text")?;
                    text = Some(map.next_value()?);
                }
                Field::Sentence => {
                    once(&sentence, "sentence")?;
                    sentence = Some(map.next_value()?);
                }
                Field::Payload => {
                    if !matches!(payload, PendingPayload::Missing) {
                        return Err(A::Error::duplicate_field("payload"));
                    }
                    payload = match &kind {
                        Some(k) => PendingPayload::Typed(typed_payload(&mut map, k)?),
                        None => PendingPayload::Untyped(map.next_value()?),
                    };
                }
                Field::Other => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        let kind = kind.ok_or_else(|| A::Error::missing_field("kind"))?;
        let span = span.ok_or_else(|| A::Error::missing_field("span"))?;
        let payload = match payload {
            PendingPayload::Typed(p) => p,
            PendingPayload::Untyped(value) => payload_from_value(kind, value)?,
            PendingPayload::Missing => payload_from_value(kind, Value::Null)?,
        };
        Ok(Claim {
            plugin: plugin.unwrap_or_default(),
            version: version.unwrap_or_default(),
            span,
            text: text.unwrap_or_default(),
            sentence: sentence.unwrap_or_default(),
            payload,
        })
    }
}

impl<'de> Deserialize<'de> for Claim {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(ClaimVisitor)
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
    fn a_payload_before_its_kind_reads_the_same() {
        let ordered = r#"{"kind":"time","span":{"start":0,"end":4},"text":"today","payload":{"type":"DURATION","value":"PT24H","resolution":"not_applicable"},"extra":[1]}"#;
        let reversed = r#"{"payload":{"type":"DURATION","value":"PT24H","resolution":"not_applicable"},"span":{"start":0,"end":4},"text":"today","kind":"time"}"#;
        let a: Claim = serde_json::from_str(ordered).unwrap();
        let b: Claim = serde_json::from_str(reversed).unwrap();
        assert_eq!(a, b);
        assert_eq!(a.kind(), "time");
        let value: Claim = serde_json::from_value(serde_json::from_str(reversed).unwrap()).unwrap();
        assert_eq!(value, a);
    }

    #[test]
    fn claims_missing_or_repeating_fields_are_errors() {
        for bad in [
            r#"{"span":{"start":0,"end":1}}"#,
            r#"{"kind":"x"}"#,
            r#"{"kind":"","span":{"start":0,"end":1}}"#,
            r#"{"kind":"x","kind":"y","span":{"start":0,"end":1}}"#,
            r#"{"kind":"x","span":{"start":0,"end":1},"payload":1,"payload":2}"#,
            r#"{"kind":"time","span":{"start":0,"end":1}}"#,
            r#"[1]"#,
        ] {
            assert!(serde_json::from_str::<Claim>(bad).is_err(), "{bad}");
        }
        let other: Claim = serde_json::from_str(r#"{"kind":"x","span":{"start":0,"end":1}}"#.replace("}}", "},\"payload\":null}").as_str()).unwrap();
        assert_eq!(other.payload, Payload::other("x", Value::Null));
    }

    #[test]
    fn builtin_kind_with_wrong_payload_is_an_error() {
        let bad = r#"{"kind":"time","span":{"start":0,"end":1},"payload":{"nonsense":true}}"#;
        assert!(serde_json::from_str::<Claim>(bad).is_err());
    }
}
