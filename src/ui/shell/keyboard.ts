// Page-wide keys: Escape closes the tooltip, then clears the selection. Keys typed into fields and
// dialogs belong to those controls, so they are left alone here.
import type { AppStore } from "../../state/store";
import { apply, escape } from "../../state/transitions";

export function mountKeyboard(store: AppStore): () => void {
  const onKey = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.key !== "Escape") return;
    const target = event.target;
    if (target instanceof HTMLElement && target.closest("dialog, [role='combobox'], [role='listbox']")) return;
    const before = store.getState();
    apply(store, escape());
    if (store.getState() !== before) event.preventDefault();
  };
  document.addEventListener("keydown", onKey);
  return () => document.removeEventListener("keydown", onKey);
}
