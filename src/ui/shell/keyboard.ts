// Page-wide keys: Escape closes the tooltip, then clears the selection. Keys typed into fields and
// dialogs belong to those controls, so they are left alone here.
import type { AppStore } from "../../state/store";

export function mountKeyboard(store: AppStore): () => void {
  const onKey = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.key !== "Escape") return;
    const target = event.target;
    if (target instanceof HTMLElement && target.closest("dialog, [role='combobox'], [role='listbox']")) return;
    if (store.getState().hovered !== null) {
      store.setState({ hovered: null });
      event.preventDefault();
    } else if (store.getState().focus !== null) {
      store.setState({ focus: null });
      event.preventDefault();
    }
  };
  document.addEventListener("keydown", onKey);
  return () => document.removeEventListener("keydown", onKey);
}
