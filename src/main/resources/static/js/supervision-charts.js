// The dashboard's weekly flow chart (Apache ECharts, served by the application); the data is in #flow-data.
(function () {
  var target = document.getElementById('flow-chart');
  var data = document.getElementById('flow-data');
  if (!target || !data || typeof echarts === 'undefined') {
    return;
  }
  var weeks = JSON.parse(data.textContent);
  echarts.init(target).setOption({
    // Drawn at once: a supervisor reads figures, and a line still being animated looks like missing weeks.
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { data: ['受理', '办结'] },
    xAxis: { type: 'category', data: weeks.map(function (week) { return week[0]; }) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: '受理', type: 'bar', data: weeks.map(function (week) { return week[1]; }) },
      { name: '办结', type: 'line', data: weeks.map(function (week) { return week[2]; }) }
    ]
  });
})();
