//! The HTML rendering: one self-contained page a journalist opens offline.
//!
//! The page holds the chronology (by year and month), filters by kind of claim and by
//! outlet, each event's sources and figures, and every article's passages, so that
//! each claim links to its sentence in context. It makes no network request: the
//! style and the script are inline, there is no font, image or frame, and a Content
//! Security Policy of `default-src 'none'` allows only this page's own style and
//! script (by their SHA-256 hashes). All article text is escaped, so a title such as
//! `<img src=x onerror=alert(1)>` or a `<script>` in the text is shown as text; were
//! anything to slip through, the policy would still refuse to run it.
//!
//! The filters live in the URL's fragment (`#kind=quote&outlet=Northwire`), so a
//! filtered view can be bookmarked and shared.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use base64::Engine as _;
use sha2::{Digest as _, Sha256};

use super::text::{
    EventView, capitalise, claim_text, figure_text, figures_text, quote_text, source_label,
};
use crate::label;
use crate::model::{Basis, Event, EventClaim, FigureStatus, SourceRef, Timeline};

/// Text made safe for HTML element content and quoted attribute values.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

const STYLE: &str = r#"
:root{--ink:#1d1d1f;--muted:#5b6068;--line:#d8d8dd;--bg:#f7f7f4;--card:#fff;--merged:#2f6f9f;--warn:#fff4e5;--warnline:#d9932b;--ok:#eef6ee;--okline:#86b886}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 Georgia,"Times New Roman",serif;color:var(--ink);background:var(--bg)}
header{position:sticky;top:0;z-index:1;background:var(--card);border-bottom:1px solid var(--line);padding:.7rem 1.5rem}
h1{margin:0;font-size:1.45rem}
.summary,#shown{margin:.2rem 0;color:var(--muted);font:.88rem system-ui,sans-serif}
#filters{display:flex;flex-wrap:wrap;gap:.3rem 1.5rem;font:.85rem system-ui,sans-serif;margin-top:.3rem}
fieldset{border:0;margin:0;padding:0}
legend{float:left;font-weight:600;padding:0;margin-right:.6rem}
label{margin-right:.7rem;white-space:nowrap}
.n{color:var(--muted)}
main,#digest,#articles,#problems{max-width:54rem;margin:0 auto;padding:0 1.5rem}
h2{border-bottom:2px solid var(--ink);margin:1.8rem 0 .4rem;font-size:1.3rem}
h3{color:var(--muted);font:600 .85rem system-ui,sans-serif;text-transform:uppercase;letter-spacing:.05em;margin:1.1rem 0 .4rem}
.event{background:var(--card);border:1px solid var(--line);border-left:4px solid var(--line);border-radius:4px;padding:.55rem .9rem;margin:.55rem 0}
.event.merged{border-left-color:var(--merged)}
.event.conflict{border-left-color:var(--warnline)}
.when{margin:0;font:600 .85rem system-ui,sans-serif}
.basis,.count{font-weight:400;color:var(--muted)}
.sentence{margin:.2rem 0}
mark{background:#fff0a0;padding:0 .1em}
ul.claims{margin:.2rem 0;padding-left:1.2rem;font-size:.95rem}
.ctx{font:.78rem system-ui,sans-serif;margin-left:.35em}
.figures{background:var(--warn);border:1px solid var(--warnline);border-radius:4px;padding:.35rem .7rem;margin:.4rem 0;font-size:.95rem}
.figures.agreed{background:var(--ok);border-color:var(--okline)}
.figures p{margin:0}
.figures ul{margin:.2rem 0;padding-left:1.2rem}
details.sources{font:.85rem system-ui,sans-serif;color:var(--muted);margin-top:.3rem}
details.sources q{color:var(--ink);font-family:Georgia,serif}
.evidence{font-size:.78rem}
.source-article{border-top:1px solid var(--line);padding:.4rem 0}
.source-article h3{text-transform:none;letter-spacing:0;font-size:1rem;color:var(--ink)}
.meta{color:var(--muted);font:.85rem system-ui,sans-serif;margin:.1rem 0}
.passage{font-size:.95rem}
.passage mark:target{outline:2px solid var(--warnline)}
.problem{color:#8a1c1c}
[hidden]{display:none!important}
"#;

const SCRIPT: &str = r##"
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) { return; }
  var boxes = Array.prototype.slice.call(form.querySelectorAll("input[data-filter]"));
  var events = Array.prototype.slice.call(document.querySelectorAll("article.event"));
  var sections = Array.prototype.slice.call(document.querySelectorAll("section.period, section.year"));
  var shown = document.getElementById("shown");
  function selected(filter) {
    return boxes.filter(function (b) { return b.dataset.filter === filter && b.checked; })
      .map(function (b) { return b.value; });
  }
  function any(list, wanted) {
    return list.split(" ").some(function (x) { return wanted.indexOf(x) >= 0; });
  }
  function apply() {
    var kinds = selected("kind"), outlets = selected("outlet"), visible = 0;
    events.forEach(function (e) {
      var show = any(e.dataset.kinds, kinds) && any(e.dataset.outlets, outlets);
      e.hidden = !show;
      if (show) { visible += 1; }
    });
    sections.forEach(function (s) { s.hidden = !s.querySelector("article.event:not([hidden])"); });
    shown.textContent = "Showing " + visible + " of " + events.length + " events";
  }
  function fromHash() {
    var params = {};
    location.hash.replace(/^#/, "").split("&").forEach(function (pair) {
      var at = pair.indexOf("=");
      if (at > 0) { params[pair.slice(0, at)] = pair.slice(at + 1).split(",").map(decodeURIComponent); }
    });
    boxes.forEach(function (b) {
      var names = params[b.dataset.filter];
      b.checked = !names || names.indexOf(b.dataset.name) >= 0;
    });
    apply();
  }
  function toHash() {
    var parts = [];
    ["kind", "outlet"].forEach(function (filter) {
      var all = boxes.filter(function (b) { return b.dataset.filter === filter; });
      var on = all.filter(function (b) { return b.checked; });
      if (on.length < all.length) {
        parts.push(filter + "=" + on.map(function (b) { return encodeURIComponent(b.dataset.name); }).join(","));
      }
    });
    try { history.replaceState(null, "", parts.length ? "#" + parts.join("&") : location.pathname); } catch (err) { /* a file: page may refuse; the view still filters */ }
  }
  form.addEventListener("change", function () { toHash(); apply(); });
  window.addEventListener("hashchange", fromHash);
  fromHash();
}());
"##;

