const WIDTH = 30;

/** "[██████░░░░…]  52%  515,000 / 990,000": redrawn in place on a terminal, a line per step otherwise. */
export function progressBar(label: string, out: NodeJS.WriteStream = process.stderr) {
  let lastPercent = -1;
  return {
    update(done: number, total: number) {
      const percent = total ? Math.floor((done / total) * 100) : 100;
      const filled = Math.round((percent / 100) * WIDTH);
      const line = `${label} [${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}] ${String(percent).padStart(3)}%  ${done.toLocaleString('en')} / ${total.toLocaleString('en')}`;
      if (out.isTTY) out.write(`\r${line}`);
      else if (percent >= lastPercent + 10 || percent === 100) out.write(`${line}\n`);
      else return;
      lastPercent = percent;
    },
    end() {
      if (out.isTTY) out.write('\n');
    },
  };
}
