//! Frames: the attribution one sentence makes, from its cues.
//!
//! Receives one sentence's tokens, the cues found in it ([`crate::cues`]) and its quotes;
//! hands on the sentence's best [`Found`], with further statements of the same sentence in
//! its `extra`. Each cue's frame is read by [`cue`] (with the nominal and raising patterns in
//! [`nominal`] and [`raising`]), from speakers ([`crate::speakers`]) and content extents
//! ([`crate::content`]); [`best_frame`] tries the cues left to right, keeps the best one and
//! adds what the frame leaves to the sentence around it: an outer `according to` source, a
//! parenthetical speaker nearer the quote, relative clauses that are statements of their
//! own. [`uncued`] holds the frames the article pass finds without a lexicon cue.

mod cue;
mod headline;
mod nominal;
mod object;
mod passive;
pub(crate) mod plain;
mod raising;
pub(crate) mod uncued;

use dateline_plugin::{QuoteKind, Span};

use crate::content::{
    closed_by_comma, content_after, is_direct_piece, opens_content, skip_time, subordinate_end,
};
use crate::found::{Found, build};
use crate::lexicon::{self, Cue, Strength};
use crate::marks::QuoteSpan;
use crate::speakers::{
    clause_pronoun, nearer_pronoun, raised_subject, speaker_after, speaker_before,
};
use crate::text::{Tk, Tok};
use crate::words::{is_cap, span_of, tok_at, trim_range, word};
use cue::frame_of_cue;
use headline::headline_frame;
use object::object_frame;
use plain::plain_frame;

