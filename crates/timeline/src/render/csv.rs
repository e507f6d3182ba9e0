//! The CSV rendering: one row per claim, for spreadsheets and data desks.
//!
//! Every cell a spreadsheet could take for a formula is neutralised (OWASP, "CSV
//! Injection"): a cell whose first character, after any spaces, is `=`, `+`, `-`, `@`,
//! a tab or a carriage return gets a leading `'`, which spreadsheets show as text.

use dateline_plugin::{Claim, Payload, QuoteKind, Role, Scope};

use super::text::category_name;
use crate::model::{Event, Timeline};

/// The columns, in order.
pub(crate) const COLUMNS: [&str; 29] = [
    "event",
    "event_date",
    "event_label",
    "basis",
    "kind",
    "text",
    "time_value",
    "category",
    "role",
    "scope",
    "incidents",
    "value",
    "min",
    "max",
    "qualifier",
    "figure_status",
    "conservative",
    "attributed_to",
    "speaker",
    "cue",
    "quote_kind",
    "quote",
    "plugin",
    "outlet",
    "article",
    "published",
    "sentence",
    "sentence_text",
    "url",
];

/// A cell made safe for a spreadsheet.
pub(crate) fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    let first = cell.trim_start_matches(' ').chars().next();
    if matches!(first, Some('=' | '+' | '-' | '@' | '\t' | '\r')) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// Write rows of cells as CSV, neutralising every cell.
pub(crate) fn write_rows(rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    for row in rows {
        // Writing to a Vec cannot fail.
        let _ = writer.write_record(row.iter().map(|c| neutralise(c).into_owned()));
    }
    let bytes = writer.into_inner().unwrap_or_default();
    // Every cell was a Rust string, so the output is UTF-8.
    String::from_utf8(bytes).unwrap_or_default()
}

fn quote_kind(k: QuoteKind) -> &'static str {
    match k {
        QuoteKind::Direct => "direct",
        QuoteKind::Partial => "partial",
        QuoteKind::Indirect => "indirect",
        QuoteKind::According => "according",
        QuoteKind::Stance => "stance",
    }
}

fn row(e: &Event, source: usize, claim: &Claim) -> Vec<String> {
    let s = e.sources.get(source);
    let opt = |o: Option<&str>| o.unwrap_or_default().to_owned();
    let mut cells = vec![String::new(); COLUMNS.len()];
    let mut set = |column: &str, value: String| {
        if let Some(i) = COLUMNS.iter().position(|c| *c == column) {
            cells[i] = value;
        }
    };
    set("event", e.id.clone());
    set("event_date", opt(e.time.value.as_deref()));
    set("event_label", opt(e.time.label.as_deref()));
    set(
        "basis",
        match e.time.basis {
            crate::Basis::Mentioned => "mentioned",
            crate::Basis::ReportedOn => "reported_on",
            crate::Basis::Undated => "undated",
        }
        .to_owned(),
    );
    set("kind", claim.kind().to_owned());
    set("text", claim.text.clone());
    set("plugin", claim.plugin.clone());
    match &claim.payload {
        Payload::Time(t) => set("time_value", t.value.clone()),
        Payload::Casualty(c) => {
            set("category", category_name(c.category).to_owned());
            set(
                "role",
                match c.role {
                    Role::Victims => "victims",
                    Role::Perpetrators => "perpetrators",
                }
                .to_owned(),
            );
            set(
                "scope",
                match c.scope {
                    Scope::Incident => "incident",
                    Scope::Aggregate => "aggregate",
                }
                .to_owned(),
            );
            set(
                "incidents",
                c.incidents.map(|n| n.to_string()).unwrap_or_default(),
            );
            set("value", c.count.value.to_string());
            set("min", c.count.min.to_string());
            set(
                "max",
                c.count.max.map(|m| m.to_string()).unwrap_or_default(),
            );
            let written = [c.count.qualifier.as_deref(), c.count.vague.as_deref()];
            set(
                "qualifier",
                written.into_iter().flatten().collect::<Vec<_>>().join(" "),
            );
            if let Some(f) = e
                .figures
                .iter()
                .find(|f| f.category == c.category && f.role == c.role && f.scope == c.scope)
            {
                let status = match f.status {
                    crate::FigureStatus::Single => "single",
                    crate::FigureStatus::Agreed => "agreed",
                    crate::FigureStatus::Rising => "rising",
                    crate::FigureStatus::Conflicting => "conflicting",
                };
                set("figure_status", status.to_owned());
                set("conservative", f.conservative.to_string());
            }
            set("attributed_to", opt(c.source.as_deref()));
        }
        Payload::Quote(q) => {
            set(
                "speaker",
                opt(q.speaker_resolved.as_deref().or(q.speaker.as_deref())),
            );
            set("cue", opt(q.cue.as_deref()));
            set("quote_kind", quote_kind(q.kind).to_owned());
            set("quote", q.content.clone());
        }
        Payload::Other { .. } => {}
    }
    if let Some(s) = s {
        set("outlet", opt(s.source.as_deref()));
        set("article", s.article.clone());
        set(
            "published",
            s.published.map(|d| d.to_string()).unwrap_or_default(),
        );
        set("sentence", s.sentence.to_string());
        set("sentence_text", s.text.clone());
        set("url", opt(s.url.as_deref()));
    }
    cells
}

/// Render the timeline as CSV: a header row, then one row per claim of every event,
/// in timeline order.
pub(crate) fn render(t: &Timeline) -> String {
    let header = std::iter::once(COLUMNS.iter().map(|c| (*c).to_owned()).collect());
    let rows = t
        .events
        .iter()
        .flat_map(|e| e.claims.iter().map(move |c| row(e, c.source, &c.claim)));
    write_rows(header.chain(rows))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised() {
        for cell in ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "  =cmd"] {
            assert!(neutralise(cell).starts_with('\''), "{cell:?}");
        }
        for cell in ["12", "killed", "a=b", "", "'quoted"] {
            assert_eq!(neutralise(cell), cell);
        }
    }

    #[test]
    fn rows_are_quoted_where_needed() {
        let out = write_rows([
            vec!["a".to_owned(), "b, c".to_owned()],
            vec!["say \"hi\"".to_owned(), "=HYPERLINK(\"x\")".to_owned()],
        ]);
        assert_eq!(
            out,
            "a,\"b, c\"\r\n\"say \"\"hi\"\"\",\"'=HYPERLINK(\"\"x\"\")\"\r\n"
        );
    }
}
