// Cockpit does not read the dateFormat of its config.js: it writes dates as 2026-11-29T14:05:00. This sets ours on
// its date filter; a config block added to Cockpit's module runs after Cockpit's own.
import {DATE_FORMATS} from './date-formats.js';

window.angular.module('cam.cockpit').config(['camDateFormatProvider', dateFormat => {
  for (const [name, format] of Object.entries(DATE_FORMATS)) {
    dateFormat.setDateFormat(format, name);
  }
}]);
