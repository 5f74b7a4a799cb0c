/** Where a bulk invite starts: a file to upload, or customers selected on Contacts. */
export type BulkInviteSource = { kind: "csv" } | { kind: "selection"; customerIds: string[] };

export type BulkInviteClosed = {
  /** Invites went out (or are going out): the list has new statuses and the selection is spent. */
  started: boolean;
};
