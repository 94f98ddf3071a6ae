//! The system's share sheet (`navigator.share`: mail, chat, messages on a phone), where the
//! browser has one. Called through `Reflect`: web-sys keeps it among its unstable APIs.

use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn share_function() -> Option<(JsValue, Function)> {
    let navigator: JsValue = web_sys::window()?.navigator().into();
    let share = Reflect::get(&navigator, &"share".into()).ok()?;
    share.dyn_into::<Function>().ok().map(|f| (navigator, f))
}

/// Whether this browser offers a share sheet.
pub fn available() -> bool {
    share_function().is_some()
}

/// Opens the share sheet with a title, a sentence and a link; false if the browser has none,
/// or the person closed it without sharing.
pub async fn share(title: &str, text: &str, url: &str) -> bool {
    let Some((navigator, share)) = share_function() else {
        return false;
    };
    let data = Object::new();
    for (key, value) in [("title", title), ("text", text), ("url", url)] {
        let _ = Reflect::set(&data, &key.into(), &value.into());
    }
    let Ok(promise) = share.call1(&navigator, &data) else {
        return false;
    };
    JsFuture::from(Promise::from(promise)).await.is_ok()
}
