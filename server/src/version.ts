/** gongwen's version, as package.json gives it (a unit test checks they agree). */
export const VERSION = '0.1.0';
