import { nextStatus, type MilestoneAction, type MilestoneStatus } from './milestone-state';

describe('milestone state machine', () => {
  it.each<[MilestoneStatus, MilestoneAction, MilestoneStatus | null]>([
    ['open', 'book', 'booked'],
    ['pending', 'book', 'booked'],
    ['booked', 'book', null],
    ['reached', 'book', null],
    ['booked', 'cancel', 'open'],
    ['open', 'cancel', null],
    ['booked', 'no_show', 'open'],
    ['reached', 'no_show', null],
    ['open', 'reach', 'reached'],
    ['pending', 'reach', 'reached'],
    ['booked', 'reach', 'reached'],
    ['reached', 'reach', null],
    ['superseded', 'reach', null],
    ['open', 'supersede', 'superseded'],
    ['booked', 'supersede', 'superseded'],
    ['reached', 'supersede', null],
  ])('%s + %s -> %s', (status, action, expected) => {
    expect(nextStatus(status, action)).toBe(expected);
  });
});
