//! Finding the cues: every cue phrase of the lexicon outside quotes.
//!
//! Receives the text and its paired quotes ([`crate::marks`]); hands on the cue spans in
//! text order, each with its lexicon entry ([`Cue`]), for [`crate::frames`] to read one
//! sentence at a time.

use dateline_plugin::Span;

use crate::lexicon::{self, Cue};
use crate::marks::QuoteSpan;

/// Every cue phrase of the text outside quotes, on word boundaries.
pub(crate) fn find_cues(text: &str, quotes: &[QuoteSpan]) -> Vec<(Span, Cue)> {
    let lex = lexicon::lexicon();
    let mut out = Vec::new();
    // A cue inside a quote is not a cue, so the matcher reads only the stretches between
    // the quotes' inner spans. No cue phrase holds a quotation mark, and a mark stands
    // between each inner span and the text around it, so no match of the whole text
    // crosses from one stretch into a quote or back: reading the stretches one by one
    // finds the same matches outside quotes as reading the whole text did.
    let mut from = 0;
    let gaps = quotes
        .iter()
        .map(|q| q.inner)
        .chain([Span::new(text.len(), text.len())])
        .filter_map(|inner| {
            let gap = (inner.start > from).then(|| Span::new(from, inner.start));
            from = from.max(inner.end);
            gap
        });
    for gap in gaps {
        let input = aho_corasick::Input::new(text).span(gap.start..gap.end);
        for m in lex.matcher.find_iter(input) {
            let (s, e) = (m.start(), m.end());
            if !dateline_plugin::text::is_word_start(text, s)
                || !dateline_plugin::text::is_word_end(text, e)
            {
                continue;
            }
            // A cue phrase directly followed by an apostrophe or hyphen is part of a word.
            if text[e..].starts_with(['-', '’']) && !text[e..].starts_with("’ ")
                || text[..s].ends_with(['-', '/'])
            {
                continue;
            }
            let mut cue = lex.cues[m.pattern().as_usize()];
            // `They called him a liar`, `Lee calls Park unqualified`: a naming verb
            // with an object and a predicate but no quotation marks reports a
            // position, as a stance verb does.
            if cue.strength == lexicon::Strength::QuoteOnly && names_without_quotes(text, s, e) {
                cue.strength = lexicon::Strength::Stance;
            }
            out.push((Span::new(s, e), cue));
        }
    }
    that_clause_cues(text, quotes, &mut out);
    // `In a poll released Monday, 52 percent chose Lee`: a poll or survey named in a
    // phrase that opens the sentence is the source of what the sentence reports, as
    // `according to` would make it.
    let before = out.len();
    for s in memchr::memmem::find_iter(text.as_bytes(), b"In ") {
        if !(s == 0 || text[..s].ends_with(char::is_whitespace)) {
            continue;
        }
        let rest = &text[s + 3..];
        // The phrase ends at a comma within 120 bytes, before any other stop or mark.
        let Some((end, stop)) = rest
            .char_indices()
            .take_while(|&(k, _)| k <= 120)
            .find(|&(_, c)| matches!(c, ',' | '.' | '\n' | '"' | '“' | '”' | ';' | ':'))
        else {
            continue;
        };
        if stop != ',' {
            continue;
        }
        let phrase = &rest[..end];
        if phrase
            .split(' ')
            .any(|w| matches!(w, "poll" | "polls" | "survey" | "surveys"))
        {
            out.push((
                Span::new(s, s + 2),
                Cue {
                    strength: lexicon::Strength::According,
                    object: false,
                    attitude: false,
                },
            ));
        }
    }
    if out.len() > before {
        out.sort_by_key(|(span, _)| span.start);
    }
    out
}

/// `Lee acknowledged that the count was late`, `the court held that …`: a finite verb
/// whose complement is a `that`-clause with a subject of its own reports that clause,
/// whatever the verb, so a verb the lexicon does not list is a cue of
/// [`lexicon::Strength::That`] here. The verb is a past form (`-ed` or an irregular
/// past, so that a plural noun before a relative `that` is never read as one), outside
/// quotes and not a cue already; the word after `that` must open a clause (a subject
/// pronoun, a determiner, a name or a subordinator: `the idea that appeals to …` has a
/// relative `that` whose verb follows at once). Verbs whose `that`-clause is a purpose
/// or a condition rather than something held or said (`ensured that`, `provided
/// that`, `meant that`) and a past form after `so`, `such`, `too` or a determiner (a
/// result clause: `so worried that`) are no cue.
fn that_clause_cues(text: &str, quotes: &[QuoteSpan], out: &mut Vec<(Span, Cue)>) {
    let before = out.len();
    let mut qi = 0;
    for k in memchr::memmem::find_iter(text.as_bytes(), b" that ") {
        while qi < quotes.len() && quotes[qi].outer.end <= k {
            qi += 1;
        }
        if qi < quotes.len() && quotes[qi].outer.start <= k {
            continue;
        }
        let ws = text[..k]
            .char_indices()
            .rev()
            .find(|&(_, c)| !c.is_ascii_lowercase())
            .map_or(0, |(i, c)| i + c.len_utf8());
        if ws == k || !(ws == 0 || text[..ws].ends_with(' ')) {
            continue;
        }
        let verb = &text[ws..k];
        if !(verb.len() >= 5 && verb.ends_with("ed") || lexicon::is_irregular_past(verb))
            || lexicon::is_not_that_verb(verb)
        {
            continue;
        }
        if out[..before]
            .iter()
            .any(|(span, _)| span.start <= ws && span.end >= ws)
        {
            continue;
        }
        let prev = text[..ws.saturating_sub(1)]
            .rsplit(' ')
            .next()
            .unwrap_or("");
        if lexicon::with_lower(prev, |p| matches!(p, "so" | "such" | "too"))
            || lexicon::is_determiner(prev)
        {
            continue;
        }
        let next = text[k + 6..].split([' ', ',', '\n']).next().unwrap_or("");
        let next = next.trim_start_matches(['"', '“', '‘', '(']);
        let opens = lexicon::is_pronoun(next)
            || lexicon::is_determiner(next)
            || lexicon::with_lower(next, |l| matches!(l, "there" | "this" | "these" | "those"))
            || lexicon::is_subordinator(next)
            || next.starts_with(|c: char| c.is_ascii_uppercase())
                && !lexicon::with_lower(next, lexicon::is_finite_auxiliary);
        if !opens {
            continue;
        }
        out.push((
            Span::new(ws, k),
            Cue {
                strength: lexicon::Strength::That,
                object: false,
                attitude: false,
            },
        ));
    }
    if out.len() > before {
        out.sort_by_key(|(span, _)| span.start);
    }
}

