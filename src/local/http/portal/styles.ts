/**
 * The portal's one stylesheet, served as /sp/assets/portal.css. Colours are chosen for WCAG AA
 * contrast (body text ≥ 7:1, muted text ≥ 4.5:1 on both backgrounds); focus is always visible.
 */
export const PORTAL_CSS = `
:root {
  --bg: #f4f6fb;
  --surface: #ffffff;
  --text: #1a2233;
  --muted: #4f5a6e;
  --border: #d9dfea;
  --brand: #2f3fb0;
  --brand-dark: #1f2a7a;
  --brand-weak: #eceffd;
  --nav: #131a38;
  --you: #0b7566;
  --persona: #b4410a;
  --ok-bg: #e7f6ee;
  --ok-text: #11532f;
  --err-bg: #fdecec;
  --err-text: #8a1c1c;
  --focus: #1f48e0;
  --radius: 12px;
  --shadow: 0 1px 2px rgba(20, 30, 60, .06), 0 4px 14px rgba(20, 30, 60, .06);
  color-scheme: light;
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--text);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
a { color: var(--brand); }
a:hover { color: var(--brand-dark); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 4px; }
.topbar :focus-visible { outline-color: #ffffff; }
/* The skip link's target takes focus only to move the reading position; it needs no ring. */
#main:focus { outline: none; }
.sr-only {
  position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
.skip { position: absolute; left: 12px; top: -60px; z-index: 10; background: #fff; color: var(--brand);
  padding: 8px 14px; border-radius: 6px; font-weight: 600; }
.skip:focus { top: 12px; }
.wrap { max-width: 1200px; margin: 0 auto; padding: 0 20px; }

/* ---------------------------------------------------------------- header */
.topbar { background: var(--nav); color: #fff; }
.topbar .wrap { display: flex; align-items: center; gap: 24px; min-height: 60px; flex-wrap: wrap; }
.brand { display: flex; align-items: center; gap: 10px; color: #fff; text-decoration: none; font-weight: 700; font-size: 1.05rem; }
.brand:hover { color: #fff; }
.brand svg { flex: none; }
.mainnav { display: flex; gap: 4px; }
.mainnav a { color: #d5dbf5; text-decoration: none; padding: 8px 12px; border-radius: 8px; font-weight: 500; }
.mainnav a:hover { color: #fff; background: rgba(255, 255, 255, .08); }
.mainnav a[aria-current="page"] { color: #fff; background: rgba(255, 255, 255, .14); }
.account { margin-left: auto; display: flex; align-items: center; gap: 12px; font-size: .95rem; }
.account .who { color: #d5dbf5; }
.account form { margin: 0; }
.btn-ghost { background: transparent; color: #fff; border: 1px solid rgba(255, 255, 255, .45); border-radius: 8px;
  padding: 6px 12px; font: inherit; cursor: pointer; }
.btn-ghost:hover { background: rgba(255, 255, 255, .1); }

/* ---------------------------------------------------------------- layout */
main.wrap { padding-top: 28px; padding-bottom: 48px; }
.page-title { margin: 0 0 4px; font-size: 1.6rem; line-height: 1.25; }
.lede { margin: 0 0 24px; color: var(--muted); }
.home { display: grid; grid-template-columns: 340px minmax(0, 1fr); gap: 28px; align-items: start; }
.card { background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius); box-shadow: var(--shadow); }
.pad { padding: 20px 22px; }
footer { color: var(--muted); font-size: .875rem; padding: 0 20px 32px; text-align: center; }

/* ---------------------------------------------------------------- messages */
.notice { border-radius: 10px; padding: 12px 16px; margin: 0 0 20px; font-weight: 500; }
.notice.ok { background: var(--ok-bg); color: var(--ok-text); border: 1px solid #b5e0c8; }
.notice.err { background: var(--err-bg); color: var(--err-text); border: 1px solid #f3c1c1; }

/* ---------------------------------------------------------------- persona card */
.persona { position: sticky; top: 16px; }
.persona .eyebrow { margin: 0; text-transform: uppercase; letter-spacing: .06em; font-size: .75rem; font-weight: 700; color: var(--muted); }
.persona h2 { margin: 2px 0 6px; font-size: 1.35rem; }
.persona .desc { margin: 0 0 12px; color: var(--muted); font-size: .95rem; }
.persona .bundle { display: inline-block; background: var(--brand-weak); color: var(--brand-dark); border-radius: 999px;
  padding: 3px 10px; font-size: .85rem; font-weight: 600; margin-bottom: 8px; }
.radar { display: block; width: 100%; height: auto; margin: 4px auto 0; }
.radar .grid { fill: none; stroke: #cfd6e4; stroke-width: 1; }
.radar .axis { stroke: #cfd6e4; stroke-width: 1; }
.radar .lvl { fill: #5d6679; font-size: 12px; }
.radar .lbl { fill: var(--text); font-size: 15.5px; font-weight: 600; }
.radar .you { fill: rgba(11, 117, 102, .22); stroke: var(--you); stroke-width: 2.5; }
.radar .you-dot { fill: var(--you); }
.radar .profile { fill: none; stroke: var(--persona); stroke-width: 2; stroke-dasharray: 5 4; }
.legend { display: flex; gap: 16px; justify-content: center; margin: 6px 0 12px; padding: 0; list-style: none; font-size: .85rem; color: var(--muted); }
.legend li { display: flex; align-items: center; gap: 6px; }
.swatch { display: inline-block; width: 18px; height: 0; border-top: 3px solid var(--you); }
.swatch.profile { border-top: 3px dashed var(--persona); }
.ranks { width: 100%; border-collapse: collapse; font-size: .9rem; margin: 4px 0 14px; }
.ranks caption { text-align: left; font-weight: 600; padding-bottom: 4px; }
.ranks th, .ranks td { padding: 5px 6px; border-bottom: 1px solid var(--border); text-align: left; }
.ranks td { text-align: center; font-variant-numeric: tabular-nums; }
.ranks thead th { color: var(--muted); font-weight: 600; font-size: .8rem; }
.ranks thead th:not(:first-child) { text-align: center; }
.why-persona { margin: 0; font-size: .9rem; color: var(--muted); }
.why-persona strong { color: var(--text); }
.persona details { margin-top: 10px; font-size: .9rem; }
.persona summary { cursor: pointer; color: var(--brand); font-weight: 600; }

/* ---------------------------------------------------------------- catalog */
.search { display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: 10px; align-items: end; margin-bottom: 14px; }
.field label { display: block; font-size: .85rem; font-weight: 600; margin-bottom: 4px; }
input[type="text"], input[type="search"], input[type="password"], input[type="number"], select {
  width: 100%; font: inherit; color: var(--text); background: #fff; border: 1px solid #9aa5b9; border-radius: 8px; padding: 9px 12px; min-height: 44px;
}
input:focus-visible, select:focus-visible { outline: 3px solid var(--focus); outline-offset: 1px; border-color: var(--focus); }
.btn { display: inline-flex; align-items: center; justify-content: center; gap: 6px; min-height: 44px; padding: 9px 18px;
  font: inherit; font-weight: 600; border-radius: 8px; border: 1px solid var(--brand); background: var(--brand); color: #fff;
  cursor: pointer; text-decoration: none; white-space: nowrap; }
.btn:hover { background: var(--brand-dark); border-color: var(--brand-dark); color: #fff; }
.btn.secondary { background: #fff; color: var(--brand); }
.btn.secondary:hover { background: var(--brand-weak); color: var(--brand-dark); }
.btn.small { min-height: 38px; padding: 6px 14px; font-size: .92rem; }
.chips { display: flex; flex-wrap: wrap; gap: 8px; margin: 0 0 18px; padding: 0; list-style: none; }
.chips a { display: inline-block; padding: 6px 12px; border-radius: 999px; border: 1px solid var(--border); background: #fff;
  color: var(--text); text-decoration: none; font-size: .9rem; }
.chips a:hover { border-color: var(--brand); color: var(--brand); }
.chips a[aria-current="true"] { background: var(--brand); border-color: var(--brand); color: #fff; }
.chips .n { color: inherit; opacity: .8; font-variant-numeric: tabular-nums; }
.result-info { color: var(--muted); font-size: .9rem; margin: 0 0 12px; }
.category { margin: 0 0 28px; }
.category > h3 { font-size: 1.1rem; margin: 0 0 10px; }
.items { display: grid; grid-template-columns: repeat(auto-fill, minmax(250px, 1fr)); gap: 14px; margin: 0; padding: 0; list-style: none; }
.item { display: flex; flex-direction: column; padding: 16px 18px; }
.item h4 { margin: 0 0 4px; font-size: 1.02rem; line-height: 1.3; }
.item h4 a { color: var(--text); text-decoration: none; }
.item h4 a:hover { color: var(--brand); text-decoration: underline; }
.item .sd { margin: 0 0 10px; color: var(--muted); font-size: .92rem; }
.cost { display: flex; flex-direction: column; align-items: flex-start; gap: 4px; }
.price { white-space: nowrap; font-weight: 700; font-variant-numeric: tabular-nums; }
.price .per { font-weight: 500; color: var(--muted); font-size: .85rem; white-space: nowrap; }
.tag { display: inline-block; font-size: .75rem; font-weight: 700; letter-spacing: .02em; padding: 2px 8px; border-radius: 999px;
  background: #e3f3ef; color: #0a5c50; }
.why { display: flex; gap: 6px; align-items: flex-start; margin: 8px 0 12px; font-size: .85rem; color: var(--muted); }
.why svg { flex: none; margin-top: 2px; }
.item .actions { display: flex; gap: 8px; align-items: flex-end; justify-content: space-between; margin-top: auto; }
.item .price { white-space: normal; }
.item .badges { min-height: 0; margin: 0 0 6px; }
.pager { display: flex; justify-content: center; gap: 12px; margin-top: 8px; }
.empty { text-align: center; padding: 40px 20px; color: var(--muted); }

/* ---------------------------------------------------------------- item, order, requests */
.crumbs { font-size: .9rem; margin: 0 0 14px; color: var(--muted); }
.crumbs ol { list-style: none; display: flex; flex-wrap: wrap; gap: 6px; margin: 0; padding: 0; }
.crumbs li + li::before { content: "/"; margin-right: 6px; color: #8a93a6; }
.detail { display: grid; grid-template-columns: minmax(0, 1fr) 320px; gap: 24px; align-items: start; }
.detail .body { font-size: 1rem; }
.detail .body p { margin: 0 0 12px; }
.facts { margin: 0; display: grid; grid-template-columns: auto 1fr; gap: 8px 14px; font-size: .95rem; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; font-weight: 600; }
.facts .price { white-space: normal; }
.order-box .btn { width: 100%; margin-top: 16px; }
.confirm { max-width: 560px; }
.confirm h2 { font-size: 1.15rem; margin: 0 0 12px; }
.confirm .row { display: flex; gap: 12px; align-items: end; flex-wrap: wrap; margin-top: 16px; }
.confirm .qty { width: 120px; }
.requests { width: 100%; border-collapse: collapse; background: var(--surface); }
.requests th, .requests td { text-align: left; padding: 12px 16px; border-bottom: 1px solid var(--border); }
.requests thead th { font-size: .82rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); background: #f8f9fc; }
.requests td.num { font-variant-numeric: tabular-nums; }
.requests tbody tr:last-child td { border-bottom: 0; }
.state { display: inline-block; padding: 2px 10px; border-radius: 999px; font-size: .82rem; font-weight: 600; background: #fff4e0; color: #7a4a00; }
.state.closed { background: #e9ecf2; color: #384152; }
.state.done { background: var(--ok-bg); color: var(--ok-text); }
.table-card { overflow: hidden; }

/* ---------------------------------------------------------------- login and error pages */
.login-page { min-height: 100vh; display: flex; align-items: center; justify-content: center; padding: 24px 16px;
  background: linear-gradient(160deg, #131a38 0%, #25328f 55%, #0b7566 100%); }
.login { width: 100%; max-width: 400px; padding: 30px 28px; }
.login .brand { color: var(--text); margin-bottom: 18px; }
.login h1 { font-size: 1.4rem; margin: 0 0 4px; }
.login p.lede { margin-bottom: 18px; }
.login .field { margin-bottom: 14px; }
.login .btn { width: 100%; margin-top: 6px; }
.status-page { max-width: 560px; margin: 40px auto; text-align: center; }
.status-page .code { font-size: 3rem; font-weight: 800; color: var(--brand); margin: 0 0 10px; line-height: 1; }
.status-page .page-title { margin-bottom: 8px; }

/* ---------------------------------------------------------------- small screens */
@media (max-width: 900px) {
  .home, .detail { grid-template-columns: minmax(0, 1fr); }
  .persona { position: static; }
}
@media (max-width: 600px) {
  .wrap { padding: 0 14px; }
  main.wrap { padding-top: 18px; padding-bottom: 36px; }
  .topbar .wrap { gap: 8px 14px; padding-top: 8px; padding-bottom: 8px; }
  .account { margin-left: auto; }
  .account .who { display: none; }
  .mainnav { order: 3; width: 100%; }
  .page-title { font-size: 1.35rem; }
  .requests thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  .requests, .requests tbody, .requests tr, .requests td { display: block; width: 100%; }
  .requests tr { border-bottom: 1px solid var(--border); padding: 8px 0; }
  .requests td { border: 0; padding: 4px 16px; display: flex; justify-content: space-between; gap: 12px; text-align: right; }
  .requests td::before { content: attr(data-label); color: var(--muted); font-size: .85rem; }
}
@media (prefers-reduced-motion: no-preference) {
  .btn, .chips a, .mainnav a { transition: background-color .15s, color .15s, border-color .15s; }
}
@media (forced-colors: active) {
  .radar .you { fill: none; }
  .btn, .chips a { border: 1px solid ButtonText; }
}
`
