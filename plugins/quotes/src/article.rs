//! The article pass: runs the stages in order and joins quotes across sentences.
//!
//! Receives the article's text and, when the host found them, its paragraphs. It pairs the
//! quotation marks ([`crate::marks`]), finds the cues ([`crate::cues`]), splits the
//! paragraphs that can hold a quote into sentences ([`crate::text`]) and asks
//! [`crate::frames`] for each sentence's frame. What no single sentence decides is decided
//! here: a quote sentence that continues the previous speaker, a sentence ending in a colon
//! that hands its speaker to the quote after it, long quotes that no cue governs (short ones
//! are scare quotes and give nothing), dash signatures, digest headlines and `Name: …`
//! lines. Hands on every [`Found`] of the article in text order, after
//! [`crate::resolve`] has resolved its speakers.

use dateline_plugin::{QuoteKind, Span};

use crate::content::{clause_cut, direct_piece, participle_cut, trim_lead_in, whole_quote};
use crate::cues::find_cues;
use crate::found::Found;
use crate::frames::best_frame;
use crate::frames::uncued::{as_frame, dash_signature, lead_in, quote_then_name};
use crate::lexicon::{self, LINE_LABELS, Strength, is_connective, plausible_name_word};
use crate::marks::{self, QuoteSpan};
use crate::resolve;
use crate::speakers::{
    clause_pronoun, clause_subject, colon_name, lone_word_before_noun, view_owner,
};
use crate::text::{self, Tk, Tok};
use crate::words::{
    finite_verb, is_cap, is_cue_word, span_of, title_case, tok_at, trim_range, word, words_in,
};

