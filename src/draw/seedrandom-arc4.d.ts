// Types of seedrandom's ARC4 module (`seedrandom/seedrandom.js`): the same function the package
// root exports, without the other generators attached to it.
declare module 'seedrandom/seedrandom.js' {
  import seedrandom = require('seedrandom');
  export = seedrandom;
}
