//! Explicit zeros: "no casualties were reported", "no one was hurt".
//!
//! Receives a sentence's tokens and the used-token marks; hands on zero mentions.

use dateline_plugin::{CasualtyCategory, Count};

use super::mention::{Mention, free, mark};
use crate::lexicon::*;
use crate::token::{Tok, flags, is_word};

/// "no casualties were reported", "no one was hurt", "nobody was killed or injured".
pub(super) fn zeros(toks: &[Tok], used: &mut [bool], out: &mut Vec<Mention>) {
    for i in 0..toks.len() {
        if toks[i].f & flags::ZERO == 0 {
            continue;
        }
        let w = toks[i].low;
        let person = matches!(w, "nobody" | "none")
            || (w == "no" && toks.get(i + 1).is_some_and(|t| t.is("one")));
        if person {
            let start = if w == "no" { i + 2 } else { i + 1 };
            let mut j = start;
            // "none of the passengers was hurt".
            if toks.get(j).is_some_and(|t| t.is("of")) {
                j = (j + 1..toks.len().min(j + 6))
                    .find(|&k| is_aux(toks[k].low) || participle(toks[k].low).is_some())
                    .unwrap_or(j + 1);
            }
            while j < toks.len() && j < start + 8 && is_aux(toks[j].low) && !toks[j].is("shot") {
                j += 1;
            }
            let cat = toks.get(j).and_then(|t| participle(t.low)).or_else(|| {
                (toks.get(j).is_some_and(|t| t.is("shot"))
                    && toks.get(j + 1).is_some_and(|t| t.is("dead")))
                .then_some(CasualtyCategory::Killed)
            });
            if let Some(cat) = cat
                && free(used, i, j + 1)
            {
                mark(used, i, j + 1);
                out.push(Mention::new(cat, Count::exact(0), toks, i, j + 1));
                // "nobody was killed or injured".
                if toks.get(j + 1).is_some_and(|t| t.is("or") || t.is("and"))
                    && let Some(c2) = toks.get(j + 2).and_then(|t| participle(t.low))
                    && c2 != cat
                {
                    mark(used, j + 1, j + 3);
                    out.push(Mention::new(c2, Count::exact(0), toks, j + 2, j + 3));
                }
            }
            continue;
        }
        if matches!(w, "no" | "without") {
            // "no casualties", "no immediate reports of casualties", "without causing injuries".
            let mut j = i + 1;
            while j < toks.len() && j < i + 6 {
                let t = &toks[j];
                if !is_word(t) {
                    break;
                }
                let cat = match t.low {
                    "casualties" | "casualty" => Some(CasualtyCategory::Casualties),
                    "deaths" | "fatalities" | "dead" | "death" => Some(CasualtyCategory::Killed),
                    "injuries" | "injured" | "wounded" | "injury" => {
                        Some(CasualtyCategory::Injured)
                    }
                    _ => None,
                };
                if let Some(cat) = cat {
                    // "no casualty figures were given" is an unknown, not a zero.
                    let unknown =
                        toks[j + 1..toks.len().min(j + 5)].iter().any(|t| {
                            matches!(
                                t.low,
                                "given"
                                    | "figures"
                                    | "figure"
                                    | "available"
                                    | "disclosed"
                                    | "released"
                                    | "provided"
                                    | "known"
                            )
                        }) || toks[i..j].iter().any(|t| t.is("figures") || t.is("figure"));
                    if !unknown && free(used, i, j + 1) {
                        mark(used, i, j + 1);
                        out.push(Mention::new(cat, Count::exact(0), toks, i, j + 1));
                    }
                    break;
                }
                j += 1;
            }
        }
    }
}
