//! Word lists: casualty triggers, the nouns that name people (victims and
//! perpetrators) and the nouns that never do (targets, weapons, vehicles, units).

use dateline_plugin::CasualtyCategory;

/// Words whose presence makes a sentence worth parsing. The aho-corasick pre-filter
/// matches them as prefixes (case-insensitive), so "kill" covers "killed" and "killing".
pub(crate) const PREFILTER: &[&str] = &[
    "kill",
    "dead",
    "died",
    "death",
    "dies",
    "slain",
    "murder",
    "execut",
    "massacr",
    "martyr",
    "perish",
    "fatalit",
    "bodies",
    "lives",
    "behead",
    "assassinat",
    "lynch",
    "neutrali",
    "eliminat",
    "toll",
    "injur",
    "wound",
    "hurt",
    "maim",
    "casualt",
    "abduct",
    "kidnap",
    "hostage",
    "arrest",
    "detain",
    "custody",
    "missing",
    "displac",
    "fled",
    "homeless",
    "blew himself",
    "blew herself",
    "blew themselves",
    "unharmed",
    "flee",
    "captive",
    "succumb",
    "suicide bomber",
    "suicide attacker",
    "treated for",
    "treated in",
    "treated at",
    "hospitali",
    // "11 remained in hospital", "were admitted to hospital" (round 5).
    "in hospital",
    "to hospital",
    "body",
    "corpse",
    // "suffered severe burns", "before taking his own life": injuries and a gunman's
    // own death told without any other casualty word.
    "burns",
    "own life",
    "himself",
    "herself",
    // "the army lost 2 soldiers": a side's dead told as its loss.
    "lost ",
    "losing ",
];

/// The category of a verb or participle that states what happened to people, when the
/// word is used as a participle, adjective or intransitive verb after the people
/// counted ("16 people were killed", "3 dead", "two soldiers died").
pub(crate) fn participle(w: &str) -> Option<CasualtyCategory> {
    use CasualtyCategory::*;
    Some(match w {
        "killed" | "dead" | "died" | "slain" | "murdered" | "executed" | "massacred"
        | "martyred" | "perished" | "beheaded" | "assassinated" | "lynched" | "drowned"
        // Military communiqués and the notes that code them: "5 militants were
        // neutralised", "eliminated".
        | "neutralised" | "neutralized" | "eliminated" => Killed,
        "injured" | "wounded" | "hurt" | "maimed" | "hospitalised" | "hospitalized" => Injured,
        "abducted" | "kidnapped" => Abducted,
        "arrested" | "detained" | "apprehended" => Arrested,
        "missing" => Missing,
        "displaced" | "homeless" => Displaced,
        _ => return None,
    })
}

/// The category of a transitive verb form whose object is the people counted
/// ("killing 16 people", "wounded five others").
pub(crate) fn active(w: &str) -> Option<CasualtyCategory> {
    use CasualtyCategory::*;
    Some(match w {
        "killed" | "killing" | "kills" | "kill" | "murdered" | "murdering" | "executed"
        | "executing" | "massacred" | "massacring" | "beheaded" | "beheading" | "assassinated"
        | "lynched" | "neutralised" | "neutralized" | "neutralising" | "neutralizing"
        | "eliminated" | "eliminating" => Killed,
        "injured" | "injuring" | "injures" | "wounded" | "wounding" | "wounds" | "hurt"
        | "hurting" | "maimed" => Injured,
        "abducted" | "abducting" | "kidnapped" | "kidnapping" | "abducts" | "kidnaps" => Abducted,
        "arrested" | "arresting" | "detained" | "detaining" | "apprehended" | "arrests" => Arrested,
        "displaced" | "displacing" => Displaced,
        _ => return None,
    })
}

/// Nouns that count casualties after a number ("16 dead", "12 casualties").
pub(crate) fn count_noun(w: &str) -> Option<CasualtyCategory> {
    use CasualtyCategory::*;
    Some(match w {
        // "1 fatality": ACLED notes write the singular after a digit.
        "dead" | "deaths" | "fatalities" | "fatality" | "bodies" | "corpses" | "martyrs" => Killed,
        "injuries" | "wounded" | "injured" => Injured,
        "casualties" => Casualties,
        _ => return None,
    })
}

