//! The ways product mode differs from project mode, as data, and the answers that make
//! each matter here.

use super::questions::a::{deadline, need, objectives, sponsor, stage, users};
use super::questions::q;
use super::rules::{when, When};
use crate::domain::lang::{t, Text};

/// A way product mode differs from project mode, and when it matters here.
pub struct ContrastRule {
    /// Applies when any of these holds.
    pub when_any: &'static [When],
    pub project: Text,
    pub product: Text,
}

pub const CONTRAST_RULES: &[ContrastRule] = &[
    ContrastRule {
        when_any: &[when(
            q::OBJECTIVES,
            &[objectives::PARTLY, objectives::MISSING],
        )],
        project: t("livrer ce qui était prévu", "delivering what was planned"),
        product: t(
            "viser un effet utile, et le mesurer",
            "aiming at a useful effect, and measuring it",
        ),
    },
    ContrastRule {
        when_any: &[
            when(q::SPONSOR, &[sponsor::LAUNCH_ONLY, sponsor::NONE]),
            when(q::STAGE, &[stage::BUILDING, stage::IN_USE]),
        ],
        project: t(
            "une équipe jusqu’à une date de fin",
            "a team until an end date",
        ),
        product: t(
            "une équipe durable, tant que le service est utile",
            "a lasting team, as long as the service is useful",
        ),
    },
    ContrastRule {
        when_any: &[
            when(q::NEED, &[need::DONT_KNOW]),
            when(q::STAGE, &[stage::IDEA]),
            when(q::DEADLINE, &[deadline::DATE_AND_SCOPE]),
        ],
        project: t("tout concevoir au départ", "designing everything up front"),
        product: t(
            "des versions successives, essayées par les usagers",
            "successive versions, tried by users",
        ),
    },
    ContrastRule {
        when_any: &[
            when(q::OBJECTIVES, &[objectives::PARTLY, objectives::MISSING]),
            when(q::STAGE, &[stage::IN_USE, stage::STOPPING]),
        ],
        project: t(
            "réussir, c’est tenir le périmètre, le délai et le budget",
            "success is meeting scope, time and budget",
        ),
        product: t("réussir, c’est un usage réel", "success is real use"),
    },
    ContrastRule {
        when_any: &[when(q::USERS, &[users::INTERMEDIARIES, users::NOT_YET])],
        project: t(
            "recueillir les besoins une fois, au début",
            "gathering the needs once, at the start",
        ),
        product: t(
            "rencontrer les usagers à chaque version",
            "meeting users at each version",
        ),
    },
    ContrastRule {
        when_any: &[when(q::DEADLINE, &[deadline::DATE_ONLY])],
        project: t("tout livrer à la date", "delivering everything on the date"),
        product: t(
            "une première version utile à la date, puis des améliorations",
            "a first useful version on the date, then improvements",
        ),
    },
];