/// `'sha256-…'` of an inline style or script, as a Content Security Policy source.
fn csp_hash(body: &str) -> String {
    let digest = Sha256::digest(body.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// Indices of kinds and outlets, for the filters and the events' data attributes.
struct Facets {
    kinds: Vec<(String, usize)>,
    outlets: Vec<(String, usize)>,
}

/// The outlet a source is filed under: its `source`, or a bucket for articles that
/// name none.
fn outlet(s: &SourceRef) -> &str {
    s.source.as_deref().unwrap_or("(no outlet)")
}

fn facets(t: &Timeline) -> Facets {
    let mut kinds: BTreeMap<String, usize> = BTreeMap::new();
    let mut outlets: BTreeMap<String, usize> = BTreeMap::new();
    for e in &t.events {
        for k in e.kinds() {
            *kinds.entry(k.to_owned()).or_insert(0) += 1;
        }
        let mut seen: Vec<&str> = Vec::new();
        for s in &e.sources {
            if !seen.contains(&outlet(s)) {
                seen.push(outlet(s));
                *outlets.entry(outlet(s).to_owned()).or_insert(0) += 1;
            }
        }
    }
    Facets {
        kinds: kinds.into_iter().collect(),
        outlets: outlets.into_iter().collect(),
    }
}

/// Where each article's summary is, by id (the first, when ids repeat).
fn article_index(t: &Timeline, id: &str) -> Option<usize> {
    // Articles are in canonical order, by id first, so the first of an id is found by
    // bisection.
    let at = t.articles.partition_point(|a| a.id.as_str() < id);
    t.articles.get(at).filter(|a| a.id == id).map(|_| at)
}

/// The anchor of a source's sentence in the articles section.
fn sentence_anchor(t: &Timeline, s: &SourceRef) -> Option<String> {
    Some(format!(
        "a{}-s{}",
        article_index(t, &s.article)?,
        s.sentence
    ))
}

/// Render the timeline as one self-contained HTML page.
pub(crate) fn render(t: &Timeline) -> String {
    let f = facets(t);
    let mut out = String::with_capacity(4096 + t.events.len() * 1024);
    let title = match &t.digest {
        Some(d) => format!("Timeline: the {} best-supported days", d.days.len()),
        None => "Timeline".to_owned(),
    };
    let merged = t.events.iter().filter(|e| e.sources.len() > 1).count();
    let conflicts = t.events.iter().filter(|e| e.has_conflict()).count();
    let summary = format!(
        "{} events from {} articles; {merged} reported by several articles, {conflicts} with differing figures.",
        t.events.len(),
        t.articles.len()
    );
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src {}; script-src {}; base-uri 'none'; form-action 'none'\">\n\
         <meta name=\"generator\" content=\"dateline ({})\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        csp_hash(STYLE),
        csp_hash(SCRIPT),
        escape(&t.schema),
        escape(&title)
    );
    let _ = write!(
        out,
        "<header>\n<h1>{}</h1>\n<p class=\"summary\">{}</p>\n",
        escape(&title),
        escape(&summary)
    );
    filters(&mut out, &f, t.events.len());
    out.push_str("</header>\n");
    if let Some(d) = &t.digest {
        out.push_str("<section id=\"digest\">\n<h2>Days kept</h2>\n<ul>\n");
        for day in &d.days {
            let _ = writeln!(
                out,
                "<li>{}: {} articles, {} outlets, {} claims</li>",
                escape(&label::day(day.date)),
                day.articles,
                day.outlets,
                day.claims
            );
        }
        out.push_str("</ul>\n</section>\n");
    }
    out.push_str("<main id=\"timeline\">\n");
    chronology(&mut out, t, &f);
    out.push_str("</main>\n");
    articles(&mut out, t);
    problems(&mut out, t);
    let _ = write!(out, "<script>{SCRIPT}</script>\n</body>\n</html>\n");
    out
}

fn filters(out: &mut String, f: &Facets, events: usize) {
    out.push_str("<form id=\"filters\" aria-label=\"Filters\">\n");
    for (filter, legend, list, prefix) in [
        ("kind", "Claims", &f.kinds, 'k'),
        ("outlet", "Outlets", &f.outlets, 'o'),
    ] {
        let _ = write!(out, "<fieldset><legend>{legend}</legend>");
        for (i, (name, n)) in list.iter().enumerate() {
            let _ = write!(
                out,
                "<label><input type=\"checkbox\" data-filter=\"{filter}\" data-name=\"{}\" value=\"{prefix}{i}\" checked> {} <span class=\"n\">({n})</span></label>",
                escape(name),
                escape(name)
            );
        }
        out.push_str("</fieldset>\n");
    }
    let _ = writeln!(
        out,
        "</form>\n<p id=\"shown\" aria-live=\"polite\">Showing {events} of {events} events</p>"
    );
}

/// The `##`/`###` headings of the Markdown output, as nested sections.
fn chronology(out: &mut String, t: &Timeline, f: &Facets) {
    let mut year: Option<String> = None;
    let mut period: Option<String> = None;
    for e in &t.events {
        let (y, p) = headings(e);
        if year.as_deref() != Some(y.as_str()) {
            if period.take().is_some() {
                out.push_str("</section>\n");
            }
            if year.is_some() {
                out.push_str("</section>\n");
            }
            let _ = writeln!(out, "<section class=\"year\">\n<h2>{}</h2>", escape(&y));
            year = Some(y);
        }
        if period != p {
            if period.is_some() {
                out.push_str("</section>\n");
            }
            if let Some(p) = &p {
                let _ = writeln!(out, "<section class=\"period\">\n<h3>{}</h3>", escape(p));
            }
            period = p;
        }
        event(out, t, f, e);
    }
    if period.is_some() {
        out.push_str("</section>\n");
    }
    if year.is_some() {
        out.push_str("</section>\n");
    }
}

fn headings(e: &Event) -> (String, Option<String>) {
    use dateline_plugin::Granularity as G;
    let (Some(interval), Some(g), Some(label)) =
        (e.time.interval, e.time.granularity, e.time.label.as_ref())
    else {
        return ("Undated".to_owned(), None);
    };
    let year = chrono::Datelike::year(&interval.start).to_string();
    match g {
        G::Millennium | G::Century | G::Decade => (label.clone(), None),
        G::Year => (year, None),
        G::Half | G::Quarter | G::Season => (year, Some(capitalise(label))),
        _ => (year, Some(label::month_label(interval.start))),
    }
}

fn event(out: &mut String, t: &Timeline, f: &Facets, e: &Event) {
    let kinds: Vec<String> = e
        .kinds()
        .iter()
        .filter_map(|k| f.kinds.iter().position(|(n, _)| n == k))
        .map(|i| format!("k{i}"))
        .collect();
    let mut outlets: Vec<String> = e
        .sources
        .iter()
        .filter_map(|s| f.outlets.iter().position(|(n, _)| n == outlet(s)))
        .collect::<Vec<usize>>()
        .into_iter()
        .map(|i| format!("o{i}"))
        .collect();
    outlets.sort();
    outlets.dedup();
    let mut class = String::from("event");
    if e.sources.len() > 1 {
        class.push_str(" merged");
    }
    if e.has_conflict() {
        class.push_str(" conflict");
    }
    let _ = writeln!(
        out,
        "<article class=\"{class}\" id=\"{}\" data-kinds=\"{}\" data-outlets=\"{}\">",
        escape(&e.id),
        kinds.join(" "),
        outlets.join(" ")
    );
    let when = match (&e.time.label, e.time.basis) {
        (Some(l), Basis::ReportedOn) => format!(
            "{} <span class=\"basis\">reported on</span>",
            escape(&capitalise(l))
        ),
        (Some(l), _) => escape(&capitalise(l)),
        (None, _) => "<span class=\"basis\">undated</span>".to_owned(),
    };
    let count = match e.sources.len() {
        1 => String::new(),
        n => format!(" <span class=\"count\">· {n} sources</span>"),
    };
    let datetime = e
        .time
        .interval
        .map(|i| format!(" datetime=\"{}\"", i.start.date()))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "<p class=\"when\"><time{datetime}>{when}</time>{count}</p>"
    );
    out.push_str("<p class=\"sentence\">");
    highlight(out, e);
    out.push_str("</p>\n");
    details(out, t, e);
    out.push_str("</article>\n");
}