/// Nominalisations read as "the N of <people>" ("the martyrdom of 23 people").
pub(crate) fn nominal(w: &str) -> Option<CasualtyCategory> {
    use CasualtyCategory::*;
    Some(match w {
        "death" | "deaths" | "killing" | "killings" | "martyrdom" | "murder" | "murders"
        | "massacre" | "execution" | "executions" | "bodies" | "body" | "assassination" => Killed,
        "wounding" | "injuring" => Injured,
        "abduction" | "abductions" | "kidnapping" | "kidnappings" => Abducted,
        "arrest" | "arrests" | "detention" => Arrested,
        "displacement" => Displaced,
        _ => return None,
    })
}

/// Auxiliaries and adverbs allowed between the people counted and a participle
/// ("were reportedly killed", "have been seriously wounded").
pub(crate) fn is_aux(w: &str) -> bool {
    matches!(
        w,
        "was"
            | "were"
            | "is"
            | "are"
            | "be"
            | "been"
            | "being"
            | "have"
            | "has"
            | "had"
            | "got"
            | "get"
            | "reportedly"
            | "also"
            | "later"
            | "allegedly"
            | "all"
            | "both"
            | "seriously"
            | "critically"
            | "severely"
            | "badly"
            | "slightly"
            | "lightly"
            | "fatally"
            | "mortally"
            | "gravely"
            | "reported"
            | "confirmed"
            | "feared"
            | "believed"
            | "thought"
            | "said"
            | "to"
            | "now"
            | "subsequently"
            | "eventually"
            | "instantly"
            | "immediately"
            | "remain"
            | "remained"
            | "went"
            | "left"
            | "lay"
            | "found"
            | "initially"
            | "apparently"
            | "likely"
            | "presumed"
            | "declared"
            | "pronounced"
            | "shot"
            | "stabbed"
            | "beaten"
            | "burned"
            | "burnt"
            | "hacked"
            | "still"
            | "listed"
            | "as"
            | "possibly"
            | "probably"
            | "may"
            | "might"
            | "could"
            | "would"
            | "must"
            | "will"
    )
}

/// Modal or finite forms that mark a participle as a passive or predicate use.
pub(crate) fn is_finite_aux(w: &str) -> bool {
    matches!(
        w,
        "was" | "were" | "is" | "are" | "been" | "be" | "being" | "remain" | "remained" | "lay"
    )
}

/// Nouns that name people acting as attackers (their deaths are kept separately).
pub(crate) fn is_perpetrator(w: &str) -> bool {
    matches!(
        w,
        "attacker"
            | "attackers"
            | "assailant"
            | "assailants"
            | "gunman"
            | "gunmen"
            | "bomber"
            | "bombers"
            | "perpetrator"
            | "perpetrators"
            | "hijacker"
            | "hijackers"
            | "militant"
            | "militants"
            | "insurgent"
            | "insurgents"
            | "terrorist"
            | "terrorists"
            | "jihadist"
            | "jihadists"
            | "kidnapper"
            | "kidnappers"
            | "abductor"
            | "abductors"
            | "raider"
            | "raiders"
    )
}

