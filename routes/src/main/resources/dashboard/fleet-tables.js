// The caller's fleet and drivers as they are now, as the fleet API lists them (docs/fleet.md), read beside this
// page, where the browser sends its login. Sets data-fleet-rendered on the body when both tables are filled.
(function () {
  'use strict';

  function getJson(path) {
    return fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(response => response.ok ? response.json() : Promise.reject(response.status));
  }

  function row(values) {
    const tr = document.createElement('tr');
    values.forEach(value => {
      const td = document.createElement('td');
      td.textContent = value === undefined || value === null ? '' : value;
      tr.append(td);
    });
    return tr;
  }

  function hours(shift) {
    return shift ? shift.start + '–' + shift.end : '';
  }

  function since(entry) {
    return 'v' + entry.version + ' since ' + entry.validFrom.slice(0, 16) + ' (' + entry.changedBy + ')';
  }

  function vehicleRow(entry) {
    const v = entry.item;
    const capacity = v.capacity || {};
    return row([v.id, v.type, v.depotId, capacity.weightKg, capacity.parcels, v.zeroEmission, v.ownership,
      hours(v.shift), since(entry)]);
  }

  function driverRow(entry) {
    const d = entry.item;
    return row([d.id, d.name, d.vehicleId, (d.skills || []).join(', '), hours(d.shift), since(entry)]);
  }

  // Empty lists are left out of the hub's JSON.
  getJson('fleet').then(fleet => {
    document.querySelector('#fleet-vehicles tbody').replaceChildren(...(fleet.vehicles || []).map(vehicleRow));
    document.querySelector('#fleet-drivers tbody').replaceChildren(...(fleet.drivers || []).map(driverRow));
  }).catch(status => {
    document.getElementById('fleet-problem').textContent = 'The fleet could not be read (' + status + ').';
  }).finally(() => document.body.setAttribute('data-fleet-rendered', 'true'));
}());