/// The shown sentence with its time expressions marked.
fn highlight(out: &mut String, e: &Event) {
    let text = e.sentence.text.as_str();
    let base = e.sentence.span.start;
    let mut at = 0;
    for EventClaim { claim, source } in &e.claims {
        if *source != 0 || claim.payload.as_time().is_none() {
            continue;
        }
        let (Some(start), Some(end)) = (
            claim.span.start.checked_sub(base),
            claim.span.end.checked_sub(base),
        ) else {
            continue;
        };
        let (Some(before), Some(inside)) = (text.get(at..start), text.get(start..end)) else {
            continue;
        };
        if end <= start {
            continue;
        }
        let _ = write!(out, "{}<mark>{}</mark>", escape(before), escape(inside));
        at = end;
    }
    out.push_str(&escape(text.get(at..).unwrap_or_default()));
}

fn context_link(t: &Timeline, e: &Event, source: usize) -> String {
    let Some(s) = e.sources.get(source) else {
        return String::new();
    };
    match sentence_anchor(t, s) {
        Some(anchor) => format!(
            "<a class=\"ctx\" href=\"#{anchor}\" title=\"{}\">in context</a>",
            escape(&source_label(s))
        ),
        None => String::new(),
    }
}

/// A source's label, linked to its sentence in context.
fn source_link(t: &Timeline, e: &Event, source: usize) -> String {
    let Some(s) = e.sources.get(source) else {
        return String::new();
    };
    match sentence_anchor(t, s) {
        Some(anchor) => format!("<a href=\"#{anchor}\">{}</a>", escape(&source_label(s))),
        None => escape(&source_label(s)),
    }
}