/// The best attribution frame of a sentence, trying its cues left to right.
pub(crate) fn best_frame(
    text: &str,
    toks: &[Tok],
    cues: &[(Span, Cue)],
    quotes: &[QuoteSpan],
) -> Option<Found> {
    // Frames are tried for the same cue by several of the rules below: each is built
    // once.
    let mut memo: Vec<Option<Option<Found>>> = vec![None; cues.len()];
    // A verb of saying makes the sentence's frame before any stance verb does: in
    // `Lee, who backed the plan, said "…"` the quote is the statement, the stance is
    // reported beside it.
    // `He's hoping the state will step in, Brandt told the Gazette.`: a verb of saying
    // that closes a sentence without quotation marks, after a comma, reports all that
    // comes before it, whatever cues that holds.
    let closing = cues
        .iter()
        .rposition(|(_, cue)| cue.strength == Strength::Say)
        .filter(|&k| {
            let ci = tok_at(toks, cues[k].0.start);
            k > 0
                && ci >= 2
                && toks[ci.saturating_sub(5)..ci]
                    .iter()
                    .any(|t| t.kind == Tk::Comma)
                && toks[tok_at(toks, cues[k].0.end)..]
                    .iter()
                    .filter(|t| t.kind == Tk::Word)
                    .count()
                    <= 4
                && toks.iter().all(|t| t.kind != Tk::Mark)
        });
    let primary = closing
        .into_iter()
        .chain((0..cues.len()).filter(|&k| !cues[k].1.strength.is_position() && Some(k) != closing))
        .chain((0..cues.len()).filter(|&k| cues[k].1.strength.is_position()));
    // `Asked whether …, Lee said, "…"`: a question without a speaker gives way to a
    // later frame of the sentence, the answer.
    let mut question = None;
    for k in primary {
        let (cspan, cue) = cues[k];
        // `When he first described the plan, he said, "…"`, `Later, after the
        // interview ended, Lee stated that …`: a cue inside a subordinate clause
        // without quotation marks gives way to a frame of the main clause.
        if let Some(e) = subordinate_end(text, toks, tok_at(toks, cspan.start))
            && (k + 1..cues.len()).any(|k2| {
                cues[k2].0.start > e
                    && memo_frame(&mut memo, k2, text, toks, cues, quotes).is_some_and(|g| {
                        g.speaker.is_some() && g.pieces.first().is_some_and(|p| p.start > e)
                    })
            })
        {
            // `When asked about the toll, Lee said …`: the question is still put.
            if question.is_none()
                && text[cspan.start..cspan.end]
                    .get(..3)
                    .is_some_and(|p| p.eq_ignore_ascii_case("ask"))
            {
                question = memo_frame(&mut memo, k, text, toks, cues, quotes)
                    .filter(|f| f.speaker.is_none());
            }
            continue;
        }
        // The main frame is not asked for again: take it rather than clone it.
        let main = match memo[k].take() {
            Some(built) => built,
            None => frame(text, toks, cspan, cue, quotes),
        };
        if let Some(mut f) = main {
            if raised_subject(text, toks, cspan, cue) {
                f.speaker = None;
            }
            subordinate_cut(text, toks, cspan, &mut f);
            // `Holm, who calls it a "fraud," said he does not believe it can pass`: when
            // a verb of thinking wins because the verb of saying before its subject found
            // no frame of its own, the saying still frames the thought (PolNeAR takes
            // the outer attribution), so the subject and the verb join the content.
            if cue.strength == Strength::That
                && f.kind == QuoteKind::Indirect
                && f.pieces.len() == 1
                && let Some(sp) = f.speaker
                && sp.end <= cspan.start
                && lexicon::is_pronoun(&text[sp.start..sp.end])
                && let Some(&(c0, _)) = cues[..k].iter().rev().find(|(c0, cue0)| {
                    cue0.strength == Strength::Say && {
                        let j = tok_at(toks, c0.end);
                        let j = if j < toks.len() && word(text, &toks[j]) == "that" {
                            j + 1
                        } else {
                            j
                        };
                        j < toks.len() && toks[j].span.start == sp.start
                    }
                })
            {
                f.pieces[0].start = sp.start;
                f.cue = Some(c0);
            }
            if f.speaker.is_none()
                && k + 1 < cues.len()
                && question.is_none()
                && text[cspan.start..cspan.end]
                    .get(..3)
                    .is_some_and(|p| p.eq_ignore_ascii_case("ask"))
            {
                question = Some(f);
                continue;
            }
            // `…, she said, adding that …`: a participle cue after the frame reports a
            // second statement of the same speaker.
            let end = f.pieces.last().map_or(cspan.end, |p| p.end).max(cspan.end);
            for &(c2, cue2) in &cues[k + 1..] {
                if c2.start < end || cue2.strength == Strength::According {
                    continue;
                }
                let ci = tok_at(toks, c2.start);
                let cj = tok_at(toks, c2.end);
                // `…, referring to …`, `…, pointing out …`: a phrasal participle too.
                let participle = text[c2.start..c2.end]
                    .split(' ')
                    .next()
                    .is_some_and(|w| w.ends_with("ing"));
                // `and then predicted: "…"`: an adverb between the conjunction and the cue.
                let before =
                    if ci > 1 && matches!(word(text, &toks[ci - 1]), "then" | "also" | "later") {
                        ci - 1
                    } else {
                        ci
                    };
                let coordinated =
                    before > 0 && matches!(word(text, &toks[before - 1]), "and" | "but");
                // `"…," adding, "…"`: the comma may stand inside the closing quote.
                let comma = ci > 0
                    && (toks[ci - 1].kind == Tk::Comma
                        || (ci > 1
                            && toks[ci - 1].kind == Tk::Mark
                            && toks[ci - 2].kind == Tk::Comma));
                // `… critics who say …, saying …`: the participle is the main clause's.
                let relative = f
                    .speaker
                    .is_some_and(|s| matches!(&text[s.start..s.end], "who" | "that" | "which"));
                if relative {
                    break;
                }
                if ci > 0 && (comma && participle || coordinated) {
                    // `…, even as he defended it, saying …`: a nearer subject pronoun.
                    let speaker = f.speaker.map(|s| {
                        if s.start < cspan.start {
                            nearer_pronoun(text, toks, s, ci).unwrap_or(s)
                        } else {
                            s
                        }
                    });
                    if let Some(a) = content_after(text, toks, cj, cue2)
                        && let Some(g) =
                            build(text, toks, &[(a, toks.len())], quotes, false, c2, speaker)
                    {
                        f.extra.push(g);
                    }
                    break;
                }
            }
            // `Biden weighed in, telling Mic, "…," he said`: a speaker and cue right
            // after the quote name its source, whatever frame found the quote.
            if let Some(last) = f.pieces.last()
                && let Some(&(c2, _)) = cues[k + 1..].iter().find(|(c2, cue2)| {
                    c2.start >= last.end && matches!(cue2.strength, Strength::Say)
                })
                && let ci2 = tok_at(toks, c2.start)
                && !opens_content(text, toks, tok_at(toks, c2.end))
                && let Some((a, b)) = speaker_before(text, toks, ci2)
                && b == ci2
                && a >= tok_at(toks, last.end)
                && toks[tok_at(toks, last.end)..a]
                    .iter()
                    .all(|t| matches!(t.kind, Tk::Mark | Tk::Comma))
                && (toks[tok_at(toks, last.end)..a]
                    .iter()
                    .any(|t| t.kind == Tk::Comma)
                    || closed_by_comma(text, last.end))
                && (closed_by_comma(text, last.end)
                    || text[..last.end]
                        .trim_end_matches([',', ' '])
                        .ends_with(['"', '”', '\''])
                    || toks[tok_at(toks, last.end)..a]
                        .iter()
                        .any(|t| t.kind == Tk::Mark))
            {
                let old = f.speaker;
                let new = span_of(toks, a, b);
                f.speaker = Some(new);
                f.cue = Some(c2);
                // `Lind declared …: "…," she said`: the subject of the clause that
                // found the quote is what the pronoun refers to.
                if let Some(o) = old
                    && lexicon::is_pronoun(&text[new.start..new.end])
                    && !lexicon::is_pronoun(&text[o.start..o.end])
                {
                    f.resolved = Some(o);
                }
                // `…, "…," he said, adding, "…"`: the second statement is the same
                // speaker's, written the same way.
                for g in f.extra.iter_mut().filter(|g| g.speaker == old) {
                    g.speaker = f.speaker;
                    g.resolved = f.resolved;
                }
            }
            // `"…," Lee said, according to the Post.`: the attribution the reader is
            // given is the Post's report of Lee's words, so its source is the Post.
            if cue.strength != Strength::According
                && let Some((s, c)) = outer_source(text, toks, &cues[k + 1..], cspan.end)
            {
                // The outer report is not part of the content (`…, according to X.`).
                let cut = text[..c.start.min(s.start)]
                    .trim_end_matches([' ', ','])
                    .len();
                // `"…," Lee said, according to the Post.`: what the Post reports is
                // Lee's saying it, so the inner speaker and cue join the content.
                let inner = f.speaker.filter(|sp| {
                    matches!(f.kind, QuoteKind::Direct | QuoteKind::Partial)
                        && f.pieces
                            .last()
                            .is_some_and(|p| p.end <= sp.start.min(cspan.start))
                        && cspan.end <= cut
                        && f.pieces.len() == 1
                });
                // `Most voters say the fares are fair, according to a poll.`: the same
                // holds for a reported clause with its subject and verb before it (PolNeAR
                // takes the outer attribution, and its content is the whole inner
                // frame), but not for a relative subject (`voters who say …`), whose head
                // noun lies further back.
                let inner_clause = f.speaker.filter(|sp| {
                    matches!(f.kind, QuoteKind::Indirect | QuoteKind::Partial)
                        && inner.is_none()
                        && f.pieces.len() == 1
                        && sp.end <= cspan.start
                        && cspan.end <= f.pieces[0].start
                        && f.pieces[0].start < cut
                        && !matches!(&text[sp.start..sp.end], "who" | "that" | "which")
                });
                f.speaker = Some(s);
                f.cue = Some(c);
                if let Some(sp) = inner_clause {
                    f.pieces[0].start = sp.start;
                }
                if let Some(sp) = inner {
                    f.pieces.push(Span::new(sp.start.min(cspan.start), cut));
                    // The speaker and cue are not quoted words.
                    f.kind = QuoteKind::Partial;
                }
                for p in &mut f.pieces {
                    if p.start < cut && p.end > cut {
                        p.end = cut;
                    }
                }
                f.pieces.retain(|p| p.end <= cut);
            }
            // `Lee backed the plan, while Park said it was too costly`: a later cue
            // whose frame lies wholly after everything read so far is a statement of
            // its own.
            let mut end = f
                .extra
                .iter()
                .flat_map(|g| g.pieces.iter().map(|p| p.end))
                .fold(end, usize::max);
            for k2 in k + 1..cues.len() {
                let c2 = cues[k2].0;
                if c2.start < end {
                    continue;
                }
                // `After Reed said it would be "done by May," Lind said: "…"`: a
                // split frame's first piece already belongs to the first frame; its
                // piece after the cue is the later statement.
                let later = memo_frame(&mut memo, k2, text, toks, cues, quotes).map(|mut g| {
                    if g.pieces.len() > 1 && g.pieces.last().is_some_and(|p| p.start >= c2.end) {
                        g.pieces.retain(|p| p.start >= end);
                        if g.pieces.iter().all(|&p| is_direct_piece(text, quotes, p)) {
                            g.kind = QuoteKind::Direct;
                        }
                    }
                    g
                });
                if let Some(g) = later
                    && !g.pieces.is_empty()
                    && g.pieces.iter().all(|p| p.start >= end)
                    && g.speaker
                        .is_none_or(|s| s.start >= end || s.end <= cspan.start)
                {
                    end = g.pieces.iter().map(|p| p.end).fold(c2.end, usize::max);
                    f.extra.push(g);
                }
            }
            // `Lee, who backed the plan, said …`: a stance wholly before the frame.
            let start = f
                .pieces
                .iter()
                .map(|p| p.start)
                .fold(cspan.start, usize::min);
            let mut before_end = 0;
            for k2 in 0..k {
                let (c2, cue2) = cues[k2];
                // (And an intention: `Those who want to ban the toll said …`; and a
                // question put to the speaker: `When asked why, Lee said …`.)
                let asked = question.is_none()
                    && text[c2.start..c2.end]
                        .get(..3)
                        .is_some_and(|p| p.eq_ignore_ascii_case("ask"));
                // (And a statement in an opening subordinate clause: `Although Lee
                // argued the fund was empty, the council …`.)
                let subordinate = matches!(cue2.strength, Strength::Say | Strength::That)
                    && !asked
                    && subordinate_end(text, toks, tok_at(toks, c2.start))
                        .is_some_and(|e| e <= start);
                // (And, when a closing verb of saying made the frame, an earlier
                // statement of another subject in a clause of its own: `Most voters said
                // Lee is honest, and a third said the same of Park`. The closing cue is
                // tried first so that `…, Lee told the Gazette` reports all before it;
                // a statement wholly before its speaker is not part of that report.)
                let earlier = Some(k) == closing && cue2.strength == Strength::Say && !asked;
                if !(cue2.strength.is_position()
                    || cue2.strength == Strength::Intent
                    || asked
                    || subordinate
                    || earlier)
                    || c2.start < before_end
                    || c2.end > start
                {
                    continue;
                }
                let built =
                    memo_frame(&mut memo, k2, text, toks, cues, quotes).filter(|_| !subordinate);
                let built = built.or_else(|| {
                    let mut g = memo_frame(&mut memo, k2, text, toks, cues, quotes)?;
                    (g.speaker.is_some() && subordinate_cut(text, toks, c2, &mut g)).then_some(g)
                });
                if let Some(mut g) = built
                    && (!asked || g.speaker.is_none())
                    && g.pieces.iter().all(|p| p.end <= start)
                    && g.pieces
                        .iter()
                        .all(|&p| f.speaker.is_none_or(|s| !p.overlaps(s)))
                {
                    // Its object ends where the main frame's speaker or content begins.
                    before_end = g.pieces.iter().map(|p| p.end).fold(c2.end, usize::max);
                    g.last_sentence = usize::MAX - 1;
                    f.extra.push(g);
                }
            }
            relative_statements(text, toks, &mut f);
            parenthetical_speaker(text, toks, &mut f);
            // The question before the answer (`Asked whether …, Lee said …`).
            if let Some(q) = question {
                f.extra.insert(0, q);
            }
            return Some(f);
        }
    }
    question
}

