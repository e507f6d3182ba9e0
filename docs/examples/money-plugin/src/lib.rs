//! An example Dateline plugin: amounts of money after a currency sign ("$2.5 million",
//! "€40m", "£1,200").
//!
//! It is the plugin built step by step in docs/writing-a-plugin.md.

use dateline_plugin::serde_json::{Value, json};
use dateline_plugin::{Claim, Document, Extractor, Manifest, Payload, PluginError, Span};

/// Finds amounts of money and reports them as `money` claims.
pub struct Money {
    /// Amounts below this are ignored (option `min_amount`, default 0).
    min_amount: f64,
}

impl Extractor for Money {
    const MANIFEST: Manifest = Manifest {
        name: "money",
        version: env!("CARGO_PKG_VERSION"),
        description: "amounts of money with their currency",
        kinds: &["money"],
    };

    fn create(config: &Value) -> Result<Self, PluginError> {
        let min_amount = match config.get("min_amount") {
            None => 0.0,
            Some(v) => v
                .as_f64()
                .ok_or_else(|| PluginError::config("min_amount must be a number"))?,
        };
        Ok(Money { min_amount })
    }

    fn extract(&self, doc: &Document) -> Result<Vec<Claim>, PluginError> {
        let mut claims = Vec::new();
        let text = &doc.text;
        for (start, symbol) in text.match_indices(['$', '€', '£']) {
            let currency = match symbol {
                "$" => "USD",
                "€" => "EUR",
                _ => "GBP",
            };
            let digits_start = start + symbol.len();
            let Some((amount, end)) = parse_amount(text, digits_start) else {
                continue;
            };
            if amount < self.min_amount {
                continue;
            }
            let payload =
                Payload::other("money", json!({ "currency": currency, "amount": amount }));
            claims.push(Claim::new(doc, Span::new(start, end), payload));
        }
        Ok(claims)
    }
}

/// Read "2.5 million", "40m" or "1,200" at `at`; return the amount and where it ends.
fn parse_amount(text: &str, at: usize) -> Option<(f64, usize)> {
    let rest = &text[at..];
    let len = rest
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(rest.len());
    // A trailing comma or period is punctuation, not part of the number.
    let number = rest[..len].trim_end_matches([',', '.']);
    if number.is_empty() {
        return None;
    }
    let mut amount: f64 = number.replace(',', "").parse().ok()?;
    let mut end = at + number.len();
    for (word, factor) in [
        (" billion", 1e9),
        (" million", 1e6),
        ("bn", 1e9),
        ("m", 1e6),
    ] {
        let Some(tail) = text[end..].strip_prefix(word) else {
            continue;
        };
        // "40m" is forty million, "40 minutes" is not.
        if tail.chars().next().is_none_or(|c| !c.is_alphanumeric()) {
            amount *= factor;
            end += word.len();
            break;
        }
    }
    Some((amount, end))
}

dateline_plugin::export_plugin!(Money);
