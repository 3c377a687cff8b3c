// The "open a file" control of the full app (embed mode has none). Hands the file's text on.
import { el, uniqueId } from "./dom";

export function mountFileInput(container: HTMLElement, label: string, onFile: (name: string, text: string) => void): () => void {
  const id = uniqueId("file");
  const input = el("input", { type: "file", id, accept: ".json,application/json", "data-action": "open-file" });
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    if (!file) return;
    void file.text().then((text) => {
      onFile(file.name, text);
      input.value = "";
    });
  });
  const wrap = el("div", { class: "file-input" });
  wrap.append(el("label", { for: id, class: "button" }, label), input);
  container.append(wrap);
  return () => wrap.remove();
}
