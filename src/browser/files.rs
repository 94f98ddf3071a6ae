//! Reading a file the person chose, in the browser: nothing is uploaded.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Files larger than this are not read (a split's JSON is a few kilobytes).
pub const MAX_FILE_BYTES: f64 = 5_000_000.0;

/// The text of the first file chosen in a file input; `None` if there is none, it is
/// too large, or the browser cannot read it.
pub async fn read_chosen_file(input: &web_sys::HtmlInputElement) -> Option<String> {
    let file = input.files()?.get(0)?;
    if file.size() > MAX_FILE_BYTES {
        return None;
    }
    let text = JsFuture::from(file.text()).await.ok()?;
    text.dyn_into::<js_sys::JsString>().ok().map(String::from)
}

/// The texts of every file chosen (those too large or unreadable left out).
pub async fn read_chosen_files(input: &web_sys::HtmlInputElement) -> Vec<String> {
    let mut texts = Vec::new();
    let Some(list) = input.files() else {
        return texts;
    };
    for index in 0..list.length() {
        let Some(file) = list.get(index) else {
            continue;
        };
        if file.size() > MAX_FILE_BYTES {
            continue;
        }
        if let Ok(text) = JsFuture::from(file.text()).await {
            if let Ok(text) = text.dyn_into::<js_sys::JsString>() {
                texts.push(String::from(text));
            }
        }
    }
    texts
}
