//! The words the wizard's tables are written in: conditions on answers, who does a step,
//! where an argument comes from, the set-ups, the changes to the split. The tables: which
//! set-up to recommend (`setups.rs`), the conditions it depends on (`conditions.rs`), the
//! risks the answers reveal (`risks.rs`), the questions to keep asking (`asks.rs`), the
//! project-versus-product contrasts (`contrasts.rs`). Change the content in the tables;
//! `reasoning.rs` only reads them.

use crate::domain::lang::{t, Text};
use crate::domain::Level;

/// Stands for "not answered" in a condition and in [`super::Answered`].
pub const UNANSWERED: u8 = u8::MAX;

/// A condition: `question` was answered with one of `answers` (indices; [`UNANSWERED`]
/// matches a question left without an answer).
pub struct When {
    pub question: usize,
    pub answers: &'static [u8],
}

pub const fn when(question: usize, answers: &'static [u8]) -> When {
    When { question, answers }
}

/// Who does a step, or asks a question to keep asking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Who {
    /// The person answering, when the business side carries the service.
    BusinessOwner,
    DnumProductManager,
    Sponsor,
    /// The digital directorate, which staffs the team.
    Dnum,
    /// The business owner and the DNUM product manager together.
    Pair,
}

impl Who {
    pub const ALL: [Who; 5] = [
        Who::BusinessOwner,
        Who::DnumProductManager,
        Who::Sponsor,
        Who::Dnum,
        Who::Pair,
    ];

    /// Who does a step, as the result names them for a set-up: when the DNUM carries the
    /// product, its product manager is the reader (and works with the user teams, not a
    /// business owner); while the owner is still to be named, and without product mode,
    /// the reader is the business directorate.
    pub fn label(self, set_up: SetUp) -> Text {
        match (self, set_up) {
            (Who::DnumProductManager | Who::BusinessOwner, SetUp::DnumProduct) => t(
                "Vous, chef de produit DNUM",
                "You, the DNUM product manager",
            ),
            (Who::Pair, SetUp::DnumProduct) => t(
                "Vous et les équipes qui utiliseront le service",
                "You and the teams who will use the service",
            ),
            (
                Who::BusinessOwner,
                SetUp::NameOwnersFirst | SetUp::NotNowOneOff | SetUp::NotNowCommonService,
            ) => t("Vous, direction métier", "You, the business directorate"),
            (Who::Pair, SetUp::NameOwnersFirst) => t("Vous et la DNUM", "You and the DNUM"),
            (Who::BusinessOwner, _) => t("Vous, porteur métier", "You, the business owner"),
            (Who::DnumProductManager, _) => {
                t("Le co-chef de produit DNUM", "The DNUM product manager")
            }
            (Who::Sponsor, _) => t("Le sponsor", "The sponsor"),
            (Who::Dnum, _) => t(
                "La direction du numérique (DNUM)",
                "The digital directorate (DNUM)",
            ),
            (Who::Pair, _) => t(
                "Vous et le co-chef de produit DNUM",
                "You and the DNUM product manager",
            ),
        }
    }
}

/// One concrete thing to do, and who does it. The text is an instruction (French: an
/// infinitive), read after "<who> : ".
pub struct Step {
    pub who: Who,
    pub text: Text,
}

pub const fn step(who: Who, fr: &'static str, en: &'static str) -> Step {
    Step {
        who,
        text: t(fr, en),
    }
}

/// Where an argument comes from: the guide's pages, or the public doctrine of French
/// public digital products.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    GuideTable,
    GuideWhy,
    GuideOtherTasks,
    GuideDnumRole,
    BusinessRole,
    BetaInvestigation,
    BetaConstruction,
    BetaCommittee,
    BetaIntrapreneur,
    BetaTeam,
    BetaUsers,
    Standards,
}

impl Source {
    pub const ALL: [Source; 12] = [
        Source::GuideTable,
        Source::GuideWhy,
        Source::GuideOtherTasks,
        Source::GuideDnumRole,
        Source::BusinessRole,
        Source::BetaInvestigation,
        Source::BetaConstruction,
        Source::BetaCommittee,
        Source::BetaIntrapreneur,
        Source::BetaTeam,
        Source::BetaUsers,
        Source::Standards,
    ];