/// Nouns that can never be the people counted: targets, weapons, vehicles, places,
/// units of measure or time, events.
pub(crate) fn is_non_person(w: &str) -> bool {
    matches!(
        w,
        "targets"
            | "target"
            | "mortars"
            | "mortar"
            | "rockets"
            | "rocket"
            | "shells"
            | "missiles"
            | "missile"
            | "bombs"
            | "bomb"
            | "grenades"
            | "rounds"
            | "bullets"
            | "shots"
            | "drones"
            | "drone"
            | "aircraft"
            | "planes"
            | "jets"
            | "helicopters"
            | "tanks"
            | "vehicles"
            | "vehicle"
            | "cars"
            | "trucks"
            | "buses"
            | "boats"
            | "ships"
            | "vessels"
            | "houses"
            | "homes"
            | "buildings"
            | "shops"
            | "villages"
            | "towns"
            | "districts"
            | "provinces"
            | "positions"
            | "bases"
            | "attacks"
            | "attack"
            | "strikes"
            | "airstrikes"
            | "raids"
            | "explosions"
            | "blasts"
            | "incidents"
            | "operations"
            | "km"
            | "kilometres"
            | "kilometers"
            | "miles"
            | "metres"
            | "meters"
            | "feet"
            | "years"
            | "year"
            | "months"
            | "month"
            | "weeks"
            | "week"
            | "days"
            | "day"
            | "hours"
            | "hour"
            | "minutes"
            | "times"
            | "percent"
            | "pct"
            | "%"
            | "dollars"
            | "tonnes"
            | "tons"
            | "weapons"
            | "guns"
            | "rifles"
            | "cattle"
            | "livestock"
            | "goats"
            | "sheep"
            | "cows"
            | "camels"
            | "animals"
            | "hectares"
            | "acres"
            | "brigades"
            | "battalions"
            | "divisions"
            | "units"
            | "companies"
            | "cases"
            | "votes"
            | "seats"
            | "points"
            | "barrels"
            | "rooms"
            | "floors"
            | "schools"
            | "hospitals"
            | "mosques"
            | "churches"
            | "checkpoints"
            | "posts"
            | "sites"
            | "facilities"
            | "installations"
            | "wells"
            | "platforms"
            | "tankers"
            | "counter-attacks"
            | "offensives"
            | "clashes"
            | "battles"
            | "bodies"
            | "jobs"
            | "kg"
            | "kilograms"
            | "litres"
            | "liters"
            | "truck"
            | "car"
            | "bus"
            | "vessel"
            | "ship"
            | "house"
            | "home"
            | "building"
            | "village"
            | "town"
            | "city"
            | "convoy"
            | "base"
            | "camp"
            | "post"
            | "checkpoint"
            | "market"
            | "mosque"
            | "church"
            | "school"
            | "hospital"
            | "bridge"
            | "road"
            | "plant"
            | "factory"
            | "pipeline"
            | "station"
            | "office"
            | "compound"
            | "depot"
            | "deal"
            | "bill"
            | "agreement"
            | "plan"
            | "project"
            | "talks"
            | "process"
            | "beds"
            | "bullet"
            | "shell"
            | "device"
            | "mine"
            | "mines"
            | "landmines"
            | "ieds"
            | "ied"
            | "businesses"
            | "crops"
            | "granaries"
            | "stores"
            | "hours-long"
            | "war"
            | "conflict"
            | "fighting"
            | "violence"
            | "insurgency"
            | "crisis"
            | "blast"
            | "explosion"
            | "bombing"
            | "shelling"
            | "strike"
            | "raid"
            | "ambush"
            | "clash"
            | "fire"
            | "flood"
            | "floods"
            | "storm"
            | "earthquake"
            | "offensive"
            | "operation"
            | "assault"
            | "incident"
            | "toll"
            | "number"
    )
}

/// Words that label a following number (district and resolution numbers, addresses):
/// the number after them is a name, not a count.
pub(crate) fn labels_number(w: &str) -> bool {
    matches!(
        w,
        "district"
            | "resolution"
            | "route"
            | "highway"
            | "road"
            | "street"
            | "sector"
            | "zone"
            | "block"
            | "area"
            | "no"
            | "number"
            | "brigade"
            | "division"
            | "battalion"
            | "unit"
            | "flight"
            | "article"
            | "phase"
            | "camp"
            | "gate"
            | "building"
            | "house"
            | "apartment"
            | "km"
            | "kilometre"
            | "kilometer"
            | "mile"
            | "precinct"
            | "ward"
            | "lot"
            | "plot"
            | "room"
            | "bus"
            | "line"
            | "exit"
            | "paragraph"
            | "section"
            | "chapter"
            | "kilo"
            | "checkpoint"
            | "post"
            | "platform"
    )
}

// Calendar words: every month and weekday name the rules know is written here once.

