//! What a pattern hands on: one count found in a sentence ([`Mention`]), and the
//! bookkeeping every pattern shares: the tokens already used by a count, the text and
//! span of a token range, and [`finish`], which makes a mention (or the sum of a list)
//! from the counts a pattern read and the group after them.

use dateline_plugin::{CasualtyCategory, CasualtyPart, Count, Role, Span};

use crate::number::Quant;
use crate::token::Tok;

/// One count found in a sentence, before it becomes a claim.
#[derive(Debug, Clone)]
pub(crate) struct Mention {
    /// What happened.
    pub category: CasualtyCategory,
    /// How many.
    pub count: Count,
    /// Victims or perpetrators.
    pub role: Role,
    /// The people counted, as written.
    pub group: Option<String>,
    /// Addends of a listed sum.
    pub parts: Vec<CasualtyPart>,
    /// Surface span in the document.
    pub span: Span,
    /// Perpetrators included in `count` ("17 people, including three assailants").
    pub perps_included: u64,
    /// A running toll that supersedes earlier figures ("raising the toll to 34").
    pub update: bool,
    /// A subset of the mention before it ("including three assailants"): never added.
    pub subset: bool,
    /// Where it happened, when the sentence says.
    pub place: Option<String>,
    /// Who reports it, when the sentence says.
    pub source: Option<String>,
    /// For one victim introduced as new ("a trader", "Ahmed Ali"): the head word, so
    /// that totals add distinct single victims instead of taking them for repeats.
    pub single: Option<String>,
    /// The figure is stated for several incidents together ("across both attacks").
    pub aggregate: bool,
    /// The aggregate covers incidents the report does not tell ("the cumulative toll of
    /// three days of fighting").
    pub beyond: bool,
    /// How many incidents an aggregate covers, when the text says.
    pub incidents: Option<u32>,
    /// For a count that refers back to people counted earlier ("all of the attackers
    /// were killed"): the head noun, whose last earlier count gives the number.
    pub antecedent: Option<String>,
    /// Deaths among people already counted as injured ("two of the wounded later
    /// died"): added to the killed and taken off the injured.
    pub from_injured: bool,
    /// Told in a breakdown of people already counted ("Among the dead were two
    /// gunmen", "The dead included the attacker"): never added to the figure it
    /// breaks down ([`super::breakdown`]).
    pub breakdown: bool,
    /// Told in the pluperfect as an earlier incident ("A day earlier, 3 soldiers had
    /// been killed"): a claim, but no figure of this report's totals.
    pub earlier: bool,
    /// One more person than the figure told before, named with an ordinal ("a third
    /// soldier died later", "a fourth attacker died of his wounds"): added to the
    /// incident's figure rather than taken for a repeat of it.
    pub increment: bool,
    /// First and last token of the mention (for the clause filters).
    pub(super) toks: (usize, usize),
    /// The trigger is in the perfect ("have been killed", "has displaced").
    pub(super) perfect: bool,
    /// Told as a running total of a war or conflict.
    pub(super) background: bool,
    /// The mention is a nominalisation or a participle without auxiliary, the forms a
    /// protest or funeral report uses ("the killing of", "soldiers killed in").
    pub(super) reactive: bool,
}

impl Mention {
    pub(super) fn new(
        cat: CasualtyCategory,
        count: Count,
        toks: &[Tok],
        from: usize,
        to: usize,
    ) -> Self {
        Mention {
            category: cat,
            count,
            role: Role::Victims,
            group: None,
            parts: Vec::new(),
            span: span_of(toks, from, to),
            perps_included: 0,
            update: false,
            subset: false,
            place: None,
            source: None,
            single: None,
            aggregate: false,
            beyond: false,
            incidents: None,
            antecedent: None,
            from_injured: false,
            breakdown: false,
            earlier: false,
            increment: false,
            toks: (from, to),
            perfect: false,
            background: false,
            reactive: false,
        }
    }
}

/// What is known about the document a sentence belongs to.
pub(crate) struct SentenceCtx<'a> {
    /// The document text (token offsets index it).
    pub text: &'a str,
    /// The year of the document's publication, when known.
    pub year: Option<i32>,
}

pub(super) fn text_of(ctx: &SentenceCtx, toks: &[Tok], from: usize, to: usize) -> Option<String> {
    (to > from).then(|| ctx.text[toks[from].start..toks[to - 1].end].to_string())
}

pub(super) fn span_of(toks: &[Tok], from: usize, to: usize) -> Span {
    let last = to.max(from + 1).min(toks.len()) - 1;
    Span::new(toks[from].start, toks[last].end)
}

pub(super) fn mark(used: &mut [bool], from: usize, to: usize) {
    let to = to.min(used.len());
    for u in &mut used[from.min(to)..to] {
        *u = true;
    }
}

pub(super) fn free(used: &[bool], from: usize, to: usize) -> bool {
    used[from.min(used.len())..to.min(used.len())]
        .iter()
        .all(|u| !u)
}

pub(super) fn finish(
    ctx: &SentenceCtx,
    toks: &[Tok],
    cat: CasualtyCategory,
    from: usize,
    group_end: usize,
    parts: Vec<(Quant, usize, Role)>,
    perps_included: u64,
) -> Mention {
    let first = &parts[0];
    let group = text_of(ctx, toks, first.0.end, group_end)
        .map(|g| {
            g.trim_start_matches([',', ' '])
                .trim_end_matches(['.', ',', ';', ')', ' '])
                .to_string()
        })
        .filter(|g| !g.is_empty());
    let span_end = group_end.max(first.0.end);
    if parts.len() == 1 {
        let (q, _, role) = first.clone();
        let mut m = Mention::new(cat, q.count, toks, from, span_end);
        m.role = role;
        m.group = group;
        m.perps_included = if role == Role::Perpetrators {
            0
        } else {
            perps_included
        };
        return m;
    }
    let mut sum = Count::exact(0);
    let mut perps: u64 = 0;
    let mut exact = true;
    let mut open = false;
    let mut cparts = Vec::new();
    let mut max: u64 = 0;
    for (q, end, role) in &parts {
        sum.value = sum.value.saturating_add(q.count.value);
        sum.min = sum.min.saturating_add(q.count.min);
        match q.count.max {
            Some(b) => max = u64::saturating_add(max, b),
            None => open = true,
        }
        exact &= q.count.exact;
        if *role == Role::Perpetrators {
            perps = perps.saturating_add(q.count.value);
        }
        cparts.push(CasualtyPart {
            count: q.count.clone(),
            group: text_of(ctx, toks, q.end, *end),
            role: *role,
        });
    }
    sum.max = (!open).then_some(max);
    sum.exact = exact;
    let role = if perps == sum.value {
        Role::Perpetrators
    } else {
        Role::Victims
    };
    let mut m = Mention::new(cat, sum, toks, from, span_end);
    m.role = role;
    m.group = text_of(
        ctx,
        toks,
        parts[0].0.start,
        parts.last().map_or(group_end, |p| p.1),
    );
    m.parts = cparts;
    m.perps_included = if role == Role::Perpetrators {
        0
    } else {
        perps.saturating_add(perps_included)
    };
    m
}
