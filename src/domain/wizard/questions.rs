//! The questions of "Pourquoi le mode produit ?", as data. The order is part of the
//! wizard's link format: append new questions, never reorder or remove one.

use crate::domain::lang::{t, Text};

/// A question, its possible answers, and why it is asked.
pub struct Question {
    pub text: Text,
    pub why: Text,
    pub answers: &'static [Text],
}

/// Index of each question in [`QUESTIONS`], for the rules.
pub mod q {
    pub const CARRIER: usize = 0;
    pub const OWNER_TIME: usize = 1;
    pub const SPONSOR: usize = 2;
    pub const NEED: usize = 3;
    pub const OBJECTIVES: usize = 4;
    pub const REALIGNMENTS: usize = 5;
    pub const EXPERTISE: usize = 6;
    pub const DAILY: usize = 7;
    pub const REGULATORY: usize = 8;
    pub const RITUALS: usize = 9;
    pub const OTHER_TASKS: usize = 10;
    pub const STAGE: usize = 11;
}

pub const QUESTION_COUNT: usize = 12;

pub const QUESTIONS: [Question; QUESTION_COUNT] = [
    Question {
        text: t("Qui porte la politique publique que ce produit sert ?", "Who carries the public policy this product serves?"),
        why: t("Le mode produit repose sur un binôme : quelqu'un doit porter la politique publique, face à celui qui porte le produit numérique.", "Product mode rests on a pair: someone must carry the public policy, alongside whoever carries the digital product."),
        answers: &[
            t("Une direction métier, avec une personne identifiée", "A business directorate, with a named person"),
            t("La DNUM elle-même : le produit est fait par et pour la DNUM", "The DNUM itself: the product is made by and for the DNUM"),
            t("Personne n'est encore nommé", "Nobody has been named yet"),
        ],
    },
    Question {
        text: t("Quelle part de son temps le porteur métier peut-il donner au produit ?", "How much of their time can the business owner give the product?"),
        why: t("Les guides produit de l'administration demandent au porteur métier au moins 60 % de son temps.", "The administration's product guides ask at least 60 % of the business owner's time."),
        answers: &[
            t("60 % ou plus", "60 % or more"),
            t("Entre 20 et 60 %", "Between 20 and 60 %"),
            t("Moins de 20 %, ou on ne sait pas", "Less than 20 %, or unknown"),
            t("Sans objet : le produit est porté par la DNUM", "Not applicable: the DNUM owns the product"),
        ],
    },
    Question {
        text: t("Un sponsor de niveau directeur soutient-il le produit ?", "Does a sponsor at director level back the product?"),
        why: t("Le sponsor protège l'équipe et décide tous les six mois de poursuivre ou d'arrêter.", "The sponsor protects the team and decides every six months to go on or stop."),
        answers: &[
            t("Oui, et il décide régulièrement de poursuivre ou d'arrêter", "Yes, and they regularly decide to go on or stop"),
            t("Oui, mais seulement au lancement", "Yes, but only at the launch"),
            t("Non", "No"),
        ],
    },
    Question {
        text: t("De quoi s'agit-il ?", "What is it?"),
        why: t("Le mode produit vise un impact utile et durable : une réalisation ponctuelle ou un service qui existe déjà n'en ont pas toujours besoin.", "Product mode aims at a useful, lasting impact: a one-off job or a service that already exists does not always need it."),
        answers: &[
            t("Un service numérique pour des usagers ou des agents, appelé à évoluer", "A digital service for users or agents, meant to keep evolving"),
            t("Une réalisation ponctuelle, bien spécifiée, sans suite prévue", "A one-off job, well specified, with nothing planned after it"),
            t("Un besoin qu'un service commun existant couvre déjà", "A need an existing common service already covers"),
            t("On ne sait pas encore bien", "We do not really know yet"),
        ],
    },
    Question {
        text: t("Les objectifs et les indicateurs du produit sont-ils écrits et partagés ?", "Are the product's objectives and indicators written down and shared?"),
        why: t("Le guide le dit : un non-alignement sur les objectifs peut mener à des dépenses sans atterrissage.", "The guide says it: objectives that are not aligned can lead to money spent with nothing landing."),
        answers: &[
            t("Oui : écrits, partagés et suivis", "Yes: written, shared and followed"),
            t("Écrits, mais peu partagés ou peu suivis", "Written, but hardly shared or followed"),
            t("Non", "No"),
        ],
    },
    Question {
        text: t("Ces six derniers mois, combien de fois le périmètre ou les priorités ont-ils été renégociés ?", "Over the last six months, how often were the scope or priorities renegotiated?"),
        why: t("Un réalignement constant est le premier symptôme que le guide veut éviter.", "Constant realignment is the first symptom the guide wants to avoid."),
        answers: &[
            t("Jamais, ou une fois", "Never, or once"),
            t("Deux ou trois fois", "Two or three times"),
            t("Sans cesse", "All the time"),
            t("Le travail n'a pas encore commencé", "The work has not started yet"),
        ],
    },
    Question {
        text: t("De quelles expertises l'équipe dispose-t-elle, ou sur lesquelles peut-elle s'appuyer ?", "Which expertise does the team have, or can it call on?"),
        why: t("Une meilleure conception vient d'équipes dotées de toutes les expertises, ou appuyées par des experts internes.", "Better design comes from teams with every expertise, or backed by internal experts."),
        answers: &[
            t("Toutes : recherche utilisateur, design, architecture, urbanisation, briques communes", "All: user research, design, architecture, urbanisation, common building blocks"),
            t("Une partie seulement", "Only some"),
            t("Presque aucune : surtout du développement, souvent chez un prestataire", "Hardly any: mostly development, often by a contractor"),
        ],
    },
    Question {
        text: t("Qui échange chaque jour avec les développeurs, écrit les user stories, priorise le backlog et fait la recette ?", "Who talks to the developers every day, writes the user stories, prioritises the backlog and runs acceptance tests?"),
        why: t("Piloter le delivery au quotidien est le cœur du rôle de co-chef de produit DNUM.", "Leading the delivery day to day is the heart of the DNUM product manager's role."),
        answers: &[
            t("Une personne identifiée, côté DNUM", "A named person, on the DNUM side"),
            t("Une personne identifiée, côté métier", "A named person, on the business side"),
            t("Cela dépend des jours, ou le prestataire s'en charge", "It depends on the day, or the contractor does it"),
            t("Personne clairement", "Nobody clearly"),
        ],
    },
    Question {
        text: t("RGAA, RGS, RGPD, homologation et RGESN ont-ils un responsable et une place dans la feuille de route ?", "Do RGAA, RGS, GDPR, security accreditation and RGESN have an owner and a place in the roadmap?"),
        why: t("Ces sujets réglementaires et de qualité sont à piloter ; le guide les confie au chef de produit DNUM.", "These regulatory and quality topics need leading; the guide gives them to the DNUM product manager."),
        answers: &[t("Oui, tous", "Yes, all of them"), t("Certains seulement", "Only some"), t("Non, ou on ne sait pas", "No, or unknown")],
    },
    Question {
        text: t("Quelle charge représentent les rituels et les comités ?", "How heavy are the rituals and committees?"),
        why: t("Le guide pose la question : comment réduire la charge de la comitologie ?", "The guide asks: how can the load of committees be reduced?"),
        answers: &[
            t("Légère : des rituels courts et utiles", "Light: short, useful rituals"),
            t("Lourde : beaucoup de comités, de préparation et de comptes rendus", "Heavy: many committees, much preparation and many minutes"),
            t("Il n'y a pas de rituel régulier", "There is no regular ritual"),
        ],
    },
    Question {
        text: t("Le suivi des devis, le support utilisateur, le déploiement et la communication ont-ils chacun un porteur ?", "Do quote follow-up, user support, deployment and communication each have an owner?"),
        why: t("Le guide liste ces tâches sans les attribuer : elles tombent souvent entre deux chaises.", "The guide lists these tasks without assigning them: they often fall between two stools."),
        answers: &[t("Oui, chacune", "Yes, each of them"), t("En partie", "Partly"), t("Non", "No")],
    },
    Question {
        text: t("À quelle étape de sa vie en est le produit ?", "At which stage of its life is the product?"),
        why: t("Un produit passe par l'idée, le prototype, la première version, la construction, la généralisation, puis l'arrêt ; les besoins changent à chaque étape.", "A product goes through idea, prototype, first version, construction, generalisation, then stop; the needs change at every stage."),
        answers: &[
            t("Idée ou prototype", "Idea or prototype"),
            t("Première version ou construction", "First version or construction"),
            t("Généralisation", "Generalisation"),
            t("Un arrêt est envisagé", "Stopping is being considered"),
        ],
    },
];
