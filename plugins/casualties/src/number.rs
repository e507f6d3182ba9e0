//! Counts as news copy writes them: digits ("1,200", "2.5 million"), words
//! ("twenty-five", "three hundred", "a dozen"), ranges ("20 to 30", "between 8 and 10"),
//! qualifiers ("at least", "nearly") and vague quantities ("dozens", "several"), each
//! valued the way conflict coders value them (see the crate README).

use dateline_plugin::Count;

use crate::token::{Kind, Tok};

/// A count found at a token position.
#[derive(Debug, Clone)]
pub(crate) struct Quant {
    /// First token of the count (its qualifier included).
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// The count with its coded value.
    pub count: Count,
    /// True for an article standing for one person ("a soldier", "another").
    pub article: bool,
}

/// How a qualifier bends the stated number.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Qual {
    AtLeast,
    MoreThan,
    UpTo,
    Below,
    About,
}

/// Qualifiers, longest first so that "no fewer than" wins over "fewer than".
const QUALIFIERS: &[(&[&str], Qual)] = &[
    (&["no", "fewer", "than"], Qual::AtLeast),
    (&["no", "less", "than"], Qual::AtLeast),
    (&["not", "less", "than"], Qual::AtLeast),
    (&["in", "excess", "of"], Qual::MoreThan),
    (&["as", "many", "as"], Qual::UpTo),
    (&["at", "least"], Qual::AtLeast),
    (&["a", "minimum", "of"], Qual::AtLeast),
    (&["more", "than"], Qual::MoreThan),
    (&["upwards", "of"], Qual::MoreThan),
    (&["up", "to"], Qual::UpTo),
    (&["at", "most"], Qual::UpTo),
    (&["less", "than"], Qual::Below),
    (&["fewer", "than"], Qual::Below),
    (&["close", "to"], Qual::Below),
    (&["an", "estimated"], Qual::About),
    (&["nearly"], Qual::Below),
    (&["almost"], Qual::Below),
    (&["under"], Qual::Below),
    (&["over"], Qual::MoreThan),
    (&["about"], Qual::About),
    (&["around"], Qual::About),
    (&["approximately"], Qual::About),
    (&["roughly"], Qual::About),
    (&["some"], Qual::About),
    (&["estimated"], Qual::About),
    (&["reportedly"], Qual::About),
];

/// Words that add nothing to the count and are skipped before it.
const FILLERS: &[&[&str]] = &[
    &["a", "total", "of"],
    &["a", "further"],
    &["an", "additional"],
    &["another"],
    &["all"],
    &["the"],
    &["some"],
    &["his"],
    &["her"],
    &["their"],
    &["its"],
];

/// Vague quantities and the value coders record for them.
const VAGUE: &[(&[&str], u64)] = &[
    (&["tens", "of", "thousands", "of"], 10_000),
    (&["hundreds", "of", "thousands", "of"], 100_000),
    (&["several", "dozen"], 36),
    (&["a", "few", "dozen"], 36),
    (&["several", "hundred"], 300),
    (&["a", "few", "hundred"], 300),
    (&["several", "thousand"], 3000),
    (&["a", "few", "thousand"], 3000),
    (&["half", "a", "dozen"], 6),
    (&["a", "handful", "of"], 3),
    (&["a", "number", "of"], 3),
    (&["a", "couple", "of"], 2),
    (&["a", "few"], 3),
    (&["dozens", "of"], 12),
    (&["dozens"], 12),
    (&["scores", "of"], 20),
    (&["scores"], 20),
    (&["tens", "of"], 10),
    (&["hundreds", "of"], 100),
    (&["hundreds"], 100),
    (&["thousands", "of"], 1000),
    (&["thousands"], 1000),
    (&["several"], 3),
    (&["some"], 3),
    (&["many"], 3),
    (&["numerous"], 3),
    (&["multiple"], 3),
    (&["both"], 2),
];

/// True when the tokens from `i` spell `words`.
pub(crate) fn starts(toks: &[Tok], i: usize, words: &[&str]) -> bool {
    words
        .iter()
        .enumerate()
        .all(|(k, w)| toks.get(i + k).is_some_and(|t| t.low == *w))
}

