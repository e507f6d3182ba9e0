//! Plain-text pieces that several renderers share: counts, casualty and quote lines,
//! figure summaries, headlines. They return unescaped text; each renderer escapes it
//! for its own target.

use dateline_plugin::{Casualty, CasualtyCategory, Count, QuoteKind, Role, Scope};

use crate::label;
use crate::model::{Event, Figure, FigureStatus, Figures, QuoteGroup, SourceRef};

/// The category as the output formats write it (`killed`, `injured` …).
pub(crate) fn category_name(c: CasualtyCategory) -> &'static str {
    match c {
        CasualtyCategory::Killed => "killed",
        CasualtyCategory::Injured => "injured",
        CasualtyCategory::Missing => "missing",
        CasualtyCategory::Abducted => "abducted",
        CasualtyCategory::Arrested => "arrested",
        CasualtyCategory::Displaced => "displaced",
        CasualtyCategory::Casualties => "casualties",
    }
}

/// A count as a reader expects it: "at least 16", "dozens", "10–12", "7".
pub(crate) fn count_text(c: &Count) -> String {
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

/// "across 3 incidents" for a figure stated for several incidents together, `None` for
/// one incident's figure.
pub(crate) fn scope_text(scope: Scope, incidents: Option<u32>) -> Option<String> {
    match (scope, incidents) {
        (Scope::Incident, _) => None,
        (Scope::Aggregate, Some(n)) => Some(format!("across {n} incidents")),
        (Scope::Aggregate, None) => Some("across several incidents".to_owned()),
    }
}

/// "killed: at least 12 (people, perpetrators) in Oskar, across 2 incidents: 10
/// soldiers + 2 civilians — according to the army".
pub(crate) fn casualty_text(c: &Casualty) -> String {
    let mut line = format!("{}: {}", category_name(c.category), count_text(&c.count));
    let mut about: Vec<&str> = Vec::new();
    if let Some(group) = &c.group {
        about.push(group);
    }
    if c.role == Role::Perpetrators {
        about.push("perpetrators");
    }
    if !about.is_empty() {
        line.push_str(&format!(" ({})", about.join(", ")));
    }
    if let Some(place) = &c.place {
        line.push_str(&format!(" in {place}"));
    }
    if let Some(scope) = scope_text(c.scope, c.incidents) {
        line.push_str(&format!(", {scope}"));
    }
    if !c.parts.is_empty() {
        let parts: Vec<String> = c
            .parts
            .iter()
            .map(|p| {
                let mut s = count_text(&p.count);
                if let Some(g) = &p.group {
                    s.push(' ');
                    s.push_str(g);
                }
                if p.role == Role::Perpetrators {
                    s.push_str(" (perpetrators)");
                }
                s
            })
            .collect();
        line.push_str(&format!(": {}", parts.join(" + ")));
    }
    if let Some(source) = &c.source {
        line.push_str(&format!(" — according to {source}"));
    }
    line
}

/// One source's figure in a list of figures: "at least 12 (people) in Oskar —
/// according to regional officials". The attribution is the figure's, which may come
/// from the quote that reports the count when the casualty claim names no source.
pub(crate) fn figure_text(f: &Figure, c: &Casualty) -> String {
    let mut line = count_text(&f.count);
    if let Some(group) = &c.group {
        line.push_str(&format!(" ({group})"));
    }
    if let Some(place) = &c.place {
        line.push_str(&format!(" in {place}"));
    }
    if let Some(scope) = scope_text(c.scope, c.incidents) {
        line.push_str(&format!(", {scope}"));
    }
    if let Some(by) = &f.attributed {
        line.push_str(&format!(" — according to {by}"));
    }
    line
}

/// The quoted words as shown: a direct quote in curly quotes; a partial quote carries
/// its own marks around the quoted words; other kinds as reported.
pub(crate) fn quote_content(kind: QuoteKind, content: &str) -> String {
    match kind {
        QuoteKind::Direct => format!("“{content}”"),
        QuoteKind::Partial | QuoteKind::Indirect | QuoteKind::According | QuoteKind::Stance => {
            content.to_owned()
        }
    }
}

/// "“…” — Mara Ilves (said)".
pub(crate) fn quote_text(q: &QuoteGroup) -> String {
    let content = quote_content(q.kind, &q.content);
    let speaker = q.speaker.as_deref().unwrap_or("unknown speaker");
    match &q.cue {
        Some(cue) => format!("{content} — {speaker} ({cue})"),
        None => format!("{content} — {speaker}"),
    }
}

/// Who reported something: the outlet (else the article id) and the publication day.
pub(crate) fn source_label(s: &SourceRef) -> String {
    let who = s.source.as_deref().unwrap_or(&s.article);
    match s.published {
        Some(d) => format!("{who}, {}", label::day(d)),
        None => who.to_owned(),
    }
}

/// A rising series in report order, one step per report day: "12 → 31 → 34", or
/// "12–14 → 31" when the sources of a day differ.
pub(crate) fn series(f: &Figures) -> String {
    f.figures
        .chunk_by(|a, b| a.reported == b.reported)
        .map(|day| {
            let low = day.iter().map(|x| x.value).min().unwrap_or(0);
            let high = day.iter().map(|x| x.value).max().unwrap_or(0);
            if low == high {
                low.to_string()
            } else {
                format!("{low}–{high}")
            }
        })
        .collect::<Vec<_>>()
        .join(" → ")
}

/// One line that says what the sources of an event give for a category, or `None`
/// when only one source gives a figure (its claim line says it all).
///
/// "killed: 12 → 31 → 34, as of 12 March 2025 (a rising toll; conservative figure 12)",
/// "killed: 12 to 14, the sources disagree (conservative figure 12)",
/// "killed: 12, as 3 sources agree".
pub(crate) fn figures_text(f: &Figures) -> Option<String> {
    let mut what = match f.role {
        Role::Victims => category_name(f.category).to_owned(),
        Role::Perpetrators => format!("{} (perpetrators)", category_name(f.category)),
    };
    if let Some(place) = &f.place {
        what.push_str(&format!(" in {place}"));
    }
    if let Some(scope) = scope_text(f.scope, f.incidents) {
        what.push_str(&format!(" ({scope})"));
    }
    Some(match f.status {
        FigureStatus::Single => return None,
        FigureStatus::Agreed => format!("{what}: {}, as {} sources agree", f.low, f.figures.len()),
        FigureStatus::Rising => match f.latest {
            Some(latest) => format!(
                "{what}: {}, as of {} (a rising toll; conservative figure {})",
                series(f),
                label::day(latest.as_of),
                f.conservative
            ),
            None => format!("{what}: {} (a rising toll)", series(f)),
        },
        FigureStatus::Conflicting => format!(
            "{what}: {} to {}, the sources disagree (conservative figure {})",
            f.low, f.high, f.conservative
        ),
    })
}

/// A short headline for an event: its casualty figures ("At least 12 killed, 27
/// injured"), else its first quote's speaker and opening words, else the opening words
/// of its sentence.
pub(crate) fn headline(e: &Event) -> String {
    let tolls: Vec<String> = e
        .figures
        .iter()
        .filter(|f| f.role == Role::Victims && f.high > 0)
        .map(|f| {
            let n = match f.status {
                FigureStatus::Single | FigureStatus::Agreed => count_text(&f.figures[0].count),
                FigureStatus::Rising => f.latest.map_or(f.high, |l| l.value).to_string(),
                FigureStatus::Conflicting => format!("{}–{}", f.low, f.high),
            };
            match scope_text(f.scope, f.incidents) {
                Some(scope) => format!("{n} {} {scope}", category_name(f.category)),
                None => format!("{n} {}", category_name(f.category)),
            }
        })
        .collect();
    if !tolls.is_empty() {
        return capitalise(&tolls.join(", "));
    }
    if let Some(q) = e.quotes.first()
        && let Some(speaker) = &q.speaker
    {
        return format!(
            "{speaker}: {}",
            quote_content(q.kind, &words(&q.content, 8))
        );
    }
    words(&e.sentence.text, 10)
}

/// The first `n` words of `text`, with an ellipsis when some were left out.
pub(crate) fn words(text: &str, n: usize) -> String {
    let all: Vec<&str> = text.split_whitespace().collect();
    if all.len() <= n {
        return all.join(" ");
    }
    let mut s = all[..n].join(" ");
    s = s
        .trim_end_matches(|c: char| c.is_ascii_punctuation())
        .to_owned();
    s.push('…');
    s
}

/// `s` with its first letter in upper case.
pub(crate) fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A claim of a plugin's own kind: its surface text, then the payload's scalar fields
/// (`key value`, in key order) so that a reader sees what the plugin made of the text
/// without reading JSON. Nested payloads are left to the JSON output.
pub(crate) fn other_text(kind: &str, text: &str, data: &serde_json::Value) -> String {
    let mut line = format!("{kind}: {text}");
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
                Some(format!("{key} {value}"))
            })
            .collect();
        if !fields.is_empty() {
            line.push_str(&format!(" ({})", fields.join(", ")));
        }
    }
    line
}

