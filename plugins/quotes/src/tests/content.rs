//! Where the content of a report begins and ends.

use super::*;

#[test]
fn content_stops_at_the_quote_frame() {
    check(
        "extent",
        &[
            // A participle right after a quote closed by a comma ends the content.
            (
                "Ruiz said it was \"a good day for the city,\" referring to the vote.",
                // (The participle is a second statement of Ruiz's.)
                &[
                    (
                        Partial,
                        "it was \"a good day for the city,\"",
                        Some("Ruiz"),
                        Some("Ruiz"),
                    ),
                    (Stance, "the vote", Some("Ruiz"), Some("Ruiz")),
                ],
            ),
            // `but` after a quote goes on unless it opens a clause with a subject.
            (
                "Lee said tenants were \"tired of waiting,\" but still hopeful about repairs.",
                &[(
                    Partial,
                    "tenants were \"tired of waiting,\" but still hopeful about repairs",
                    Some("Lee"),
                    Some("Lee"),
                )],
            ),
            (
                "Lee said the plan was \"a good start,\" but she also warned of delays.",
                &[(
                    Partial,
                    "the plan was \"a good start,\"",
                    Some("Lee"),
                    Some("Lee"),
                )],
            ),
            // A participle phrase opening the sentence is an introduction, even
            // when it holds a quote.
            (
                "Stepping off the bus to cheers of \"Ana! Ana!,\" the senator said her campaign \
                 was \"gaining ground.\"",
                &[(
                    Partial,
                    "her campaign was \"gaining ground.\"",
                    Some("the senator"),
                    None,
                )],
            ),
            // A dash after a closing quote starts an aside.
            (
                "Lee said the race is \"about rents now\" — a theme her \
                 party has avoided.",
                &[(
                    Partial,
                    "the race is \"about rents now\"",
                    Some("Lee"),
                    Some("Lee"),
                )],
            ),
            // A new attribution after a comma ends the content.
            (
                "Lee said the mayor was \"far too casual\" with funds, she said there \
                 was no excuse.",
                &[(
                    Partial,
                    "the mayor was \"far too casual\" with funds",
                    Some("Lee"),
                    Some("Lee"),
                )],
            ),
            // Two coordinated participles are two claims of one speaker.
            (
                "Then he turned on Moss, calling him a \"coward\" and accusing him of \
                 acting like a \"schoolboy.\"",
                &[
                    (Partial, "him a \"coward\"", Some("he"), None),
                    (
                        Partial,
                        "him of acting like a \"schoolboy.\"",
                        Some("he"),
                        None,
                    ),
                ],
            ),
            // `verb object as "…"` is an evaluation reported as speech, whatever the
            // verb; a second verb after a quote ends the content.
            (
                "The mayor hailed the harbour deal as a \"turning point.\"",
                &[(
                    Partial,
                    "the harbour deal as a \"turning point.\"",
                    Some("The mayor"),
                    None,
                )],
            ),
            (
                "Ruiz hit back, calling him a \"wrecking ball,\" and listed the costs.",
                &[(
                    Partial,
                    "him a \"wrecking ball,\"",
                    Some("Ruiz"),
                    Some("Ruiz"),
                )],
            ),
            // An introduction ending in a colon is not content.
            (
                "The reply could have come from the mayor himself: \"Do not complain to me \
                 about the roads.\"",
                &[(Direct, "Do not complain to me about the roads.", None, None)],
            ),
            // A stance verb's content is its whole object, quoted words included.
            (
                "The group blamed the city for a \"reckless and costly plan to sell the \
                 parks.\"",
                &[(
                    Partial,
                    "the city for a \"reckless and costly plan to sell the parks.\"",
                    Some("The group"),
                    None,
                )],
            ),
        ],
    );
}

