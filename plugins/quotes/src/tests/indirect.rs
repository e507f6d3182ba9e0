//! Indirect speech, `according to`, stances, intentions and the other attributions
//! without quotation marks.

use super::*;

#[test]
fn indirect_speech_and_according_to() {
    check(
        "indirect",
        &[
            // An appositive holding a comma of its own (`Austin, Texas`).
            (
                "Chris Hall, a delegate from Austin, Texas, said the vote was a mess.",
                &[(
                    Indirect,
                    "the vote was a mess",
                    Some("Chris Hall"),
                    Some("Chris Hall"),
                )],
            ),
            // A quantified subject opens a bare reported clause.
            (
                "Adel said much of the talk was about trade.",
                &[(
                    Indirect,
                    "much of the talk was about trade",
                    Some("Adel"),
                    Some("Adel"),
                )],
            ),
            // Poll subjects: a share, a place joined by `in`; `states` after a
            // number is a noun, not a cue.
            (
                "Six in 10 say the mayor is doing well.",
                &[(Indirect, "the mayor is doing well", Some("Six in 10"), None)],
            ),
            (
                "Voters in five states say they want a new tax.",
                &[(
                    Indirect,
                    "they want a new tax",
                    Some("Voters in five states"),
                    None,
                )],
            ),
            // A time phrase or a prepositional parenthesis between speaker and cue.
            (
                "Sen. Dana Fine (D-Calif.) last week said the port would reopen.",
                &[(
                    Indirect,
                    "the port would reopen",
                    Some("Sen. Dana Fine"),
                    Some("Dana Fine"),
                )],
            ),
            (
                "Cory Lane, in a statement on Thursday, said the port would reopen.",
                &[(
                    Indirect,
                    "the port would reopen",
                    Some("Cory Lane"),
                    Some("Cory Lane"),
                )],
            ),
            // A wh-clause after a verb of saying.
            (
                "Lin explained how the budget would be cut.",
                &[(
                    Indirect,
                    "how the budget would be cut",
                    Some("Lin"),
                    Some("Lin"),
                )],
            ),
            // An appositive between dashes, or opening with any lower-case word
            // after a proper name; a clause after the cue is not an inverted speaker.
            (
                "Jo Park — a nurse from Ridgeville — says she voted for the levy.",
                &[(
                    Indirect,
                    "she voted for the levy",
                    Some("Jo Park"),
                    Some("Jo Park"),
                )],
            ),
            (
                "Ana Ruiz, dressed in yellow, said the vote could fail.",
                &[(
                    Indirect,
                    "the vote could fail",
                    Some("Ana Ruiz"),
                    Some("Ana Ruiz"),
                )],
            ),
            // Inverted, with `one of those` in the speaker.
            (
                "\"The deal is off,\" said one of those aides, who asked not to be \
                 named.",
                &[(Direct, "The deal is off", Some("one of those aides"), None)],
            ),
            // A one-word whole quote (and the question put, which has no speaker).
            (
                "Asked about it, Hale said, \"Probably.\"",
                &[
                    (Indirect, "it", None, None),
                    (Direct, "Probably.", Some("Hale"), Some("Hale")),
                ],
            ),
            // A headline or transcript line `Name: content`.
            (
                "Mayor Lin: The Budget Is a 'Disaster' for Schools",
                &[(
                    Indirect,
                    "The Budget Is a 'Disaster' for Schools",
                    Some("Mayor Lin"),
                    Some("Lin"),
                )],
            ),
            // `Name to Audience: content`: the speaker comes before `to`.
            (
                "Mayor Lin to Harbour Workers: We Will Not Raise the Tolls",
                &[(
                    Indirect,
                    "We Will Not Raise the Tolls",
                    Some("Mayor Lin"),
                    Some("Lin"),
                )],
            ),
            // A label is not a speaker.
            ("Update: The vote was moved to Friday.", &[]),
            // A reported question; after `Asked` it has no speaker.
            (
                "Asked if she would run again, the mayor said no.",
                &[(Indirect, "if she would run again", None, None)],
            ),
            // A question without a speaker comes with its answer's frame.
            (
                "Asked whether he would run, Haddad said, \"Not this year.\"",
                &[
                    (Indirect, "whether he would run", None, None),
                    (Direct, "Not this year.", Some("Haddad"), Some("Haddad")),
                ],
            ),
            (
                "Haddad asked the minister whether the port would reopen.",
                &[(
                    Indirect,
                    "whether the port would reopen",
                    Some("Haddad"),
                    Some("Haddad"),
                )],
            ),
            (
                "Haddad said that exports would recover.",
                &[(
                    Indirect,
                    "exports would recover",
                    Some("Haddad"),
                    Some("Haddad"),
                )],
            ),
            (
                "Haddad told reporters the harvest was poor.",
                &[(
                    Indirect,
                    "the harvest was poor",
                    Some("Haddad"),
                    Some("Haddad"),
                )],
            ),
            (
                "According to the ministry, exports fell.",
                &[(According, "exports fell", Some("the ministry"), None)],
            ),
            (
                "Exports fell in May, according to the ministry.",
                &[(According, "Exports fell in May", Some("the ministry"), None)],
            ),
            // A closing `according to` reports a whole frame: its subject and verb
            // are part of the content (the outer attribution, as PolNeAR takes it).
            (
                "Most riders in the valley say they want more buses, according to a survey.",
                &[(
                    Indirect,
                    "Most riders in the valley say they want more buses",
                    Some("a survey"),
                    None,
                )],
            ),
            // A verb of thinking right after a verb of saying whose own frame fails
            // (here a relative subject with a quote) is framed by the saying.
            (
                "Holm, who calls the plan a \"fraud,\" said he does not believe it can pass.",
                &[(
                    Indirect,
                    "he does not believe it can pass",
                    Some("he"),
                    None,
                )],
            ),
            (
                "Vale said the bridge would close in June, according to two aides.",
                &[(
                    Indirect,
                    "Vale said the bridge would close in June",
                    Some("two aides"),
                    None,
                )],
            ),
        ],
    );
}

