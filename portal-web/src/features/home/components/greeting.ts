export function greetingFor(date: Date): string {
  const hour = date.getHours();
  if (hour < 5) return "Good evening";
  if (hour < 12) return "Good morning";
  if (hour < 18) return "Good afternoon";
  return "Good evening";
}

export function firstNameOf(name: string): string {
  return name.trim().split(/\s+/)[0] || name;
}