fn claim_items(t: &Timeline, e: &Event, claims: &[usize]) -> String {
    let mut items = String::new();
    for &i in claims {
        let Some(text) = claim_text(e, i) else {
            continue;
        };
        let c = &e.claims[i];
        let _ = write!(
            items,
            "<li class=\"{}\">{}{}</li>",
            escape(c.claim.kind()),
            escape(&text),
            context_link(t, e, c.source)
        );
    }
    items
}

fn details(out: &mut String, t: &Timeline, e: &Event) {
    let view = EventView::of(e);
    let items = claim_items(t, e, &view.claims);
    let mut shared = String::new();
    for q in &view.quotes {
        let by: Vec<String> = q.sources.iter().map(|&s| source_link(t, e, s)).collect();
        let _ = write!(
            shared,
            "<li class=\"quote\">{} <span class=\"count\">({})</span></li>",
            escape(&quote_text(q)),
            by.join(", ")
        );
    }
    if !items.is_empty() || !shared.is_empty() {
        let _ = writeln!(out, "<ul class=\"claims\">{items}{shared}</ul>");
    }
    for f in &view.figures {
        let Some(summary) = figures_text(f) else {
            continue;
        };
        let class = if f.status == FigureStatus::Agreed {
            "figures agreed"
        } else {
            "figures"
        };
        let _ = write!(
            out,
            "<div class=\"{class}\"><p>{}</p><ul>",
            escape(&summary)
        );
        for x in &f.figures {
            let Some(c) = e
                .claims
                .get(x.claim)
                .and_then(|c| c.claim.payload.as_casualty())
            else {
                continue;
            };
            let _ = write!(
                out,
                "<li>{} — {}</li>",
                escape(&figure_text(x, c)),
                source_link(t, e, x.source)
            );
        }
        out.push_str("</ul></div>\n");
    }
    let noun = if e.sources.len() == 1 {
        "source"
    } else {
        "sources"
    };
    let _ = write!(
        out,
        "<details class=\"sources\"><summary>{} {noun}</summary><ol>",
        e.sources.len()
    );
    let others: BTreeMap<usize, &Vec<usize>> = view.others.iter().map(|(s, c)| (*s, c)).collect();
    for (i, s) in e.sources.iter().enumerate() {
        let name = match &s.title {
            Some(title) => format!(" — “{}”", escape(title)),
            None => String::new(),
        };
        let evidence = s
            .evidence
            .as_ref()
            .map(|ev| {
                let rule = match ev.rule {
                    crate::MergeRule::Quote => "same quote",
                    crate::MergeRule::SameSentence => "same sentence",
                    crate::MergeRule::Casualty => "same casualty count",
                    crate::MergeRule::Content => "same content",
                };
                format!(
                    " <span class=\"evidence\">merged: {rule}, overlap {:.2}</span>",
                    ev.similarity
                )
            })
            .unwrap_or_default();
        let quote = if i == 0 {
            String::new()
        } else {
            format!(" <q>{}</q>", escape(&s.text))
        };
        let own = others
            .get(&i)
            .map(|claims| claim_items(t, e, claims))
            .filter(|items| !items.is_empty())
            .map(|items| format!("<ul>{items}</ul>"))
            .unwrap_or_default();
        let _ = write!(
            out,
            "<li>{}{name}{quote}{evidence}{own}</li>",
            source_link(t, e, i)
        );
    }
    out.push_str("</ol></details>\n");
}

