//! The Markdown rendering: what a journalist reads on a terminal.

use std::fmt::Write as _;

use dateline_plugin::Granularity;

use super::text::{
    EventView, capitalise, claim_text, figure_text, figures_text, quote_text, source_label,
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
    let merged = t.events.iter().filter(|e| e.sources.len() > 1).count();
    let conflicts = t.events.iter().filter(|e| e.has_conflict()).count();
    let mut notes = Vec::new();
    if merged > 0 {
        notes.push(format!("{merged} reported by several articles"));
    }
    if conflicts > 0 {
        notes.push(format!("{conflicts} with differing figures"));
    }
    if reported + undated > 0 {
        notes.push(format!(
            "{reported} dated by publication day, {undated} undated"
        ));
    }
    if !notes.is_empty() {
        let _ = write!(out, " ({})", notes.join("; "));
    }
    out.push_str(".\n");
    if let Some(digest) = &t.digest {
        let n = digest.days.len();
        let _ = write!(
            out,
            "\nThe {} best supported by distinct sources and claims",
            plural(n, "day")
        );
        if n < digest.top {
            let _ = write!(out, " ({} asked for; the set has no more)", digest.top);
        }
        out.push_str(":\n\n");
        for day in &digest.days {
            let _ = writeln!(
                out,
                "- {}: {}, {}, {}",
                crate::label::day(day.date),
                plural(day.articles, "article"),
                plural(day.outlets, "outlet"),
                plural(day.claims, "claim"),
            );
        }
    }

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
                // Only a web address becomes an autolink; CommonMark would make a link
                // of any scheme (`<javascript:…>`), so anything else stays escaped text.
                a.url.as_deref().map(|u| {
                    if (u.starts_with("https://") || u.starts_with("http://"))
                        && !u.contains(|c: char| c.is_whitespace() || c == '<' || c == '>')
                    {
                        format!("<{u}>")
                    } else {
                        escape(u)
                    }
                }),
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
            Some(capitalise(label)),
        ),
        _ => (
            chrono::Datelike::year(&start).to_string(),
            Some(month_label(start)),
        ),
    }
}

fn event_bullet(out: &mut String, event: &Event) {
    out.push_str("- ");
    match (&event.time.basis, &event.time.label) {
        // A label starts the bullet, so it starts with a capital ("The evening of …").
        (Basis::Mentioned, Some(label)) => {
            let _ = write!(out, "**{}** — ", capitalise(label));
        }
        (Basis::ReportedOn, Some(label)) => {
            let _ = write!(out, "**{}** (reported on) — ", capitalise(label));
        }
        _ => {}
    }
    highlight(out, event);
    let ids: Vec<String> = event.sources.iter().map(|s| escape(&s.article)).collect();
    let _ = writeln!(out, " _({})_", ids.join("; "));

    let view = EventView::of(event);
    for &i in &view.claims {
        if let Some(line) = claim_text(event, i) {
            let _ = writeln!(out, "  - {}", md_claim(&line, event, i));
        }
    }
    for q in &view.quotes {
        let ids: Vec<String> = q
            .sources
            .iter()
            .filter_map(|&s| event.sources.get(s))
            .map(|s| escape(&s.article))
            .collect();
        let _ = writeln!(out, "  - {} _({})_", escape(&quote_text(q)), ids.join("; "));
    }
    for f in &view.figures {
        let Some(summary) = figures_text(f) else {
            continue;
        };
        let _ = writeln!(out, "  - {}", escape(&summary));
        for x in &f.figures {
            let Some(EventClaim { claim, .. }) = event.claims.get(x.claim) else {
                continue;
            };
            let Some(c) = claim.payload.as_casualty() else {
                continue;
            };
            let reporter = event
                .sources
                .get(x.source)
                .map(source_label)
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "    - {} _({})_",
                escape(&figure_text(x, c)),
                escape(&reporter)
            );
        }
    }
    // What the other sources wrote, and what else they claimed.
    for (s, claims) in &view.others {
        let Some(source) = event.sources.get(*s) else {
            continue;
        };
        if source.text == event.sentence.text && claims.is_empty() {
            let _ = writeln!(
                out,
                "  - also, word for word: _({})_",
                escape(&source.article)
            );
            continue;
        }
        let _ = writeln!(
            out,
            "  - also: “{}” _({})_",
            escape(&source.text),
            escape(&source.article)
        );
        for &i in claims {
            if let Some(line) = claim_text(event, i) {
                let _ = writeln!(out, "    - {}", md_claim(&line, event, i));
            }
        }
    }
}

/// A claim line escaped for Markdown; an unresolved time keeps its value as code.
fn md_claim(line: &str, event: &Event, i: usize) -> String {
    match event.claims[i].claim.payload.as_time() {
        Some(t) => format!(
            "unresolved time: “{}” (`{}`)",
            escape(&event.claims[i].claim.text),
            t.value
        ),
        None => escape(line),
    }
}

/// The sentence with its time expressions in bold.
fn highlight(out: &mut String, event: &Event) {
    let sentence = &event.sentence;
    let text = sentence.text.as_str();
    let base = sentence.span.start;
    let mut at = 0;
    for EventClaim { claim, source } in &event.claims {
        // Only the shown source's claims lie in the shown sentence.
        if *source != 0 || claim.payload.as_time().is_none() {
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
}
