/** The benchmark's baseline app: nothing but a static page. */
export default { poweredByHeader: false };
