export function roomOf(file: string): string;
export function cyclesOf(graph: Map<string, Set<string>>): string[][];
export function importGraph(): Map<string, Set<string>>;
