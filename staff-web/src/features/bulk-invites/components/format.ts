export const formatNumber = (n: number) => n.toLocaleString("en-US");

/** "1 invite", "1,200 invites" */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}
