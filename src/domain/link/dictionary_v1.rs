//! The words splits are made of, which link format 1 deflates against: the guide's
//! tables and role texts, and the vocabulary of product teams in the administration.
//! Released with format 1: never change a byte. The most frequent words come last,
//! where back-references are cheapest.

pub const DICTIONARY: &str = concat!(
    "product owner manager business digital team users support delivery design research ",
    "budget deployment communication committee roadmap vision objectives indicators ",
    "accessibilité sécurité homologation RSSI RGAA RGS RGPD RGESN CNIL conformité légale ",
    "référentiels urbanisation architecture briques communes communs numériques ",
    "recherche utilisateur parcours utilisateurs design tests recette démos déploiements ",
    "backlog user stories US prioriser prioriser le backlog écrire les US ",
    "échanges quotidiens avec les développeurs développeur designer coach expert ",
    "data DevOps prestataire marché devis suivi budgétaire formation ",
    "agents administration ministère ",
    "direction générale service public politique publique statistiques impact mesurer ",
    "animer la communauté des utilisateurs généralisation feuille de route priorités ",
    "comitologie et préparation des réunions comité de pilotage comité d'investissement ",
    "rituels dailys organisation des rituels Animation des rituels et des comités ",
    "Autres tâches liées à la réussite du produit Suivi des devis Support utilisateur ",
    "BizDev / déploiement et communication sur le produit ",
    "Piloter les sujets règlementaires et de qualité Piloter le delivery Piloter la conception ",
    "Mener la conception Définir les objectifs et indicateurs produit ",
    "Fixer les objectifs et indicateurs produit Incarner la vision ",
    "porte la politique publique porte le produit numérique ",
    "Responsable métier Responsable produit Co-responsable ",
    "Chef de produit DNUM Chef de produit métier ",
    "responsabilités responsabilité du produit de la des les pour avec sur et ",
);
