/**
 * Drug brands and prescription drug names that must never appear in the catalogs or the app's wording
 * (see the seeds README: the journal never names, suggests or ranks a brand or a prescription drug).
 * Lowercase; matched on word boundaries. Used by tests, and available to any check of user-facing text.
 */
export const DRUG_BRAND_AND_PRESCRIPTION_TERMS = [
  // Advertised in the source documents.
  'aspadol',
  'tapentadol',
  'nucynta',
  'pain o soma',
  'soma',
  'carisoprodol',
  'smartfinil',
  'modafinil',
  'armodafinil',
  // Opioids.
  'oxycodone',
  'oxycontin',
  'percocet',
  'hydrocodone',
  'vicodin',
  'hydromorphone',
  'oxymorphone',
  'tramadol',
  'ultram',
  'codeine',
  'morphine',
  'fentanyl',
  'methadone',
  'buprenorphine',
  // Muscle relaxants.
  'cyclobenzaprine',
  'flexeril',
  'tizanidine',
  'methocarbamol',
  'baclofen',
  'metaxalone',
  // Benzodiazepines and other sedatives.
  'diazepam',
  'valium',
  'alprazolam',
  'xanax',
  'lorazepam',
  'clonazepam',
  // Nerve pain and other prescription drugs.
  'gabapentin',
  'neurontin',
  'pregabalin',
  'lyrica',
  'duloxetine',
  'amitriptyline',
  'celecoxib',
  'prednisone',
  'provigil',
  'nuvigil',
  // Over-the-counter brand names: the catalog names classes and generic names only.
  'advil',
  'motrin',
  'aleve',
  'tylenol',
  'panadol',
  'voltaren',
  'bengay',
  'icy hot',
  'biofreeze',
  'tiger balm',
] as const satisfies readonly string[];