#[test]
fn content_extents_of_reported_clauses() {
    check(
        "reported clause",
        &[
            // A reported clause goes on past a closing quote into a clause with a
            // subject of its own, unless that clause has its own cue.
            (
                "Vale said the tax is \"far too high\" and the city cannot pay for it.",
                &[(
                    Partial,
                    "the tax is \"far too high\" and the city cannot pay for it",
                    Some("Vale"),
                    Some("Vale"),
                )],
            ),
            (
                "Vale said the plan was \"far too costly\" while the old one worked well.",
                &[(
                    Partial,
                    "the plan was \"far too costly\" while the old one worked well",
                    Some("Vale"),
                    Some("Vale"),
                )],
            ),
            (
                "Lee said the mayor was \"a good manager,\" and Hale said she agreed.",
                &[
                    (
                        Partial,
                        "the mayor was \"a good manager,\"",
                        Some("Lee"),
                        Some("Lee"),
                    ),
                    (Indirect, "she agreed", Some("Hale"), Some("Hale")),
                ],
            ),
            // An infinitive of intention may open inside the quote.
            (
                "Vale vowed to \"win every seat\" in the spring.",
                &[(
                    Partial,
                    "to \"win every seat\" in the spring",
                    Some("Vale"),
                    Some("Vale"),
                )],
            ),
            // A participle cue after a comma governs the quote that follows it; so
            // does the participle of a document (`a statement saying`).
            (
                "Vale shot back in a statement, saying he has \"made plenty of money in \
                 bad markets.\"",
                &[(
                    Partial,
                    "he has \"made plenty of money in bad markets.\"",
                    Some("Vale"),
                    Some("Vale"),
                )],
            ),
            (
                "The council issued a statement saying it acted \"because of the unsafe \
                 conditions for our members.\"",
                &[(
                    Partial,
                    "it acted \"because of the unsafe conditions for our members.\"",
                    Some("The council"),
                    None,
                )],
            ),
            // Words before an attribution set off by commas are a first piece when
            // the quote goes on with them or after a lone connective; a discourse
            // adverb or a setting in time is not.
            (
                "The budget, Hale said, \"has failed every family in this city.\"",
                &[(
                    Partial,
                    "The budget … has failed every family in this city.",
                    Some("Hale"),
                    Some("Hale"),
                )],
            ),
            (
                "But, she added, \"we will not give up.\"",
                &[(Partial, "But … we will not give up.", Some("she"), None)],
            ),
            (
                "Still, she added, \"We will not give up.\"",
                &[(Direct, "We will not give up.", Some("she"), None)],
            ),
            (
                "Minutes later, Hale wrote, \"The vote is over and we lost it.\"",
                &[(
                    Direct,
                    "The vote is over and we lost it.",
                    Some("Hale"),
                    Some("Hale"),
                )],
            ),
            // The relative pronoun before a naming verb stands for what was named.
            (
                "The plan, which Hale called \"a mess from the start,\" was dropped.",
                &[(
                    Partial,
                    "which … a mess from the start",
                    Some("Hale"),
                    Some("Hale"),
                )],
            ),
            // A quote sentence right after reported speech goes on with it; after
            // `…, adding that …` it goes on with the sentence's main frame.
            (
                "Hale said the vote had been fair. \"We counted every ballot twice.\"",
                &[(
                    Partial,
                    "the vote had been fair … We counted every ballot twice.",
                    Some("Hale"),
                    Some("Hale"),
                )],
            ),
            (
                "\"We did not expect this,\" the clerk said, adding that turnout was high. \
                 \"Most towns see far fewer voters.\"",
                &[
                    (
                        Direct,
                        "We did not expect this … Most towns see far fewer voters.",
                        Some("the clerk"),
                        None,
                    ),
                    (Indirect, "turnout was high", Some("the clerk"), None),
                ],
            ),
            // An adjunct about the saying after the closing quote is not content.
            (
                "Hale said the plan was \"far too costly\" in an interview on Sunday.",
                &[(
                    Partial,
                    "the plan was \"far too costly\"",
                    Some("Hale"),
                    Some("Hale"),
                )],
            ),
            // So is the medium the statement went out on (round 7).
            (
                "Hale said the levy was \"a quiet tax rise\" on Twitter.",
                &[(
                    Partial,
                    "the levy was \"a quiet tax rise\"",
                    Some("Hale"),
                    Some("Hale"),
                )],
            ),
            (
                "The ferry union endorsed Mina Cole on its Facebook page.",
                &[(Stance, "Mina Cole", Some("The ferry union"), None)],
            ),
            (
                "Hale said the vote was \"a mistake\" before reversing herself.",
                &[(
                    Partial,
                    "the vote was \"a mistake\"",
                    Some("Hale"),
                    Some("Hale"),
                )],
            ),
            // A `that` after a verb of the reported clause belongs to that clause.
            (
                "Hale said her main worry about the plan is that it \"costs far too \
                 much.\"",
                &[(
                    Partial,
                    "her main worry about the plan is that it \"costs far too much.\"",
                    Some("Hale"),
                    Some("Hale"),
                )],
            ),
            // A prepositional phrase about the saying before a clause that opens
            // with a subject pronoun is not content.
            (
                "Vale wrote in a blog post he was \"honored and humbled\" to run again.",
                &[(
                    Partial,
                    "he was \"honored and humbled\" to run again",
                    Some("Vale"),
                    Some("Vale"),
                )],
            ),
            // The second half of a split quote may follow an appositive of the
            // speaker, or `and` after the cue.
            (
                "\"We have had offices in Dover since April,\" said Ana Ruiz, the \
                 campaign director, \"and we have built ties that last.\"",
                &[(
                    Direct,
                    "We have had offices in Dover since April … and we have built ties that \
                     last.",
                    Some("Ana Ruiz"),
                    Some("Ana Ruiz"),
                )],
            ),
            (
                "\"The plan must come with strict checks,\" Hale said, and \"clear \
                 penalties for any breach.\"",
                &[(
                    Partial,
                    "The plan must come with strict checks … and \"clear penalties for any \
                     breach.\"",
                    Some("Hale"),
                    Some("Hale"),
                )],
            ),
            // A second statement after a quote closed by its own comma, or after
            // `and then`.
            (
                "Vale told the paper that Lane \"had a plan which was foolish,\" adding, \
                 \"He lost the young vote and everyone else too.\"",
                &[
                    (
                        Partial,
                        "Lane \"had a plan which was foolish,\"",
                        Some("Vale"),
                        Some("Vale"),
                    ),
                    (
                        Direct,
                        "He lost the young vote and everyone else too.",
                        Some("Vale"),
                        Some("Vale"),
                    ),
                ],
            ),
            (
                "\"We think those plans will work,\" Hale said at a news conference, and \
                 then predicted: \"Our support is growing.\"",
                &[
                    (
                        Direct,
                        "We think those plans will work",
                        Some("Hale"),
                        Some("Hale"),
                    ),
                    (
                        Direct,
                        "Our support is growing.",
                        Some("Hale"),
                        Some("Hale"),
                    ),
                ],
            ),
            // An aside between the cue and `that` is not content.
            (
                "Hale said, however, that the count \"was never in doubt.\"",
                &[(
                    Partial,
                    "the count \"was never in doubt.\"",
                    Some("Hale"),
                    Some("Hale"),
                )],
            ),
            // When only the clause after the cue holds a quote, it is the content,
            // not a dateline or a name before the speaker.
            (
                "DOVER (Wire) — Mayor Tom Vale says the league has gone \"soft\" like the \
                 city.",
                &[(
                    Partial,
                    "the league has gone \"soft\" like the city",
                    Some("Mayor Tom Vale"),
                    Some("Tom Vale"),
                )],
            ),
            (
                "DOVER (Wire) — Mayor Tom Vale says the league has lost its way.",
                &[(
                    Indirect,
                    "the league has lost its way",
                    Some("Mayor Tom Vale"),
                    Some("Tom Vale"),
                )],
            ),
            (
                "Prices rose, Lane said at a meeting of the council.",
                &[(Indirect, "Prices rose", Some("Lane"), Some("Lane"))],
            ),
            // A naming verb coordinated with the subject's first verb.
            (
                "Vale took the stage and called the tax plan \"rotten to the core.\"",
                &[(
                    Partial,
                    "the tax plan \"rotten to the core.\"",
                    Some("Vale"),
                    Some("Vale"),
                )],
            ),
            // A long hearer before `that`, and a hearer before a bare clause.
            (
                "Vale told a crowd in Dover, Ohio, on Friday that the tax is \"a great \
                 thing.\"",
                &[(
                    Partial,
                    "the tax is \"a great thing.\"",
                    Some("Vale"),
                    Some("Vale"),
                )],
            ),
            (
                "Vale told them the council \"takes money from rich donors and banks.\"",
                &[(
                    Partial,
                    "the council \"takes money from rich donors and banks.\"",
                    Some("Vale"),
                    Some("Vale"),
                )],
            ),
        ],
    );
}