/// `While Lee said that the fund was empty, she …`: what is reported in an opening
/// subordinate clause ends with that clause. True when the cue at `cspan` stands in such
/// a clause and `f`'s content follows it.
fn subordinate_cut(text: &str, toks: &[Tok], cspan: Span, f: &mut Found) -> bool {
    let Some(e) = subordinate_end(text, toks, tok_at(toks, cspan.start)) else {
        return false;
    };
    // The clause must end at that comma: not inside a number (`12,000`), and not
    // after another verb of saying, which shows the clause ended before it (`When Lee
    // noted that … ― Park boasted, "…"`).
    let ce = tok_at(toks, e);
    let ci = tok_at(toks, cspan.start);
    // Only a clause that opens the sentence: after a comma (`…, when Lee painted him
    // as rich, gamed …`) the comma may as well separate the items of a list.
    if toks[..ci].iter().any(|t| t.kind == Tk::Comma && !t.quoted) {
        return false;
    }
    if !f
        .pieces
        .first()
        .is_some_and(|p| p.start >= cspan.end && p.start < e)
        || !text[e + 1..].starts_with(char::is_whitespace)
        || toks[tok_at(toks, cspan.end)..ce].iter().any(|t| {
            t.kind == Tk::Word
                && !t.quoted
                && lexicon::word_cue(word(text, t)).is_some()
                && !lexicon::needs_as(word(text, t))
        })
        || toks[tok_at(toks, cspan.end)..ce]
            .iter()
            .any(|t| t.kind == Tk::Dash)
    {
        return false;
    }
    f.pieces.retain(|p| p.start < e);
    if let Some(last) = f.pieces.last_mut()
        && last.end > e
    {
        last.end = last.start + text[last.start..e].trim_end().len();
    }
    true
}

