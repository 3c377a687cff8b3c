// The "Embed" button and dialog of the full app: the code for the current view (web page or AMP),
// render flags, a copy button, the fallback picture, and a live preview at phone and desktop widths.
// It says where the shown data lives: a file from this computer gets no code (publish it first), and
// code pointing at localhost says so. Must not: put the code anywhere but a textarea's value, or load
// previews before they are asked for, or give code that silently shows other data.
import "../../words/toolWords";
import { shownMeta } from "../../state/edits";
import { DEFAULT_FLAGS, type AppStore, type RenderFlags } from "../../state/store";
import { el } from "../kit/dom";
import { disableUntilReady } from "../kit/readyButton";
import { liveWords } from "../kit/liveWords";
import {
  ampSnippet,
  embedSrc,
  embedTarget,
  htmlSnippet,
  publishCommand,
  snapshotCommand,
  type EmbedCodeInput,
  type EmbedTarget,
} from "../../export/embedCode";
import { t, type MessageKey } from "../../words/i18n";
import "./embedDialog.css";

export interface EmbedDialogDeps {
  /** Downloads the fallback picture of the current view; resolves with its file name. */
  readonly downloadPicture: () => Promise<string>;
  /** The picture's file name for the current view (what downloadPicture will save). */
  readonly pictureName: () => string;
  /** Downloads the shown data as a static site (zip); resolves with its file name. */
  readonly publish: () => Promise<string>;
}

const PREVIEW_WIDTHS = [360, 720] as const;