/// What a reader-facing renderer shows of an event, sorted out once for Markdown and
/// HTML alike: the claims of the shown source, the quotes and figures several sources
/// share, and for every other source its own sentence with the claims of it that are
/// not already shown in a shared quote or a set of figures.
pub(crate) struct EventView<'e> {
    /// Indices into `event.claims` of the shown source's claims to list.
    pub claims: Vec<usize>,
    /// Quote groups reported by several sources.
    pub quotes: Vec<&'e QuoteGroup>,
    /// Figures given by several sources.
    pub figures: Vec<&'e Figures>,
    /// For each source after the first: its index and the claims of it to list.
    pub others: Vec<(usize, Vec<usize>)>,
}

impl<'e> EventView<'e> {
    pub(crate) fn of(e: &'e Event) -> Self {
        let quotes: Vec<&QuoteGroup> = e.quotes.iter().filter(|q| q.sources.len() > 1).collect();
        let figures: Vec<&Figures> = e.figures.iter().filter(|f| f.figures.len() > 1).collect();
        let shown_elsewhere = |i: usize| {
            quotes.iter().any(|q| q.claims.contains(&i))
                || figures
                    .iter()
                    .any(|f| f.figures.iter().any(|x| x.claim == i))
        };
        let listed = |i: usize| {
            let claim = &e.claims[i].claim;
            let resolved_time = claim
                .payload
                .as_time()
                .is_some_and(|t| t.resolution != dateline_plugin::Resolution::Unresolved);
            !resolved_time && !shown_elsewhere(i)
        };
        let of_source = |s: usize| -> Vec<usize> {
            (0..e.claims.len())
                .filter(|&i| e.claims[i].source == s && listed(i))
                .collect()
        };
        EventView {
            claims: of_source(0),
            others: (1..e.sources.len()).map(|s| (s, of_source(s))).collect(),
            quotes,
            figures,
        }
    }
}

/// The line of one listed claim (see [`EventView`]), or `None` for a kind that is not
/// listed. A quote is shown with its group's wording when it has one.
pub(crate) fn claim_text(e: &Event, i: usize) -> Option<String> {
    let claim = &e.claims.get(i)?.claim;
    Some(match &claim.payload {
        dateline_plugin::Payload::Time(t) => {
            format!("unresolved time: “{}” ({})", claim.text, t.value)
        }
        dateline_plugin::Payload::Casualty(c) => casualty_text(c),
        dateline_plugin::Payload::Quote(_) => {
            let group = e.quotes.iter().find(|q| q.claims.contains(&i))?;
            quote_text(group)
        }
        dateline_plugin::Payload::Other { kind, data } => other_text(kind, &claim.text, data),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn words_cut_long_text() {
        assert_eq!(words("one two three", 3), "one two three");
        assert_eq!(words("one two, three four", 2), "one two…");
    }
}