/// `Lee said the vote was fair — the best, she said, "in years."`, `He believes, he
/// said, that "…"`: a parenthetical attribution between the cue and the first quote mark
/// is the nearer source of the quoted words; its pronoun becomes the speaker, resolved as
/// the name before it.
fn parenthetical_speaker(text: &str, toks: &[Tok], f: &mut Found) {
    let (Some(sp), Some(cue)) = (f.speaker, f.cue) else {
        return;
    };
    if sp.end > cue.start {
        return;
    }
    let from = tok_at(toks, cue.end);
    // The first quote mark inside the content (none: no parenthetical is looked for).
    let mark = (from..toks.len())
        .find(|&k| toks[k].kind == Tk::Mark)
        .filter(|_| matches!(f.kind, QuoteKind::Direct | QuoteKind::Partial))
        .filter(|&m| {
            f.pieces
                .iter()
                .any(|p| p.start <= toks[m].span.end && toks[m].span.start <= p.end)
        })
        .unwrap_or(from);
    let hit = (from..mark.saturating_sub(3)).find(|&k| {
        toks[k].kind == Tk::Comma
            && toks[k + 3].kind == Tk::Comma
            && toks[k + 1].kind == Tk::Word
            && matches!(word(text, &toks[k + 1]), "he" | "she" | "they")
            && lexicon::cue_at(text, toks[k + 2].span).is_some_and(|c| c.strength == Strength::Say)
    });
    if let Some(k) = hit {
        if !lexicon::is_pronoun(&text[sp.start..sp.end]) {
            f.resolved = Some(sp);
        }
        f.speaker = Some(toks[k + 1].span);
        return;
    }
    // `Lee backed the deal, though she made no secret that she still has "doubts"`: a
    // `he` / `she` subject of a clause nearer the quote.
    let first = f.pieces.iter().map(|p| p.start).min().unwrap_or(cue.start);
    let written = &text[sp.start..sp.end];
    // (Not for a possessor, the speaker of a noun: `Lee's remark that …`.)
    if first > cue.end
        && !lexicon::is_pronoun(written)
        && !written.ends_with("'s")
        && !written.ends_with("’s")
        && let Some(p) = clause_pronoun(text, toks, sp, tok_at(toks, first))
    {
        f.resolved = Some(sp);
        f.speaker = Some(p);
    }
}

