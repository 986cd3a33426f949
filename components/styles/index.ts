// The Lightning Design System first (purged at build time, see postcss.config.js), then ours.
import '@salesforce-ux/design-system/assets/styles/salesforce-lightning-design-system.css';
import './base.css';
