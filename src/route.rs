//! Which view the address shows. Views live in the query (`?vue=repartition`) so that
//! any static host serves every view from the one `index.html`.

/// The views of the app.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    #[default]
    Home,
    Builder,
    Wizard,
    Privacy,
    Accessibility,
    Glossary,
    /// Giving one's opinion on a request (opened from its link).
    GiveOpinion,
    /// The opinions gathered, and where the team agrees.
    Opinions,
}

impl View {
    /// The `vue` parameter of this view (none for the home page).
    pub fn slug(self) -> Option<&'static str> {
        match self {
            View::Home => None,
            View::Builder => Some("repartition"),
            View::Wizard => Some("pourquoi"),
            View::Privacy => Some("donnees"),
            View::Accessibility => Some("accessibilite"),
            View::Glossary => Some("lexique"),
            View::GiveOpinion => Some("avis"),
            View::Opinions => Some("avis-recus"),
        }
    }

    /// The query string that shows this view.
    pub fn query(self) -> String {
        self.slug().map(|s| format!("vue={s}")).unwrap_or_default()
    }

    /// The view a query string asks for; unknown views show the home page.
    pub fn from_query(query: &str) -> View {
        let wanted = query
            .trim_start_matches('?')
            .split('&')
            .find_map(|pair| pair.strip_prefix("vue="));
        [
            View::Builder,
            View::Wizard,
            View::Privacy,
            View::Accessibility,
            View::Glossary,
            View::GiveOpinion,
            View::Opinions,
        ]
        .into_iter()
        .find(|v| v.slug() == wanted)
        .unwrap_or_default()
    }
}

/// The `mode=atelier` parameter that opens the builder in workshop mode.
pub const WORKSHOP_PARAM: &str = "mode=atelier";

/// Whether a query asks for workshop mode.
pub fn in_workshop(query: &str) -> bool {
    query
        .trim_start_matches('?')
        .split('&')
        .any(|pair| pair == WORKSHOP_PARAM)
}

/// The query once workshop mode is left: without its parameter, so that a reload stays out
/// of the mode, and still on the builder (`?mode=atelier` alone opens it).
pub fn without_workshop(query: &str) -> String {
    let mut pairs: Vec<&str> = query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty() && *pair != WORKSHOP_PARAM)
        .collect();
    let builder = View::Builder.query();
    if View::from_query(&pairs.join("&")) != View::Builder {
        pairs.insert(0, &builder);
    }
    pairs.join("&")
}

/// The same query in workshop mode: a reload stays in it.
pub fn with_workshop(query: &str) -> String {
    if in_workshop(query) {
        return query.trim_start_matches('?').to_owned();
    }
    let mut query = without_workshop(query);
    query.push('&');
    query.push_str(WORKSHOP_PARAM);
    query
}

#[cfg(test)]
mod tests {
    use super::{in_workshop, with_workshop, without_workshop, View};

    #[test]
    fn entering_workshop_mode_puts_it_in_the_query() {
        assert_eq!(
            with_workshop("?vue=repartition"),
            "vue=repartition&mode=atelier"
        );
        assert_eq!(
            with_workshop("vue=repartition&lang=en"),
            "vue=repartition&lang=en&mode=atelier"
        );
        assert_eq!(with_workshop(""), "vue=repartition&mode=atelier");
        assert_eq!(
            with_workshop("vue=repartition&mode=atelier"),
            "vue=repartition&mode=atelier"
        );
    }

    #[test]
    fn leaving_workshop_mode_drops_only_its_parameter() {
        assert!(in_workshop("?vue=repartition&mode=atelier"));
        assert!(in_workshop("mode=atelier"));
        assert!(!in_workshop("vue=repartition&mode=atelierx"));
        assert_eq!(
            without_workshop("?vue=repartition&mode=atelier"),
            "vue=repartition"
        );
        assert_eq!(
            without_workshop("mode=atelier&vue=repartition&lang=en"),
            "vue=repartition&lang=en"
        );
        assert_eq!(without_workshop("vue=repartition"), "vue=repartition");
        assert_eq!(without_workshop("?mode=atelier"), "vue=repartition");
        assert_eq!(
            without_workshop("lang=en&mode=atelier"),
            "vue=repartition&lang=en"
        );
    }

    #[test]
    fn views_round_trip_through_the_query() {
        for view in [
            View::Home,
            View::Builder,
            View::Wizard,
            View::Privacy,
            View::Accessibility,
            View::Glossary,
            View::GiveOpinion,
            View::Opinions,
        ] {
            assert_eq!(View::from_query(&view.query()), view);
        }
        assert_eq!(View::from_query("?lang=fr&vue=repartition"), View::Builder);
        assert_eq!(View::from_query("vue=inconnue"), View::Home);
        assert_eq!(View::from_query(""), View::Home);
    }
}
