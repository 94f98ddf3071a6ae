//! The questions of "Pourquoi le mode produit ?", as data. The order is part of the
//! wizard's link format: append new questions, never reorder or remove one.

/// A question, its possible answers, and why it is asked.
pub struct Question {
    pub text: &'static str,
    pub why: &'static str,
    pub answers: &'static [&'static str],
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
        text: "Qui porte la politique publique que ce produit sert ?",
        why: "Le mode produit repose sur un binôme : quelqu'un doit porter la politique publique, face à celui qui porte le produit numérique.",
        answers: &[
            "Une direction métier, avec une personne identifiée",
            "La DNUM elle-même : le produit est fait par et pour la DNUM",
            "Personne n'est encore nommé",
        ],
    },
    Question {
        text: "Quelle part de son temps le porteur métier peut-il donner au produit ?",
        why: "Les guides produit de l'administration demandent au porteur métier au moins 60 % de son temps.",
        answers: &[
            "60 % ou plus",
            "Entre 20 et 60 %",
            "Moins de 20 %, ou on ne sait pas",
            "Sans objet : le produit est porté par la DNUM",
        ],
    },
    Question {
        text: "Un sponsor de niveau directeur soutient-il le produit ?",
        why: "Le sponsor protège l'équipe et décide tous les six mois de poursuivre ou d'arrêter.",
        answers: &[
            "Oui, et il décide régulièrement de poursuivre ou d'arrêter",
            "Oui, mais seulement au lancement",
            "Non",
        ],
    },
    Question {
        text: "De quoi s'agit-il ?",
        why: "Le mode produit vise un impact utile et durable : une réalisation ponctuelle ou un service qui existe déjà n'en ont pas toujours besoin.",
        answers: &[
            "Un service numérique pour des usagers ou des agents, appelé à évoluer",
            "Une réalisation ponctuelle, bien spécifiée, sans suite prévue",
            "Un besoin qu'un service commun existant couvre déjà",
            "On ne sait pas encore bien",
        ],
    },
    Question {
        text: "Les objectifs et les indicateurs du produit sont-ils écrits et partagés ?",
        why: "Le guide le dit : un non-alignement sur les objectifs peut mener à des dépenses sans atterrissage.",
        answers: &[
            "Oui : écrits, partagés et suivis",
            "Écrits, mais peu partagés ou peu suivis",
            "Non",
        ],
    },
    Question {
        text: "Ces six derniers mois, combien de fois le périmètre ou les priorités ont-ils été renégociés ?",
        why: "Un réalignement constant est le premier symptôme que le guide veut éviter.",
        answers: &[
            "Jamais, ou une fois",
            "Deux ou trois fois",
            "Sans cesse",
            "Le travail n'a pas encore commencé",
        ],
    },
    Question {
        text: "De quelles expertises l'équipe dispose-t-elle, ou sur lesquelles peut-elle s'appuyer ?",
        why: "Une meilleure conception vient d'équipes dotées de toutes les expertises, ou appuyées par des experts internes.",
        answers: &[
            "Toutes : recherche utilisateur, design, architecture, urbanisation, briques communes",
            "Une partie seulement",
            "Presque aucune : surtout du développement, souvent chez un prestataire",
        ],
    },
    Question {
        text: "Qui échange chaque jour avec les développeurs, écrit les user stories, priorise le backlog et fait la recette ?",
        why: "Piloter le delivery au quotidien est le cœur du rôle de co-chef de produit DNUM.",
        answers: &[
            "Une personne identifiée, côté DNUM",
            "Une personne identifiée, côté métier",
            "Cela dépend des jours, ou le prestataire s'en charge",
            "Personne clairement",
        ],
    },
    Question {
        text: "RGAA, RGS, RGPD, homologation et RGESN ont-ils un responsable et une place dans la feuille de route ?",
        why: "Ces sujets réglementaires et de qualité sont à piloter ; le guide les confie au chef de produit DNUM.",
        answers: &["Oui, tous", "Certains seulement", "Non, ou on ne sait pas"],
    },
    Question {
        text: "Quelle charge représentent les rituels et les comités ?",
        why: "Le guide pose la question : comment réduire la charge de la comitologie ?",
        answers: &[
            "Légère : des rituels courts et utiles",
            "Lourde : beaucoup de comités, de préparation et de comptes rendus",
            "Il n'y a pas de rituel régulier",
        ],
    },
    Question {
        text: "Le suivi des devis, le support utilisateur, le déploiement et la communication ont-ils chacun un porteur ?",
        why: "Le guide liste ces tâches sans les attribuer : elles tombent souvent entre deux chaises.",
        answers: &["Oui, chacune", "En partie", "Non"],
    },
    Question {
        text: "À quelle étape de sa vie en est le produit ?",
        why: "Un produit passe par l'idée, le prototype, la première version, la construction, la généralisation, puis l'arrêt ; les besoins changent à chaque étape.",
        answers: &[
            "Idée ou prototype",
            "Première version ou construction",
            "Généralisation",
            "Un arrêt est envisagé",
        ],
    },
];
