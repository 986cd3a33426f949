/** Made-up names for the generated seed records (anchors are in anchors.ts). */
export const ACME_ACCOUNTS = [
  'Northwind Traders',
  'Contoso Pharmaceuticals',
  'Fabrikam Robotics',
  'Tailspin Aviation',
  'Wide World Importers',
  'Blue Yonder Airlines',
  'Litware Software',
  'Proseware Labs',
  'Adventure Works Cycles',
  'Coho Winery',
  'Fourth Coffee',
  'Lucerne Publishing',
  'Margie Travel',
  'Trey Research',
  'Woodgrove Bank',
  'Alpine Ski House',
  'Bellows College',
  'Datum Corporation',
  'Graphic Design Institute',
  'Humongous Insurance',
  'Nod Publishers',
  'Southridge Video',
  'Wingtip Toys',
  'VanArsdel Foods',
  'Relecloud Systems',
  'Munson Pickles',
  'Hexa Logistics',
];

export const GLOBEX_ACCOUNTS = [
  'Initech',
  'Umbrella Supplies',
  'Hooli Devices',
  'Soylent Nutrition',
  'Cyberdyne Parts',
  'Stark Components',
  'Wonka Confectionery',
  'Tyrell Biotech',
  'Oscorp Materials',
  'Gringotts Finance',
  'Pied Piper Storage',
  'Dunder Paper',
  'Sterling Cooper Media',
  'Prestige Worldwide',
  'Monarch Solutions',
  'Nakatomi Trading',
];

export const FIRST_NAMES = [
  'Anna',
  'Ben',
  'Clara',
  'David',
  'Elif',
  'Felix',
  'Greta',
  'Hugo',
  'Ines',
  'Jonas',
  'Karin',
  'Lukas',
  'Maya',
  'Nils',
  'Olga',
  'Paul',
  'Rina',
  'Stefan',
  'Tara',
  'Umut',
  'Vera',
  'Yusuf',
];

export const LAST_NAMES = [
  'Becker',
  'Costa',
  'Dietrich',
  'Evans',
  'Fischer',
  'Garcia',
  'Hoffmann',
  'Ivanova',
  'Jensen',
  'Kaya',
  'Lehmann',
  'Morales',
  'Nowak',
  'Okafor',
  'Petrov',
  'Quinn',
  'Richter',
  'Schulz',
  'Tanaka',
  'Umar',
  'Vogel',
  'Weber',
];

export const TITLES = ['CEO', 'CFO', 'Head of Operations', 'Buyer', 'IT Manager', 'Plant Manager'];

export const INDUSTRIES = [
  'Manufacturing',
  'Retail',
  'Technology',
  'Transportation',
  'Food & Beverage',
  'Finance',
];

export const PRODUCTS = [
  'Widgets',
  'Conveyor Upgrade',
  'Service Plan',
  'Spare Parts',
  'Sensors',
  'Training',
];

export const NEXT_STEPS = [
  'Call to confirm budget',
  'Schedule product demo',
  'Send pricing proposal',
  'Follow up on legal review',
  'Book site visit',
];

export const CASE_SUBJECTS = [
  'Invoice shows wrong amount',
  'Sensor readings drift after restart',
  'Request for installation date',
  'Spare part delivered damaged',
  'Training session rescheduling',
  'Portal login not working',
  'Motor overheating under load',
  'Question about warranty terms',
];

export const PROJECT_NAMES = [
  'Warehouse Automation',
  'ERP Integration',
  'Line 2 Retrofit',
  'Sensor Pilot',
];

export const MILESTONE_NAMES = ['Kick-off', 'Design approved', 'Pilot live', 'Handover'];

export const ISSUE_NAMES = [
  'Housing cracks under vibration',
  'Firmware resets sensor calibration',
  'Paint finish inconsistent',
  'Bearing wear above expectation',
];