#[test]
fn a_wire_dateline_is_not_part_of_the_content() {
    check(
        "datelines",
        &[
            (
                "TARVO, June 3 (Eastwire) - Ferries stopped running on Tuesday, the port authority said.",
                &[(
                    Indirect,
                    "Ferries stopped running on Tuesday",
                    Some("the port authority"),
                    None,
                )],
            ),
            (
                "SAN MIRO (Coastal Desk) -- Two piers collapsed, harbour officials said.",
                &[(
                    Indirect,
                    "Two piers collapsed",
                    Some("harbour officials"),
                    None,
                )],
            ),
            (
                "BRESK — Fares will rise in May, according to the transit board.",
                &[(
                    According,
                    "Fares will rise in May",
                    Some("the transit board"),
                    None,
                )],
            ),
            // Capitals that open an ordinary sentence are kept.
            (
                "EU ministers will meet on Friday, diplomats said.",
                &[(
                    Indirect,
                    "EU ministers will meet on Friday",
                    Some("diplomats"),
                    None,
                )],
            ),
        ],
    );
}

#[test]
fn a_phrasal_participle_after_a_statement_is_a_second_one() {
    check(
        "phrasal participle",
        &[
            (
                "\"We need every vote,\" Lee said, referring to the delegates in the west.",
                &[
                    (Direct, "We need every vote", Some("Lee"), Some("Lee")),
                    (
                        Stance,
                        "the delegates in the west",
                        Some("Lee"),
                        Some("Lee"),
                    ),
                ],
            ),
            (
                "Park said the toll was too high, pointing to the fares in other cities.",
                &[
                    (
                        Indirect,
                        "the toll was too high",
                        Some("Park"),
                        Some("Park"),
                    ),
                    (
                        Stance,
                        "the fares in other cities",
                        Some("Park"),
                        Some("Park"),
                    ),
                ],
            ),
        ],
    );
}