#[test]
fn stances_and_positions() {
    check(
        "stance",
        &[
            // A stance verb's object is the position of its subject.
            (
                "The farmers' union endorsed the new water plan.",
                &[(
                    Stance,
                    "the new water plan",
                    Some("The farmers' union"),
                    None,
                )],
            ),
            (
                "Mayor Ines Varga blamed the contractor for the delay.",
                &[(
                    Stance,
                    "the contractor for the delay",
                    Some("Mayor Ines Varga"),
                    Some("Ines Varga"),
                )],
            ),
            // `see … as` needs its `as`; without it, `see` is a plain verb.
            (
                "Most voters see the tax as a burden on families.",
                &[(
                    Stance,
                    "the tax as a burden on families",
                    Some("Most voters"),
                    None,
                )],
            ),
            ("Most voters will see the new bridge next year.", &[]),
            // A stance verb that is also a noun is no cue after an adjective.
            (
                "The biggest challenges remain the budget and the roads.",
                &[],
            ),
            // A noun of stance after a possessive.
            (
                "Ines Varga repeated her support for the harbour plan.",
                &[(
                    Stance,
                    "her support for the harbour plan",
                    Some("Ines Varga"),
                    Some("Ines Varga"),
                )],
            ),
            (
                "The union's criticism of the contract was sharp.",
                &[(Stance, "the contract", Some("The union"), None)],
            ),
            // A plural noun with a relative clause is not `states that …`.
            (
                "The loss of jobs hit Rust Belt states that have lost factories.",
                &[],
            ),
            // A possessive is no speaker (`Editor's note:`).
            ("Editor's note: The column below was written in May.", &[]),
            // A relative pronoun before the speaker: it and the verb phrase after
            // the cue are what was said.
            (
                "The rules, which officials said will take effect in May, spare farms.",
                &[(
                    Indirect,
                    "which … will take effect in May",
                    Some("officials"),
                    None,
                )],
            ),
            // What is asked for or about.
            (
                "A young voter asked the senator about the fuel tax.",
                &[(Stance, "the fuel tax", Some("A young voter"), None)],
            ),
            // A verb of saying frames the sentence; the stance beside it is a claim
            // of its own.
            (
                "Lee Dorn, who backed the plan, said the vote was fair.",
                &[
                    (Stance, "the plan", Some("who"), Some("Lee Dorn")),
                    (
                        Indirect,
                        "the vote was fair",
                        Some("Lee Dorn"),
                        Some("Lee Dorn"),
                    ),
                ],
            ),
        ],
    );
}

