// Only the vis-util helpers that vis-timeline and vis-data use. vis-timeline's esnext build does
// `import * as util from 'vis-util/esnext/esm/vis-util.js'` and spreads the namespace into its own
// `availableUtils`, which stops the bundler from dropping anything: all of vis-util (ColorPicker,
// Configurator, Validator, Popup, Alea…, about 9 KB gzip that the timeline never calls) was in
// the first view. vis-util-alias.ts points that exact specifier here; this module imports the real
// file through another specifier, which the alias does not match.
//
// A name vis-timeline imports by name and that is missing here fails the build. A name it reaches
// through the namespace (`availableUtils.foo`) would instead be undefined at run time, so
// vis-util-for-timeline.test.ts reads vis-timeline's source and checks each such name is here.
export {
  DELETE,
  HSVToRGB,
  RGBToHSV,
  addClassName,
  addCssText,
  binarySearchCustom,
  binarySearchValue,
  bridgeObject,
  copyAndExtendArray,
  copyArray,
  deepExtend,
  easingFunctions,
  equalArray,
  extend,
  forEach,
  getAbsoluteLeft,
  getAbsoluteTop,
  getScrollBarWidth,
  getTarget,
  getType,
  hasParent,
  hexToRGB,
  insertSort,
  isNumber,
  isString,
  isValidHex,
  isValidRGB,
  isValidRGBA,
  mergeOptions,
  option,
  preventDefault,
  pureDeepObjectAssign,
  removeClassName,
  removeCssText,
  selectiveBridgeObject,
  selectiveDeepExtend,
  selectiveExtend,
  throttle,
  toArray,
  updateProperty,
} from 'vis-util/esnext';
