import { Tag } from 'antd';

/** A pair's score in bits of evidence: ≥ 20 almost surely one person, ≥ 10 likely, else worth a look. */
export function ScoreTag({ score }: { score: number }) {
  const color = score >= 20 ? 'red' : score >= 10 ? 'orange' : 'gold';
  return <Tag color={color}>{score.toFixed(1)}</Tag>;
}