    /// The source line, read after "Source : ".
    pub fn text(self) -> Text {
        match self {
            Source::GuideTable => t("Guide DNUM, page «\u{a0}Chefferie produit\u{a0}»\u{a0}: le tableau des responsabilités", "DNUM guide, page \u{201c}Chefferie produit\u{201d}: the table of responsibilities"),
            Source::GuideWhy => t("Guide DNUM, page «\u{a0}Chefferie produit\u{a0}»\u{a0}: pourquoi le mode produit", "DNUM guide, page \u{201c}Chefferie produit\u{201d}: why product mode"),
            Source::GuideOtherTasks => t("Guide DNUM, page «\u{a0}Chefferie produit\u{a0}»\u{a0}: les autres tâches liées à la réussite du produit", "DNUM guide, page \u{201c}Chefferie produit\u{201d}: the other tasks the product's success depends on"),
            Source::GuideDnumRole => t("Guide DNUM, page «\u{a0}Co-chef de produit (DNUM)\u{a0}»", "DNUM guide, page \u{201c}Co-chef de produit (DNUM)\u{201d}"),
            Source::BusinessRole => t("Fiche «\u{a0}Chef de produit métier\u{a0}» de Binôme, d’après le guide", "Binôme's \u{201c}Business product owner\u{201d} card, after the guide"),
            Source::BetaInvestigation => t("Doctrine beta.gouv.fr (DINUM)\u{a0}: la phase d’investigation", "beta.gouv.fr doctrine (DINUM): the investigation phase"),
            Source::BetaConstruction => t("Doctrine beta.gouv.fr (DINUM)\u{a0}: la phase de construction, une première version utile améliorée en continu", "beta.gouv.fr doctrine (DINUM): the construction phase, a first useful version improved continuously"),
            Source::BetaCommittee => t("Doctrine beta.gouv.fr (DINUM)\u{a0}: le comité d’investissement, qui décide à chaque fin de phase de continuer ou d’arrêter", "beta.gouv.fr doctrine (DINUM): the investment committee, which decides at the end of each phase to go on or stop"),
            Source::BetaIntrapreneur => t("Doctrine beta.gouv.fr (DINUM)\u{a0}: l’intrapreneur, l’agent qui porte le service au sein de l’administration", "beta.gouv.fr doctrine (DINUM): the intrapreneur, the civil servant who carries the service within the administration"),
            Source::BetaTeam => t("Doctrine beta.gouv.fr (DINUM)\u{a0}: une petite équipe autonome et pluridisciplinaire", "beta.gouv.fr doctrine (DINUM): a small, autonomous, multidisciplinary team"),
            Source::BetaUsers => t("Doctrine beta.gouv.fr (DINUM)\u{a0}: partir du problème des usagers, pas d’une solution", "beta.gouv.fr doctrine (DINUM): start from the users' problem, not from a solution"),
            Source::Standards => t("Référentiels de l’État\u{a0}: RGAA (accessibilité, loi du 11\u{a0}février 2005, article\u{a0}47), RGS et homologation de sécurité, RGPD, RGESN", "State standards: RGAA (accessibility, law of 11 February 2005, article 47), RGS and security accreditation, GDPR, RGESN"),
        }
    }
}

/// The product set-ups the wizard can recommend.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetUp {
    /// The guide's table: a business product owner and a DNUM product manager.
    CoProduct,
    /// A product made by and for the DNUM, carried by its product manager alone.
    DnumProduct,
    /// Nobody really carries the policy: name a business owner and a sponsor first.
    NameOwnersFirst,
    /// Not product mode now: a well-specified one-off is a project.
    NotNowOneOff,
    /// Not product mode now: an existing common service already fits.
    NotNowCommonService,
}

impl SetUp {
    pub const ALL: [SetUp; 5] = [
        SetUp::CoProduct,
        SetUp::DnumProduct,
        SetUp::NameOwnersFirst,
        SetUp::NotNowOneOff,
        SetUp::NotNowCommonService,
    ];

