/** The reviewer's flags, in the order offered, with the words shown for them. */
import type { AnnotationFlag } from '@shared/bundle/types';

export const REVIEW_FLAGS: readonly AnnotationFlag[] = ['confirmed', 'question', 'disputed'];

export const FLAG_LABEL: Readonly<Record<AnnotationFlag, string>> = {
  confirmed: 'Confirmed',
  question: 'Question',
  disputed: 'Disputed',
};
