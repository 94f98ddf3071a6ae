//! Exporting the open split: Markdown, CSV (either separator) or JSON, copied or
//! downloaded; and the printed page.

use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::{clipboard, download};
use crate::domain::export::csv::to_csv;
use crate::domain::export::file_name;
use crate::domain::export::markdown::to_markdown;
use crate::domain::saved::serialize_split;
use crate::domain::RoleSplit;
use crate::i18n::{Catalogue, ExportFormat};
use crate::ui::dialog::Modal;
use crate::ui::ids;
use crate::ui::state::{use_messages, use_prefs};

use super::use_builder;

pub fn export_text(split: &RoleSplit, format: ExportFormat, t: &Catalogue) -> String {
    match format {
        ExportFormat::Markdown => to_markdown(split, &t.export_words),
        ExportFormat::CsvSemicolon => to_csv(split, &t.export_words, ';'),
        ExportFormat::CsvComma => to_csv(split, &t.export_words, ','),
        ExportFormat::Json => serialize_split(split),
    }
}

/// A text to copy or download, shown in a read-only area; says whether copying worked.
#[component]
pub fn CopyOrDownload(
    #[prop(into)] text: Signal<String>,
    #[prop(into)] file: Signal<String>,
    mime: Signal<&'static str>,
) -> impl IntoView {
    let messages = use_messages();
    let t = use_prefs().t();
    let area = NodeRef::<html::Textarea>::new();
    let status = RwSignal::new(None::<bool>);
    let copy = move |_| {
        let content = text.get_untracked();
        spawn_local(async move {
            let done = clipboard::copy_text(&content).await;
            if !done {
                if let Some(area) = area.get_untracked() {
                    let _ = area.focus();
                    area.select();
                }
            }
            status.set(Some(done));
        });
    };
    let save = move |_| {
        let name = file.get_untracked();
        if download::download_text(&name, mime.get_untracked(), &text.get_untracked()) {
            messages.announce((t.exported)(&name));
        }
    };
    view! {
        <div class="field">
            <label for=ids::EXPORT_PREVIEW>{t.export_preview}</label>
            <textarea id=ids::EXPORT_PREVIEW readonly=true rows="10" node_ref=area prop:value=text></textarea>
        </div>
        <div class="actions">
            <button type="button" on:click=copy>{t.copy}</button>
            <button type="button" class="secondary" on:click=save>{t.download}</button>
        </div>
        <p class="copy-result" role="status">
            {move || status.get().map(|done| if done { t.copied } else { t.copy_refused_text })}
        </p>
    }
}

/// The export formats offered, as radios.
#[component]
pub fn FormatChoice(format: RwSignal<ExportFormat>, formats: Vec<ExportFormat>) -> impl IntoView {
    let t = use_prefs().t();
    let choices = formats
        .into_iter()
        .map(|f| {
            view! {
                <label class="template-option">
                    <input
                        type="radio"
                        name="format"
                        prop:checked=move || format.get() == f
                        on:change=move |_| format.set(f)
                    />
                    <span>{(t.format_name)(f)}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="template-options">
            <legend>{t.export_format}</legend>
            {choices}
        </fieldset>
    }
}

#[component]
pub fn ExportDialog() -> impl IntoView {
    let t = use_prefs().t();
    let builder = use_builder();
    let format = RwSignal::new(ExportFormat::Markdown);
    let text = Signal::derive(move || builder.with_split(|s| export_text(s, format.get(), t)));
    let file = Signal::derive(move || {
        builder.with_split(|s| file_name(&s.name, format.get().extension()))
    });
    view! {
        <Modal
            title=t.export_title.to_owned()
            class="export-dialog"
            on_close=move |_| builder.close_editor(ids::EXPORT.to_owned())
        >
            <FormatChoice format formats=ExportFormat::ALL.to_vec() />
            <CopyOrDownload text file mime=Signal::derive(move || format.get().mime()) />
        </Modal>
    }
}

/// Opens the browser's print dialog; the print stylesheet makes an A4 landscape page.
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}
