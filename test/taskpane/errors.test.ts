import { describeError } from '../../src/taskpane/model/errors';
import { PortError } from '../../src/core/port/types';
import { UI_EN_US } from '../../src/i18n/ui.en-US';
import { UI_ZH_CN } from '../../src/i18n/ui.zh-CN';

describe('describing failures for the MessageBar', () => {
  it('keeps a port error message and adds the next step for its code', () => {
    const text = describeError(new PortError('host', 'Excel error InvalidArgument while writing'), UI_ZH_CN);
    expect(text.message).toBe('Excel error InvalidArgument while writing');
    expect(text.next).toBe(UI_ZH_CN.common.port.host);
  });

  it('shows the code of an Office error and a generic next step', () => {
    const err = Object.assign(new Error('The argument is invalid.'), { code: 'InvalidArgument' });
    const text = describeError(err, UI_EN_US);
    expect(text.message).toContain('The argument is invalid. (InvalidArgument)');
    expect(text.next).toBe(UI_EN_US.common.nextDefault);
  });

  it('describes non-Error throws too', () => {
    expect(describeError('boom', UI_ZH_CN).message).toContain('boom');
  });
});
