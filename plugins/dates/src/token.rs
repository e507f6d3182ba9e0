//! A small hand-written tokenizer and the lexicon of temporal words.
//!
//! Tokens are words, numbers and single punctuation characters with byte spans into the
//! text. Each word is looked up once in the lexicon, so the grammar compares small
//! enums instead of strings; a scan over a long article touches every byte once and
//! does one hash lookup per word.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// Units of time, smallest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Half,
    Year,
    Decade,
    Century,
    Millennium,
}

/// Parts of the day, with their TIMEX3 codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Morning,
    Afternoon,
    Evening,
    Night,
}

impl Part {
    pub fn code(self) -> &'static str {
        match self {
            Part::Morning => "MO",
            Part::Afternoon => "AF",
            Part::Evening => "EV",
            Part::Night => "NI",
        }
    }
}

/// Seasons, with their TIMEX3 codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Season {
    Spring,
    Summer,
    Fall,
    Winter,
}

impl Season {
    pub fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Fall => "FA",
            Season::Winter => "WI",
        }
    }
}

/// Reference words that TimeML normalizes to `PRESENT_REF` / `PAST_REF` / `FUTURE_REF`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefKind {
    Present,
    Past,
    Future,
}

impl RefKind {
    pub fn value(self) -> &'static str {
        match self {
            RefKind::Present => "PRESENT_REF",
            RefKind::Past => "PAST_REF",
            RefKind::Future => "FUTURE_REF",
        }
    }
}

/// What a word means to the grammar.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Lex {
    None,
    /// A full month name (1-based).
    Month(u32),
    /// An abbreviated month name ("Jan", "Sept").
    MonthAbbr(u32),
    /// A weekday, 1 = Monday.
    Weekday(u32),
    /// A plural weekday ("Mondays"): a set.
    Weekdays(u32),
    /// A unit word; the flag says plural.
    Unit(Unit, bool),
    /// A cardinal word under twenty.
    Small(i64),
    /// Twenty, thirty, … ninety.
    Tens(i64),
    /// Hundred, thousand, million.
    Scale(i64),
    /// An ordinal word ("third").
    Ordinal(u32),
    /// Dozen.
    Dozen,
    /// Vague quantities: several, few, many, some, couple.
    Vague(&'static str),
    A,
    The,
    This,
    That,
    Last,
    Next,
    Past,
    Coming,
    Following,
    Previous,
    Ago,
    Earlier,
    Later,
    Before,
    After,
    From,
    Of,
    Yesterday,
    Today,
    Tomorrow,
    Tonight,
    PartOfDay(Part),
    Noon,
    Midnight,
    Season(Season),
    Early,
    Late,
    Mid,
    /// "pre-", "post-" joined to a year ("post-1959"): the open side of the year.
    PrePost(bool),
    Middle,
    End,
    Beginning,
    /// "about", "around", "roughly", "approximately", "some".
    Approx,
    /// "nearly", "almost".
    Nearly,
    More,
    Less,
    Over,
    Under,
    At,
    Least,
    Most,
    Up,
    To,
    No,
    Than,
    Or,
    And,
    So,
    /// A single word that is a reference timex by itself ("now", "recently").
    Ref(RefKind),
    Current,
    Recent,
    Future,
    Every,
    Each,
    Per,
    /// "daily", "weekly", … with the unit of the period.
    SetAdverb(Unit),
    Fiscal,
    /// "nineties" → 9.
    DecadeWord(i64),
    /// "nineteen" handled as Small(19); "hundred" as Scale.
    Holiday(u32, u32),
    Am,
    Pm,
    Zone,
    Old,
    Full,
    Latest,
    /// "final", which names the last quarter or half of a year.
    Final,
    Whole,
    Entire,
    Time,
    While,
    Period,
    Moment,
    Once,
    /// The ASCII apostrophe, which may open "'90s".
    Apostrophe,
    /// A word that starts an expression only in a fixed phrase ("twice a week").
    Cue,
    Since,
    Until,
}