/// `Dale said he backed the bill, which he called "a cartel for colleges."`: a
/// relative clause inside the content whose subject
/// reports the words after it is a statement of that subject. The content of `f` ends
/// before the relative pronoun and the clause becomes a claim of its own (the relative
/// pronoun and the words after the cue), its speaker the clause's subject.
fn relative_statements(text: &str, toks: &[Tok], f: &mut Found) {
    let n = toks.len();
    let mut found = Vec::new();
    for (pi, piece) in f.pieces.iter().enumerate() {
        let a = tok_at(toks, piece.start);
        let b = tok_at(toks, piece.end);
        let Some(m) = (a + 1..b).find(|&m| {
            let t = &toks[m];
            t.kind == Tk::Word && !t.quoted && matches!(word(text, t), "which" | "whom" | "who")
        }) else {
            continue;
        };
        // The clause's subject: a personal pronoun or up to three capitalised words.
        let s = m + 1;
        let Some(st) = toks.get(s).filter(|t| t.kind == Tk::Word && !t.quoted) else {
            continue;
        };
        let mut v = if lexicon::is_pronoun(word(text, st)) {
            s + 1
        } else {
            (s..(s + 3).min(n))
                .find(|&k| !is_cap(text, &toks[k]) || toks[k].quoted)
                .unwrap_or(s)
        };
        if v == s {
            continue;
        }
        while v < n
            && toks[v].kind == Tk::Word
            && lexicon::is_skippable_before_cue(word(text, &toks[v]))
        {
            v += 1;
        }
        let Some(vt) = toks.get(v).filter(|t| t.kind == Tk::Word && !t.quoted) else {
            continue;
        };
        let verb = word(text, vt);
        let cue = lexicon::cue_at(text, vt.span);
        let reports = cue.is_some_and(|c| {
            matches!(
                c.strength,
                Strength::Say | Strength::That | Strength::QuoteOnly | Strength::Stance
            )
        }) || lexicon::needs_as(verb);
        if !reports {
            continue;
        }
        // The words reported: a quotation mark opens within a few words of the verb,
        // before any boundary.
        let c = v + 1;
        let Some(q) = (c..(c + 4).min(b)).find(|&k| toks[k].kind == Tk::Mark) else {
            continue;
        };
        if toks[c..q]
            .iter()
            .any(|t| matches!(t.kind, Tk::Comma | Tk::Stop | Tk::Colon | Tk::Dash))
        {
            continue;
        }
        // The clause runs to a quote closed by a comma, an unquoted comma or the end of
        // the piece.
        let end = (q + 1..b)
            .find(|&k| {
                (toks[k].kind == Tk::Comma && !toks[k].quoted)
                    || (toks[k].kind == Tk::Mark && k >= 1 && toks[k - 1].kind == Tk::Comma)
            })
            .map_or(b, |k| if toks[k].kind == Tk::Mark { k + 1 } else { k });
        let (ca, cb) = trim_range(toks, c, end);
        if ca >= cb {
            continue;
        }
        let speaker = span_of(toks, s, v);
        let resolved = (lexicon::is_pronoun(word(text, st))
            && f.speaker
                .is_some_and(|o| !lexicon::is_pronoun(&text[o.start..o.end])))
        .then_some(f.speaker)
        .flatten();
        found.push((
            pi,
            m,
            Found {
                kind: QuoteKind::Partial,
                pieces: vec![toks[m].span, span_of(toks, ca, cb)],
                cue: Some(vt.span),
                speaker: Some(speaker),
                resolved,
                last_sentence: usize::MAX - 1,
                extra: Vec::new(),
            },
        ));
    }
    for (pi, m, g) in found.into_iter().rev() {
        // The outer content ends before the relative pronoun (and its comma).
        let cut = text[..toks[m].span.start]
            .trim_end_matches([' ', ','])
            .len();
        let piece = &mut f.pieces[pi];
        if cut > piece.start {
            piece.end = cut;
        } else {
            f.pieces.remove(pi);
        }
        f.extra.push(g);
    }
}