/// Finds every quote of `text`, whose paragraphs are `paragraphs` when the host found
/// them (hard-wrapped wire copy, where a line is not a paragraph) and its non-blank
/// lines otherwise.
pub(crate) fn analyze(text: &str, paragraphs: Option<&[Span]>) -> Vec<Found> {
    let paras = paragraphs.map_or_else(|| marks::paragraphs(text), <[Span]>::to_vec);
    let quotes = marks::quotes(text, &paras);
    let cues = find_cues(text, &quotes);
    let mut sents = Vec::new();
    let mut sent_para = Vec::new();
    let (mut qk, mut ck) = (0, 0);
    for (pi, &p) in paras.iter().enumerate() {
        // A paragraph with no quotation mark, no cue and no closing colon cannot hold a
        // quote: it stays one unsplit sentence, which is much cheaper.
        while qk < quotes.len() && quotes[qk].outer.start < p.start {
            qk += 1;
        }
        while ck < cues.len() && cues[ck].0.start < p.start {
            ck += 1;
        }
        let busy = quotes.get(qk).is_some_and(|q| q.outer.start < p.end)
            || cues.get(ck).is_some_and(|c| c.0.start < p.end)
            || text[p.start..p.end].ends_with(':');
        if busy {
            text::sentences(text, p, &quotes, &mut sents);
        } else {
            sents.push(p);
        }
        sent_para.resize(sents.len(), pi);
    }

    let mut found: Vec<Found> = Vec::new();
    // Quote-only sentences waiting for a speaker in the next sentence.
    let mut pending: Vec<(usize, Span)> = Vec::new();
    // A sentence ending in a colon (`Park put it bluntly:`) hands its speaker to
    // the quote that follows.
    let mut lead: Option<(usize, Option<Span>, Option<Span>)> = None;
    let mut ci = 0;
    for (si, &sent) in sents.iter().enumerate() {
        while ci < cues.len() && cues[ci].0.start < sent.start {
            ci += 1;
        }
        let mut cj = ci;
        while cj < cues.len() && cues[cj].0.end <= sent.end {
            cj += 1;
        }
        let qs_start = quotes.partition_point(|q| q.outer.start < sent.start);
        let qs_end = quotes.partition_point(|q| q.outer.start < sent.end);
        let sent_quotes = &quotes[qs_start..qs_end];
        let ends_colon = text[sent.start..sent.end].trim_end().ends_with(':');
        if ci == cj && sent_quotes.is_empty() && !ends_colon {
            pending.clear();
            continue;
        }
        let toks = text::tokenize(text, sent, &quotes);
        // `"…" ― Ana Ruiz, 34, a nurse`: a quote signed on its own line.
        if let Some(f) = dash_signature(text, &toks, sent_quotes, si) {
            found.push(f);
            continue;
        }
        let frame = if ci < cj {
            best_frame(text, &toks, &cues[ci..cj], sent_quotes)
        } else {
            None
        };
        if let Some(mut f) = frame {
            // `Adding, "…"` opening a sentence: the previous statement's speaker goes on.
            if f.speaker.is_none()
                && f.cue.is_some_and(|c| {
                    c.start == sent.start
                        && text[c.start..c.end].ends_with("ing")
                        && text[c.start..].starts_with(char::is_uppercase)
                })
                && let Some(prev) = found.last()
                && prev.last_sentence + 1 >= si
            {
                f.speaker = prev.speaker;
            }
            f.last_sentence = si;
            // A quote sentence just before, in the same paragraph or the paragraph
            // before, belongs to this speaker when this content opens with a quote.
            if f.kind == QuoteKind::Direct && !pending.is_empty() {
                let first = pending.iter().map(|p| p.1);
                let mut pieces: Vec<Span> = first.collect();
                pieces.extend(f.pieces.iter().copied());
                f.pieces = pieces;
                pending.clear();
            }
            // `…, and Park put it bluntly:` ending a sentence that held another frame
            // still hands its last cue's speaker to the quote that follows.
            if ends_colon
                && toks
                    .last()
                    .is_some_and(|t| t.kind == Tk::Colon && !t.quoted)
                && f.cue.is_some_and(|c| c.start < cues[cj - 1].0.start)
            {
                let (lsi, speaker, cue) = lead_in(text, &toks, &cues[cj - 1..cj], si);
                if speaker.is_some() {
                    lead = Some((lsi, speaker, cue));
                }
            }
            let extra = std::mem::take(&mut f.extra);
            sentence_antecedent(text, &toks, &mut f);
            found.push(f);
            for mut g in extra {
                g.last_sentence = usize::MAX - 1;
                sentence_antecedent(text, &toks, &mut g);
                found.push(g);
            }
            continue;
        }
        if ends_colon
            && toks
                .last()
                .is_some_and(|t| t.kind == Tk::Colon && !t.quoted)
        {
            lead = Some(lead_in(text, &toks, &cues[ci..cj], si));
            continue;
        }
        // `"…," Okafor began.`: a quote closed by a comma (or a question or
        // exclamation mark) and followed by a name and a verb is attributed to that name
        // whatever the verb.
        if let Some(f) = quote_then_name(text, &toks, sent_quotes, si) {
            found.push(f);
            continue;
        }
        // No cue governs this sentence. A sentence that is one whole quote continues
        // the previous speaker's quote, or waits for the next sentence's speaker.
        let whole = whole_quote(text, &toks, sent_quotes);
        // `"A," Lee said. Then, "B."`, `"A," Lee said. "B" to the voters.`: a quote
        // sentence with a connective before the quote or a few words of its clause after
        // it goes on with the quote just before, words and all.
        if whole.is_none()
            && let Some(pieces) = loose_continuation(text, &toks, sent_quotes)
            && let Some(prev) = found.last_mut()
            && prev.kind == QuoteKind::Direct
            && prev.last_sentence + 1 == si
            && sent_para[si - 1] == sent_para[si]
        {
            prev.pieces.extend(pieces);
            prev.last_sentence = si;
            // Words outside the marks are content now.
            prev.kind = QuoteKind::Partial;
            continue;
        }
        if let Some(q) = whole {
            let piece = direct_piece(text, q);
            if let Some((lsi, speaker, cue)) = lead.take()
                && lsi + 1 == si
            {
                found.push(Found {
                    kind: QuoteKind::Direct,
                    pieces: vec![piece],
                    cue,
                    speaker,
                    resolved: None,
                    last_sentence: si,
                    extra: Vec::new(),
                });
                continue;
            }
            // A quote paragraph signed by a dash line below it is not a continuation.
            let signed = paras
                .get(sent_para[si] + 1)
                .is_some_and(|&next| dash_attribution(text, next).is_some());
            // `"…` running on into a paragraph `"…," she said.`: the quote goes on in
            // the next paragraph, whose frame names its speaker.
            let runs_on_to_frame = q.continues
                && sents.get(si + 1).is_some_and(|next| {
                    sent_para.get(si + 1) != Some(&sent_para[si])
                        && cues
                            .iter()
                            .any(|(c, _)| c.start >= next.start && c.end <= next.end)
                });
            // `"A," she said, adding that … .` / `"B."`: the quote goes on with the
            // sentence's main frame, not with the second statement.
            let target = match found.len() {
                k if k >= 2 && found[k - 1].last_sentence == usize::MAX - 1 => k - 2,
                k => k.saturating_sub(1),
            };
            // `Lee said the plan had failed.` / `"We tried everything."`: a quote
            // sentence right after reported speech goes on with it.
            if let Some(prev) = found.get_mut(target)
                && !signed
                && !runs_on_to_frame
                && prev.last_sentence + 1 == si
                && prev.kind == QuoteKind::Indirect
                && prev.speaker.is_some()
            {
                prev.kind = QuoteKind::Partial;
                prev.pieces.push(piece);
                prev.last_sentence = si;
                continue;
            }
            if let Some(prev) = found.get_mut(target)
                && !signed
                && !runs_on_to_frame
                && prev.last_sentence + 1 == si
                && matches!(prev.kind, QuoteKind::Direct | QuoteKind::Partial)
                && (prev.kind == QuoteKind::Direct
                    || prev_ends_with_quote(text, prev, &quotes)
                    // `"…," Lee said, according to the Post.` / `"…"`: a whole quote and
                    // the reported speaker and cue.
                    || (prev.pieces.len() == 2
                        && quotes
                            .iter()
                            .any(|q| q.inner.start == prev.pieces[0].start && q.outer.end <= prev.pieces[1].start))
                    || quotes
                        .iter()
                        .any(|q| prev.pieces.iter().any(|p| p.contains(q.outer)))
                    || sents
                        .get(prev.last_sentence)
                        .is_some_and(|p| text[p.start..p.end].trim_end().ends_with(':')))
            {
                prev.pieces.push(piece);
                prev.last_sentence = si;
                continue;
            }
            // `"…," he said, adding that the count was wrong. "…"`: a quote sentence
            // right after a second statement (`adding that …`) in the same paragraph goes
            // on with that statement.
            let n_found = found.len();
            if !signed
                && n_found >= 2
                && found[n_found - 1].last_sentence == usize::MAX - 1
                && found[n_found - 2].last_sentence + 1 == si
                && si > 0
                && sent_para[si - 1] == sent_para[si]
                && found[n_found - 1].speaker.is_some()
                // `"…," Lee told the Post, after Park stated an interest in …`: a
                // second statement of another speaker that quoted nothing does not take
                // the quote that follows.
                && (found[n_found - 1].speaker == found[n_found - 2].speaker
                    || matches!(
                        found[n_found - 1].kind,
                        QuoteKind::Direct | QuoteKind::Partial
                    ))
            {
                let extra = &mut found[n_found - 1];
                extra.pieces.push(piece);
                if extra.kind == QuoteKind::Indirect {
                    extra.kind = QuoteKind::Partial;
                }
                continue;
            }
            // … and the quote goes on with the direct quote of the main statement.
            if !signed
                && n_found >= 2
                && found[n_found - 1].last_sentence == usize::MAX - 1
                && found[n_found - 2].last_sentence + 1 == si
                && found[n_found - 2].kind == QuoteKind::Direct
                && si > 0
                && sent_para[si - 1] == sent_para[si]
            {
                let main = &mut found[n_found - 2];
                main.pieces.push(piece);
                main.last_sentence = si;
                continue;
            }
            if q.continues || (words_in(text, q.inner) >= 4 && !title_case(text, q.inner)) {
                pending.push((si, piece));
                // A whole-quote sentence that no speaker claims by the next sentence is
                // still speech: keep it as a speakerless direct quote.
                let next_para_same = sents
                    .get(si + 1)
                    .is_some_and(|_| sent_para.get(si + 1) == Some(&sent_para[si]) || q.continues);
                if !next_para_same {
                    flush_pending(&mut pending, &mut found, si);
                }
                continue;
            }
        } else {
            flush_pending(&mut pending, &mut found, si.saturating_sub(1));
            // A long quote embedded in a sentence without a known cue is still speech
            // (`She also wants "a full review of every contract …"`); short ones are scare quotes.
            let mut covered = 0;
            for q in sent_quotes {
                if q.outer.start < covered {
                    continue;
                }
                let qi = tok_at(&toks, q.outer.start);
                // `the mayor hailed the deal as a "turning point"`: a verb, its object and
                // `as` before the quote make an evaluation that is reported speech, what
                // ever the verb (`described … as` in the lexicon is one case of it).
                if let Some(f) = as_frame(text, &toks, q, qi, si) {
                    covered = q.outer.end;
                    found.push(f);
                    continue;
                }
                let after_colon = qi > 0 && toks[qi - 1].kind == Tk::Colon;
                let long =
                    words_in(text, q.inner) >= 5 || (after_colon && words_in(text, q.inner) >= 2);
                if long && q.inner.start > sent.start + 1 && !title_case(text, q.inner) {
                    let subj = after_colon
                        .then(|| colon_name(text, &toks, qi - 1))
                        .flatten()
                        .or_else(|| view_owner(text, &toks))
                        .or_else(|| {
                            clause_subject(text, &toks[..qi])
                                .filter(|&s| !lone_word_before_noun(text, &toks[..qi], s))
                                // `Though Lee opposed it, in May she signed a bill
                                // creating the "…"`: a nearer `he` / `she` subject.
                                .map(|s| {
                                    let w = &text[s.start..s.end];
                                    let person = !w.contains("'s")
                                        && !w.contains("’s")
                                        && (lexicon::is_pronoun(w)
                                            || w.starts_with(char::is_uppercase));
                                    person
                                        .then(|| clause_pronoun(text, &toks, s, qi))
                                        .flatten()
                                        .unwrap_or(s)
                                })
                        });
                    // `… that farmers "cannot hold on" but …`: a `that` shortly before
                    // the quote opens the reported clause, which runs to its end.
                    let that = (qi.saturating_sub(20)..qi)
                        .rev()
                        .take_while(|&k| !matches!(toks[k].kind, Tk::Stop | Tk::Colon | Tk::Mark))
                        // (`THAT` in a headline in capitals is no complementiser.)
                        .find(|&k| matches!(word(text, &toks[k]), "that" | "That"));
                    let piece = match that {
                        Some(k) if k < qi => {
                            let end = clause_cut(text, &toks, k + 1, true);
                            let (a, b) = trim_range(&toks, k + 1, end);
                            if a < b {
                                span_of(&toks, a, b)
                            } else {
                                direct_piece(text, q)
                            }
                        }
                        _ => {
                            // `she "might still back the plan"`: a subject pronoun
                            // right before the quote opens the reported clause.
                            // So does a contracted one (`she's "…"`).
                            let subj = (qi.saturating_sub(3)..qi).find(|&k| {
                                toks[k].kind == Tk::Word
                                    && matches!(
                                        word(text, &toks[k])
                                            .split(['\'', '’'])
                                            .next()
                                            .unwrap_or(""),
                                        "he" | "she" | "they" | "it" | "we" | "I"
                                    )
                                    && toks[k + 1..qi].iter().all(|t| t.kind == Tk::Word)
                            });
                            // `a "broken system"`, `the old slogan "…"`:
                            // the quote ends a noun phrase that opens with a determiner.
                            let det = subj
                                .is_none()
                                .then(|| determiner_before(text, &toks, qi))
                                .flatten();
                            match subj {
                                None if let Some(k) = det => {
                                    Span::new(toks[k].span.start, q.outer.end)
                                }
                                Some(k) => {
                                    let end = participle_cut(text, &toks, k);
                                    let (a, b) = trim_range(&toks, k, end);
                                    if a < b {
                                        span_of(&toks, a, b)
                                    } else {
                                        direct_piece(text, q)
                                    }
                                }
                                None => direct_piece(text, q),
                            }
                        }
                    };
                    covered = piece.end;
                    let kind = if piece == direct_piece(text, q) {
                        QuoteKind::Direct
                    } else {
                        QuoteKind::Partial
                    };
                    found.push(Found {
                        kind,
                        pieces: vec![piece],
                        cue: None,
                        speaker: subj,
                        resolved: None,
                        last_sentence: si,
                        extra: Vec::new(),
                    });
                }
            }
        }
    }
    flush_pending(&mut pending, &mut found, sents.len());
    // `"…"` and then a paragraph `— Ana Ruiz, in a debate.`: the dash line
    // names the speaker of the quote paragraph above it (epigraph and fact-check style).
    for f in found.iter_mut().filter(|f| f.speaker.is_none()) {
        let Some(last) = f.pieces.last() else {
            continue;
        };
        let pi = paras.partition_point(|p| p.end < last.end);
        let (Some(para), Some(&next)) = (paras.get(pi), paras.get(pi + 1)) else {
            continue;
        };
        if text[last.end.min(para.end)..para.end]
            .chars()
            .any(char::is_alphanumeric)
        {
            continue;
        }
        if let Some(s) = dash_attribution(text, next) {
            f.speaker = Some(s);
        }
    }
    // `BRIDGE TOLLS RISE AGAIN "The county raised …"`: in a newsletter digest, a
    // headline in capitals that opens the paragraph right before the quote is the
    // name the excerpt is given under.
    for f in found.iter_mut().filter(|f| f.speaker.is_none()) {
        let Some(first) = f.pieces.first() else {
            continue;
        };
        let pi = paras.partition_point(|p| p.end < first.start);
        if let Some(&para) = paras.get(pi)
            && let Some(h) = digest_headline(text, para, first.start)
        {
            f.speaker = Some(h);
        }
    }
    // A quote standing alone after a sentence about a person (`She applauded him.` /
    // `"Lee has stood up for us …"`) is that person's.
    for f in found
        .iter_mut()
        .filter(|f| f.speaker.is_none() && f.cue.is_none())
    {
        let Some(first) = f.pieces.first() else {
            continue;
        };
        let si = sents.partition_point(|s| s.start <= first.start);
        if si < 2 {
            continue;
        }
        let prev = sents[si - 2];
        if sent_para[si - 1].saturating_sub(sent_para[si - 2]) > 1 {
            continue;
        }
        let toks = text::tokenize(text, prev, &quotes);
        if toks.iter().any(|t| t.kind == Tk::Mark) {
            continue;
        }
        // The subject may follow an introduction (`On Monday, the committee
        // issued a statement …`).
        if let Some(s) = clause_subject(text, &toks)
            && {
                let w = &text[s.start..s.end];
                lexicon::is_pronoun(w)
                    || w.starts_with(char::is_uppercase)
                    || w.split(' ').next().is_some_and(lexicon::is_determiner)
            }
        {
            f.speaker = Some(s);
        }
    }
    // `Mayor Lin: The Budget Is a 'Disaster'` and `Ana Ruiz: Well, …`: a line
    // that opens with a name and a colon (headline and transcript style) is that name's.
    for &p in &paras {
        let Some((speaker, content)) = colon_line(text, p) else {
            continue;
        };
        if let Some(f) = found
            .iter_mut()
            .find(|f| f.pieces.iter().any(|q| q.overlaps(content)))
        {
            if f.speaker.is_none() {
                f.speaker = Some(speaker);
            }
            continue;
        }
        let line_quotes = &quotes[quotes.partition_point(|q| q.outer.start < content.start)..];
        let whole = line_quotes
            .first()
            .filter(|q| q.outer.start == content.start && q.outer.end >= content.end);
        let (kind, piece) = match whole {
            Some(q) => (QuoteKind::Direct, direct_piece(text, q)),
            None if line_quotes
                .first()
                .is_some_and(|q| q.outer.start < content.end) =>
            {
                (QuoteKind::Partial, content)
            }
            None => (QuoteKind::Indirect, content),
        };
        found.push(Found {
            kind,
            pieces: vec![piece],
            cue: None,
            speaker: Some(speaker),
            resolved: None,
            last_sentence: usize::MAX,
            extra: Vec::new(),
        });
    }
    for f in &mut found {
        for p in &mut f.pieces {
            *p = trim_lead_in(text, &quotes, *p);
        }
    }
    found.sort_by_key(|f| f.pieces.first().map(|p| p.start));
    resolve::resolve(text, &mut found);
    found
}