/// Every article, with its passages and the event sentences marked in them.
fn articles(out: &mut String, t: &Timeline) {
    if t.articles.is_empty() {
        return;
    }
    // The sentences each article's events were read from, by article index.
    let mut marks: BTreeMap<usize, Vec<(usize, dateline_plugin::Span)>> = BTreeMap::new();
    for e in &t.events {
        for s in &e.sources {
            if let Some(a) = article_index(t, &s.article) {
                marks.entry(a).or_default().push((s.sentence, s.span));
            }
        }
    }
    out.push_str("<section id=\"articles\">\n<h2>Articles</h2>\n");
    for (i, a) in t.articles.iter().enumerate() {
        let _ = write!(
            out,
            "<article class=\"source-article\" id=\"a{i}\">\n<h3>{}</h3>\n<p class=\"meta\">",
            escape(a.title.as_deref().unwrap_or(&a.id))
        );
        let mut meta: Vec<String> = Vec::new();
        if let Some(s) = &a.source {
            meta.push(escape(s));
        }
        if let Some(p) = a.published {
            meta.push(escape(&format!("published {}", label::day(p))));
        }
        meta.push(escape(&a.input));
        if let Some(url) = &a.url {
            // Only web addresses become links; anything else (a `javascript:` URL in
            // hostile input) is shown as text.
            if url.starts_with("https://") || url.starts_with("http://") {
                meta.push(format!(
                    "<a href=\"{}\" rel=\"noreferrer noopener\">{}</a>",
                    escape(url),
                    escape(url)
                ));
            } else {
                meta.push(escape(url));
            }
        }
        let _ = writeln!(out, "{}</p>", meta.join(" · "));
        let mut sentences = marks.remove(&i).unwrap_or_default();
        sentences.sort_unstable_by_key(|(_, span)| (span.start, span.end));
        sentences.dedup();
        for p in &a.passages {
            let _ = write!(out, "<p class=\"passage\" id=\"a{i}-p{}\">", p.paragraph);
            let mut at = 0;
            for (index, span) in &sentences {
                if !p.span.contains(*span) {
                    continue;
                }
                let (start, end) = (span.start - p.span.start, span.end - p.span.start);
                let (Some(before), Some(inside)) = (p.text.get(at..start), p.text.get(start..end))
                else {
                    continue;
                };
                let _ = write!(
                    out,
                    "{}<mark id=\"a{i}-s{index}\">{}</mark>",
                    escape(before),
                    escape(inside)
                );
                at = end;
            }
            out.push_str(&escape(p.text.get(at..).unwrap_or_default()));
            out.push_str("</p>\n");
        }
        out.push_str("</article>\n");
    }
    out.push_str("</section>\n");
}

fn problems(out: &mut String, t: &Timeline) {
    let problems: Vec<_> = t.problems().collect();
    if problems.is_empty() {
        return;
    }
    out.push_str("<section id=\"problems\">\n<h2>Problems</h2>\n<ul>\n");
    for (a, p) in problems {
        let _ = writeln!(
            out,
            "<li class=\"problem\">{}: {} ({})</li>",
            escape(&a.input),
            escape(&p.message),
            escape(&p.code)
        );
    }
    out.push_str("</ul>\n</section>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_covers_markup_and_attribute_quotes() {
        assert_eq!(
            escape(r#"<img src=x onerror="alert('1')"> & co"#),
            "&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt; &amp; co"
        );
    }

    #[test]
    fn hashes_match_the_inline_blocks() {
        // The page's policy names exactly the style and script it carries.
        let page = render(&crate::build(&[]));
        assert!(page.contains(&csp_hash(STYLE)));
        assert!(page.contains(&csp_hash(SCRIPT)));
        assert!(page.contains(&format!("<style>{STYLE}</style>")));
        assert!(page.contains(&format!("<script>{SCRIPT}</script>")));
        assert!(!page.contains("src=\"http"), "no external resource");
    }
}
