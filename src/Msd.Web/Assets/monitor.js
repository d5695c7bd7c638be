// Draws the charts of a page with Apache ECharts from the JSON beside each chart element. The same
// numbers are in a table on the page, so without JavaScript nothing is lost but the picture.
(function () {
  'use strict';
  const units = { procent: ' %', per_1000: ' per 1.000', per_10000: ' per 10.000', dagen: ' dagen' };
  const format = (unit, compact) => {
    const digits = unit === 'procent' || unit === 'per_1000' || unit === 'per_10000' ? 1 : unit === 'ratio' ? 2 : 0;
    const number = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: compact ? 0 : digits, maximumFractionDigits: digits });
    return (value) => value == null ? 'niet getoond' : (unit === 'euro' ? '€ ' : '') + number.format(value) + (compact ? '' : (units[unit] || ''));
  };
  const palette = ['#004488', '#bb5566', '#117733', '#ddaa33', '#332288', '#882255'];

  function option(spec) {
    const full = format(spec.unit, false);
    const axis = format(spec.unit, true);
    if (spec.kind === 'spark') {
      return {
        animation: false, color: palette, grid: { left: 2, right: 2, top: 4, bottom: 4 },
        xAxis: { type: 'category', data: spec.categories, show: false },
        yAxis: { type: 'value', show: false, scale: true },
        tooltip: { trigger: 'axis', valueFormatter: full },
        series: spec.series.map((s) => ({ name: s.name, type: 'line', data: s.data, symbol: 'none', lineStyle: { width: 2 } })),
      };
    }
    const bar = spec.kind === 'bar';
    return {
      animation: false, color: palette,
      grid: { left: bar ? 150 : 60, right: 24, top: 40, bottom: bar ? 30 : 60, containLabel: false },
      legend: { top: 0, type: 'scroll' },
      tooltip: { trigger: 'axis', valueFormatter: full },
      xAxis: bar ? { type: 'value', axisLabel: { formatter: axis } } : { type: 'category', data: spec.categories },
      yAxis: bar ? { type: 'category', data: spec.categories, inverse: true, axisLabel: { width: 140, overflow: 'truncate' } } : { type: 'value', axisLabel: { formatter: axis }, scale: spec.unit !== 'procent' },
      series: spec.series.map((s) => ({
        name: s.name, type: bar ? 'bar' : 'line', data: s.data, connectNulls: false,
        lineStyle: s.dashed ? { type: 'dashed', width: 2 } : { width: 3 }, symbolSize: 7,
        symbol: s.dashed ? 'none' : 'circle',
      })),
    };
  }

  // districts coloured by value on the workspace's own boundaries (GeoJSON); hidden values stay grey
  function drawMap(chart, spec) {
    const full = format(spec.unit, false);
    fetch(spec.mapUrl).then((r) => (r.ok ? r.json() : Promise.reject(r.status))).then((geo) => {
      echarts.registerMap('wijken', geo);
      const values = spec.series[0].data.filter((v) => v != null);
      if (values.length === 0) return;
      chart.setOption({
        animation: false,
        tooltip: { trigger: 'item', formatter: (p) => (spec.labels[spec.categories.indexOf(p.name)] || p.name) + ': ' + full(isNaN(p.value) ? null : p.value) },
        visualMap: {
          min: Math.min(...values), max: Math.max(...values), calculable: true, left: 'left', bottom: 10,
          text: ['hoog', 'laag'], inRange: { color: ['#e3ecf5', '#004488'] }, formatter: (v) => full(v),
        },
        series: [{
          type: 'map', map: 'wijken', nameProperty: spec.mapCodeProperty, roam: false,
          itemStyle: { areaColor: '#eeeeee', borderColor: '#555555' },
          data: spec.categories.map((code, i) => ({ name: code, value: spec.series[0].data[i] })),
        }],
      });
    }).catch(() => chart.dispose()); // no map: the ranked chart and the table remain
  }

  function draw() {
    if (typeof echarts === 'undefined') return;
    document.querySelectorAll('[data-chart]').forEach((element) => {
      const source = document.getElementById(element.dataset.chart);
      if (!source) return;
      const spec = JSON.parse(source.textContent);
      const chart = echarts.init(element, null, { renderer: 'svg', locale: 'EN' });
      if (spec.kind === 'map') drawMap(chart, spec); else chart.setOption(option(spec));
      new ResizeObserver(() => chart.resize()).observe(element);
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', draw); else draw();
})();
