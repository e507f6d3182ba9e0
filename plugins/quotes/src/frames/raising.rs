//! Raising frames: `seem`, `appear`, passive `be expected` report a proposition about
//! their subject without naming a source.
//!
//! Receives a sentence's tokens and the cue's token range; hands on a speakerless
//! [`Found`] of two pieces around the verb (the subject and the infinitive).

use dateline_plugin::{QuoteKind, Span};

use crate::content::participle_cut;
use crate::found::{Found, build};
use crate::lexicon::{self, is_connective, is_subordinator};
use crate::marks::QuoteSpan;
use crate::text::{Tk, Tok};
use crate::words::{is_cue_word, word};

/// `The mayor is expected to run again`, `Support for the plan appears to have
/// faded`, `he seemed to hesitate`: a raising verb (`seem`, `appear`, passive `be
/// expected`) reports a proposition about its subject without naming a source. The
/// content is the subject and the infinitive, two pieces around the verb, with no
/// speaker.
pub(crate) fn raising_frame(
    text: &str,
    toks: &[Tok],
    ci: usize,
    cj: usize,
    cspan: Span,
    quotes: &[QuoteSpan],
) -> Option<Found> {
    let n = toks.len();
    let cue_word = lexicon::lower(&text[cspan.start..cspan.end]);
    let seem = matches!(
        &*cue_word,
        "seem" | "seems" | "seemed" | "appear" | "appears" | "appeared"
    );
    if !seem && cue_word != "expected" {
        return None;
    }
    // The infinitive: `to` and a word, not a verb of saying (`seemed to suggest …` has
    // its subject as a speaker).
    if !(cj + 1 < n
        && toks[cj].kind == Tk::Word
        && word(text, &toks[cj]) == "to"
        && toks[cj + 1].kind == Tk::Word
        && !is_cue_word(text, &toks[cj + 1]))
    {
        return None;
    }
    let adverb = |t: &Tok| {
        t.kind == Tk::Word
            && !t.quoted
            && lexicon::with_lower(word(text, t), |w| {
                w.ends_with("ly")
                    || matches!(w, "also" | "still" | "now" | "not" | "already" | "once")
            })
    };
    // Back over adverbs and, for `expected`, the form of `be` that makes it passive;
    // a modal or `do` may stand before `seem` (`does not seem`, `would appear`).
    let mut v = ci;
    while v > 0 && adverb(&toks[v - 1]) {
        v -= 1;
    }
    let be = |t: &Tok| {
        t.kind == Tk::Word
            && lexicon::with_lower(word(text, t), |w| {
                matches!(
                    w,
                    "is" | "are" | "was" | "were" | "be" | "been" | "isn't" | "aren't"
                )
            })
    };
    if seem {
        if v > 0
            && toks[v - 1].kind == Tk::Word
            && lexicon::with_lower(word(text, &toks[v - 1]), |w| {
                matches!(
                    w,
                    "does"
                        | "do"
                        | "did"
                        | "would"
                        | "could"
                        | "may"
                        | "might"
                        | "doesn't"
                        | "didn't"
                )
            })
        {
            v -= 1;
        }
    } else {
        if v == 0 || !be(&toks[v - 1]) {
            return None;
        }
        v -= 1;
        // `will be expected`, `had been expected`.
        if v > 0
            && toks[v - 1].kind == Tk::Word
            && lexicon::with_lower(word(text, &toks[v - 1]), |w| {
                matches!(w, "will" | "would" | "has" | "have" | "had")
            })
        {
            v -= 1;
        }
    }
    while v > 0 && adverb(&toks[v - 1]) {
        v -= 1;
    }
    // The subject: the words back to the start of the clause, without a verb among
    // them.
    let mut s = v;
    // `Lee and Park seem to …` is one subject, `the bill passed and support seems to
    // …` is not: after `and` or `or`, a verb further back ends the subject there.
    let mut coordinator = None;
    while s > 0 && v - s < 10 {
        let t = &toks[s - 1];
        if t.kind != Tk::Word || t.quoted {
            break;
        }
        let w = word(text, t);
        if lexicon::with_lower(w, |lw| matches!(lw, "and" | "or")) && s < v {
            coordinator.get_or_insert(s);
            s -= 1;
            continue;
        }
        let stop = lexicon::with_lower(w, |lw| {
            is_subordinator(lw)
                || (is_connective(lw) && !lexicon::is_time_word(lw))
                || matches!(lw, "that" | "which" | "who" | "whom")
        });
        if stop {
            // `who seemed to …`, `which on its face seemed to …`: the relative pronoun
            // is the subject, before the verb or a prepositional phrase.
            if lexicon::with_lower(w, |lw| matches!(lw, "who" | "which" | "that"))
                && (s == v
                    || matches!(
                        word(text, &toks[s]),
                        "on" | "in" | "at" | "by" | "for" | "with" | "after" | "to"
                    ))
            {
                s -= 1;
                v = s + 1;
            }
            break;
        }
        if lexicon::with_lower(w, lexicon::is_finite_auxiliary)
            || (is_cue_word(text, t)
                && (w.ends_with("ed") || matches!(w, "said" | "says" | "told" | "tells")))
        {
            s = coordinator?;
            break;
        }
        s -= 1;
    }
    if s == v || v - s >= 10 {
        return None;
    }
    let mut end = participle_cut(text, toks, cj);
    // `the plans, which seemed to stall, were …`, `while support appears to hold, …`:
    // a relative or subordinate clause ends at its comma.
    let relative = s + 1 == v
        && lexicon::with_lower(word(text, &toks[s]), |w| {
            matches!(w, "which" | "who" | "that")
        });
    let subordinate = s > 0
        && toks[s - 1].kind == Tk::Word
        && lexicon::with_lower(word(text, &toks[s - 1]), |w| {
            is_subordinator(w) && !matches!(w, "and" | "but" | "so" | "yet")
        });
    if (relative || subordinate)
        && let Some(k) = (cj..end).find(|&k| toks[k].kind == Tk::Comma && !toks[k].quoted)
    {
        end = k;
    }
    let mut f = build(text, toks, &[(s, v), (cj, end)], quotes, false, cspan, None)?;
    if f.kind == QuoteKind::Direct {
        f.kind = QuoteKind::Partial;
    }
    Some(f)
}