/// True when the cue at `s..e` is a naming verb (`call`, `dub`, `label`, `brand`) whose
/// object and predicate follow without quotation marks: an object pronoun and any word
/// that opens a predicate (`called him a liar`, `calls herself a moderate`, `called
/// them cowards`), or a name and a predicate (`calling Reed a fraud`, `calls Park
/// careless`). A preposition or a particle after the object (`called him back`,
/// `called Lee on Sunday`, `calls for`), a time word or a verb shows another sense of
/// the verb or a name that ends a noun phrase (`a band called Lark played`); a quote
/// in the clause is read by the rules for quoted words.
pub(crate) fn names_without_quotes(text: &str, s: usize, e: usize) -> bool {
    let verb = lexicon::lower(&text[s..e]);
    let naming = ["call", "dub", "label", "brand"]
        .iter()
        .any(|v| verb.starts_with(v));
    if !naming || verb.contains(' ') {
        return false;
    }
    // `what they called X`: the object is `what`, and X is its predicate.
    let before: Vec<&str> = text[floor_boundary(text, s.saturating_sub(40))..s]
        .split_whitespace()
        .rev()
        .take(2)
        .collect();
    if before.iter().any(|w| w.eq_ignore_ascii_case("what")) {
        return false;
    }
    // `a band called Lark`: after a common noun, a past form names the thing.
    let after_noun = verb.ends_with("ed")
        && before.first().is_some_and(|w| {
            w.starts_with(|c: char| c.is_ascii_lowercase()) && !lexicon::is_pronoun(w)
        });
    // The rest of the clause, which must hold no quotation mark of any style.
    let rest = &text[e..floor_boundary(text, text.len().min(e + 200))];
    let rest = &rest[..rest.find(['\n', ';', '.']).unwrap_or(rest.len())];
    if rest.contains(['"', '“', '”', '«', '»', '‘']) || rest.contains("''") || rest.contains("``")
    {
        return false;
    }
    let mut words = rest.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    // The object must not end the phrase (`called him, …`).
    if first.ends_with([',', '!', '?']) {
        return false;
    }
    let object_pronoun = lexicon::with_lower(first, |f| {
        matches!(
            f,
            "him"
                | "her"
                | "them"
                | "it"
                | "me"
                | "us"
                | "you"
                | "himself"
                | "herself"
                | "themselves"
                | "itself"
                | "myself"
                | "ourselves"
                | "yourself"
        )
    });
    if object_pronoun {
        return words.next().is_some_and(predicate_opener);
    }
    // A name: capitalised words (a comma ends the name before any predicate), then
    // the predicate.
    if !first.starts_with(|c: char| c.is_ascii_uppercase()) || lexicon::is_time_word(first) {
        return false;
    }
    for w in words.take(4) {
        if w.ends_with([',', '!', '?']) {
            return false;
        }
        if w.starts_with(|c: char| c.is_ascii_uppercase()) {
            continue;
        }
        let determiner = lexicon::with_lower(w, |l| {
            matches!(
                l,
                "a" | "an" | "the" | "his" | "her" | "their" | "its" | "our" | "my"
            )
        });
        return if after_noun {
            determiner
        } else {
            predicate_opener(w)
        };
    }
    false
}

/// True for a word that may open the predicate of a naming verb (`a liar`, `her hero`,
/// `unfit`, `unqualified`): a lower-case word that is no preposition, particle,
/// conjunction, time word, adverb in `-ly`, auxiliary or irregular past (`a band called
/// Lark played` is kept out by the test for a common noun before the cue).
fn predicate_opener(w: &str) -> bool {
    let bare = w.trim_end_matches([',', '.', '!', '?']);
    !bare.is_empty()
        && bare.starts_with(|c: char| c.is_ascii_lowercase())
        && !bare.ends_with("ly")
        && !lexicon::is_time_word(bare)
        && !lexicon::is_finite_auxiliary(bare)
        && !lexicon::is_irregular_past(bare)
        && !matches!(
            bare,
            "to" | "for"
                | "on"
                | "in"
                | "off"
                | "out"
                | "up"
                | "back"
                | "at"
                | "with"
                | "from"
                | "about"
                | "into"
                | "over"
                | "and"
                | "or"
                | "but"
                | "after"
                | "before"
                | "when"
                | "while"
                | "as"
                | "because"
                | "if"
                | "that"
                | "who"
                | "which"
                | "by"
                | "again"
                | "home"
                | "here"
                | "there"
                | "now"
                | "then"
                | "of"
                | "like"
                | "than"
                | "under"
                | "through"
                | "across"
                | "against"
                | "around"
                | "near"
                | "without"
                | "upon"
                | "via"
                | "per"
        )
}

/// The nearest char boundary of `text` at or before byte `i`.
fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}
