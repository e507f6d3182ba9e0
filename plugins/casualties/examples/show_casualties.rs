//! Print the casualty claims and totals of each line of standard input, one report per
//! line: `echo "Gunmen killed 5 people." | cargo run -p dateline-casualties --example show_casualties`.
//! A line may start with a publication date, `@2025-03-11 The flood …`, to read years
//! against it.

use std::io::{BufRead, Write};

use dateline_casualties::{Casualties, totals};
use dateline_plugin::serde_json::json;
use dateline_plugin::{Document, Extractor};

fn main() {
    let plugin = Casualties::create(&json!({})).expect("empty config is valid");
    let mut out = std::io::stdout().lock();
    for line in std::io::stdin().lock().lines() {
        let Ok(line) = line else { break };
        if line.trim().is_empty() {
            continue;
        }
        let mut doc = Document::from_text("stdin", line.clone());
        if let Some(rest) = line.strip_prefix('@')
            && let Some((date, body)) = rest.split_once(' ')
            && let Ok(d) = date.parse()
        {
            doc = Document::from_text("stdin", body.to_string());
            doc.published = Some(d);
        }
        let claims = plugin.extract(&doc).unwrap_or_default();
        let mut text = format!("{line}\n");
        for c in &claims {
            if let Some(k) = c.payload.as_casualty() {
                text += &format!(
                    "  {:?} {} [{}..{:?}] {:?} group={:?} place={:?} source={:?} parts={} | {:?}\n",
                    k.category,
                    k.count.value,
                    k.count.min,
                    k.count.max,
                    k.role,
                    k.group,
                    k.place,
                    k.source,
                    k.parts.len(),
                    c.text
                );
            }
        }
        if let Some(t) = totals(&claims) {
            text += &format!(
                "  TOTAL killed={} (perp {}) injured={} abducted={} arrested={} displaced={} casualties={}\n",
                t.killed,
                t.killed_perpetrators,
                t.injured,
                t.abducted,
                t.arrested,
                t.displaced,
                t.casualties
            );
        }
        // A closed pipe (`| head`) ends the output quietly.
        if out.write_all(text.as_bytes()).is_err() {
            break;
        }
    }
}