#[test]
fn an_intention_keeps_who_is_to_act() {
    check(
        "intention object",
        &[
            (
                "The mayor urged the county board to close the ferry dock.",
                &[(
                    Indirect,
                    "the county board to close the ferry dock",
                    Some("The mayor"),
                    None,
                )],
            ),
            (
                "Harbour pilots want the port authority to dredge the channel.",
                &[(
                    Indirect,
                    "the port authority to dredge the channel",
                    Some("Harbour pilots"),
                    None,
                )],
            ),
            // The hearer of `told`, a pronoun and an adjunct are not part of it.
            (
                "The mayor told the crews to wait for the tide.",
                &[(Indirect, "to wait for the tide", Some("The mayor"), None)],
            ),
            (
                "The mayor urged them to wait for the tide.",
                &[(Indirect, "to wait for the tide", Some("The mayor"), None)],
            ),
            (
                "The port has declined for years to publish its accounts.",
                &[(Indirect, "to publish its accounts", Some("The port"), None)],
            ),
        ],
    );
}

#[test]
fn adjectives_of_attitude_report_a_stance() {
    check(
        "attitude",
        &[
            (
                "The ferry union was sharply critical of the new timetable.",
                &[(Stance, "the new timetable", Some("The ferry union"), None)],
            ),
            (
                "Most pilots remain wary of the dredging plan.",
                &[(Stance, "the dredging plan", Some("Most pilots"), None)],
            ),
            (
                "Voters in both towns are unhappy with the tolls.",
                &[(Stance, "the tolls", Some("Voters in both towns"), None)],
            ),
            // Not after a noun that is no subject of its own.
            ("The harbour remains open to ships from May.", &[]),
        ],
    );
}

#[test]
fn relative_clauses_with_an_intention_or_a_stance() {
    check(
        "relative intention",
        &[
            (
                "The recovery would help the pilots, who want to keep the ferry.",
                &[(
                    Indirect,
                    "to keep the ferry",
                    Some("who"),
                    Some("the pilots"),
                )],
            ),
            (
                "The Courier, which declined to comment, returned the rights.",
                &[(Indirect, "to comment", Some("which"), Some("The Courier"))],
            ),
            // A restrictive clause ends before the main clause's verb of saying,
            // whose frame is a claim of its own.
            (
                "Pilots who want to ban the toll said the decision was a blow.",
                &[
                    (Indirect, "to ban the toll", Some("who"), Some("Pilots")),
                    (
                        Indirect,
                        "the decision was a blow",
                        Some("Pilots"),
                        Some("Pilots"),
                    ),
                ],
            ),
            // A stance's object ends before a second verb phrase.
            (
                "The board heard from Ana Ruiz, who had opposed a similar plan and did not like the route.",
                &[(Stance, "a similar plan", Some("who"), Some("Ana Ruiz"))],
            ),
        ],
    );
}