/// FNV-1a: the lexicon's keys are short ASCII words, for which it is several times
/// faster than the default SipHash and needs no protection against hash flooding.
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type Lexicon = HashMap<&'static [u8], Lex, BuildHasherDefault<Fnv>>;

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    use self::Unit as U;
    use Lex::*;
    let mut m: Lexicon = HashMap::default();
    let months = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    for (i, name) in months.iter().enumerate() {
        m.insert(name.as_bytes(), Month(i as u32 + 1));
    }
    for (a, n) in [
        ("jan", 1),
        ("feb", 2),
        ("mar", 3),
        ("apr", 4),
        ("jun", 6),
        ("jul", 7),
        ("aug", 8),
        ("sep", 9),
        ("sept", 9),
        ("oct", 10),
        ("nov", 11),
        ("dec", 12),
    ] {
        m.insert(a.as_bytes(), MonthAbbr(n));
    }
    let days = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    let plural_days = [
        "mondays",
        "tuesdays",
        "wednesdays",
        "thursdays",
        "fridays",
        "saturdays",
        "sundays",
    ];
    for i in 0..7 {
        m.insert(days[i].as_bytes(), Weekday(i as u32 + 1));
        m.insert(plural_days[i].as_bytes(), Weekdays(i as u32 + 1));
    }
    for (w, u) in [
        ("second", U::Second),
        ("minute", U::Minute),
        ("hour", U::Hour),
        ("day", U::Day),
        ("week", U::Week),
        ("weekend", U::Weekend),
        ("month", U::Month),
        ("quarter", U::Quarter),
        ("year", U::Year),
        ("decade", U::Decade),
        ("century", U::Century),
        ("millennium", U::Millennium),
        ("fortnight", U::Week),
    ] {
        m.insert(w.as_bytes(), Unit(u, false));
    }
    for (w, u) in [
        ("seconds", U::Second),
        ("minutes", U::Minute),
        ("hours", U::Hour),
        ("days", U::Day),
        ("weeks", U::Week),
        ("weekends", U::Weekend),
        ("months", U::Month),
        ("quarters", U::Quarter),
        ("years", U::Year),
        ("decades", U::Decade),
        ("centuries", U::Century),
        ("millennia", U::Millennium),
        ("yrs", U::Year),
        ("hrs", U::Hour),
        ("mins", U::Minute),
    ] {
        m.insert(w.as_bytes(), Unit(u, true));
    }
    for (i, w) in [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ]
    .iter()
    .enumerate()
    {
        m.insert(w.as_bytes(), Small(i as i64));
    }
    for (w, n) in [
        ("twenty", 20),
        ("thirty", 30),
        ("forty", 40),
        ("fifty", 50),
        ("sixty", 60),
        ("seventy", 70),
        ("eighty", 80),
        ("ninety", 90),
    ] {
        m.insert(w.as_bytes(), Tens(n));
    }
    m.insert("hundred".as_bytes(), Scale(100));
    m.insert("thousand".as_bytes(), Scale(1000));
    for (i, w) in [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
        "twenty-first",
    ]
    .iter()
    .enumerate()
    {
        // "second" stays a unit; the grammar reads it as an ordinal where a unit follows.
        if *w != "second" {
            m.insert(w.as_bytes(), Ordinal(i as u32 + 1));
        }
    }
    m.insert("thirtieth".as_bytes(), Ordinal(30));
    m.insert("dozen".as_bytes(), Dozen);
    for w in ["several", "few", "many", "couple", "some"] {
        m.insert(w.as_bytes(), Vague(w));
    }
    let words: &[(&'static str, Lex)] = &[
        ("a", A),
        ("an", A),
        ("the", The),
        ("this", This),
        ("that", That),
        ("these", This),
        ("last", Last),
        ("next", Next),
        ("past", Past),
        ("coming", Coming),
        ("following", Following),
        ("previous", Previous),
        ("prior", Previous),
        ("ago", Ago),
        ("earlier", Earlier),
        ("later", Later),
        ("before", Before),
        ("after", After),
        ("from", From),
        ("of", Of),
        ("yesterday", Yesterday),
        ("today", Today),
        ("tomorrow", Tomorrow),
        ("tonight", Tonight),
        ("morning", PartOfDay(Part::Morning)),
        ("afternoon", PartOfDay(Part::Afternoon)),
        ("evening", PartOfDay(Part::Evening)),
        ("night", PartOfDay(Part::Night)),
        ("overnight", PartOfDay(Part::Night)),
        ("noon", Noon),
        ("midday", Noon),
        ("midnight", Midnight),
        ("spring", Season(self::Season::Spring)),
        ("summer", Season(self::Season::Summer)),
        ("fall", Season(self::Season::Fall)),
        ("autumn", Season(self::Season::Fall)),
        ("winter", Season(self::Season::Winter)),
        ("early", Early),
        ("late", Late),
        ("mid", Mid),
        ("pre", PrePost(false)),
        ("post", PrePost(true)),
        ("middle", Middle),
        ("end", End),
        ("beginning", Beginning),
        ("start", Beginning),
        ("about", Approx),
        ("around", Approx),
        ("roughly", Approx),
        ("approximately", Approx),
        ("nearly", Nearly),
        ("almost", Nearly),
        ("more", More),
        ("less", Less),
        ("fewer", Less),
        ("over", Over),
        ("under", Under),
        ("at", At),
        ("least", Least),
        ("most", Most),
        ("up", Up),
        ("to", To),
        ("no", No),
        ("than", Than),
        ("or", Or),
        ("and", And),
        ("so", So),
        ("now", Ref(RefKind::Present)),
        ("currently", Ref(RefKind::Present)),
        ("nowadays", Ref(RefKind::Present)),
        ("presently", Ref(RefKind::Present)),
        ("recently", Ref(RefKind::Past)),
        ("lately", Ref(RefKind::Past)),
        ("soon", Ref(RefKind::Future)),
        ("current", Current),
        ("recent", Recent),
        ("future", Future),
        ("every", Every),
        ("each", Each),
        ("per", Per),
        ("daily", SetAdverb(U::Day)),
        ("nightly", SetAdverb(U::Day)),
        ("weekly", SetAdverb(U::Week)),
        ("monthly", SetAdverb(U::Month)),
        ("annually", SetAdverb(U::Year)),
        ("yearly", SetAdverb(U::Year)),
        ("hourly", SetAdverb(U::Hour)),
        ("fiscal", Fiscal),
        ("twenties", DecadeWord(2)),
        ("thirties", DecadeWord(3)),
        ("forties", DecadeWord(4)),
        ("fifties", DecadeWord(5)),
        ("sixties", DecadeWord(6)),
        ("seventies", DecadeWord(7)),
        ("eighties", DecadeWord(8)),
        ("nineties", DecadeWord(9)),
        ("christmas", Holiday(12, 25)),
        ("xmas", Holiday(12, 25)),
        ("halloween", Holiday(10, 31)),
        // Day 0 marks a feast computed per year (Thanksgiving, Easter).
        ("thanksgiving", Holiday(11, 0)),
        ("easter", Holiday(4, 0)),
        // Only before "Day" ("Labor Day", "Memorial Day"); alone they are no time.
        ("labor", Holiday(9, 0)),
        ("memorial", Holiday(5, 0)),
        ("valentine", Holiday(2, 14)),
        ("am", Am),
        ("pm", Pm),
        ("est", Zone),
        ("edt", Zone),
        ("gmt", Zone),
        ("utc", Zone),
        ("pst", Zone),
        ("pdt", Zone),
        ("cst", Zone),
        // The short zones of current US and European copy ("10 a.m. ET", "9 p.m.
        // BST"); they are only read after a clock time.
        ("et", Zone),
        ("pt", Zone),
        ("ct", Zone),
        ("bst", Zone),
        ("cet", Zone),
        ("cest", Zone),
        ("old", Old),
        ("full", Full),
        ("latest", Latest),
        ("final", Final),
        ("whole", Whole),
        ("entire", Entire),
        ("time", Time),
        ("while", While),
        ("period", Period),
        ("moment", Moment),
        ("once", Once),
        ("twice", Cue),
        // "Good Friday", "Black Friday", "New Year's Day".
        ("good", Cue),
        ("black", Cue),
        ("new", Cue),
        ("thrice", Cue),
        ("o", Cue),
        ("since", Since),
        ("until", Until),
        ("till", Until),
    ];
    for (w, l) in words {
        m.insert(w.as_bytes(), *l);
    }
    m
});

