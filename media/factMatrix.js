// The Fact matrix webview's behaviour: a grid with one focusable item at a time (roving tabindex); the
// arrow keys, Home and End move it, Enter or a click opens the passage of a cell (the extension does the
// opening) or expands a fact's timeline. The extension replaces the matrix when the analysis changes;
// what is expanded and focused is kept in the webview state, so it survives an update and a reload.
// Article text reaches this page already escaped (src/core/views/factMatrixHtml.ts), and nothing here
// writes text as HTML except that escaped body.
/* global acquireVsCodeApi, Element, CSS, KeyboardEvent -- the webview's browser globals */
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('matrix');
  const saved = vscode.getState() || {};
  const state = { expanded: Array.isArray(saved.expanded) ? saved.expanded : [], focus: saved.focus || null };

  const navItems = (row) => Array.from(row.querySelectorAll('[data-nav]'));
  const rowsOf = (grid) => Array.from(grid.querySelectorAll('tr')).filter((r) => !r.hidden && navItems(r).length);
  const save = () => vscode.setState(state);

  /** Where an item stands: its grid, row and index in the row, and a key that survives a re-render. */
  function place(el) {
    const row = el.closest('tr');
    const grid = el.closest('[role="grid"]');
    if (!row || !grid) { return null; }
    const rows = rowsOf(grid);
    const section = el.closest('section');
    return {
      grid, rows, row: rows.indexOf(row), col: navItems(row).indexOf(el),
      key: { story: section ? section.dataset.story : '', row: row.dataset.row || '', timeline: row.classList.contains('timeline'), col: navItems(row).indexOf(el) },
    };
  }

  function focusItem(el, scroll) {
    if (!el) { return; }
    for (const x of root.querySelectorAll('[data-nav][tabindex="0"]')) { x.setAttribute('tabindex', '-1'); }
    el.setAttribute('tabindex', '0');
    el.focus({ preventScroll: !scroll });
    if (scroll) { el.scrollIntoView({ block: 'nearest', inline: 'nearest' }); }
    const p = place(el);
    if (p) { state.focus = p.key; save(); }
  }

  function setExpanded(head, open) {
    const id = head.dataset.toggle;
    const row = id && document.getElementById(id);
    if (!row) { return; }
    row.hidden = !open;
    head.setAttribute('aria-expanded', String(open));
    state.expanded = state.expanded.filter((x) => x !== id);
    if (open) { state.expanded.push(id); }
    save();
  }

  function activate(el) {
    if (el.dataset.toggle) { setExpanded(el, el.getAttribute('aria-expanded') !== 'true'); return; }
    if (el.dataset.doc !== undefined) {
      vscode.postMessage({ type: 'open', doc: el.dataset.doc, start: Number(el.dataset.start), end: Number(el.dataset.end) });
    }
  }

  function move(el, key, ctrl) {
    const p = place(el);
    if (!p) { return; }
    const items = navItems(p.rows[p.row]);
    let row = p.row;
    let col = p.col;
    if (key === 'ArrowRight') { col = Math.min(items.length - 1, col + 1); }
    else if (key === 'ArrowLeft') { if (col === 0 && el.dataset.toggle && el.getAttribute('aria-expanded') === 'true') { setExpanded(el, false); return; } col = Math.max(0, col - 1); }
    else if (key === 'ArrowDown') { row = Math.min(p.rows.length - 1, row + 1); }
    else if (key === 'ArrowUp') { row = Math.max(0, row - 1); }
    else if (key === 'Home') { if (ctrl) { row = 0; } col = 0; }
    else if (key === 'End') { if (ctrl) { row = p.rows.length - 1; } col = Number.MAX_SAFE_INTEGER; }
    else if (key === 'PageDown') { row = Math.min(p.rows.length - 1, row + 10); }
    else if (key === 'PageUp') { row = Math.max(0, row - 10); }
    const target = navItems(p.rows[row]);
    focusItem(target[Math.min(col, target.length - 1)], true);
  }

  document.addEventListener('keydown', (ev) => {
    const el = ev.target instanceof Element ? ev.target.closest('[data-nav]') : null;
    if (!el) { return; }
    if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); activate(el); return; }
    if (['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp'].includes(ev.key)) {
      ev.preventDefault();
      move(el, ev.key, ev.ctrlKey || ev.metaKey);
    }
  });

  document.addEventListener('click', (ev) => {
    const el = ev.target instanceof Element ? ev.target.closest('[data-nav]') : null;
    if (!el) { return; }
    focusItem(el, false);
    activate(el);
  });

  /** After a render: expansions back, and one item of the page in the tab order (the focused one if it is
   *  still there), focused again when the grid had the focus before. */
  function restore(refocus) {
    for (const id of state.expanded) {
      const head = root.querySelector(`[data-toggle="${CSS.escape(id)}"]`);
      if (head) { setExpanded(head, true); }
    }
    let el = null;
    const f = state.focus;
    if (f) {
      const section = root.querySelector(`section[data-story="${CSS.escape(f.story)}"]`);
      const row = section && Array.from(section.querySelectorAll('tr')).find((r) => r.dataset.row === f.row && r.classList.contains('timeline') === f.timeline && !r.hidden);
      el = row ? navItems(row)[f.col] || null : null;
    }
    el = el || root.querySelector('[data-nav]');
    if (el) {
      for (const x of root.querySelectorAll('[data-nav][tabindex="0"]')) { x.setAttribute('tabindex', '-1'); }
      el.setAttribute('tabindex', '0');
      if (refocus) { el.focus({ preventScroll: true }); }
    }
  }

  /** What the page shows, read from its DOM: the extension's tests compare it with the model. */
  function rendered() {
    const text = (el) => (el ? el.textContent.replace(/\s+/g, ' ').trim() : '');
    const groups = Array.from(root.querySelectorAll('section.story')).map((s) => ({
      story: s.dataset.story,
      heading: text(s.querySelector('h2')),
      columns: Array.from(s.querySelectorAll('thead th')).map(text),
      rows: Array.from(s.querySelectorAll('tr.fact-row')).map((r) => ({
        id: r.dataset.row,
        subject: text(r.querySelector('.subject')),
        cells: Array.from(r.querySelectorAll('td.cell')).map((c) => `${c.dataset.state}${text(c.querySelector('.value')) ? `: ${text(c.querySelector('.value'))}` : ''}`),
        titles: Array.from(r.querySelectorAll('td.cell')).map((c) => c.getAttribute('title') || ''),
      })),
      timelines: Array.from(s.querySelectorAll('tr.timeline')).map((r) => ({ id: r.dataset.row, hidden: r.hidden, entries: Array.from(r.querySelectorAll('.entry')).map(text) })),
      empty: text(s.querySelector('.empty')),
    }));
    const active = document.activeElement && document.activeElement.closest && document.activeElement.closest('[data-nav]');
    const p = active ? place(active) : null;
    return {
      groups,
      message: groups.length ? '' : text(root.querySelector('.empty')),
      // anything an article could have smuggled in: elements that run, load or navigate
      active: root.querySelectorAll('script, img, iframe, object, embed, a, form, link, style, [onerror], [onclick], [onload], [href], [src]').length,
      focus: p ? { story: p.key.story, row: p.key.row, timeline: p.key.timeline, col: p.col, text: text(active) } : null,
      focusable: root.querySelectorAll('[data-nav][tabindex="0"]').length,
      tabindex: document.querySelectorAll('[tabindex="0"]').length,
      csp: (document.querySelector('meta[http-equiv="Content-Security-Policy"]') || { content: '' }).content,
    };
  }

  window.addEventListener('message', (ev) => {
    const m = ev.data;
    if (!m || typeof m !== 'object') { return; }
    if (m.type === 'render' && typeof m.html === 'string') {
      // escaped by the extension (factMatrixHtml.ts); the CSP blocks inline handlers and scripts regardless
      const refocus = root.contains(document.activeElement) && document.activeElement !== root;
      root.innerHTML = m.html;
      restore(refocus);
    } else if (m.type === 'rendered') {
      vscode.postMessage({ type: 'rendered', id: m.id, matrix: rendered() });
    } else if (m.type === 'key' && typeof m.key === 'string') {
      // the extension's tests drive the keyboard through here: the same handler a key press reaches
      let el = document.activeElement && document.activeElement.closest && document.activeElement.closest('[data-nav]');
      if (m.focus) {
        const section = root.querySelector(`section[data-story="${CSS.escape(String(m.focus.story))}"]`);
        const row = section && Array.from(section.querySelectorAll('tr.fact-row')).find((r) => r.dataset.row === m.focus.row);
        el = row ? navItems(row)[Number(m.focus.col)] : null;
        if (el) { focusItem(el, false); }
      }
      if (el) { document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: m.key, bubbles: true, cancelable: true })); }
      vscode.postMessage({ type: 'rendered', id: m.id, matrix: rendered() });
    }
  });

  restore(false);
  vscode.postMessage({ type: 'ready' });
}());
