// Charts the caller's KPIs: the filters come from the page's query string (from, to, depot, vehicleType, groupBy),
// default the last 30 days. The credentials are the browser's, sent again to the KPI endpoint beside this page.
// A click on a count of the figures table, or on a bar of the on-time chart, lists the orders behind it, from the
// drill-down endpoint. Above them, today's routes (of the form's depot, if any) with their progress and their late
// and at-risk stops.
(function () {
  'use strict';
  const form = document.getElementById('filters');
  const charts = {};

  function defaults() {
    const query = new URLSearchParams(location.search);
    const today = new Date();
    const monthAgo = new Date(today.getTime() - 30 * 24 * 3600 * 1000);
    form.from.value = query.get('from') || monthAgo.toISOString().slice(0, 10);
    form.to.value = query.get('to') || today.toISOString().slice(0, 10);
    form.depot.value = query.get('depot') || '';
    form.groupBy.value = query.get('groupBy') || 'day';
    form.vehicleType.value = query.get('vehicleType') || '';
  }

  function filters() {
    const query = new URLSearchParams(new FormData(form));
    ['depot', 'vehicleType'].filter(name => !form[name].value).forEach(name => query.delete(name));
    return query;
  }

  function getJson(path) {
    return fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(response => response.ok ? response.json() : response.json().then(e => Promise.reject(e)));
  }

  // The last day of the period that starts on this day, within the form's range.
  function periodEnd(start) {
    const end = new Date(start + 'T00:00:00Z');
    if (form.groupBy.value === 'week') {
      end.setUTCDate(end.getUTCDate() + 6);
    } else if (form.groupBy.value === 'month') {
      end.setUTCMonth(end.getUTCMonth() + 1, 0);
    }
    const last = end.toISOString().slice(0, 10);
    return last < form.to.value ? last : form.to.value;
  }

  function drill(kpi, period) {
    const query = filters();
    query.set('from', period < form.from.value ? form.from.value : period);
    query.set('to', periodEnd(period));
    getJson('kpis/' + kpi + '/orders?' + query).then(rows => {
      const title = document.getElementById('drill-title');
      title.textContent = rows.length + ' order(s) behind "' + kpi + '" in the period of ' + period;
      title.hidden = false;
      const body = document.querySelector('#drill tbody');
      body.replaceChildren(...rows.map(row => {
        const tr = document.createElement('tr');
        const link = document.createElement('a');
        link.href = row.link;
        link.textContent = row.orderId;
        tr.append(cell(link), cell(row.day), cell(row.vehicleId),
          cell((row.windowStart || '') + ' to ' + (row.windowEnd || '')), cell(row.deliveredAt), cell(row.minutes));
        return tr;
      }));
      document.getElementById('drill').hidden = false;
    }).catch(e => { document.getElementById('problem').textContent = e.message || e.error || String(e); });
  }

  function chart(id, option) {
    charts[id] = charts[id] || echarts.init(document.getElementById(id));
    // No animation: figures are read, not watched, and a bar is where its value is from the first frame.
    charts[id].setOption(Object.assign({ animation: false }, option), true);
  }

  function cell(content) {
    const td = document.createElement('td');
    td.append(content === undefined || content === null ? '' : content);
    return td;
  }

  // A count that opens the orders behind it.
  function drillCell(count, kpi, period) {
    const link = document.createElement('a');
    link.href = '#drill';
    link.dataset.kpi = kpi;
    link.textContent = count;
    link.addEventListener('click', event => {
      event.preventDefault();
      drill(kpi, period);
    });
    return cell(link);
  }

  function table(periods) {
    document.querySelector('#figures tbody').replaceChildren(...periods.map(p => {
      const tr = document.createElement('tr');
      const setAside = Object.values(p.setAsideByReason || {}).reduce((sum, n) => sum + n, 0);
      tr.append(cell(p.period), drillCell(p.onTime.delivered, 'delivery-time', p.period),
        drillCell(p.onTime.onTime, 'on-time', p.period), drillCell(p.onTime.early, 'early', p.period),
        drillCell(p.onTime.late, 'late', p.period),
        drillCell(p.firstAttempt.failedAttempts, 'failed-attempts', p.period),
        drillCell(setAside, 'set-aside', p.period),
        drillCell(p.costs.zeroEmissionDeliveries, 'zero-emission', p.period),
        drillCell(p.arrival.etaKept, 'eta-kept', p.period),
        cell(p.costs.costPerDelivery === undefined ? '' : p.costs.costPerDelivery + ' ' + p.costs.currency));
      return tr;
    }));
  }

  function percent(rate) {
    return rate === undefined || rate === null ? '' : Math.round(rate * 1000) / 10 + ' %';
  }

  function driversTable(drivers) {
    document.querySelector('#drivers tbody').replaceChildren(...drivers.map(d => {
      const tr = document.createElement('tr');
      tr.append(cell(d.driver), cell(d.days), cell(d.stops), cell(d.delivered), cell(percent(d.onTimeRate)),
        cell(percent(d.firstAttemptRate)), cell(percent(d.etaAccuracy)), cell(percent(d.proofRate)));
      return tr;
    }));
  }

  // The stops of a route with this flag, as a list of order ids with their window's end.
  function flagged(route, flag) {
    const list = document.createElement('ul');
    list.className = flag;
    list.append(...(route.stops || []).filter(s => s.flag === flag).map(s => {
      const item = document.createElement('li');
      item.textContent = s.orderId + ' (window to ' + s.windowEnd + ')';
      return item;
    }));
    return list;
  }

  function todayTable(today) {
    const routes = today.routes || [];
    const done = routes.reduce((sum, r) => sum + r.stopsDone, 0);
    const planned = routes.reduce((sum, r) => sum + r.stopsPlanned, 0);
    document.getElementById('today-summary').textContent = routes.length + ' route(s) today, ' + done + ' of '
        + planned + ' stop(s) done, as of ' + today.at;
    document.querySelector('#today tbody').replaceChildren(...routes.map(r => {
      const tr = document.createElement('tr');
      tr.dataset.vehicle = r.vehicleId;
      const progress = document.createElement('progress');
      progress.max = r.stopsPlanned;
      progress.value = r.stopsDone;
      progress.title = percent(r.progress);
      tr.append(cell(r.depotId), cell(r.vehicleId), cell(r.driverId), cell(progress),
        cell(r.stopsDone + ' / ' + r.stopsPlanned), cell(r.lastPositionAt), cell(flagged(r, 'late')),
        cell(flagged(r, 'at-risk')));
      return tr;
    }));
    document.getElementById('today').dataset.rendered = 'true';
  }

  // The hub leaves empty lists and maps out of its JSON.
  function render(report) {
    const periods = report.periods || [];
    const names = periods.map(p => p.period);
    const delivered = periods.reduce((sum, p) => sum + p.onTime.delivered, 0);
    document.getElementById('summary').textContent = delivered + ' deliveries in ' + periods.length
        + ' period(s), ' + (report.driverDays || []).length + ' driver day(s)';
    chart('on-time', {
      title: { text: 'On time, early, late' }, tooltip: { trigger: 'axis' }, legend: { top: 25 },
      xAxis: { type: 'category', data: names }, yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: 'on time', type: 'bar', stack: 'd', data: periods.map(p => p.onTime.onTime) },
        { name: 'early', type: 'bar', stack: 'd', data: periods.map(p => p.onTime.early) },
        { name: 'late', type: 'bar', stack: 'd', data: periods.map(p => p.onTime.late) }
      ]
    });
    chart('delivery-time', {
      title: { text: 'Delivery time (minutes)' }, tooltip: { trigger: 'axis' }, legend: { top: 25 },
      xAxis: { type: 'category', data: names }, yAxis: { type: 'value' },
      series: [
        { name: 'received to delivered, average', type: 'line',
          data: periods.map(p => p.receivedToDelivered.averageMinutes) },
        { name: 'received to delivered, p90', type: 'line',
          data: periods.map(p => p.receivedToDelivered.p90Minutes) },
        { name: 'out for delivery to delivered, average', type: 'line',
          data: periods.map(p => p.outForDeliveryToDelivered.averageMinutes) }
      ]
    });
    chart('first-attempt', {
      title: { text: 'First-attempt and on-time rate' }, tooltip: { trigger: 'axis' }, legend: { top: 25 },
      xAxis: { type: 'category', data: names }, yAxis: { type: 'value', min: 0, max: 1 },
      series: [
        { name: 'first attempt', type: 'line', data: periods.map(p => p.firstAttempt.rate) },
        { name: 'on time', type: 'line', data: periods.map(p => p.onTime.rate) }
      ]
    });
    chart('cost', {
      title: { text: 'Cost and CO2 per delivery' }, tooltip: { trigger: 'axis' }, legend: { top: 25 },
      xAxis: { type: 'category', data: names },
      yAxis: [{ type: 'value', name: (periods.find(p => p.costs.currency) || { costs: {} }).costs.currency || '' },
        { type: 'value', name: 'g CO2' }],
      series: [
        { name: 'cost per delivery', type: 'bar', data: periods.map(p => p.costs.costPerDelivery) },
        { name: 'CO2 per delivery', type: 'line', yAxisIndex: 1, data: periods.map(p => p.costs.co2GramsPerDelivery) }
      ]
    });
    chart('green-and-eta', {
      title: { text: 'Zero-emission share and ETA accuracy' }, tooltip: { trigger: 'axis' }, legend: { top: 25 },
      xAxis: { type: 'category', data: names }, yAxis: { type: 'value', min: 0, max: 1 },
      series: [
        { name: 'zero-emission deliveries', type: 'line', data: periods.map(p => p.costs.zeroEmissionShare) },
        { name: 'ETA kept', type: 'line', data: periods.map(p => p.arrival.etaAccuracy) }
      ]
    });
    charts['on-time'].off('click');
    charts['on-time'].on('click', event => drill({ 'on time': 'on-time', early: 'early', late: 'late' }
        [event.seriesName], event.name));
    const reasons = {};
    periods.forEach(p => Object.entries(p.firstAttempt.failedAttemptsByReason || {})
        .forEach(([reason, n]) => { reasons[reason] = (reasons[reason] || 0) + n; }));
    chart('failed-attempts', {
      title: { text: 'Failed attempts by reason' }, tooltip: { trigger: 'item' },
      series: [{ name: 'failed attempts', type: 'pie', radius: '60%',
        data: Object.entries(reasons).map(([name, value]) => ({ name: name, value: value })) }]
    });
    table(periods);
    document.body.dataset.rendered = 'true';
  }

  function load() {
    document.getElementById('problem').textContent = '';
    getJson('today' + (form.depot.value ? '?depot=' + encodeURIComponent(form.depot.value) : '')).then(todayTable)
      .catch(e => { document.getElementById('problem').textContent = e.message || e.error || String(e); });
    getJson('drivers?' + filters()).then(driversTable)
      .catch(e => { document.getElementById('problem').textContent = e.message || e.error || String(e); });
    getJson('kpis?' + filters())
      .then(render)
      .catch(e => { document.getElementById('problem').textContent = e.message || e.error || String(e); });
  }

  form.addEventListener('submit', event => {
    event.preventDefault();
    history.replaceState(null, '', '?' + filters());
    load();
  });
  window.addEventListener('resize', () => Object.values(charts).forEach(c => c.resize()));
  defaults();
  load();
}());
