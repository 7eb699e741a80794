// A post's pay point belongs to its grade.
import type { Grade, Id } from '../model/types';

/** The grade a pay point belongs to, or undefined when the grade table has no such point. */
export function gradeOfPayPoint(grades: readonly Grade[], payPointId: Id): Grade | undefined {
  return grades.find((g) => g.points.some((p) => p.id === payPointId));
}

/** Keeps a post's pay point inside its grade when the grade changes: a point of another grade is dropped. */
export function fitPayPoint(grades: readonly Grade[], gradeId: Id | null, payPointId: Id | null): Id | null {
  if (payPointId === null || gradeId === null) return gradeId === null ? null : payPointId;
  const grade = grades.find((g) => g.id === gradeId);
  return grade?.points.some((p) => p.id === payPointId) ? payPointId : null;
}