    /// Read after "Recommandation : ".
    pub fn title(self) -> Text {
        match self {
            SetUp::CoProduct => t(
                "un binôme, chef de produit métier et co-chef de produit DNUM",
                "a pair, a business product owner and a DNUM product manager",
            ),
            SetUp::DnumProduct => t(
                "un produit porté entièrement par la DNUM",
                "a product owned entirely by the DNUM",
            ),
            SetUp::NameOwnersFirst => t(
                "nommer d’abord un porteur métier et un sponsor",
                "name a business owner and a sponsor first",
            ),
            SetUp::NotNowOneOff => t(
                "pas le mode produit maintenant\u{a0}: le mode projet suffit pour cette réalisation ponctuelle",
                "not product mode now: project mode is enough for this one-off job",
            ),
            SetUp::NotNowCommonService => t(
                "pas le mode produit maintenant\u{a0}: adopter le service commun qui existe déjà",
                "not product mode now: adopt the common service that already exists",
            ),
        }
    }

    /// Whether the set-up is product mode at all.
    pub fn is_product_mode(self) -> bool {
        !matches!(self, SetUp::NotNowOneOff | SetUp::NotNowCommonService)
    }

    /// The title of a group of questions to keep asking, by who asks them.
    pub fn group_title(self, asker: Who) -> Text {
        match (asker, self) {
            (Who::DnumProductManager, SetUp::DnumProduct) => t(
                "Pour vous, chef de produit DNUM",
                "For you, the DNUM product manager",
            ),
            (Who::DnumProductManager, _) => t(
                "Pour le co-chef de produit DNUM",
                "For the DNUM product manager",
            ),
            (Who::Sponsor, _) => t("Pour le sponsor", "For the sponsor"),
            (_, SetUp::NameOwnersFirst) => t(
                "Pour le futur porteur métier",
                "For the future business owner",
            ),
            _ => t("Pour vous, porteur métier", "For you, the business owner"),
        }
    }

    /// Who asks a question to keep asking, in this set-up: when the DNUM carries the
    /// product, its product manager asks the business owner's questions too.
    pub fn asker(self, asker: Who) -> Who {
        match (asker, self) {
            (Who::BusinessOwner, SetUp::DnumProduct) => Who::DnumProductManager,
            _ => asker,
        }
    }
}

/// Which side of the pair a cell adjustment is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Business,
    Dnum,
}

/// A change to the starting split.
pub enum Adjustment {
    /// Sets the cell of a row of the guide's table for one side.
    Cell {
        row: GuideRow,
        side: Side,
        level: Level,
        note: Text,
    },
    /// Adds a sponsor and the go / stop decision at the end of each stage.
    SponsorDecision,
}

/// A row of the guide's table, by its place (its label depends on the language).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GuideRow {
    pub group: usize,
    pub row: usize,
}

pub const VISION: GuideRow = GuideRow { group: 0, row: 0 };
pub const OBJECTIVES: GuideRow = GuideRow { group: 0, row: 1 };
pub const DESIGN: GuideRow = GuideRow { group: 0, row: 2 };
pub const DELIVERY: GuideRow = GuideRow { group: 0, row: 3 };
pub const REGULATORY: GuideRow = GuideRow { group: 0, row: 4 };
pub const RITUALS: GuideRow = GuideRow { group: 0, row: 5 };
pub const QUOTES: GuideRow = GuideRow { group: 1, row: 0 };
pub const SUPPORT: GuideRow = GuideRow { group: 1, row: 1 };
pub const BIZDEV: GuideRow = GuideRow { group: 1, row: 2 };
pub const COMMITTEES: GuideRow = GuideRow { group: 1, row: 3 };

pub const fn cell(
    row: GuideRow,
    side: Side,
    level: Level,
    fr: &'static str,
    en: &'static str,
) -> Adjustment {
    Adjustment::Cell {
        row,
        side,
        level,
        note: t(fr, en),
    }
}