/// `Fallon fired back: "…," he wrote.`, `Reed wears a tie in videos he calls "…"`: a
/// `he` or `she` speaker refers to the name that is the subject of its own sentence,
/// before it, more often than to the last speaker; that name is set as the pronoun's
/// antecedent for [`resolve`] (which drops it when the genders clash).
fn sentence_antecedent(text: &str, toks: &[Tok], f: &mut Found) {
    let Some(sp) = f.speaker else {
        return;
    };
    if f.resolved.is_some() || !matches!(&text[sp.start..sp.end], "he" | "she" | "He" | "She") {
        return;
    }
    let k = tok_at(toks, sp.start);
    if k == 0 || k >= toks.len() || toks[k].span != sp {
        return;
    }
    let Some(s) = clause_subject(text, &toks[..k]) else {
        return;
    };
    let words: Vec<&str> = text[s.start..s.end].split_whitespace().collect();
    // The name is the subject of a verb (`Fallon fired back`), not a lone opener
    // (`Specifically, he …`).
    let verb_after = toks.get(tok_at(toks, s.end)).is_some_and(|t| {
        finite_verb(text, t)
            || t.kind == Tk::Word && !t.quoted && lexicon::is_skippable_before_cue(word(text, t))
    });
    let name = s.end <= sp.start
        && verb_after
        && words.len() <= 4
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) && plausible_name_word(w))
        && !words.iter().any(|w| lexicon::is_pronoun(w) || lexicon::is_determiner(w))
        // A lone capitalised word opening the sentence (`Low rates keep …`) is a name
        // only when the article also writes it capitalised inside a sentence.
        && (words.len() > 1 || s.start > toks[0].span.start || name_inside_sentence(text, words[0]));
    if name {
        f.resolved = Some(s);
    }
}

