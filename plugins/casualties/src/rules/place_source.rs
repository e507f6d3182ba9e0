//! Where it happened and who says so: the place ("in Gao region") and the attributed
//! source ("according to the UN", "police said") of a sentence.
//!
//! Receives a sentence's tokens; hands on the place and the source as written, which the
//! driver sets on every mention of the sentence.

use super::mention::{SentenceCtx, text_of};
use crate::lexicon::*;
use crate::number::starts;
use crate::token::{Kind, Tok, is_word};

/// "in Kirkuk", "near the town of Mosul", "in Gao region": the first capitalised place
/// after a locative preposition.
pub(super) fn place(ctx: &SentenceCtx, toks: &[Tok]) -> Option<String> {
    for i in 0..toks.len() {
        if !matches!(toks[i].low, "in" | "near" | "outside") {
            continue;
        }
        let mut j = i + 1;
        if toks.get(j).is_some_and(|t| t.is("the")) {
            j += 1;
        }
        for lead in ["town", "city", "village", "province", "district", "region"] {
            if starts(toks, j, &[lead, "of"]) {
                j += 2;
            }
        }
        let start = j;
        while j < toks.len()
            && toks[j].cap
            && is_word(&toks[j])
            && !is_month(toks[j].low)
            && !is_weekday(toks[j].low.trim_end_matches("'s"))
            && j < start + 4
        {
            j += 1;
        }
        if j == start
            || toks.get(j).is_some_and(|t| t.kind == Kind::Num)
            || toks[j - 1].low.ends_with("'s")
            || toks[j - 1].low.ends_with("’s")
        {
            continue;
        }
        // "Gao region", "Borno state".
        if toks.get(j).is_some_and(|t| {
            matches!(
                t.low,
                "province"
                    | "region"
                    | "district"
                    | "state"
                    | "county"
                    | "city"
                    | "governorate"
                    | "department"
                    | "village"
                    | "town"
                    | "area"
                    | "territory"
            )
        }) {
            j += 1;
        }
        return text_of(ctx, toks, start, j);
    }
    None
}

/// "according to CENTCOM", "…, police said", "health officials said". A bare pronoun
/// ("she said", "…, they said") names no source: who "she" is takes the quotes plugin's
/// speaker resolution, so the source is left empty rather than set to the pronoun.
pub(super) fn source(ctx: &SentenceCtx, toks: &[Tok]) -> Option<String> {
    source_words(ctx, toks).filter(|s| !is_pronoun_source(s))
}

/// True when a source is only a personal pronoun ("She", "they", "him").
fn is_pronoun_source(s: &str) -> bool {
    matches!(
        s.to_ascii_lowercase().as_str(),
        "he" | "she" | "they" | "it" | "we" | "i" | "you" | "him" | "her" | "them" | "us" | "me"
    )
}

/// The words of the source as the sentence gives them, pronouns included.
fn source_words(ctx: &SentenceCtx, toks: &[Tok]) -> Option<String> {
    for i in 0..toks.len() {
        if starts(toks, i, &["according", "to"]) {
            let s = i + 2;
            let mut j = s;
            while j < toks.len() && j < s + 6 && (is_word(&toks[j]) || toks[j].is("-")) {
                j += 1;
            }
            return text_of(ctx, toks, s, j);
        }
    }
    // "…, the army said." at the end.
    let n = toks.len();
    let end = if n > 0 && (toks[n - 1].is(".") || toks[n - 1].is("\"") || toks[n - 1].is("”")) {
        n - 1
    } else {
        n
    };
    if end > 1
        && matches!(
            toks[end - 1].low,
            "said" | "says" | "reported" | "added" | "stated" | "announced"
        )
    {
        let mut k = end - 1;
        while k > 0 && end - 1 - k < 8 && !toks[k - 1].is(",") && is_word(&toks[k - 1]) {
            k -= 1;
        }
        if k < end - 1 && k > 0 {
            return text_of(ctx, toks, k, end - 1);
        }
    }
    // "Police said …" at the start.
    for i in 1..n.min(7) {
        if matches!(toks[i].low, "said" | "says") {
            if toks[..i].iter().all(is_word) {
                return text_of(ctx, toks, 0, i);
            }
            break;
        }
    }
    None
}