/// Look a word up (case-insensitive).
pub fn lookup(word: &str) -> Lex {
    lookup_in(&LEXICON, word).unwrap_or(Lex::None)
}

/// Look a word up case-insensitively in a table keyed by lower-case ASCII bytes.
pub fn lookup_in<V: Copy>(
    table: &HashMap<&'static [u8], V, BuildHasherDefault<Fnv>>,
    word: &str,
) -> Option<V> {
    let mut buf = [0u8; 16];
    let b = word.as_bytes();
    if b.len() > buf.len() {
        return None;
    }
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    table.get(&buf[..b.len()]).copied()
}

/// The coarse class of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    /// Digits, possibly with thousands commas or a decimal point.
    Num,
    /// Digits with an ordinal suffix ("3rd").
    OrdNum,
    /// Digits followed by "s" ("1990s").
    Decade,
    /// `hh:mm`.
    Clock,
    Punct,
}

/// One token.
#[derive(Debug, Clone, Copy)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub lex: Lex,
    /// Numeric value for Num, OrdNum, Decade; hours*60+minutes for Clock.
    pub num: f64,
    /// Number of digits (Num) — distinguishes "1998" from "98".
    pub digits: u8,
    /// The first character is upper case.
    pub cap: bool,
    /// Whitespace precedes the token.
    pub space_before: bool,
    /// Index of the sentence (own segmentation) the token is in.
    pub sentence: u32,
}

