import { describe, expect, it } from 'vitest';
import { recordOf } from '../helpers.js';

describe('department, reports to, summary', () => {
  it('reads labels', () => {
    const r = recordOf('About the job\nPosition Title: Developer\nDivision: Digital and Innovation\nReports To: Manager, Web Delivery\n', 'a.txt');
    expect(r.department).toBe('Digital and Innovation');
    expect(r.reportsTo).toBe('Manager, Web Delivery');
  });
  it('reads "Reporting to …" sentences', () => {
    expect(recordOf('# Engineer\n\nReporting to the VP of Engineering, you will lead the platform team.\n').reportsTo).toBe('VP of Engineering');
    expect(recordOf('# Engineer\n\nThis role reports directly to the Chief Technology Officer.\n').reportsTo).toBe('Chief Technology Officer');
  });
  it('takes the first overview paragraph as the summary, not a block of labels', () => {
    const r = recordOf('# Engineer\n\n**Company:** Acme  \n**Location:** Paris, France\n\n## Position Overview\n\nAs an engineer at Acme you will build the systems that route parcels across Europe every day.\n');
    expect(r.summary).toBe('As an engineer at Acme you will build the systems that route parcels across Europe every day.');
    expect(r.provenance.summary?.line).toBe(8);
  });
});
