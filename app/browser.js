// What only the browser knows, reported to the app (mounted once, in the sidebar, by app/ui.py):
// a date typed into the From/To fields as soon as it is complete (Streamlit commits a typed
// date only when the field loses focus, so the URL and the share link lagged behind), and how
// many query pairs the address holds (Streamlit reads none of a link with more than 1,000).
export default function ({ setTriggerValue, setStateValue, data }) {
  const state = (window.__linimasa = window.__linimasa || { sent: {}, timer: null });
  state.setTriggerValue = setTriggerValue;
  const fields = data.fields;

  const pairs = window.location.search.replace(/^\?/, "").split("&").filter((p) => p);
  if (pairs.length > data.maxPairs && !state.reported) {
    // Only then: every report reruns the script, and a rerun would hide the link's notices.
    state.reported = true;
    const actors = pairs.filter((p) => p.startsWith("actor=")).length;
    setStateValue("link", { pairs: pairs.length, actors: actors });
  }

  const typed = () => {
    for (const [key, selector] of Object.entries(fields)) {
      const hidden = document.querySelector(`${selector} input[type=date]`);
      const value = hidden ? hidden.value : "";
      if (/^\d{4}-\d{2}-\d{2}$/.test(value) && state.sent[key] !== value) {
        state.sent[key] = value;
        state.setTriggerValue("typed", { key: key, value: value });
      }
    }
  };
  if (!state.listening) {
    state.listening = true;
    const later = () => {
      clearTimeout(state.timer);
      state.timer = setTimeout(typed, 400);
    };
    document.addEventListener("keyup", later, true);
    document.addEventListener("input", later, true);
  }
}
