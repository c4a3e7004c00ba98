import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventBody } from '../test/helpers/factories';
import { startSmtpServer, type TestSmtpServer } from '../test/helpers/smtpServer';
import { choose } from './antd';
import { startJourney, type Journey } from './journey';
import { pageApi, pageGiveConsent } from './pageApi';
import { signInFirstTime } from './signIn';

const EMAIL = 'thu.ha.vo@example.de';

/** A message to the address that matches, waiting for the server's delivery (every 15 s). */
async function mailTo(smtp: TestSmtpServer, email: string, containing: RegExp): Promise<string> {
  for (let waited = 0; waited < 40_000; waited += 250) {
    // Any message to the address that says it: an acknowledgement and an outcome may arrive in either order.
    const found = smtp.received
      .filter((m) => m.to && !Array.isArray(m.to) && m.to.text === email && containing.test(m.text ?? ''))
      .at(-1);
    if (found?.text) return found.text;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no message to ${email} matching ${containing}`);
}

describe('kiều bào portal journey (on a phone)', () => {
  let smtp: TestSmtpServer;
  let journey: Journey;
  let officer: Page;
  let phone: Page;
  let personId: string;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    journey = await startJourney({ DEMO_PERSONS: '0', SMTP_URL: smtp.url });
    officer = journey.page;
    await signInFirstTime(officer, journey.server);
    const person = {
      fullName: 'Võ Thị Thu Hà',
      residenceCountry: 'DE',
      residenceCity: 'Leipzig',
      hometownText: 'Cần Thơ',
    };
    personId = (await pageApi<{ id: string }>(officer, 'POST', '/api/persons', { ...person, emails: [EMAIL] })).id;
    await pageGiveConsent(officer, personId, ['contact']);
    phone = await journey.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  });
  afterAll(async () => {
    await journey?.end();
    await smtp?.close();
  });

  it('is invited by e-mail, signs in with the code e-mailed, and sees the record', async () => {
    await officer.goto(`${journey.server.url}/persons/${personId}`);
    await officer.getByRole('button', { name: 'Mời vào cổng thông tin' }).click();
    await officer.getByRole('dialog').getByRole('button', { name: 'Gửi thư mời' }).click();
    await officer.getByText('Đã gửi thư mời').waitFor();

    const invitation = await mailTo(smtp, EMAIL, /cong-dan/);
    const link = /http:\/\/\S+\/cong-dan\?\S+/.exec(invitation)![0];
    await phone.goto(link.replace(/^http:\/\/localhost:\d+/, journey.server.url));
    await phone.getByText('Bạn được Sở Ngoại vụ mời').waitFor();
    expect(await phone.getByLabel('Thư điện tử').inputValue()).toBe(EMAIL);
    await phone.getByRole('button', { name: 'Gửi mã đăng nhập' }).click();
    const code = /\b(\d{6})\b/.exec(await mailTo(smtp, EMAIL, /Mã đăng nhập/))![1]!;
    await phone.getByLabel('Mã đăng nhập (6 chữ số)').fill(code);
    await phone.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await phone.getByText('Võ Thị Thu Hà').waitFor();
    expect(await phone.getByText('Leipzig').count()).toBeGreaterThan(0);
  });

  it('proposes a new address and phone; the officer accepts the address and rejects the phone with a reason; the person sees it', async () => {
    await phone.getByText('Đề nghị sửa, bổ sung thông tin').click();
    await phone.getByLabel('Địa chỉ ở nước ngoài').fill('Karl-Liebknecht-Straße 5, 04107 Leipzig');
    await phone.getByLabel('Điện thoại', { exact: true }).fill('0341 1234567');
    await phone.getByRole('button', { name: 'Gửi đề nghị' }).click();
    await phone.getByText(/Đã gửi yêu cầu YC-\d{4}-\d{6}/).waitFor();

    await officer.goto(`${journey.server.url}/requests`);
    await officer.getByRole('row', { name: /Võ Thị Thu Hà/ }).click();
    const drawer = officer.getByRole('dialog');
    await drawer.getByTestId('decide-addressAbroad').getByText('Chấp nhận').click();
    await drawer.getByTestId('decide-phones').getByText('Từ chối').click();
    await drawer.getByTestId('decide-phones').getByLabel('Lý do').fill('Số của cơ quan, xin số cá nhân');
    await drawer.getByRole('button', { name: 'Lưu quyết định' }).click();
    await officer.getByText('Đã lưu quyết định và báo cho người gửi').waitFor();
    const person = await pageApi<{ addressAbroad: string; phones: string[] }>(
      officer,
      'GET',
      `/api/persons/${personId}`,
    );
    expect(person).toMatchObject({ addressAbroad: 'Karl-Liebknecht-Straße 5, 04107 Leipzig', phones: [] });

    await mailTo(smtp, EMAIL, /Số của cơ quan, xin số cá nhân/);
    await phone.reload();
    await phone.getByTestId('line-phones').getByText('Từ chối: Số của cơ quan, xin số cá nhân').waitFor();
    await phone.getByText('Chấp nhận một phần').waitFor();
  });

  it('withdraws contact consent in one click; an invitation by filter then leaves them out and says so', async () => {
    const contact = phone.getByTestId('consent-contact');
    await contact.getByText('Đã đồng ý').waitFor();
    await contact.getByRole('button', { name: 'Rút lại sự đồng ý' }).click();
    await contact.getByText('Đã rút lại').waitFor();
    // The officer opened the record: the person sees that the Ministry read it.
    await phone.getByRole('row', { name: /Bộ Ngoại giao/ }).waitFor();
    await phone.screenshot({ path: 'e2e/artifacts/portal-phone.png', fullPage: true });

    const event = await pageApi<{ record: { id: string } }>(
      officer,
      'POST',
      '/api/events',
      eventBody('Gặp mặt kiều bào tại Đức'),
    );
    await officer.goto(`${journey.server.url}/events/${event.record.id}`);
    await choose(officer, 'Nước cư trú', 'Đức', 'Đức');
    await officer.getByRole('button', { name: 'Mời kiều bào' }).click();
    await officer
      .getByText('Đã thêm 0 khách mời (0 đã có trong danh sách; 1 người chưa đồng ý được liên hệ nên không mời)')
      .waitFor();
  });
});
