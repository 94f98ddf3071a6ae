//! Time and randomness from the browser, for identifiers and "saved at" messages.

/// Milliseconds since the Unix epoch.
pub fn now_millis() -> f64 {
    js_sys::Date::now()
}

/// The local time as "14:05".
pub fn local_time() -> String {
    let date = js_sys::Date::new_0();
    format!("{:02}:{:02}", date.get_hours(), date.get_minutes())
}

/// Today as (day, month 1–12, year).
pub fn today() -> (u32, u32, u32) {
    let date = js_sys::Date::new_0();
    (date.get_date(), date.get_month() + 1, date.get_full_year())
}

/// Today's date as "23/11/2026".
pub fn local_date() -> String {
    let date = js_sys::Date::new_0();
    format!(
        "{:02}/{:02}/{}",
        date.get_date(),
        date.get_month() + 1,
        date.get_full_year()
    )
}

/// A random number, enough to tell apart two splits created in the same millisecond.
pub fn random_u32() -> u32 {
    (js_sys::Math::random() * f64::from(u32::MAX)) as u32
}

/// A fresh split identifier.
pub fn new_split_id() -> String {
    crate::domain::library::new_split_id(now_millis(), random_u32())
}
