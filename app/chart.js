// The app's chart element (mounted by app/ui.py `chart`): a plotly figure drawn by the app's own
// plotly.js build (static/plotly/, the four trace types the figures use: 1.8 MB against the
// 4.7 MB of every trace type that Streamlit's own chart loads, whose evaluation was most of a
// cold link's wait). It keeps what `st.plotly_chart` gave the pages: Streamlit's chart theme
// (the same template, from the theme the page is drawn with), the figure's height, hover, and
// the click and box selection, reported as `st.plotly_chart` reports it ({selection: {points,
// point_indices, box, lasso}}, points with `customdata`), for `ui.clicked_events` to read.

const EMPTY = { points: [], point_indices: [], box: [], lasso: [] };
const DEFAULT_HEIGHT = 450; // Streamlit's, for a figure without a height of its own

function plotly(bundle) {
  // One load per page, shared by every chart and the early mount without a figure.
  const loads = (window.__linimasaPlotly = window.__linimasaPlotly || {});
  if (!loads[bundle]) {
    loads[bundle] = new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = bundle;
      script.onload = () => resolve(window.Plotly);
      script.onerror = () => reject(new Error(`could not load ${bundle}`));
      document.head.appendChild(script);
    });
  }
  return loads[bundle];
}

// Streamlit's chart theme (its PlotlyChart's CustomTheme), from the CSS variables Streamlit
// gives a components-v2 element: the template's placeholder colours (#000001…) replaced, and
// the theme's fonts, greys and backgrounds merged into the template's layout.
const GREYS = {
  light: { text: "#808495", grid: "#e6eaf1", legend: "#262730" },
  dark: { text: "#e6eaf1", grid: "#31333F", legend: "#fafafa" },
};

function isLight(color) {
  const probe = document.createElement("canvas").getContext("2d");
  probe.fillStyle = color || "#ffffff";
  const hex = probe.fillStyle; // normalised to #rrggbb
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) || 0);
  return 0.299 * r + 0.587 * g + 0.114 * b > 127.5;
}

function theme(element) {
  const style = getComputedStyle(element);
  const read = (name) => style.getPropertyValue(`--st-${name}`).trim();
  const list = (name) => read(name).split(",").map((c) => c.trim()).filter((c) => c);
  const background = read("background-color") || "#ffffff";
  const grey = GREYS[isLight(background) ? "light" : "dark"];
  return {
    background,
    font: read("font") || "sans-serif",
    heading: read("heading-color") || grey.legend,
    border: read("border-color") || grey.grid,
    categorical: list("chart-categorical-colors"),
    sequential: list("chart-sequential-colors"),
    diverging: list("chart-diverging-colors"),
    secondary: read("secondary-background-color") || background,
    ...grey,
  };
}

