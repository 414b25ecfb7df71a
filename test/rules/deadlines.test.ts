// 四.2 申报时限, judged against --as-of: passed is an error, within 3 days a warning.
import { describe, it } from 'vitest';
import { dossierWith, expectNone, expectOne, validDossier } from '../helpers/dossier.js';

const at = (iso: string) => ({ asOf: new Date(iso) });

describe('deadline-online (四.2: 2024年12月4日18:00)', () => {
  const id = 'deadline-online';
  it('says nothing two weeks before', () => expectNone(validDossier(), id));
  it('says nothing just over 3 days before', () => expectNone(validDossier(), id, at('2024-12-01T17:59:59+08:00')));
  it('warns exactly 3 days before and within them', () => {
    expectOne(validDossier(), { rule: id, severity: 'warning', clause: '四.2', says: ['2024-12-04 18:00', '3天'] }, at('2024-12-01T18:00:00+08:00'));
    expectOne(validDossier(), { rule: id, severity: 'warning', clause: '四.2', says: ['2024-12-04 18:00'] }, at('2024-12-04T09:00:00+08:00'));
  });
  it('has not passed at 18:00 exactly', () => {
    expectOne(validDossier(), { rule: id, severity: 'warning', clause: '四.2' }, at('2024-12-04T18:00:00+08:00'));
  });
  it('has passed at 18:01, stating the deadline and the check time', () => {
    expectOne(validDossier(), { rule: id, severity: 'error', clause: '四.2', says: ['网络申报受理截止', '2024-12-04 18:00', '2024-12-04 18:01'] }, at('2024-12-04T18:01:00+08:00'));
  });
  it('reads instants in any zone as the same moment (10:01 UTC is 18:01 in Shanghai)', () => {
    expectOne(validDossier(), { rule: id, severity: 'error', clause: '四.2', says: ['2024-12-04 18:01'] }, at('2024-12-04T10:01:00Z'));
  });
  it('does not depend on the dossier', () => expectNone(dossierWith('aid', {}), id));
});

describe('deadline-paper (四.2: 2024年12月9日17:00)', () => {
  const id = 'deadline-paper';
  it('says nothing before the last 3 days', () => expectNone(validDossier(), id, at('2024-12-04T18:01:00+08:00')));
  it('warns within 3 days and at 17:00 exactly', () => {
    expectOne(validDossier(), { rule: id, severity: 'warning', clause: '四.2', says: ['2024-12-09 17:00'] }, at('2024-12-07T12:00:00+08:00'));
    expectOne(validDossier(), { rule: id, severity: 'warning', clause: '四.2' }, at('2024-12-09T17:00:00+08:00'));
  });
  it('has passed at 17:01', () => {
    expectOne(validDossier(), { rule: id, severity: 'error', clause: '四.2', says: ['纸质材料受理截止', '2024-12-09 17:00', '2024-12-09 17:01'] }, at('2024-12-09T17:01:00+08:00'));
  });
});
