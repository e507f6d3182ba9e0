//! The Markdown rendering: what a journalist reads on a terminal.

use std::fmt::Write as _;

use dateline_plugin::{
    Casualty, Claim, Count, Granularity, Payload, Quote, QuoteKind, Resolution, Role,
};

use crate::label::month_label;
use crate::model::{Basis, Event, EventClaim, Timeline};

/// Render the timeline as Markdown.
///
/// Layout: a title and a one-line count; events under a `##` heading per year (or per
/// decade, century …) and a `###` heading per month (or per half, quarter, season),
/// then a `## Undated` section; each event is a bullet with its date, its sentence
/// (time expressions in bold) and its article id, with sub-bullets for casualty counts,
/// quotes, unresolved times and other claims. It ends with the list of sources and,
/// when the run had any, its problems.
pub fn render_markdown(t: &Timeline) -> String {
    let mut out = String::with_capacity(256 + t.events.len() * 256);
    out.push_str("# Timeline\n\n");
    let reported = t
        .events
        .iter()
        .filter(|e| e.time.basis == Basis::ReportedOn)
        .count();
    let undated = t
        .events
        .iter()
        .filter(|e| e.time.basis == Basis::Undated)
        .count();
    let _ = write!(
        out,
        "{} from {}",
        plural(t.events.len(), "event"),
        plural(t.articles.len(), "article")
    );
    if reported + undated > 0 {
        let _ = write!(
            out,
            " ({reported} dated by publication day, {undated} undated)"
        );
    }
    out.push_str(".\n");

    let mut h2: Option<String> = None;
    let mut h3: Option<String> = None;
    for event in &t.events {
        let (want2, want3) = headings(event);
        if h2.as_deref() != Some(want2.as_str()) {
            let _ = write!(out, "\n## {want2}\n");
            h2 = Some(want2);
            h3 = None;
            if want3.is_none() {
                out.push('\n');
            }
        }
        match want3 {
            Some(want3) if h3.as_deref() != Some(want3.as_str()) => {
                let _ = write!(out, "\n### {want3}\n\n");
                h3 = Some(want3);
            }
            _ => {}
        }
        event_bullet(&mut out, event);
    }

    if !t.articles.is_empty() {
        out.push_str("\n## Sources\n\n");
        for a in &t.articles {
            let _ = write!(out, "- {}", escape(&a.id));
            if let Some(title) = &a.title {
                let _ = write!(out, ": “{}”", escape(title));
            }
            let details: Vec<String> = [
                a.source.as_deref().map(escape),
                a.published
                    .map(|d| format!("published {}", crate::label::day(d))),
                a.url.as_deref().map(|u| format!("<{u}>")),
            ]
            .into_iter()
            .flatten()
            .collect();
            if !details.is_empty() {
                let _ = write!(out, " — {}", details.join(", "));
            }
            out.push('\n');
        }
    }

    let problems: Vec<_> = t.problems().collect();
    if !problems.is_empty() {
        out.push_str("\n## Problems\n\n");
        for (article, problem) in problems {
            out.push_str("- ");
            // Host messages usually name the file and the plugin already; add them only
            // when they do not.
            if !problem.message.contains(&article.input) {
                let _ = write!(out, "{}: ", escape(&article.input));
            }
            let _ = write!(out, "{} (`{}`", escape(&problem.message), problem.code);
            if let Some(plugin) = problem
                .plugin
                .as_ref()
                .filter(|p| !problem.message.contains(p.as_str()))
            {
                let _ = write!(out, ", plugin {}", escape(plugin));
            }
            out.push_str(")\n");
        }
    }
    out
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// The `##` and `###` headings an event belongs under.
fn headings(event: &Event) -> (String, Option<String>) {
    let (Some(interval), Some(granularity), Some(label)) = (
        event.time.interval,
        event.time.granularity,
        event.time.label.as_ref(),
    ) else {
        return ("Undated".to_owned(), None);
    };
    let start = interval.start;
    match granularity {
        Granularity::Millennium | Granularity::Century | Granularity::Decade => {
            (label.clone(), None)
        }
        Granularity::Year => (chrono::Datelike::year(&start).to_string(), None),
        Granularity::Half | Granularity::Quarter | Granularity::Season => (
            chrono::Datelike::year(&start).to_string(),
            Some(capitalize(label)),
        ),
        _ => (
            chrono::Datelike::year(&start).to_string(),
            Some(month_label(start)),
        ),
    }
}

fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn event_bullet(out: &mut String, event: &Event) {
    out.push_str("- ");
    match (&event.time.basis, &event.time.label) {
        // A label starts the bullet, so it starts with a capital ("The evening of …").
        (Basis::Mentioned, Some(label)) => {
            let _ = write!(out, "**{}** — ", capitalize(label));
        }
        (Basis::ReportedOn, Some(label)) => {
            let _ = write!(out, "**{}** (reported on) — ", capitalize(label));
        }
        _ => {}
    }
    highlight(out, event);
    let ids: Vec<String> = event.sources.iter().map(|s| escape(&s.article)).collect();
    let _ = writeln!(out, " _({})_", ids.join("; "));

    let several = event.sources.len() > 1;
    for EventClaim { source, claim } in &event.claims {
        let Some(line) = claim_line(claim) else {
            continue;
        };
        let _ = write!(out, "  - {line}");
        if several && let Some(s) = event.sources.get(*source) {
            let _ = write!(out, " _({})_", escape(&s.article));
        }
        out.push('\n');
    }
}

/// The sentence with its time expressions in bold.
fn highlight(out: &mut String, event: &Event) {
    let sentence = &event.sentence;
    let text = sentence.text.as_str();
    let base = sentence.span.start;
    let mut at = 0;
    for EventClaim { claim, .. } in &event.claims {
        if claim.payload.as_time().is_none() {
            continue;
        }
        // Only spans inside the sentence, on char boundaries and after the previous
        // bold one can be marked; anything else is left plain rather than garbled.
        let (Some(start), Some(end)) = (
            claim.span.start.checked_sub(base),
            claim.span.end.checked_sub(base),
        ) else {
            continue;
        };
        if start < at || end <= start || end > text.len() {
            continue;
        }
        let (Some(before), Some(inside)) = (text.get(at..start), text.get(start..end)) else {
            continue;
        };
        out.push_str(&escape(before));
        let _ = write!(out, "**{}**", escape(inside));
        at = end;
    }
    out.push_str(&escape(text.get(at..).unwrap_or_default()));
}

/// The sub-bullet for a claim, or `None` when the sentence already shows it.
fn claim_line(claim: &Claim) -> Option<String> {
    match &claim.payload {
        Payload::Time(timex) => (timex.resolution == Resolution::Unresolved).then(|| {
            format!(
                "unresolved time: “{}” (`{}`)",
                escape(&claim.text),
                timex.value
            )
        }),
        Payload::Casualty(c) => Some(casualty_line(c)),
        Payload::Quote(q) => Some(quote_line(q)),
        Payload::Other { kind, data } => Some(other_line(kind, &claim.text, data)),
    }
}

/// A claim of a plugin's own kind: its surface text, then the payload's scalar fields
/// (`key value`, in key order) so that a reader sees what the plugin made of the text
/// without reading JSON. Nested payloads are left to the JSON output.
fn other_line(kind: &str, text: &str, data: &serde_json::Value) -> String {
    let mut line = format!("{}: {}", escape(kind), escape(text));
    if let Some(map) = data.as_object() {
        let fields: Vec<String> = map
            .iter()
            .filter_map(|(key, value)| {
                let value = match value {
                    serde_json::Value::String(s) => s.clone(),
                    serde_json::Value::Number(n) => n.to_string(),
                    serde_json::Value::Bool(b) => b.to_string(),
                    _ => return None,
                };
                Some(format!("{} {}", escape(key), escape(&value)))
            })
            .collect();
        if !fields.is_empty() {
            line.push_str(&format!(" ({})", fields.join(", ")));
        }
    }
    line
}

fn casualty_line(c: &Casualty) -> String {
    let category = serde_json::to_value(c.category)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default();
    let mut line = format!("{category}: {}", count_text(&c.count));
    let mut about: Vec<String> = Vec::new();
    if let Some(group) = &c.group {
        about.push(escape(group));
    }
    if c.role == Role::Perpetrators {
        about.push("perpetrators".to_owned());
    }
    if !about.is_empty() {
        let _ = write!(line, " ({})", about.join(", "));
    }
    if let Some(place) = &c.place {
        let _ = write!(line, " in {}", escape(place));
    }
    if !c.parts.is_empty() {
        let parts: Vec<String> = c
            .parts
            .iter()
            .map(|p| {
                let mut s = count_text(&p.count);
                if let Some(g) = &p.group {
                    let _ = write!(s, " {}", escape(g));
                }
                if p.role == Role::Perpetrators {
                    s.push_str(" (perpetrators)");
                }
                s
            })
            .collect();
        let _ = write!(line, ": {}", parts.join(" + "));
    }
    if let Some(source) = &c.source {
        let _ = write!(line, " — according to {}", escape(source));
    }
    line
}

/// A count as a reader expects it: "at least 16", "dozens", "10–12", "7".
fn count_text(c: &Count) -> String {
    match (&c.vague, &c.qualifier) {
        (Some(vague), Some(q)) => format!("{q} {vague}"),
        (Some(vague), None) => vague.clone(),
        (None, Some(q)) => format!("{q} {}", c.value),
        (None, None) => match c.max {
            Some(max) if max != c.min => format!("{}–{max}", c.min),
            Some(_) => c.value.to_string(),
            None => format!("at least {}", c.min),
        },
    }
}

fn quote_line(q: &Quote) -> String {
    let content = match q.kind {
        QuoteKind::Direct => format!("“{}”", escape(&q.content)),
        // A partial quote carries its own marks around the quoted words.
        QuoteKind::Partial | QuoteKind::Indirect | QuoteKind::According | QuoteKind::Stance => {
            escape(&q.content)
        }
    };
    let speaker = q
        .speaker_resolved
        .as_deref()
        .or(q.speaker.as_deref())
        .map_or_else(|| "unknown speaker".to_owned(), escape);
    match &q.cue {
        Some(cue) => format!("{content} — {speaker} ({})", escape(cue)),
        None => format!("{content} — {speaker}"),
    }
}

/// Text made safe for Markdown: line breaks become spaces (a sentence is one bullet)
/// and the characters that would start emphasis, code, links or HTML are escaped.
///
/// An underscore inside a word (`casualty_total`) cannot start emphasis in CommonMark,
/// so it is left alone to keep the text readable on a terminal.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    let mut prev: Option<char> = None;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\n' || c == '\r' {
            if !space {
                out.push(' ');
            }
            space = true;
            prev = Some(' ');
            continue;
        }
        space = false;
        let intraword = c == '_'
            && prev.is_some_and(char::is_alphanumeric)
            && chars.peek().copied().is_some_and(char::is_alphanumeric);
        if matches!(c, '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>') && !intraword {
            out.push('\\');
        }
        out.push(c);
        prev = Some(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_neutralizes_markdown_and_line_breaks() {
        assert_eq!(escape("a *b*\n\nc_d [e] _f_"), r"a \*b\* c_d \[e\] \_f\_");
    }

    #[test]
    fn counts_read_naturally() {
        let mut c = Count::exact(7);
        assert_eq!(count_text(&c), "7");
        c.exact = false;
        c.max = None;
        c.qualifier = Some("at least".to_owned());
        assert_eq!(count_text(&c), "at least 7");
        c.qualifier = None;
        c.vague = Some("dozens".to_owned());
        assert_eq!(count_text(&c), "dozens");
        c.vague = None;
        c.max = Some(12);
        c.min = 10;
        assert_eq!(count_text(&c), "10–12");
    }
}