/// The months, lower case.
const MONTH_NAMES: [&str; 12] = [
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

/// Month abbreviations, lower case and without their dot.
const MONTH_ABBREVIATIONS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// The days of the week, lower case.
const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Month names and their abbreviations, lower case: a number next to them is a date.
/// Units of time that date a clause relative to another ("two days before", "a week
/// earlier").
pub(crate) fn is_time_unit(w: &str) -> bool {
    matches!(
        w,
        "day"
            | "days"
            | "night"
            | "nights"
            | "week"
            | "weeks"
            | "month"
            | "months"
            | "year"
            | "years"
            | "hours"
            | "hour"
    )
}

pub(crate) fn is_month(w: &str) -> bool {
    MONTH_NAMES.contains(&w) || MONTH_ABBREVIATIONS.contains(&w)
}

/// A month abbreviation as written before its dot (`Jan`, `Sept`): capitalised, the
/// rest lower case.
pub(crate) fn is_capitalised_month_abbreviation(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.all(|c| c.is_ascii_lowercase())
        && MONTH_ABBREVIATIONS.contains(&w.to_ascii_lowercase().as_str())
}

/// A day of the week, lower case.
pub(crate) fn is_weekday(w: &str) -> bool {
    WEEKDAYS.contains(&w)
}

/// Past participles of a manner of killing that tells a death with `to death` ("were
/// stabbed to death", "was beaten to death").
pub(crate) fn is_to_death_participle(w: &str) -> bool {
    matches!(
        w,
        "stabbed" | "beaten" | "burned" | "burnt" | "hacked" | "stoned" | "tortured" | "crushed"
    )
}

/// The same verbs as the active past a count follows ("stabbed to death three people",
/// "beat a student to death"), with the ones the participle reading does not take.
// FIXME: `bludgeoned`, `clubbed` and `shot` are participles too, but the subject
// pattern reads only [`is_to_death_participle`] before `to death`, so "two men were
// clubbed to death" gives no claim (pinned in tests/patterns.rs, `known_gaps`).
pub(crate) fn is_to_death_verb(w: &str) -> bool {
    // The present participles are the summaries' "…, beating him to death"; they count
    // only with "to death" after their object, so "burning 20 homes" is no killing.
    is_to_death_participle(w)
        || matches!(
            w,
            "beat"
                | "bludgeoned"
                | "clubbed"
                | "shot"
                | "beating"
                | "stabbing"
                | "hacking"
                | "stoning"
                | "burning"
                | "clubbing"
                | "bludgeoning"
        )
}

/// Singular nouns naming one person, so that "a"/"the" before them counts one.
pub(crate) fn is_singular_person(w: &str) -> bool {
    matches!(
        w,
        "man"
            | "woman"
            | "boy"
            | "girl"
            | "child"
            | "baby"
            | "infant"
            | "teenager"
            | "youth"
            | "person"
            | "civilian"
            | "soldier"
            | "policeman"
            | "policewoman"
            | "officer"
            | "guard"
            | "farmer"
            | "trader"
            | "merchant"
            | "shopkeeper"
            | "driver"
            | "teacher"
            | "student"
            | "pupil"
            | "journalist"
            | "reporter"
            | "photographer"
            | "doctor"
            | "nurse"
            | "worker"
            | "employee"
            | "official"
            | "leader"
            | "chief"
            | "commander"
            | "councillor"
            | "councilor"
            | "mayor"
            | "judge"
            | "lawyer"
            | "activist"
            | "priest"
            | "imam"
            | "cleric"
            | "pastor"
            | "monk"
            | "villager"
            | "resident"
            | "herder"
            | "herdsman"
            | "fisherman"
            | "passenger"
            | "pedestrian"
            | "bystander"
            | "passer-by"
            | "thief"
            | "robber"
            | "prisoner"
            | "detainee"
            | "hostage"
            | "fighter"
            | "militiaman"
            | "member"
            | "militant"
            | "insurgent"
            | "rebel"
            | "gunman"
            | "attacker"
            | "assailant"
            | "bomber"
            | "perpetrator"
            | "suspect"
            | "contractor"
            | "volunteer"
            | "politician"
            | "candidate"
            | "lawmaker"
            | "legislator"
            | "mp"
            | "senator"
            | "governor"
            | "minister"
            | "businessman"
            | "businesswoman"
            | "engineer"
            | "pilot"
            | "sailor"
            | "marine"
            | "sergeant"
            | "captain"
            | "lieutenant"
            | "colonel"
            | "general"
            | "major"
            | "paramedic"
            | "medic"
            | "ranger"
            | "gendarme"
            | "constable"
            | "security"
            | "vigilante"
            | "chairman"
            | "elder"
            | "chieftain"
            | "pilgrim"
            | "worshipper"
            | "tourist"
            | "foreigner"
            | "national"
            | "refugee"
            | "migrant"
            | "motorist"
            | "motorcyclist"
            | "taxi"
            | "victim"
            | "trooper"
            | "serviceman"
            | "servicewoman"
            | "agent"
            | "informant"
            | "translator"
            | "interpreter"
            | "aid"
            | "staffer"
            | "husband"
            | "wife"
            | "son"
            | "daughter"
            | "father"
            | "mother"
            | "brother"
            | "sister"
            | "relative"
            | "cousin"
            | "nephew"
            | "uncle"
            | "girlfriend"
            | "boyfriend"
            | "neighbour"
            | "neighbor"
            | "chef"
            | "cook"
            | "shepherd"
            | "mechanic"
            | "tailor"
            | "barber"
            | "vendor"
            | "hawker"
            | "peasant"
            | "labourer"
            | "laborer"
            | "miner"
            | "porter"
            | "witness"
            | "bodyguard"
            | "peacekeeper"
            | "settler"
            | "blogger"
            | "commuter"
            | "shopper"
            | "customer"
            | "guest"
            | "patient"
            | "inmate"
            | "protester"
            | "protestor"
            | "demonstrator"
            | "combatant"
            | "guerrilla"
            | "smuggler"
            | "poacher"
            | "spokesman"
            | "spokeswoman"
            | "diplomat"
            | "ambassador"
            | "consul"
            | "envoy"
            | "headman"
            | "deputy"
            | "crewman"
            | "seaman"
            | "fireman"
            | "firefighter"
            | "rescuer"
            | "physician"
            | "surgeon"
            | "dentist"
            | "pharmacist"
            | "professor"
            | "lecturer"
            | "principal"
            | "headmaster"
            | "scholar"
            | "missionary"
            | "nun"
            | "bishop"
            | "deacon"
            | "rabbi"
            | "preacher"
            | "muezzin"
            | "civil"
            | "servant"
            | "clerk"
            | "accountant"
            | "banker"
            | "jeweller"
            | "trucker"
            | "cyclist"
            | "rider"
            | "hunter"
            | "grandmother"
            | "grandfather"
            | "grandson"
            | "granddaughter"
            | "toddler"
            | "newborn"
            | "adolescent"
            | "schoolboy"
            | "schoolgirl"
            | "widow"
            | "youngster"
            | "individual"
            | "fugitive"
            | "convict"
            | "prison"
            | "warden"
            | "jailer"
            | "gunner"
            | "private"
            | "corporal"
            | "conscript"
            | "recruit"
            | "cadet"
            | "commando"
            | "paratrooper"
            | "reservist"
            | "veteran"
            // The people of a vehicle or a house: "the four occupants", "the owner and
            // his son", "the landlord and two of his tenants".
            | "occupant"
            | "owner"
            | "landlord"
            | "tenant"
            | "baker"
            | "assistant"
            | "groom"
            | "bride"
    )
}

/// A noun naming people, singular or plural ("soldier", "soldiers", "policemen",
/// "children", "people").
pub(crate) fn is_person_noun(w: &str) -> bool {
    if is_singular_person(w) || is_perpetrator(w) {
        return true;
    }
    if matches!(
        w,
        "people"
            | "persons"
            | "men"
            | "women"
            | "children"
            | "police"
            | "troops"
            | "forces"
            | "personnel"
            | "staff"
            | "crew"
            | "family"
            | "families"
            | "households"
            | "others"
            | "civilians"
            | "residents"
            | "villagers"
            | "members"
            | "relatives"
            | "youths"
            | "fighters"
            | "worshippers"
            | "pilgrims"
            | "passengers"
            | "hostages"
            | "detainees"
            | "prisoners"
            | "refugees"
            | "migrants"
            | "iraqis"
            | "iranians"
            | "israelis"
            | "palestinians"
            | "afghans"
            | "syrians"
            | "americans"
            | "muslims"
            | "christians"
            | "kurds"
            | "peacekeepers"
            | "guards"
    ) {
        return true;
    }
    if let Some(stem) = w.strip_suffix("men") {
        return is_singular_person(&format!("{stem}man"));
    }
    if let Some(stem) = w.strip_suffix("ies") {
        return is_singular_person(&format!("{stem}y"));
    }
    if let Some(stem) = w.strip_suffix("es")
        && is_singular_person(stem)
    {
        return true;
    }
    w.strip_suffix('s').is_some_and(is_singular_person)
}

/// Words that end a clause's subject when walking left from a participle.
pub(crate) fn is_clause_break(w: &str) -> bool {
    matches!(
        w,
        "," | ";"
            | ":"
            | "."
            | "("
            | ")"
            | "\""
            | "“"
            | "”"
            | "and"
            | "but"
            | "while"
            | "when"
            | "after"
            | "as"
            | "that"
            | "which"
            | "who"
            | "where"
            | "said"
            | "says"
            | "before"
            | "if"
            | "because"
            | "since"
            | "—"
            | "–"
    )
}

/// Cues that a sentence is about a protest, ceremony or reaction to a death rather
/// than the death itself.
pub(crate) fn is_reaction_cue(w: &str) -> bool {
    matches!(
        w,
        "protest"
            | "protested"
            | "protesting"
            | "protests"
            | "protesters"
            | "protestors"
            | "demonstrated"
            | "demonstration"
            | "demonstrations"
            | "demonstrators"
            | "rally"
            | "rallied"
            | "rallies"
            | "marched"
            | "vigil"
            | "vigils"
            | "funeral"
            | "funerals"
            | "mourn"
            | "mourned"
            | "mourners"
            | "mourning"
            | "commemorate"
            | "commemorated"
            | "commemorating"
            | "commemoration"
            | "anniversary"
            | "memorial"
            | "ceremony"
            | "ceremonies"
            | "buried"
            | "burial"
            | "tribute"
            | "tributes"
            | "honour"
            | "honor"
            | "trial"
            | "sentenced"
            | "convicted"
            | "compensation"
    )
}

/// Subjects that never stand for a counted person.
pub(crate) fn is_non_subject(w: &str) -> bool {
    matches!(
        w,
        "anyone"
            | "anybody"
            | "nobody"
            | "none"
            | "everyone"
            | "it"
            | "this"
            | "that"
            | "which"
            | "what"
            | "whether"
            | "there"
            | "they"
            | "we"
            | "you"
            | "i"
            | "who"
            | "whom"
            | "those"
            | "these"
            | "all"
    )
}

/// Security forces: soldiers, police, guards.
pub(crate) const SECURITY: u8 = 1;
/// Armed groups other than the state's: rebels, militants, militiamen, fighters.
pub(crate) const ARMED: u8 = 2;
/// Civilians: villagers, passengers, farmers, workers.
pub(crate) const CIVILIAN: u8 = 4;

/// The side a person noun names (plural or singular), 0 for words that name anyone
/// ("people", "victims", "persons").
pub(crate) fn side_of_word(w: &str) -> u8 {
    let w = w.strip_suffix('s').unwrap_or(w);
    match w {
        "soldier" | "troop" | "trooper" | "police" | "policemen" | "policeman" | "officer"
        | "guard" | "guardsmen" | "ranger" | "gendarme" | "servicemen" | "serviceman"
        | "marine" | "recruit" | "conscript" | "commando" | "sailor" | "airmen" => SECURITY,
        "militant" | "rebel" | "insurgent" | "fighter" | "militiamen" | "militiaman"
        | "militia" | "combatant" | "gunmen" | "gunman" | "attacker" | "assailant" | "jihadist"
        | "bandit" | "guerrilla" | "guerilla" => ARMED,
        "civilian" | "villager" | "resident" | "farmer" | "passenger" | "worshipper"
        | "student" | "pupil" | "children" | "child" | "women" | "woman" | "shopper"
        | "pilgrim" | "trader" | "worker" | "miner" | "herder" | "teacher" | "nurse" | "doctor"
        | "patient" | "journalist" | "shepherd" | "fishermen" | "fisherman"
        // Protesters are civilians to the coders (round 5).
        | "protester" | "demonstrator" => CIVILIAN,
        _ => 0,
    }
}
