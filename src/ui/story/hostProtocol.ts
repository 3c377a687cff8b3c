// The host-page protocol in the browser: reads `explorer:step` / `explorer:view` from any origin
// (checked on receipt; a wrong shape is a notice), and tells the parent page when the embed is ready
// and after every step change. Sends nothing but step numbers and ids.
import { readHostMessage, readyMessage, stepChangedMessage, type EmbedMessage } from "../../state/hostMessages";
import { addNotices, type AppStore } from "../../state/store";
import { apply } from "../../state/transitions";
import { enterStep, enterView, urlContextOf } from "../../state/storyStep";
import { isLanguage } from "../../state/url";
import { loadLanguage } from "../../words/i18n";

const SOURCE = "host page";

export function mountHostProtocol(store: AppStore, target: Window | null = window.parent !== window ? window.parent : null): () => void {
  const post = (message: EmbedMessage): void => target?.postMessage(message, "*");
  const onMessage = (event: MessageEvent): void => {
    const read = readHostMessage(event.data);
    if (read === null) return;
    if ("issue" in read) {
      addNotices(store, SOURCE, [read.issue]);
      return;
    }
    const { model, load } = store.getState();
    // Before the data is in, there is no story to step through: the host waits for explorer:ready.
    if (!model || load === "error") {
      addNotices(store, SOURCE, [
        {
          severity: "warning",
          path: `host message "${read.command.type}"`,
          message: "arrived before the data was ready (wait for explorer:ready); ignored",
        },
      ]);
      return;
    }
    if (read.command.type === "explorer:step") {
      const { step } = read.command;
      apply(store, enterStep(step, `host message "explorer:step"`, SOURCE));
    } else {
      const { view } = read.command;
      // A view may switch the language: its strings load first (their own chunk), as with the switch.
      const lang = new URLSearchParams(view).get("lang");
      void loadLanguage(lang !== null && isLanguage(lang) ? lang : "en").then(() =>
        apply(store, enterView(view, urlContextOf(model), `host message "explorer:view"`, SOURCE)),
      );
    }
  };
  window.addEventListener("message", onMessage);

  let readyFor: unknown = null;
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.load === "ready" && state.model !== readyFor) {
      readyFor = state.model;
      post(readyMessage(state.story.steps.length));
      if (state.step !== null) post(stepChangedMessage(state.step, state.story.steps[state.step - 1]?.id ?? null));
      return;
    }
    if (state.load === "ready" && state.step !== null && (state.step !== previous.step || state.story !== previous.story)) {
      post(stepChangedMessage(state.step, state.story.steps[state.step - 1]?.id ?? null));
    }
  });
  return () => {
    window.removeEventListener("message", onMessage);
    unsubscribe();
  };
}