/// The source of an `according to` phrase or of a `reported` clause that closes the
/// sentence after the cue of a complete frame, which ends at byte `end` (`"…," Lee said, according to
/// a transcript of the interview.`, `…, the Times reported.`, `…, reports the Post.`).
fn outer_source(
    text: &str,
    toks: &[Tok],
    cues: &[(Span, Cue)],
    end: usize,
) -> Option<(Span, Span)> {
    let n = toks.len();
    // Only stops (and a time phrase after `reported`) may follow the source.
    let closes = |m: usize| {
        let m = skip_time(text, toks, m);
        toks[m.min(n)..].iter().all(|t| t.kind == Tk::Stop)
    };
    for &(c, cue) in cues.iter().filter(|(c, _)| c.start >= end) {
        let ci = tok_at(toks, c.start);
        let cj = tok_at(toks, c.end);
        if ci >= n || toks[ci].quoted {
            continue;
        }
        let after_break = |k: usize| k > 0 && matches!(toks[k - 1].kind, Tk::Comma | Tk::Mark);
        let cue_word = lexicon::lower(&text[c.start..c.end]);
        let report = matches!(&*cue_word, "reported" | "reports" | "reports that");
        // `…, according to X.`, `…, reports X.`
        if (cue.strength == Strength::According || report)
            && after_break(ci)
            && n - cj <= 20
            && let Some((ss, _)) = speaker_after(text, toks, cj)
        {
            let stop = (ss..n)
                .find(|&m| !matches!(toks[m].kind, Tk::Word | Tk::Other) || toks[m].quoted)
                .unwrap_or(n);
            if stop > ss && toks[stop..].iter().all(|t| t.kind == Tk::Stop) {
                // `inspection reports seen by the Herald`: the source is the reports, not
                // whoever saw them.
                let head_end = (ss + 1..stop.saturating_sub(1))
                    .find(|&m| {
                        word(text, &toks[m + 1]) == "by"
                            && lexicon::with_lower(word(text, &toks[m]), |w| {
                                w.ends_with("ed") || w.ends_with("en") || w == "seen"
                            })
                    })
                    .unwrap_or(stop);
                return Some((span_of(toks, ss, head_end), c));
            }
        }
        // `…, the Times reported.`, and any speaker whose cue closes the sentence after
        // another's complete frame (`Reed said Holm "had no chance," the aide recalled.`).
        let closing_say = cue.strength == Strength::Say && !cue_word.ends_with("ing");
        if (report || closing_say)
            && closes(cj)
            && let Some((ss, se)) = speaker_before(text, toks, ci)
            && after_break(ss)
            && (is_cap(text, &toks[se - 1]) || !report)
        {
            return Some((span_of(toks, ss, se), c));
        }
    }
    None
}