/// Words after which a full stop does not end a sentence.
fn is_abbreviation(word: &str) -> bool {
    matches!(
        word,
        "Mr" | "Mrs"
            | "Ms"
            | "Dr"
            | "St"
            | "Jr"
            | "Sr"
            | "Gen"
            | "Lt"
            | "Col"
            | "Sen"
            | "Rep"
            | "Gov"
            | "Prof"
            | "Inc"
            | "Corp"
            | "Co"
            | "Ltd"
            | "No"
            | "U"
            | "S"
            | "a"
            | "p"
            | "m"
            | "vs"
            | "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
    ) || (word.len() == 1 && word.as_bytes()[0].is_ascii_uppercase())
}

/// Split `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let b = text.as_bytes();
    let mut out: Vec<Token> = Vec::with_capacity(text.len() / 5);
    let mut i = 0;
    let mut sentence = 0u32;
    let mut space_before = true;
    let mut newlines = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() {
            if c == b'\n' {
                newlines += 1;
                if newlines >= 2 {
                    // A blank line ends a paragraph and so a sentence.
                    if out.last().is_some_and(|t| t.sentence == sentence) {
                        sentence += 1;
                    }
                }
            }
            space_before = true;
            i += 1;
            continue;
        }
        // No-break and fixed-width spaces (U+00A0, U+2000..U+200A, U+202F), common in
        // web copy between a figure and its unit ("9:00 a.m.\u{a0}Eastern"), separate
        // words as a space does.
        let wide_space = match c {
            0xC2 => b.get(i + 1) == Some(&0xA0),
            0xE2 => {
                b.get(i + 1) == Some(&0x80)
                    && b.get(i + 2)
                        .is_some_and(|&x| (0x80..=0x8A).contains(&x) || x == 0xAF)
            }
            _ => false,
        };
        if wide_space {
            space_before = true;
            i += if c == 0xC2 { 2 } else { 3 };
            continue;
        }
        newlines = 0;
        let start = i;
        if c.is_ascii_digit() {
            let mut j = i;
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
            let mut digits = (j - i) as u8;
            let mut kind = Kind::Num;
            let mut num: f64;
            // Thousands groups ("2,500") and decimals ("2.5") stay one number.
            let mut k = j;
            while k + 3 < b.len()
                && b[k] == b','
                && b[k + 1..k + 4].iter().all(u8::is_ascii_digit)
                && (k + 4 == b.len() || !b[k + 4].is_ascii_digit())
            {
                k += 4;
                digits = 0;
            }
            num = b[i..k]
                .iter()
                .filter(|c| c.is_ascii_digit())
                .fold(0.0, |acc, c| acc * 10.0 + f64::from(c - b'0'));
            j = k;
            if j + 1 < b.len() && b[j] == b'.' && b[j + 1].is_ascii_digit() {
                let mut k = j + 1;
                while k < b.len() && b[k].is_ascii_digit() {
                    k += 1;
                }
                num = text[i..k].replace(',', "").parse().unwrap_or(num);
                digits = 0;
                j = k;
            } else if digits > 0
                && digits <= 2
                && j + 2 < b.len()
                && b[j] == b':'
                && b[j + 1].is_ascii_digit()
                && b[j + 2].is_ascii_digit()
                && (j + 3 == b.len() || !b[j + 3].is_ascii_digit())
            {
                kind = Kind::Clock;
                num = num * 60.0 + text[j + 1..j + 3].parse::<f64>().unwrap_or(0.0);
                j += 3;
            }
            // Suffixes glued to the digits.
            let mut w = j;
            while w < b.len() && b[w].is_ascii_alphabetic() {
                w += 1;
            }
            if w > j && kind == Kind::Num {
                let mut low = [0u8; 2];
                let suffix = if w - j <= 2 {
                    for (d, s) in low.iter_mut().zip(&b[j..w]) {
                        *d = s.to_ascii_lowercase();
                    }
                    &low[..w - j]
                } else {
                    &b""[..]
                };
                match suffix {
                    b"st" | b"nd" | b"rd" | b"th" => kind = Kind::OrdNum,
                    b"s" if digits == 4 || digits == 2 => kind = Kind::Decade,
                    b"am" | b"pm" => {
                        // "10am": keep the number; the suffix becomes its own token below.
                        out.push(Token {
                            start,
                            end: j,
                            kind,
                            lex: Lex::None,
                            num,
                            digits,
                            cap: false,
                            space_before,
                            sentence,
                        });
                        out.push(Token {
                            start: j,
                            end: w,
                            kind: Kind::Word,
                            lex: if suffix == b"am" { Lex::Am } else { Lex::Pm },
                            num: 0.0,
                            digits: 0,
                            cap: false,
                            space_before: false,
                            sentence,
                        });
                        i = w;
                        space_before = false;
                        continue;
                    }
                    _ => kind = Kind::Word,
                }
                j = w;
            }
            out.push(Token {
                start,
                end: j,
                kind,
                lex: Lex::None,
                num,
                digits,
                cap: false,
                space_before,
                sentence,
            });
            i = j;
        } else if c.is_ascii_alphabetic() || c >= 0x80 {
            // A word is the longest run of alphanumeric characters; a non-ASCII
            // character that is not one (a curly quote, a dash) is punctuation of its
            // own. One pass over the run, so a long run of such characters costs its
            // length, not its square.
            // Most words are ASCII: their letters and digits are read byte by byte, and
            // only a non-ASCII byte sends the scan through `char` decoding, from there on.
            let rest = &text[i..];
            let rb = rest.as_bytes();
            let mut end = rb
                .iter()
                .position(|c| !c.is_ascii_alphanumeric())
                .unwrap_or(rb.len());
            if rb.get(end).is_some_and(|&c| c >= 0x80) {
                let ascii = end;
                for (k, ch) in rest[ascii..].char_indices() {
                    if !ch.is_alphanumeric() {
                        break;
                    }
                    end = ascii + k + ch.len_utf8();
                }
            }
            let (word, j, is_punct) = if end == 0 {
                let len = rest.chars().next().map_or(1, char::len_utf8);
                (&rest[..len], i + len, true)
            } else {
                (&rest[..end], i + end, false)
            };
            out.push(Token {
                start,
                end: j,
                kind: if is_punct { Kind::Punct } else { Kind::Word },
                lex: if is_punct { Lex::None } else { lookup(word) },
                num: 0.0,
                digits: 0,
                cap: c.is_ascii_uppercase(),
                space_before,
                sentence,
            });
            i = j;
        } else {
            out.push(Token {
                start,
                end: i + 1,
                kind: Kind::Punct,
                lex: if c == b'\'' {
                    Lex::Apostrophe
                } else {
                    Lex::None
                },
                num: 0.0,
                digits: 0,
                cap: false,
                space_before,
                sentence,
            });
            i += 1;
            if matches!(c, b'.' | b'!' | b'?') {
                let prev = out.len().checked_sub(2).map(|k| out[k]);
                let prev_abbrev = c == b'.'
                    && prev.is_some_and(|p| {
                        p.end == start
                            && p.kind == Kind::Word
                            && is_abbreviation(&text[p.start..p.end])
                    });
                // The sentence ends when the next non-space character starts a new one.
                let mut k = i;
                while k < b.len() && (b[k] == b' ' || b[k] == b'"' || b[k] == b'\'') {
                    k += 1;
                }
                let next_upper = k >= b.len() || b[k].is_ascii_uppercase() || b[k] == b'\n';
                if !prev_abbrev && next_upper {
                    sentence += 1;
                }
            }
        }
        space_before = false;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Words stop at the first character that is not a letter or digit; a non-ASCII
    /// mark is punctuation of its own, however many follow each other.
    #[test]
    fn non_ascii_marks_split_words_one_by_one() {
        let text = "“Zürich”——3é “““";
        let toks: Vec<(&str, Kind)> = tokenize(text)
            .iter()
            .map(|t| (&text[t.start..t.end], t.kind))
            .collect();
        assert_eq!(
            toks,
            [
                ("“", Kind::Punct),
                ("Zürich", Kind::Word),
                ("”", Kind::Punct),
                ("—", Kind::Punct),
                ("—", Kind::Punct),
                ("3", Kind::Num),
                ("é", Kind::Word),
                ("“", Kind::Punct),
                ("“", Kind::Punct),
                ("“", Kind::Punct),
            ]
        );
    }
}
