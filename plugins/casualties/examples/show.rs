//! Print the casualty claims and totals of each line of standard input, one report per
//! line: `echo "Gunmen killed 5 people." | cargo run -p dateline-casualties --example show`.

use std::io::BufRead;

use dateline_casualties::{Casualties, totals};
use dateline_plugin::serde_json::json;
use dateline_plugin::{Document, Extractor};

fn main() {
    let plugin = Casualties::create(&json!({})).expect("empty config is valid");
    for line in std::io::stdin().lock().lines() {
        let Ok(line) = line else { break };
        if line.trim().is_empty() {
            continue;
        }
        let doc = Document::from_text("stdin", line.clone());
        let claims = plugin.extract(&doc).unwrap_or_default();
        println!("{line}");
        for c in &claims {
            if let Some(k) = c.payload.as_casualty() {
                println!(
                    "  {:?} {} [{}..{:?}] {:?} group={:?} place={:?} source={:?} parts={} | {:?}",
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
            println!(
                "  TOTAL killed={} (perp {}) injured={} abducted={} arrested={} displaced={} casualties={}",
                t.killed, t.killed_perpetrators, t.injured, t.abducted, t.arrested, t.displaced, t.casualties
            );
        }
    }
}