/// The frame of cue `k` of `cues`, built once per sentence and cloned from `memo`
/// after that.
fn memo_frame(
    memo: &mut [Option<Option<Found>>],
    k: usize,
    text: &str,
    toks: &[Tok],
    cues: &[(Span, Cue)],
    quotes: &[QuoteSpan],
) -> Option<Found> {
    memo[k]
        .get_or_insert_with(|| frame(text, toks, cues[k].0, cues[k].1, quotes))
        .clone()
}

/// The frame of one cue, unless the cue is a plural noun with a relative clause.
pub(crate) fn frame(
    text: &str,
    toks: &[Tok],
    cspan: Span,
    cue: Cue,
    quotes: &[QuoteSpan],
) -> Option<Found> {
    let f = frame_of_cue(text, toks, cspan, cue, quotes)
        .or_else(|| plain_frame(text, toks, cspan, cue, quotes))
        .or_else(|| headline_frame(text, toks, cspan, cue, quotes))
        .or_else(|| object_frame(text, toks, cspan, cue, quotes))?;
    // `Rust Belt states that have suffered …`: a cue that is also a plural noun,
    // followed by `that` and a verb, is a noun with a relative clause.
    let ci = tok_at(toks, cspan.start);
    let cj = tok_at(toks, cspan.end);
    if ci + 1 == cj
        && text[cspan.start..cspan.end].ends_with('s')
        && toks
            .get(cj)
            .is_some_and(|t| t.kind == Tk::Word && word(text, t) == "that")
        && toks.get(cj + 1).is_some_and(|t| {
            t.kind == Tk::Word
                && lexicon::with_lower(word(text, t), |w| {
                    lexicon::is_finite_auxiliary(w) || (w.ends_with("ed") && w.len() > 4)
                })
        })
    {
        return None;
    }
    Some(f)
}
