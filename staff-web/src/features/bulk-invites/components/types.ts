/**
 * Where a bulk invite starts: a file to upload, or customers selected on Contacts; or one sent
 * before, reopened on its progress or report.
 */
export type BulkInviteSource =
  | { kind: "csv" }
  | { kind: "selection"; customerIds: string[] }
  | { kind: "job"; jobId: string };

export type BulkInviteClosed = {
  /** Invites went out (or are going out): the list has new statuses and the selection is spent. */
  started: boolean;
};
