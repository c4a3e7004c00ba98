import type { ChainBreak } from '../server/audit/verifyAuditChain';
import { verifyAuditChain } from '../server/audit/verifyAuditChain';
import { UsageError } from './args';
import { openCliDatabase } from './cliContext';

const REASONS: Record<ChainBreak['reason'], string> = {
  altered: 'nội dung không khớp mã băm (đã bị sửa) / its content does not match its hash (altered)',
  notFollowing:
    'không nối tiếp mục trước (mục giả hoặc bị chèn) / it does not follow the entry before it (forged or inserted)',
  missingBefore: 'thiếu mục ngay trước nó (đã bị xóa) / the entry before it is missing (deleted)',
  outsideChain:
    'được ghi ngoài chuỗi, không có khóa (giả mạo) / it was written outside the chain, without the key (forged)',
  indexDiffers:
    'chỉ mục theo tỉnh không khớp các tỉnh của mục (đã bị sửa) / the per-province index does not match its provinces (altered)',
};

/**
 * npm run cli -- audit verify: recomputes the audit log's hash chain and names the first entry where
 * it breaks (exit 1), or prints the chain's head (exit 0) to keep for the next check.
 */
export async function auditCommand(args: readonly string[]): Promise<number> {
  if (args[0] !== 'verify') throw new UsageError('audit: the command is "audit verify"');
  const { database } = await openCliDatabase();
  try {
    const verdict = await verifyAuditChain(database.db);
    if (!verdict.isIntact) {
      const { id, chainSeq, reason } = verdict.firstBreak;
      const where = chainSeq === null ? `#${id}` : `#${id} (vị trí / position ${chainSeq})`;
      console.log(
        `NHẬT KÝ TRUY CẬP BỊ CAN THIỆP / AUDIT LOG TAMPERED: chuỗi đứt tại mục / the chain breaks at entry ${where}:`,
      );
      console.log(`  ${REASONS[reason]}`);
      console.log(`  ${verdict.chained} mục trước đó nguyên vẹn / entries before it hold.`);
      return 1;
    }
    console.log(
      `Nhật ký truy cập nguyên vẹn / Audit log intact: ${verdict.chained} mục trong chuỗi / entries in the chain` +
        (verdict.before
          ? `; ${verdict.before} mục ghi trước khi có chuỗi, không được kiểm / written before the chain began, not covered`
          : ''),
    );
    if (verdict.head) {
      const { id, chainSeq, hash } = verdict.head;
      console.log(`Cuối chuỗi / Chain head: #${id}, vị trí / position ${chainSeq}, ${hash}`);
      console.log(
        '  Hãy lưu lại: lần kiểm sau kết thúc sớm hơn nghĩa là mục cuối đã bị xóa. / Keep it: a later check ending before it means entries were removed from the end.',
      );
    }
    return 0;
  } finally {
    await database.close();
  }
}
