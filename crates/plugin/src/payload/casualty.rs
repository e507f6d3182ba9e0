//! The `casualty` claim: who was killed, hurt, taken or displaced, and how many.

use serde::{Deserialize, Serialize};

/// What happened to the people counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CasualtyCategory {
    /// Killed, dead, died.
    Killed,
    /// Injured, wounded, hurt.
    Injured,
    /// Missing.
    Missing,
    /// Abducted, kidnapped, taken hostage.
    Abducted,
    /// Arrested, detained.
    Arrested,
    /// Displaced, fled their homes.
    Displaced,
    /// "Casualties" when the text does not split killed and injured.
    Casualties,
}

/// Whether the people counted were victims or the perpetrators of the violence.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Victims (the default).
    #[default]
    Victims,
    /// The attackers themselves ("the bomber", "three assailants").
    Perpetrators,
}

/// Whether a figure counts the people of one incident or of several together.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// The incident the sentence tells of (the default).
    #[default]
    Incident,
    /// Several related incidents together ("across both attacks", "in the three related
    /// attacks"): a total, not one incident's figure.
    Aggregate,
}

impl Scope {
    /// True for one incident's figure (the default, which is not written out).
    pub fn is_incident(&self) -> bool {
        *self == Scope::Incident
    }
}

/// A count as the text gives it, with the value a coder would record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Count {
    /// Lowest number the text allows.
    pub min: u64,
    /// Highest number the text allows; `None` when open ("at least 16").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<u64>,
    /// The figure a conflict coder records (ACLED/GTD conventions: "at least 16" is 16,
    /// "dozens" is 12).
    pub value: u64,
    /// True when the text states the number exactly.
    pub exact: bool,
    /// Qualifying words as written: "at least", "more than", "up to", "nearly", "about".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<String>,
    /// A vague quantity word as written: "dozens", "several", "scores".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vague: Option<String>,
}

impl Count {
    /// An exact count.
    pub fn exact(n: u64) -> Self {
        Count {
            min: n,
            max: Some(n),
            value: n,
            exact: true,
            qualifier: None,
            vague: None,
        }
    }
}

/// One addend of a summed count ("one civilian and six assailants were killed").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CasualtyPart {
    /// The addend.
    pub count: Count,
    /// Who it counts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// Victims or perpetrators.
    #[serde(default)]
    pub role: Role,
}

/// A casualty count claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Casualty {
    /// What happened to them.
    pub category: CasualtyCategory,
    /// How many.
    pub count: Count,
    /// Victims or perpetrators.
    #[serde(default)]
    pub role: Role,
    /// The victim group as written ("US soldiers", "civilians, including two children").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// The place, when the clause states it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// The attributed source ("CENTCOM", "health officials").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The addends when the count is a sum of listed groups.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<CasualtyPart>,
    /// Whether the count is one incident's or a total over several related incidents.
    /// Written out only for an aggregate, so a plugin that knows nothing of scope writes
    /// what it always did.
    #[serde(default, skip_serializing_if = "Scope::is_incident")]
    pub scope: Scope,
    /// How many incidents an aggregate count covers, when the text says ("both" is 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub incidents: Option<u32>,
}