function themedJson(json, t) {
  const colours = {};
  [t.categorical, t.sequential, t.diverging].forEach((palette, p) =>
    palette.slice(0, 10).forEach((c, i) => (colours[10 * p + i + 1] = c)),
  );
  // The template's colours for traces the app never draws (waterfall, candlestick, table).
  Object.assign(colours, { 32: t.categorical[4], 33: t.categorical[2], 34: t.categorical[0] });
  Object.assign(colours, { 35: t.grid, 36: t.text, 37: t.legend, 38: t.background });
  Object.assign(colours, { 39: t.grid, 40: t.secondary });
  return json.replace(/#0000([0-4]\d)/g, (hex, n) => colours[Number(n)] || hex);
}

function merge(target, source) {
  for (const [key, value] of Object.entries(source)) {
    const old = target[key];
    if (value && typeof value === "object" && !Array.isArray(value)) {
      target[key] = merge(old && typeof old === "object" ? old : {}, value);
    } else {
      target[key] = value;
    }
  }
  return target;
}

function themeLayout(layout, t) {
  const font = (size, color) => ({ size, color });
  const axis = {
    zerolinecolor: t.grid, gridcolor: t.grid, tickcolor: t.grid, tickfont: font(12, t.text),
    minor: { gridcolor: t.grid }, automargin: true,
  };
  const template = (layout.template = layout.template || {});
  template.layout = merge(template.layout || {}, {
    font: { color: t.text, family: t.font, size: 12, weight: 400 },
    title: { font: { family: t.font, size: 16, color: t.heading }, pad: { l: 4 }, xanchor: "left", x: 0 },
    legend: {
      title: { font: font(12, t.text), side: "top" }, valign: "top",
      bordercolor: "transparent", borderwidth: 0, font: font(12, t.legend),
    },
    paper_bgcolor: t.background,
    plot_bgcolor: t.background,
    yaxis: { ...axis, ticklabelposition: "outside", title: { font: font(14, t.text), standoff: 24 } },
    xaxis: {
      ...axis, showgrid: false, zeroline: false, title: { font: font(14, t.text), standoff: 20 },
      rangeselector: { bgcolor: t.background, bordercolor: t.grid, borderwidth: 1, x: 0 },
    },
    margin: { pad: 8, r: 0, l: 0 },
    hoverlabel: { bgcolor: t.background, bordercolor: t.border, font: { color: t.text, family: t.font, size: 12 } },
  });
  const title = layout.title;
  const text = typeof title === "string" ? title : title && title.text;
  if (text) layout.title = { ...(typeof title === "object" ? title : {}), text: `<b>${text}</b>` };
}

// What Streamlit's chart sets for a chart that reports a selection, unless the figure says.
function interaction(layout, selectable) {
  if (!selectable) return;
  layout.clickmode = layout.clickmode || "event+select";
  layout.hovermode = layout.hovermode || "closest";
  layout.dragmode = layout.dragmode || "pan";
}

// What Streamlit's chart toolbar had besides plotly's modebar: a fullscreen view of the chart.
const EXPAND = "M3 3h7v2H5v5H3zm11 0h7v7h-2V5h-5zM3 14h2v5h5v2H3zm16 0h2v7h-7v-2h5z";
const COLLAPSE = "M8 3h2v7H3V8h5zm6 0h2v5h5v2h-7zM3 14h7v7H8v-5H3zm11 0h7v2h-5v5h-2z";

function fullscreenButton(chart) {
  return {
    name: "fullscreen",
    title: "View fullscreen",
    icon: { width: 24, height: 24, path: EXPAND },
    click: () => (document.fullscreenElement ? document.exitFullscreen() : chart.requestFullscreen()),
  };
}

function followFullscreen(Plotly, chart, background) {
  // In fullscreen the chart fills the screen, on the page's background; back on the page it has
  // the page's width and its figure's height again.
  chart.__linimasaBackground = background;
  if (chart.__linimasaFullscreen) return;
  chart.__linimasaFullscreen = true;
  document.addEventListener("fullscreenchange", () => {
    const root = chart.getRootNode();
    const full = (root.fullscreenElement || document.fullscreenElement) === chart;
    chart.style.background = full ? chart.__linimasaBackground : "";
    Plotly.relayout(chart, {
      width: full ? window.innerWidth : null,
      height: full ? window.innerHeight : chart.__linimasaHeight,
    });
  });
}

function plotConfig(config, selectable, chart) {
  const remove = ["lasso2d", "sendChartToCloud", ...(selectable ? [] : ["select2d"])];
  return {
    displaylogo: false,
    showSendToCloud: false,
    responsive: true,
    ...config,
    modeBarButtonsToRemove: remove,
    modeBarButtonsToAdd: [fullscreenButton(chart)],
  };
}

function selectionOf(event) {
  const points = (event && event.points) || [];
  const indices = new Set();
  const picked = points.map((p) => {
    const index = p.pointIndex !== undefined ? p.pointIndex : p.pointNumber;
    if (index !== undefined) indices.add(index);
    const point = { curve_number: p.curveNumber, point_number: p.pointNumber, point_index: index };
    for (const key of ["x", "y", "lat", "lon", "customdata", "hovertext", "text"]) {
      if (p[key] !== undefined) point[key] = p[key];
    }
    const group = p.data && p.data.legendgroup;
    if (group) point.legendgroup = group;
    return point;
  });
  const box = ((event && event.selections) || [])
    .filter((s) => s.type === "rect")
    .map((s) => ({ xref: s.xref, yref: s.yref, x: [s.x0, s.x1], y: [s.y0, s.y1] }));
  return { points: picked, point_indices: [...indices], box, lasso: [] };
}

export default function ({ data, parentElement, setStateValue }) {
  const { figure, bundle, config, selectable } = data;
  if (!figure) {
    // Mounted early, without a figure (ui.fetch_charts): the build loads while the script runs.
    plotly(bundle);
    return;
  }
  const look = theme(parentElement);
  const fig = JSON.parse(themedJson(figure, look));
  const layout = fig.layout || {};
  themeLayout(layout, look);
  interaction(layout, selectable);
  const height = layout.height >= 10 ? layout.height : DEFAULT_HEIGHT;
  layout.height = height;

  let chart = parentElement.querySelector(":scope > .linimasa-chart");
  if (!chart) {
    chart = document.createElement("div");
    chart.className = "linimasa-chart";
    chart.style.width = "100%";
    parentElement.appendChild(chart);
  }
  chart.style.minHeight = `${height}px`; // the page does not jump when the chart is drawn
  chart.__linimasaHeight = height;

  // Kept on the chart, so that the listeners (bound once) report through this run's callback.
  chart.__linimasaSent = chart.__linimasaSent || JSON.stringify(EMPTY);
  chart.__linimasaReport = (selection) => {
    const value = JSON.stringify(selection);
    if (value !== chart.__linimasaSent) {
      chart.__linimasaSent = value;
      setStateValue("selection", selection);
    }
  };
  const report = (selection) => chart.__linimasaReport(selection);

  plotly(bundle).then((Plotly) =>
    Plotly.react(chart, fig.data || [], layout, plotConfig(config || {}, selectable, chart)).then(() => {
      followFullscreen(Plotly, chart, look.background);
      if (!selectable || chart.__linimasaListening) return;
      chart.__linimasaListening = true;
      chart.on("plotly_selected", (event) => event && report(selectionOf(event)));
      chart.on("plotly_deselect", () => report(EMPTY));
      chart.on("plotly_doubleclick", () => report(EMPTY));
    }),
  );
}
