// Charts the caller's KPIs: the filters come from the page's query string (from, to, depot, groupBy), default the
// last 30 days. The credentials are the browser's, sent again to the KPI endpoint beside this page.
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
  }

  function chart(id, option) {
    charts[id] = charts[id] || echarts.init(document.getElementById(id));
    charts[id].setOption(option, true);
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
    const reasons = {};
    periods.forEach(p => Object.entries(p.firstAttempt.failedAttemptsByReason || {})
        .forEach(([reason, n]) => { reasons[reason] = (reasons[reason] || 0) + n; }));
    chart('failed-attempts', {
      title: { text: 'Failed attempts by reason' }, tooltip: { trigger: 'item' },
      series: [{ name: 'failed attempts', type: 'pie', radius: '60%',
        data: Object.entries(reasons).map(([name, value]) => ({ name: name, value: value })) }]
    });
    document.body.dataset.rendered = 'true';
  }

  function load() {
    const query = new URLSearchParams(new FormData(form));
    if (!form.depot.value) {
      query.delete('depot');
    }
    document.getElementById('problem').textContent = '';
    fetch('kpis?' + query, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(response => response.ok ? response.json() : response.json().then(e => Promise.reject(e)))
      .then(render)
      .catch(e => { document.getElementById('problem').textContent = e.message || e.error || String(e); });
  }

  form.addEventListener('submit', event => {
    event.preventDefault();
    history.replaceState(null, '', '?' + new URLSearchParams(new FormData(form)));
    load();
  });
  window.addEventListener('resize', () => Object.values(charts).forEach(c => c.resize()));
  defaults();
  load();
}());