fn unit(w: &str) -> Option<u64> {
    Some(match w {
        "zero" => 0,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

/// A number word or hyphenated compound: "seven", "twenty-five".
fn word_value(w: &str) -> Option<u64> {
    if let Some(v) = unit(w) {
        return Some(v);
    }
    let (tens, ones) = w.split_once('-')?;
    let t = unit(tens)?;
    let o = unit(ones)?;
    (t >= 20 && t % 10 == 0 && o < 10).then_some(t + o)
}

fn scale(w: &str) -> Option<u64> {
    match w {
        "hundred" => Some(100),
        "thousand" => Some(1000),
        "million" => Some(1_000_000),
        "billion" => Some(1_000_000_000),
        _ => None,
    }
}

/// The value of a digit token ("1,200" → 1200, "2.5" → 2.5); `None` for odd groupings.
fn digits_value(s: &str) -> Option<f64> {
    if s.contains(',') {
        let mut parts = s.split(',');
        let first = parts.next()?;
        if first.is_empty() || first.len() > 3 {
            return None;
        }
        let mut all = first.to_string();
        for p in parts {
            if p.len() != 3 {
                return None;
            }
            all.push_str(p);
        }
        return all.parse::<f64>().ok();
    }
    s.parse::<f64>().ok()
}

/// A plain number at `i`: digits with an optional scale word, or number words.
/// Returns the value and the index after it.
pub(crate) fn number_at(toks: &[Tok], i: usize) -> Option<(u64, usize)> {
    let t = toks.get(i)?;
    match t.kind {
        Kind::Num => {
            if t.low.contains('-') {
                return None;
            }
            let v = digits_value(t.low)?;
            if let Some(m) = toks.get(i + 1).and_then(|n| scale(n.low)) {
                return Some(((v * m as f64).round() as u64, i + 2));
            }
            if v.fract() != 0.0 {
                return None;
            }
            Some((v as u64, i + 1))
        }
        Kind::Word => {
            // "a hundred", "a thousand", "a dozen".
            if (t.is("a") || t.is("one"))
                && let Some(n) = toks.get(i + 1)
            {
                if n.is("dozen") {
                    return Some((12, i + 2));
                }
                if let Some(m) = scale(n.low)
                    && m < 1_000_000
                {
                    return words_from(toks, i + 2, m);
                }
            }
            if t.is("dozen") {
                return Some((12, i + 1));
            }
            let first = word_value(t.low)?;
            words_from(toks, i + 1, first)
        }
        _ => None,
    }
}

/// Continue a number in words after its first part: "three hundred and twenty".
fn words_from(toks: &[Tok], mut j: usize, first: u64) -> Option<(u64, usize)> {
    let mut total = 0u64;
    let mut current = first;
    while let Some(t) = toks.get(j) {
        if let Some(m) = scale(t.low) {
            if m == 100 {
                current = current.saturating_mul(100);
            } else {
                total = total.saturating_add(current.saturating_mul(m));
                current = 0;
            }
            j += 1;
            continue;
        }
        if t.is("dozen") && current < 100 {
            current = current.saturating_mul(12);
            j += 1;
            continue;
        }
        // "hundred and twenty": "and" joins only when a smaller number follows a scale.
        let after_scale = j > 0 && scale(toks[j - 1].low).is_some();
        if after_scale && t.is("and") {
            if let Some(v) = toks.get(j + 1).and_then(|n| word_value(n.low))
                && v < 100
            {
                current = current.saturating_add(v);
                j += 2;
                continue;
            }
            break;
        }
        if after_scale && let Some(v) = word_value(t.low) {
            current = current.saturating_add(v);
            j += 1;
            continue;
        }
        break;
    }
    Some((total.saturating_add(current), j))
}

fn qualified(n: u64, q: Option<(Qual, String)>) -> Count {
    let Some((q, words)) = q else {
        return Count::exact(n);
    };
    let (min, max) = match q {
        Qual::AtLeast => (n, None),
        Qual::MoreThan => (n.saturating_add(1), None),
        Qual::UpTo => (n.min(1), Some(n)),
        Qual::Below => (n.min(1), Some(n)),
        Qual::About => (n, Some(n)),
    };
    Count {
        min,
        max,
        value: n,
        exact: false,
        qualifier: Some(words),
        vague: None,
    }
}

fn joined(toks: &[Tok], from: usize, to: usize) -> String {
    toks[from..to]
        .iter()
        .map(|t| t.low)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A four-digit number that reads as a year (1900–2099) rather than a count.
pub(crate) fn is_year(t: &Tok) -> bool {
    t.kind == Kind::Num && t.low.len() == 4 && matches!(&t.low[..2], "19" | "20")
}

/// True when a count can start with this token: a cheap test that spares the full parse
/// for most tokens.
fn can_start(t: &Tok) -> bool {
    if t.kind == Kind::Num {
        return true;
    }
    if t.kind != Kind::Word {
        return false;
    }
    let w = t.low;
    word_value(w).is_some()
        || matches!(
            w,
            "a" | "an"
                | "another"
                | "the"
                | "all"
                | "some"
                | "his"
                | "her"
                | "their"
                | "its"
                | "between"
                | "no"
                | "not"
                | "in"
                | "as"
                | "at"
                | "more"
                | "upwards"
                | "up"
                | "less"
                | "fewer"
                | "close"
                | "nearly"
                | "almost"
                | "under"
                | "over"
                | "about"
                | "around"
                | "approximately"
                | "roughly"
                | "estimated"
                | "reportedly"
                | "dozen"
                | "dozens"
                | "tens"
                | "hundreds"
                | "thousands"
                | "several"
                | "half"
                | "many"
                | "numerous"
                | "multiple"
                | "both"
                | "scores"
                | "hundred"
                | "thousand"
        )
}

/// The count starting at token `i`, if any.
pub(crate) fn quant_at(toks: &[Tok], i: usize) -> Option<Quant> {
    if !toks.get(i).is_some_and(can_start) {
        return None;
    }
    // "a family of five": the family's members are the people counted.
    if (toks[i].is("a") || toks[i].is("an"))
        && toks.get(i + 1).is_some_and(|t| t.is("family"))
        && toks.get(i + 2).is_some_and(|t| t.is("of"))
        && let Some((n, end)) = number_at(toks, i + 3)
    {
        return Some(Quant {
            start: i,
            end,
            count: Count::exact(n),
            article: false,
        });
    }
    let mut j = i;
    let mut qual = None;
    // Between X and Y.
    if toks.get(j).is_some_and(|t| t.is("between"))
        && let Some((a, k)) = number_at(toks, j + 1)
        && toks.get(k).is_some_and(|t| t.is("and"))
        && let Some((b, end)) = number_at(toks, k + 1)
        && b > a
    {
        return Some(range(i, end, a, b, Some(joined(toks, i, i + 1))));
    }
    for (words, q) in QUALIFIERS {
        if starts(toks, j, words) {
            // "some" and "estimated" qualify only a following number.
            let k = j + words.len();
            if number_at(toks, k).is_some() || range_token(toks.get(k)).is_some() {
                qual = Some((*q, words.join(" ")));
                j = k;
            }
            break;
        }
    }
    if qual.is_none() {
        for words in FILLERS {
            if starts(toks, j, words) {
                let k = j + words.len();
                if number_at(toks, k).is_some() || range_token(toks.get(k)).is_some() {
                    j = k;
                }
                break;
            }
        }
    }
    // "20-30" in one token.
    if let Some((a, b)) = range_token(toks.get(j)) {
        return Some(range(i, j + 1, a, b, qual.map(|q| q.1)));
    }
    if let Some((n, end)) = number_at(toks, j) {
        let t = &toks[j];
        if is_year(t) && !t.low.contains(',') {
            return None;
        }
        // "20 to 30", "two or three".
        if let Some(sep) = toks.get(end)
            && (sep.is("to") || sep.is("or") || sep.is("-") || sep.is("–"))
            && let Some((b, end2)) = number_at(toks, end + 1)
            && b > n
            && !toks.get(end2).is_some_and(|t| t.is("percent") || t.is("%"))
        {
            return Some(range(i, end2, n, b, qual.map(|q| q.1)));
        }
        // "two (2) civilians": the figure repeated in digits.
        let mut end = end;
        if toks.get(end).is_some_and(|t| t.is("("))
            && toks.get(end + 2).is_some_and(|t| t.is(")"))
            && number_at(toks, end + 1).is_some_and(|(m, e)| m == n && e == end + 2)
        {
            end += 3;
        }
        let a_dozen = toks[j].is("a") || toks[j].is("dozen");
        let mut count = qualified(n, qual);
        if a_dozen && count.qualifier.is_none() {
            count.exact = false;
            count.vague = Some(joined(toks, j, end));
        }
        return Some(Quant {
            start: i,
            end,
            count,
            article: false,
        });
    }
    if qual.is_some() {
        return None;
    }
    for (words, v) in VAGUE {
        if starts(toks, i, words) {
            let end = i + words.len();
            let text = joined(toks, i, end);
            let text = text.trim_end_matches(" of").to_string();
            return Some(Quant {
                start: i,
                end,
                count: Count {
                    min: *v,
                    max: None,
                    value: *v,
                    exact: false,
                    qualifier: None,
                    vague: Some(text),
                },
                article: false,
            });
        }
    }
    let t = toks.get(i)?;
    // "her son", "his wife", "its driver": one person.
    if matches!(t.low, "his" | "her" | "their" | "its")
        && toks
            .get(i + 1)
            .is_some_and(|n| crate::lexicon::is_singular_person(n.low))
    {
        return Some(Quant {
            start: i,
            end: i + 1,
            count: Count::exact(1),
            article: true,
        });
    }
    // "the bomber", "the gunman": one perpetrator, wherever the text names him.
    if t.is("the")
        && toks.get(i + 1).is_some_and(|n| {
            crate::lexicon::is_perpetrator(n.low)
                && !n.low.ends_with('s')
                && !n.low.ends_with("men")
        })
    {
        return Some(Quant {
            start: i,
            end: i + 1,
            count: Count::exact(1),
            article: true,
        });
    }
    if t.is("a") || t.is("an") || t.is("another") {
        return Some(Quant {
            start: i,
            end: i + 1,
            count: Count::exact(1),
            article: true,
        });
    }
    None
}

fn range_token(t: Option<&Tok>) -> Option<(u64, u64)> {
    let t = t?;
    if t.kind != Kind::Num {
        return None;
    }
    let (a, b) = t.low.split_once('-')?;
    let a = digits_value(a)? as u64;
    let b = digits_value(b)? as u64;
    (b > a).then_some((a, b))
}

fn range(start: usize, end: usize, a: u64, b: u64, qualifier: Option<String>) -> Quant {
    Quant {
        start,
        end,
        count: Count {
            min: a,
            max: Some(b),
            value: a,
            exact: false,
            qualifier,
            vague: None,
        },
        article: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    /// Value, min, max and end token of the count at the start of a text.
    type Want = Option<(u64, u64, Option<u64>, usize)>;

    fn q(s: &str) -> Want {
        let lower = s.to_ascii_lowercase();
        let toks = tokenize(s, &lower, 0);
        quant_at(&toks, 0).map(|q| (q.count.value, q.count.min, q.count.max, q.end))
    }

    #[test]
    fn values_follow_coder_conventions() {
        let table: &[(&str, Want)] = &[
            ("16 people", Some((16, 16, Some(16), 1))),
            ("1,200 people", Some((1200, 1200, Some(1200), 1))),
            (
                "2.5 million people",
                Some((2_500_000, 2_500_000, Some(2_500_000), 2)),
            ),
            ("twenty-five people", Some((25, 25, Some(25), 1))),
            ("three hundred people", Some((300, 300, Some(300), 2))),
            (
                "one hundred and twenty people",
                Some((120, 120, Some(120), 4)),
            ),
            ("a dozen people", Some((12, 12, Some(12), 2))),
            ("at least 16 people", Some((16, 16, None, 3))),
            ("more than 100 people", Some((100, 101, None, 3))),
            ("nearly 150 people", Some((150, 1, Some(150), 2))),
            ("20 to 30 people", Some((20, 20, Some(30), 3))),
            ("between 8 and 10 people", Some((8, 8, Some(10), 4))),
            ("20-30 people", Some((20, 20, Some(30), 1))),
            ("dozens of people", Some((12, 12, None, 2))),
            (
                "tens of thousands of people",
                Some((10_000, 10_000, None, 4)),
            ),
            ("several people", Some((3, 3, None, 1))),
            ("scores of people", Some((20, 20, None, 2))),
            ("a handful of people", Some((3, 3, None, 3))),
            ("a soldier", Some((1, 1, Some(1), 1))),
            ("2014 attack", None),
            ("the people", None),
        ];
        for (text, want) in table {
            assert_eq!(&q(text), want, "{text}");
        }
    }
}