/// True when `w` occurs in `text` after a lower-case word and a space, as a whole word:
/// a capitalised word there is a name, not a sentence opener.
fn name_inside_sentence(text: &str, w: &str) -> bool {
    text.match_indices(w).any(|(i, _)| {
        let before = text[..i].strip_suffix(' ').unwrap_or("");
        let after = text[i + w.len()..].chars().next();
        before.chars().last().is_some_and(|c| c.is_lowercase())
            && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The headline in capitals that opens `para` and ends right before the opening mark
/// of the quote whose content starts at `at` (`TOLLS RISE AGAIN "…"`): three words or
/// more, every letter a capital.
fn digest_headline(text: &str, para: Span, at: usize) -> Option<Span> {
    if at <= para.start || at > para.end {
        return None;
    }
    let before = text[para.start..at].trim_end_matches(['"', '“', '«']);
    let head = before.trim_end_matches([' ', '\u{a0}']);
    let words = head.split_whitespace().count();
    let capitals = head.chars().any(char::is_alphabetic)
        && head.chars().all(|c| !c.is_lowercase())
        && head
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count()
            >= 3;
    // The opening mark must follow the headline directly.
    (before.len() < text[para.start..at].len() && words >= 3 && capitals && head.len() <= 120)
        .then(|| Span::new(para.start, para.start + head.len()))
}

/// The name of a paragraph that is a dash and a name (`— Ana Ruiz.`, `-Jane Doe,
/// Springfield.`), up to the first comma or full stop.
fn dash_attribution(text: &str, para: Span) -> Option<Span> {
    let p = &text[para.start..para.end];
    let body = p.trim_start_matches(['-', '—', '–', '―', ' ']);
    if body.len() == p.len() || body.len() > 120 || !body.starts_with(char::is_uppercase) {
        return None;
    }
    let start = para.start + (p.len() - body.len());
    let name_len = body.find([',', '(', ';']).unwrap_or(body.len());
    let name = body[..name_len].trim_end().trim_end_matches('.');
    let words = name.split_whitespace().count();
    if name.is_empty()
        || words > 6
        || !name
            .split_whitespace()
            .any(|w| w.starts_with(char::is_uppercase) && w.len() > 1)
    {
        return None;
    }
    Some(Span::new(start, start + name.len()))
}

/// The determiner that opens the noun phrase ending at the quote at token `qi`: up to
/// three lower-case modifiers between them (`the old slogan "…"`, `a "…"`).
fn determiner_before(text: &str, toks: &[Tok], qi: usize) -> Option<usize> {
    (qi.saturating_sub(4)..qi).rev().find(|&k| {
        let w = word(text, &toks[k]);
        toks[k].kind == Tk::Word
            && !toks[k].quoted
            && matches!(
                w,
                "a" | "an" | "the" | "his" | "her" | "their" | "its" | "our" | "this" | "these"
            )
            && toks[k + 1..qi].iter().all(|t| {
                t.kind == Tk::Word
                    && !t.quoted
                    && word(text, t).starts_with(char::is_lowercase)
                    && !is_cue_word(text, t)
                    && !lexicon::stops_speaker(word(text, t))
            })
    })
}

/// A paragraph `Name: content`: the name (one to six capitalised words, `of` and `the`
/// allowed inside) and the content after the colon, which must hold three words or more.
fn colon_line(text: &str, para: Span) -> Option<(Span, Span)> {
    let p = &text[para.start..para.end];
    // Only the first 60 bytes can hold the colon: look no further.
    let head = &p.as_bytes()[..p.len().min(61)];
    let colon = head
        .windows(2)
        .position(|w| w == b": ")
        .filter(|&c| c > 0)?;
    let name = p[..colon].trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.is_empty() || words.len() > 6 || LINE_LABELS.contains(&name.to_lowercase().as_str()) {
        return None;
    }
    let name_like = words.iter().enumerate().all(|(k, w)| {
        w.starts_with(char::is_uppercase)
            || (k > 0
                && k + 1 < words.len()
                && matches!(*w, "of" | "the" | "at" | "for" | "and" | "to"))
    }) && words.iter().any(|w| w.chars().any(char::is_lowercase))
        && !words.iter().any(|w| w.chars().any(|c| c.is_ascii_digit()))
        && !lexicon::is_time_word(words[0])
        && plausible_name_word(words[0]);
    if !name_like {
        return None;
    }
    let rest = &p[colon + 1..];
    let lead = rest.len() - rest.trim_start().len();
    let content = Span::new(para.start + colon + 1 + lead, para.end);
    if text[content.start..content.end].split_whitespace().count() < 3 {
        return None;
    }
    let start = para.start + (p.len() - p.trim_start().len());
    // `Mayor Lin to the council: …` (headline style): the speaker is who comes before
    // `to`, the audience after it.
    let name = name.find(" to ").map_or(name, |k| &name[..k]);
    Some((Span::new(start, start + name.len()), content))
}

/// Quote-only sentences that no speaker claimed become one speakerless direct quote.
fn flush_pending(pending: &mut Vec<(usize, Span)>, found: &mut Vec<Found>, si: usize) {
    if pending.is_empty() {
        return;
    }
    let pieces: Vec<Span> = pending.iter().map(|p| p.1).collect();
    found.push(Found {
        kind: QuoteKind::Direct,
        pieces,
        cue: None,
        speaker: None,
        resolved: None,
        last_sentence: si.max(pending.last().map_or(0, |p| p.0)),
        extra: Vec::new(),
    });
    pending.clear();
}

/// True when the last piece of `f` ends at (or just inside) a closing quotation mark.
fn prev_ends_with_quote(text: &str, f: &Found, quotes: &[QuoteSpan]) -> bool {
    let Some(last) = f.pieces.last() else {
        return false;
    };
    let i = quotes.partition_point(|q| q.inner.end < last.end);
    quotes
        .get(i)
        .is_some_and(|q| q.inner.end <= last.end + 1 && q.inner.end + 8 >= last.end)
        || text[..last.end].ends_with(['"', '”'])
}

/// The pieces of a sentence that is one quote with a connective before it (`Then, "…"`,
/// `Instead, "…"`) or a few words of its clause after it (`"…" to the voters.`), but
/// no cue: the words outside the quote read as part of what was said.
fn loose_continuation(text: &str, toks: &[Tok], quotes: &[QuoteSpan]) -> Option<Vec<Span>> {
    let q = quotes.first()?;
    if !q.closed || quotes.len() > 1 {
        return None;
    }
    let open = tok_at(toks, q.outer.start);
    let close = tok_at(toks, q.outer.end);
    let lead_ok = match open {
        0 => true,
        1 | 2 => {
            toks[0].kind == Tk::Word
                && is_connective(word(text, &toks[0]))
                && is_cap(text, &toks[0])
                && (open == 1 || toks[1].kind == Tk::Comma)
        }
        _ => false,
    };
    let mut end = toks.len();
    while end > close && toks[end - 1].kind == Tk::Stop {
        end -= 1;
    }
    let tail = &toks[close.min(end)..end];
    let tail_ok = tail.is_empty()
        || (tail.len() <= 8
            && tail[0].kind == Tk::Word
            && tail.iter().all(|t| {
                t.kind == Tk::Word
                    && !t.quoted
                    // A verb of saying would attribute the quote anew.
                    && !lexicon::cue_at(text, t.span).is_some_and(|c| c.strength == Strength::Say)
            }));
    if !lead_ok || !tail_ok || (open == 0 && tail.is_empty()) {
        return None;
    }
    // The words outside the marks are pieces of their own, beside the quote's.
    let mut pieces = Vec::new();
    if open > 0 {
        pieces.push(toks[0].span);
    }
    pieces.push(direct_piece(text, q));
    if !tail.is_empty() {
        pieces.push(Span::new(tail[0].span.start, toks[end - 1].span.end));
    }
    Some(pieces)
}