export function mountEmbedDialog(slot: HTMLElement, store: AppStore, deps: EmbedDialogDeps): () => void {
  // Every word follows a live language switch; messages written later read the language then.
  const words = liveWords(store);
  const now = () => store.getState().lang;
  const word = <E extends Element>(element: E, key: MessageKey): E => words.text(element, (lang) => t(lang, key));
  const button = word(
    el("button", { type: "button", class: "export-button", "data-action": "embed-code", "aria-haspopup": "dialog" }),
    "embed.button",
  );
  const dialog = el("dialog", { class: "export-dialog embed-dialog", "aria-labelledby": "embed-title" });
  const form = el("form", { method: "dialog", class: "export-dialog__form" });

  const variant = el("fieldset", { class: "export-dialog__group" });
  variant.append(word(el("legend"), "embed.variant"));
  for (const [value, key] of [
    ["html", "embed.html"],
    ["amp", "embed.amp"],
  ] as const) {
    const row = el("label", { class: "export-dialog__option" });
    row.append(el("input", { type: "radio", name: "variant", value, checked: value === "html" }), word(el("span"), key));
    variant.append(row);
  }
  const dark = el("select", { name: "dark", class: "embed-dialog__select", "aria-label": "dark" });
  for (const [value, label] of [
    ["auto", "dark=auto"],
    ["true", "dark=true"],
    ["false", "dark=false"],
  ] as const)
    dark.append(el("option", { value }, label));
  const flagBoxes = (["plain", "static", "transparent"] as const).map((flag) => ({
    flag,
    input: el("input", { type: "checkbox", name: flag }),
  }));
  const flagsRow = el("fieldset", { class: "export-dialog__group" });
  flagsRow.append(word(el("legend"), "embed.flags"));
  const darkLabel = el("label", { class: "export-dialog__option" });
  darkLabel.append(dark);
  flagsRow.append(darkLabel);
  for (const { flag, input } of flagBoxes) {
    const row = el("label", { class: "export-dialog__option" });
    row.append(input, el("span", {}, flag));
    flagsRow.append(row);
  }
  const pictureUrl = el("input", { type: "text", name: "picture", class: "embed-dialog__picture", spellcheck: "false" });
  const pictureLabel = el("label", { class: "embed-dialog__field" });
  pictureLabel.append(word(el("span"), "embed.pictureUrl"), pictureUrl);
  const code = words.attr(
    el("textarea", { class: "embed-dialog__code", readonly: true, rows: 7, spellcheck: "false" }),
    "aria-label",
    (lang) => t(lang, "embed.code"),
  );
  const command = el("code", { class: "embed-dialog__command" });
  const message = el("p", { class: "export-dialog__output", role: "status" });
  const copy = word(el("button", { type: "button", "data-action": "embed-copy" }), "embed.copy");
  const picture = word(el("button", { type: "button", "data-action": "embed-picture" }), "embed.picture");
  const previewButton = word(el("button", { type: "button", "data-action": "embed-preview" }), "embed.preview");
  const close = word(el("button", { type: "submit", class: "export-dialog__cancel" }), "embed.close");
  const publish = word(el("button", { type: "button", "data-action": "embed-publish" }), "embed.publish");
  const actions = el("div", { class: "export-dialog__actions" });
  actions.append(copy, picture, previewButton, publish, close);
  const previews = el("div", { class: "embed-dialog__previews" });
  // Where the shown data lives: said before the code, in words, whenever the code cannot simply be pasted.
  const reach = el("p", { class: "embed-dialog__reach", "data-embed-reach": "" });
  const codeParts = el("div", { class: "embed-dialog__code-parts" });
  const hint = el("p", { class: "embed-dialog__hint" });
  codeParts.append(variant, flagsRow, pictureLabel, code);
  form.append(word(el("h2", { id: "embed-title" }), "embed.title"), reach, codeParts, hint, command, message, actions, previews);
  dialog.append(form);
  slot.append(button, dialog);

  const flags = (): RenderFlags => ({
    ...DEFAULT_FLAGS,
    dark: dark.value === "true" ? "true" : dark.value === "false" ? "false" : "auto",
    plain: flagBoxes[0]?.input.checked ?? false,
    static: flagBoxes[1]?.input.checked ?? false,
    transparent: flagBoxes[2]?.input.checked ?? false,
  });
  const target = (): EmbedTarget => embedTarget(window.location.href, store.getState().source);
  const pageUrl = (): string => {
    const where = target();
    return where.kind === "ready" ? where.pageUrl : window.location.href;
  };
  const input = (): EmbedCodeInput => {
    const title = shownMeta(store.getState())?.title ?? document.title;
    return {
      pageUrl: pageUrl(),
      flags: flags(),
      title: t(now(), "embed.frameTitle", { title }),
      alt: title,
      pictureUrl: pictureUrl.value,
      height: 640,
    };
  };
  const render = (): void => {
    const where = target();
    const unpublished = where.kind === "unpublished";
    reach.textContent = unpublished
      ? t(now(), "embed.unpublished", { name: where.name })
      : [
          where.thisComputer ? t(now(), "embed.thisComputer", { host: where.thisComputer }) : "",
          where.dataUrl ? t(now(), "embed.dataFrom", { url: where.dataUrl }) : "",
        ]
          .filter(Boolean)
          .join(" ");
    reach.hidden = reach.textContent === "";
    reach.dataset["embedReach"] = unpublished ? "unpublished" : where.thisComputer ? "this-computer" : "ready";
    codeParts.hidden = unpublished;
    copy.hidden = unpublished;
    previewButton.hidden = unpublished;
    publish.hidden = !unpublished && !where.thisComputer;
    hint.textContent = t(now(), unpublished ? "embed.publishHint" : "embed.snapshotHint");
    code.value = unpublished ? "" : new FormData(form).get("variant") === "amp" ? ampSnippet(input()) : htmlSnippet(input());
    command.textContent = unpublished
      ? publishCommand(where.name)
      : snapshotCommand(pageUrl(), pictureUrl.value.split("/").pop() || deps.pictureName());
    if (unpublished) previews.replaceChildren();
    else if (previews.childElementCount > 0) showPreviews();
  };
  form.addEventListener("change", render);
  pictureUrl.addEventListener("input", render);

  /** Real embeds, sized by the same loader a host page uses (public/embed.js, loaded once). */
  const showPreviews = (): void => {
    if (!document.querySelector("script[data-explorer-loader]")) {
      document.head.append(el("script", { src: new URL("embed.js", document.baseURI).href, "data-explorer-loader": true }));
    }
    previews.replaceChildren();
    const src = embedSrc(pageUrl(), flags(), pictureUrl.value);
    for (const width of PREVIEW_WIDTHS) {
      const figure = el("figure", { class: "embed-dialog__preview" });
      const key: MessageKey = width < 600 ? "embed.phone" : "embed.desktop";
      figure.append(el("figcaption", {}, t(now(), key)));
      const frame = el("iframe", { "data-explorer-embed": true, src, title: input().title, class: "embed-dialog__frame" });
      // Through the CSSOM, not a style attribute: the CSP has no 'unsafe-inline' for styles.
      frame.style.width = `${width}px`;
      figure.append(frame);
      previews.append(figure);
    }
  };
  previewButton.addEventListener("click", showPreviews);

  copy.addEventListener("click", () => {
    code.select();
    navigator.clipboard.writeText(code.value).then(
      () => void (message.textContent = t(now(), "embed.copied")),
      () => void (message.textContent = t(now(), "embed.copyFailed")),
    );
  });
  picture.addEventListener("click", () => {
    message.textContent = t(now(), "export.working");
    deps.downloadPicture().then(
      (name) => void (message.textContent = t(now(), "embed.pictureSaved", { name })),
      (reason: unknown) => void (message.textContent = reason instanceof Error ? reason.message : String(reason)),
    );
  });

  publish.addEventListener("click", () => {
    message.textContent = t(now(), "embed.publishing");
    publish.disabled = true;
    deps
      .publish()
      .then(
        (name) => void (message.textContent = t(now(), "embed.published", { name })),
        (reason: unknown) => void (message.textContent = reason instanceof Error ? reason.message : String(reason)),
      )
      .finally(() => void (publish.disabled = false));
  });

  button.addEventListener("click", () => {
    if (store.getState().load !== "ready") return;
    pictureUrl.value = deps.pictureName();
    message.textContent = "";
    previews.replaceChildren();
    render();
    dialog.showModal();
  });
  const unsubscribe = disableUntilReady(button, store);
  // An open dialog's code names the frame in the reader's language: rewrite it on a switch.
  words.each(() => {
    if (dialog.open) render();
  });
  return () => {
    unsubscribe();
    words.dispose();
    button.remove();
    dialog.remove();
  };
}
