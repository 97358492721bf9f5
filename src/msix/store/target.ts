/** Which parent a run submits to, as the settings name it; resolve.ts finds (or creates) it. */
export type Target =
  | { kind: 'app'; applicationId: string }
  | {
      kind: 'flight';
      applicationId: string;
      flightId?: string;
      flightName?: string;
      /** What creating the flight needs, when it is found by name and does not exist. */
      create?: { groupIds: string[]; rankHigherThan?: string };
    }
  | {
      kind: 'add-on';
      applicationId?: string;
      addOnId?: string;
      productId?: string;
      /** What creating the add-on needs, when it is found by product ID and does not exist. */
      create?: { productType: 'Durable' | 'Consumable' };
    };
