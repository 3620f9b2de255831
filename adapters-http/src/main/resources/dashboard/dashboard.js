// The Stockkeeper dashboard: plain JavaScript over the JSON API, nothing loaded from elsewhere.
// Every section asks the API on its own; one that answers 404 shows "not available" and the rest
// still render. Data is always put in the page as text, never as HTML.
'use strict';

(function () {
  const TOKEN_KEY = 'stockkeeper.apiToken';
  const RECENT_OUTCOMES = ['applied', 'stale', 'ignored', 'quarantined'];
  const SVG = 'http://www.w3.org/2000/svg';

  const $ = (selector) => document.querySelector(selector);
  const state = { mode: 'live', item: '' };

  // ---- talking to the API ----

  class Unauthorized extends Error {}

  async function api(path, options) {
    const headers = { Accept: 'application/json' };
    const token = sessionStorage.getItem(TOKEN_KEY);
    if (token) {
      headers.Authorization = 'Bearer ' + token;
    }
    const response = await fetch(path, Object.assign({ headers }, options || {}));
    if (response.status === 401) {
      askForToken(token ? 'The token was refused; paste another one.' : 'This API needs a token.');
      throw new Unauthorized('unauthorized');
    }
    let body = null;
    const text = await response.text();
    if (text) {
      try {
        body = JSON.parse(text);
      } catch (e) {
        body = { detail: text };
      }
    }
    return { status: response.status, ok: response.ok, body };
  }

  /** 404 or 405 from a route this server does not have (yet): the section says so and stays empty. */
  function unavailable(answer) {
    return answer.status === 404 || answer.status === 405 || answer.status === 501;
  }

  /** The list inside an answer, whatever the envelope is called. */
  function listOf(body, ...names) {
    if (Array.isArray(body)) {
      return body;
    }
    for (const name of names.concat(['items', 'data', 'results'])) {
      if (body && Array.isArray(body[name])) {
        return body[name];
      }
    }
    return [];
  }

  function askForToken(message) {
    $('#token-form').hidden = false;
    say(message);
  }

  function say(message) {
    $('#status-line').textContent = message;
  }

  // ---- building the page ----

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (name === 'className') {
        node.className = value;
      } else if (name.startsWith('on')) {
        node.addEventListener(name.substring(2), value);
      } else {
        node.setAttribute(name, value);
      }
    }
    for (const child of children) {
      node.append(child instanceof Node ? child : document.createTextNode(child == null ? '' : String(child)));
    }
    return node;
  }

  function note(className, text) {
    return el('p', { className }, text);
  }

  function fill(section, ...content) {
    const body = typeof section === 'string' ? $(section) : section;
    body.replaceChildren(...content);
  }

  function when(value) {
    if (!value) {
      return '';
    }
    const date = new Date(value);
    return isNaN(date) ? String(value) : date.toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z');
  }

  function statusBadge(status) {
    return el('span', { className: 'status status-' + status }, status || '');
  }

  function partLink(partNumber) {
    return el('a', { href: '#', 'data-part-number': partNumber, onclick: (event) => {
      event.preventDefault();
      showItem(partNumber);
    } }, partNumber);
  }

  /** A table from rows of objects; columns: [header, value(row), className?]. */
  function table(columns, rows) {
    const head = el('tr', {}, ...columns.map(([header, , className]) => el('th', { className: className || '' }, header)));
    const body = rows.map((row) => el('tr', {}, ...columns.map(([, value, className]) => {
      const content = value(row);
      return el('td', { className: className || '' }, content instanceof Node ? content : (content == null ? '' : String(content)));
    })));
    return el('table', {}, el('thead', {}, head), el('tbody', {}, ...body));
  }

  const itemColumns = [
    ['Part number', (item) => partLink(item.partNumber)],
    ['Quantity', (item) => item.quantity, 'number'],
    ['Status', (item) => statusBadge(item.status || item.availability)],
    ['Lifecycle', (item) => item.lifecycle],
    ['Fulfiller', (item) => item.fulfiller],
    ['Last change', (item) => when(item.lastChange && item.lastChange.sourceTimestamp)],
  ];

  // ---- sections ----

  async function loadItems() {
    const section = '#items .body';
    const query = new URLSearchParams({ mode: state.mode, limit: '100' });
    if ($('#filter-status').value) {
      query.set('status', $('#filter-status').value);
    }
    if ($('#filter-lifecycle').value) {
      query.set('lifecycle', $('#filter-lifecycle').value);
    }
    if ($('#filter-fulfiller').value.trim()) {
      query.set('fulfiller', $('#filter-fulfiller').value.trim());
    }
    const answer = await api('/api/v1/inventory?' + query);
    if (unavailable(answer)) {
      return fill(section, note('unavailable', 'The item list is not available on this server.'));
    }
    if (!answer.ok) {
      return fill(section, note('error', problem(answer)));
    }
    const items = listOf(answer.body, 'items');
    fill(section, items.length ? table(itemColumns, items) : note('empty', 'No items match.'));
  }

  async function loadLowStock() {
    const section = '#low-stock .body';
    const query = new URLSearchParams({ mode: state.mode, limit: '100' });
    let answer = await api('/api/v1/reports/low-stock?' + query);
    if (unavailable(answer)) {
      query.set('status', 'LOW_STOCK');
      answer = await api('/api/v1/inventory?' + query);
    }
    if (unavailable(answer)) {
      return fill(section, note('unavailable', 'The low-stock list is not available on this server.'));
    }
    if (!answer.ok) {
      return fill(section, note('error', problem(answer)));
    }
    const items = listOf(answer.body, 'items').filter((item) => (item.status || item.availability) === 'LOW_STOCK');
    fill(section, items.length ? table(itemColumns.slice(0, 3).concat([itemColumns[4]]), items) : note('empty', 'Nothing is low on stock.'));
  }

  async function loadReorder() {
    const section = '#reorder .body';
    const answer = await api('/api/v1/replenishment?' + new URLSearchParams({ mode: state.mode }));
    if (unavailable(answer)) {
      return fill(section, note('unavailable', 'The reorder list is not available on this server.'));
    }
    if (!answer.ok) {
      return fill(section, note('error', problem(answer)));
    }
    const rows = listOf(answer.body, 'lines', 'items', 'suggestions', 'reorder');
    if (!rows.length) {
      return fill(section, note('empty', 'Nothing needs reordering.'));
    }
    fill(section, table(scalarColumns(rows, ['partNumber', 'quantity', 'reorderPoint', 'suggestedQuantity',
      'daysOfCover', 'reason']), rows));
  }

  /** Columns for rows whose shape is not fixed: the preferred keys that occur, else the first scalar ones. */
  function scalarColumns(rows, preferred) {
    const keys = Object.keys(rows[0]).filter((key) => rows[0][key] === null || typeof rows[0][key] !== 'object');
    const chosen = preferred.filter((key) => keys.includes(key));
    return (chosen.length > 1 ? chosen : keys.slice(0, 7)).map((key) => [key,
      (row) => (key === 'partNumber' ? partLink(row[key]) : row[key]),
      typeof rows[0][key] === 'number' ? 'number' : '']);
  }

  async function loadEvents() {
    const answers = await Promise.all(RECENT_OUTCOMES.map((outcome) =>
      api('/api/v1/events?' + new URLSearchParams({ outcome, limit: '20' }))));
    const failed = answers.find((answer) => !answer.ok);
    if (failed) {
      const message = unavailable(failed) ? note('unavailable', 'The event log is not available on this server.')
        : note('error', problem(failed));
      fill('#recent-events .body', message);
      fill('#quarantined .body', message.cloneNode(true));
      return;
    }
    const recent = answers.flatMap((answer) => listOf(answer.body, 'events'))
      .sort((a, b) => String(b.receivedAt).localeCompare(String(a.receivedAt)))
      .slice(0, 25);
    fill('#recent-events .body', recent.length ? table([
      ['Received', (event) => when(event.receivedAt)],
      ['Type', (event) => event.type],
      ['Part number', (event) => (event.partNumber ? partLink(event.partNumber) : '')],
      ['Mode', (event) => event.mode],
      ['Outcome', (event) => event.outcome],
      ['Event id', (event) => event.id],
    ], recent) : note('empty', 'No event received yet.'));

    const quarantined = listOf(answers[RECENT_OUTCOMES.indexOf('quarantined')].body, 'events');
    fill('#quarantined .body', quarantined.length ? table([
      ['Received', (event) => when(event.receivedAt)],
      ['Event id', (event) => event.id],
      ['Reason', (event) => event.reason],
      ['', (event) => el('button', { type: 'button', onclick: () => replay(event.id) }, 'Replay')],
    ], quarantined) : note('empty', 'Nothing is quarantined.'));
  }

  async function replay(eventId) {
    const answer = await api('/api/v1/events/' + encodeURIComponent(eventId) + '/replay', { method: 'POST' });
    say(answer.ok ? 'Replayed ' + eventId + ': ' + (answer.body && answer.body.outcome) : problem(answer));
    await loadEvents();
  }

  // ---- one item ----

  async function showItem(partNumber) {
    state.item = partNumber.trim();
    $('#part-number').value = state.item;
    writeHash();
    await loadItem();
    $('#item').scrollIntoView({ block: 'nearest' });
  }

  async function loadItem() {
    if (!state.item) {
      fill('#item-summary', note('empty', 'Pick an item to see its stock over time.'));
      fill('#stock-chart');
      fill('#item-movements');
      return;
    }
    const path = '/api/v1/inventory/' + encodeURIComponent(state.item);
    const answer = await api(path + '?' + new URLSearchParams({ mode: state.mode }));
    if (!answer.ok) {
      fill('#item-summary', note(answer.status === 404 ? 'empty' : 'error', problem(answer)));
      fill('#stock-chart');
      fill('#item-movements');
      return;
    }
    const item = answer.body;
    const facts = [
      ['Quantity', item.quantity, 'item-quantity'],
      ['Status', item.status || item.availability, 'item-status'],
      ['Sellable', item.sellableQuantity, 'item-sellable'],
      ['Lifecycle', item.lifecycle, 'item-lifecycle'],
      ['Backorders', item.allowBackOrder ? 'allowed' : 'no', 'item-backorder'],
      ['Fulfiller', item.fulfiller, 'item-fulfiller'],
      ['Version', item.version, 'item-version'],
      ['Gaps', item.gapCount, 'item-gaps'],
    ].filter(([, value]) => value !== undefined && value !== null);
    fill('#item-summary',
      el('h3', {}, item.partNumber + ' (' + item.mode + ')'),
      el('dl', { className: 'summary' }, ...facts.map(([label, value, id]) =>
        el('div', {}, el('dt', {}, label), el('dd', { id }, value)))));

    const history = await movements(path, item);
    drawChart(history.points, history.source);
    fill('#item-movements', history.points.length ? table([
      ['When', (point) => when(point.at)],
      ['Kind', (point) => point.kind],
      ['Change', (point) => (point.delta == null ? '' : (point.delta > 0 ? '+' : '') + point.delta), 'number'],
      ['Quantity after', (point) => point.quantity, 'number'],
      ['Event id', (point) => point.eventId],
    ], history.points.slice().reverse()) : note('empty', 'No movement recorded.'));
  }

  /** The item's movements, page after page; where the server has no movements route, rebuilt from its events. */
  async function movements(path, item) {
    const pageSize = 1000;
    const found = [];
    let after = null;
    for (;;) {
      const query = new URLSearchParams({ mode: state.mode, limit: String(pageSize) });
      if (after !== null) {
        query.set('after', String(after));
      }
      const answer = await api(path + '/movements?' + query);
      if (!answer.ok && found.length === 0 && unavailable(answer)) {
        return { points: await historyFromEvents(item), source: 'the event log (movements are not available on this server)' };
      }
      if (!answer.ok) {
        throw new Error(problem(answer));
      }
      const page = listOf(answer.body, 'movements');
      found.push(...page);
      const next = answer.body && answer.body.next;
      if (page.length < pageSize || next === undefined || next === null || found.length >= 20 * pageSize) {
        break;
      }
      after = next;
    }
    const points = found.map((movement) => ({
      at: movement.sourceTime || movement.sourceTimestamp || movement.occurredAt || movement.at || movement.timestamp,
      quantity: Number(movement.quantityAfter !== undefined ? movement.quantityAfter : movement.quantity),
      delta: movement.delta,
      kind: movement.kind,
      eventId: movement.eventId,
    }));
    return { points: ordered(points), source: 'the movement ledger' };
  }

  async function historyFromEvents(item) {
    const list = await api('/api/v1/events?' + new URLSearchParams({ outcome: 'applied', limit: '500' }));
    if (!list.ok) {
      return [];
    }
    const mine = listOf(list.body, 'events').filter((event) => event.partNumber === item.partNumber && event.mode === item.mode);
    const details = await Promise.all(mine.map((event) => api('/api/v1/events/' + encodeURIComponent(event.id))));
    const points = [];
    for (const detail of details) {
      try {
        const object = JSON.parse(detail.body.payload).data.object;
        points.push({ at: object.timestamp || detail.body.createdTime, quantity: Number(object.quantity),
          kind: 'applied', eventId: detail.body.id });
      } catch (e) {
        // an event whose payload does not say a quantity has no point on the chart
      }
    }
    const sorted = ordered(points);
    sorted.forEach((point, index) => {
      point.delta = index === 0 ? null : point.quantity - sorted[index - 1].quantity;
    });
    return sorted;
  }

  function ordered(points) {
    return points.filter((point) => Number.isFinite(point.quantity) && !isNaN(new Date(point.at)))
      .sort((a, b) => new Date(a.at) - new Date(b.at));
  }

  // ---- the chart: stock level over time, as a step line (a quantity holds until the next change) ----

  function drawChart(points, source) {
    const figure = $('#stock-chart');
    if (!points.length) {
      return fill(figure);
    }
    const width = 800;
    const height = 240;
    const pad = { left: 56, right: 20, top: 16, bottom: 36 };
    const times = points.map((point) => new Date(point.at).getTime());
    const quantities = points.map((point) => point.quantity);
    const firstTime = Math.min(...times);
    const lastTime = Math.max(...times);
    const low = Math.min(0, ...quantities);
    const high = Math.max(1, ...quantities);
    const x = (time, index) => pad.left + (lastTime === firstTime
      ? (points.length === 1 ? 0.5 : index / (points.length - 1))
      : (time - firstTime) / (lastTime - firstTime)) * (width - pad.left - pad.right);
    const y = (quantity) => pad.top + (1 - (quantity - low) / (high - low)) * (height - pad.top - pad.bottom);

    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', 'Stock level of ' + state.item + ' over time');
    const add = (tag, attributes, text) => {
      const node = document.createElementNS(SVG, tag);
      for (const [name, value] of Object.entries(attributes)) {
        node.setAttribute(name, value);
      }
      if (text !== undefined) {
        node.textContent = text;
      }
      svg.append(node);
      return node;
    };
    add('line', { class: 'axis', x1: pad.left, y1: pad.top, x2: pad.left, y2: height - pad.bottom });
    add('line', { class: 'axis', x1: pad.left, y1: height - pad.bottom, x2: width - pad.right, y2: height - pad.bottom });
    if (low < 0) {
      add('line', { class: 'zero', x1: pad.left, y1: y(0), x2: width - pad.right, y2: y(0) });
    }
    add('text', { x: pad.left - 6, y: y(high) + 4, 'text-anchor': 'end' }, String(high));
    add('text', { x: pad.left - 6, y: y(low) + 4, 'text-anchor': 'end' }, String(low));
    add('text', { x: pad.left, y: height - 12 }, when(points[0].at));
    add('text', { x: width - pad.right, y: height - 12, 'text-anchor': 'end' }, when(points[points.length - 1].at));

    const coordinates = points.map((point, index) => [x(times[index], index), y(point.quantity)]);
    let path = 'M' + coordinates[0][0] + ' ' + coordinates[0][1];
    for (let i = 1; i < coordinates.length; i++) {
      path += ' H' + coordinates[i][0] + ' V' + coordinates[i][1];
    }
    add('path', { class: 'line', d: path });
    points.forEach((point, index) => {
      const dot = add('circle', { class: 'point', cx: coordinates[index][0], cy: coordinates[index][1], r: 4,
        'data-quantity': point.quantity, 'data-at': point.at });
      const title = document.createElementNS(SVG, 'title');
      title.textContent = when(point.at) + ': ' + point.quantity + (point.kind ? ' (' + point.kind + ')' : '');
      dot.append(title);
    });
    fill(figure, svg, el('figcaption', {}, points.length + ' change(s), from ' + source + '.'));
  }

  // ---- state in the address, so a view can be shared ----

  function readHash() {
    const hash = new URLSearchParams(location.hash.substring(1));
    state.mode = hash.get('mode') === 'test' ? 'test' : 'live';
    state.item = hash.get('item') || '';
    $('#mode').value = state.mode;
    $('#part-number').value = state.item;
  }

  function writeHash() {
    const hash = new URLSearchParams({ mode: state.mode });
    if (state.item) {
      hash.set('item', state.item);
    }
    history.replaceState(null, '', '#' + hash);
  }

  function problem(answer) {
    const body = answer.body || {};
    return body.detail || body.title || 'HTTP ' + answer.status;
  }

  async function refresh() {
    say('Loading…');
    const sections = [loadItems(), loadLowStock(), loadReorder(), loadEvents(), loadItem()];
    const results = await Promise.allSettled(sections);
    const failures = results.filter((result) => result.status === 'rejected');
    if (failures.some((result) => result.reason instanceof Unauthorized)) {
      return;
    }
    say(failures.length ? 'Some parts failed: ' + failures.map((f) => f.reason.message).join('; ')
      : 'Updated ' + new Date().toLocaleTimeString());
    document.body.dataset.loaded = 'true';
  }

  document.addEventListener('DOMContentLoaded', () => {
    readHash();
    $('#mode').addEventListener('change', () => {
      state.mode = $('#mode').value;
      writeHash();
      refresh();
    });
    $('#refresh').addEventListener('click', refresh);
    $('#item-filters').addEventListener('submit', (event) => {
      event.preventDefault();
      loadItems();
    });
    $('#item-form').addEventListener('submit', (event) => {
      event.preventDefault();
      showItem($('#part-number').value);
    });
    $('#token-form').addEventListener('submit', (event) => {
      event.preventDefault();
      sessionStorage.setItem(TOKEN_KEY, $('#token').value.trim());
      $('#token').value = '';
      $('#token-form').hidden = true;
      refresh();
    });
    window.addEventListener('hashchange', () => {
      readHash();
      refresh();
    });
    refresh();
  });
}());