#[test]
fn an_object_relative_reports_the_noun_it_is_about() {
    check(
        "object relative",
        &[
            (
                "The county dropped the toll, an idea the pilots rejected in May.",
                &[(Stance, "an idea", Some("the pilots"), None)],
            ),
            (
                "The mayor dropped the old toll plan, which the board had endorsed.",
                &[(Stance, "which", Some("the board"), None)],
            ),
            (
                "Voters wanted the stances that she has since disavowed.",
                &[(Stance, "the stances", Some("she"), None)],
            ),
            // A passive has no object to report.
            ("The day the deal was announced, the pilots left.", &[]),
        ],
    );
}

#[test]
fn more_verbs_of_stance_and_request() {
    check(
        "stance and request verbs",
        &[
            (
                "The pilots cast the new toll as a tax on the poor.",
                &[(
                    Stance,
                    "the new toll as a tax on the poor",
                    Some("The pilots"),
                    None,
                )],
            ),
            (
                "The mayor focused on the ferry schedule in her speech.",
                &[(Stance, "the ferry schedule", Some("The mayor"), None)],
            ),
            (
                "A judge had ordered the county to release the records by May.",
                &[(
                    Indirect,
                    "the county to release the records by May",
                    Some("A judge"),
                    None,
                )],
            ),
            // `cast` needs its `as`; a noun `focus` is no cue.
            ("The crews cast their nets at dawn.", &[]),
            ("Her focus on the ferry has cost her votes.", &[]),
        ],
    );
}

#[test]
fn participles_of_verbs_of_saying_and_thinking() {
    check(
        "participles of verbs of saying and thinking",
        &[
            (
                "The union walked out on Monday, stating that the offer was an insult.",
                &[(Indirect, "the offer was an insult", Some("The union"), None)],
            ),
            (
                "Reed left the meeting early, alleging that the vote had been rigged.",
                &[(
                    Indirect,
                    "the vote had been rigged",
                    Some("Reed"),
                    Some("Reed"),
                )],
            ),
            (
                "The council delayed the vote, fearing that the bridge would close.",
                &[(
                    Indirect,
                    "the bridge would close",
                    Some("The council"),
                    None,
                )],
            ),
            (
                "The crowd marched to the hall, chanting \"no more cuts.\"",
                &[(Direct, "no more cuts.", Some("The crowd"), None)],
            ),
        ],
    );
}

#[test]
fn a_naming_verb_without_quotation_marks_reports_a_stance() {
    check(
        "naming verbs without quotes",
        &[
            (
                "They called him a reckless showman.",
                &[(Stance, "him a reckless showman", Some("They"), None)],
            ),
            (
                "Lee calls Park careless.",
                &[(Stance, "Park careless", Some("Lee"), Some("Lee"))],
            ),
            (
                "Critics call it a tax on the poor.",
                &[(
                    Stance,
                    "it a tax on the poor",
                    Some("Critics"),
                    Some("Critics"),
                )],
            ),
            // Other senses of the verb, and a name given to a thing, are no stance.
            ("The board called a special meeting.", &[]),
            ("Lee called him back on Monday.", &[]),
            ("A band called Lark played at the fair.", &[]),
            // With a quote, the rules for quoted words read it as before.
            (
                "The mayor called the plan \"a disaster.\"",
                &[(Partial, "the plan \"a disaster.\"", Some("The mayor"), None)],
            ),
        ],
    );
}

#[test]
fn a_past_verb_with_a_that_clause_reports_it() {
    check(
        "any past verb with a that-clause",
        &[
            // Verbs that no lexicon lists report the clause all the same.
            (
                "The treasurer reasoned that the fund would last a year.",
                &[(
                    Indirect,
                    "the fund would last a year",
                    Some("The treasurer"),
                    None,
                )],
            ),
            (
                "Two engineers theorized that the cable had snapped.",
                &[(
                    Indirect,
                    "the cable had snapped",
                    Some("Two engineers"),
                    None,
                )],
            ),
            // A purpose, a result clause and a demonstrative are no content.
            ("The mayor ensured that the crews were paid.", &[]),
            ("The crowd was so tired that it went home.", &[]),
            ("The plans changed that year.", &[]),
        ],
    );
}
