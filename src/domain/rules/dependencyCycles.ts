/**
 * Strongly connected components with more than one system (or a system that depends on itself),
 * over systems by position (Tarjan's algorithm, in list order).
 */
export function findCycles(edges: readonly number[][]): number[][] {
  const n = edges.length;
  let counter = 0;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const cycles: number[][] = [];
  const visit = (at: number) => {
    index[at] = counter;
    low[at] = counter;
    counter++;
    stack.push(at);
    onStack[at] = 1;
    for (const next of edges[at]!) {
      if (index[next] === -1) {
        visit(next);
        low[at] = Math.min(low[at]!, low[next]!);
      } else if (onStack[next]) low[at] = Math.min(low[at]!, index[next]!);
    }
    if (low[at] === index[at]) {
      const component: number[] = [];
      let member: number;
      do {
        member = stack.pop()!;
        onStack[member] = 0;
        component.push(member);
      } while (member !== at);
      if (component.length > 1 || edges[at]!.includes(at)) cycles.push(component);
    }
  };
  for (let at = 0; at < n; at++) if (index[at] === -1) visit(at);
  return cycles;
}

/** One concrete loop through a component, starting at its first system in list order: A → B → A. */
export function loopThrough(component: number[], edges: readonly number[][]): number[] {
  const members = new Set(component);
  const start = Math.min(...component);
  const path = [start];
  const seen = new Set([start]);
  const walk = (at: number): boolean => {
    for (const next of edges[at]!) {
      if (next === start) return true;
      if (!members.has(next) || seen.has(next)) continue;
      seen.add(next);
      path.push(next);
      if (walk(next)) return true;
      path.pop();
    }
    return false;
  };
  walk(start);
  return [...path, start];
}