#[test]
fn a_coordinated_clause_with_a_verb_of_saying_is_a_statement_of_its_own() {
    check(
        "coordinated attribution",
        &[
            (
                "Six in 10 voters said Lee is honest, and three-quarters said the economy is the top issue.",
                &[
                    (Indirect, "Lee is honest", Some("Six in 10 voters"), None),
                    (
                        Indirect,
                        "the economy is the top issue",
                        Some("three-quarters"),
                        None,
                    ),
                ],
            ),
            (
                "Most riders said the fares were fair, while a third of them say the trains are late.",
                &[
                    (Indirect, "the fares were fair", Some("Most riders"), None),
                    (
                        Indirect,
                        "the trains are late",
                        Some("a third of them"),
                        None,
                    ),
                ],
            ),
            // A relative clause goes on with the content.
            (
                "Lee said there are voters who want change, and who feel the race is rigged.",
                &[(
                    Indirect,
                    "there are voters who want change, and who feel the race is rigged",
                    Some("Lee"),
                    Some("Lee"),
                )],
            ),
        ],
    );
}

#[test]
fn what_an_opening_subordinate_clause_reports_ends_with_it() {
    check(
        "opening subordinate clause",
        &[
            (
                "While Ruiz said that reporters should stay neutral, he seems uneasy with the rule.",
                &[(
                    Indirect,
                    "reporters should stay neutral",
                    Some("Ruiz"),
                    Some("Ruiz"),
                )],
            ),
            // Beside a main clause's frame, it is a statement of its own.
            (
                "Although the mayor argued the fund was empty, the council said it was full.",
                &[
                    (Indirect, "the fund was empty", Some("the mayor"), None),
                    (Indirect, "it was full", Some("the council"), None),
                ],
            ),
            // A comma inside a number does not end the clause.
            (
                "When the clerk said that 12,000 ballots were late, the count stopped.",
                &[(
                    Indirect,
                    "12,000 ballots were late, the count stopped",
                    Some("the clerk"),
                    None,
                )],
            ),
        ],
    );
}

#[test]
fn an_earlier_statement_before_a_closing_verb_of_saying() {
    check(
        "statement before a closing verb of saying",
        &[
            // The second clause is short, so its verb of saying closes the sentence;
            // the first clause is a statement of its own subject all the same.
            (
                "Most riders said the fares were fair, and a third said the same of buses.",
                &[
                    (Indirect, "the fares were fair", Some("Most riders"), None),
                    (Indirect, "the same of buses", Some("a third"), None),
                ],
            ),
            // A closing verb of saying with no statement before it still reports all
            // that comes before it.
            (
                "He's hoping the state will step in, Brandt told the Gazette.",
                &[(
                    Indirect,
                    "He's hoping the state will step in",
                    Some("Brandt"),
                    Some("Brandt"),
                )],
            ),
        ],
    );
}
