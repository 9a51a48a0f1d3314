package org.oa.core.patient.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import of a file does, or would do: the problems of the file as a whole (header, size) and one outcome
 * per patient row, in file order. A file is importable when it has no problem at all; then every row is
 * {@link RowOutcome.Action#CREATE}, {@link RowOutcome.Action#UPDATE} or {@link RowOutcome.Action#UNCHANGED}.
 * Carries no PHI. Immutable and thread-safe.
 *
 * @param fileProblems problems of the whole file; when there are any, rows may not have been checked
 * @param rows         one outcome per patient row, in file order (blank rows are left out)
 */
public record ImportPreview(List<ImportProblem> fileProblems, List<RowOutcome> rows) {

    public ImportPreview {
        fileProblems = List.copyOf(fileProblems);
        rows = List.copyOf(rows);
    }

    /** Whether nothing stands in the way of the import. */
    public boolean isImportable() {
        return fileProblems.isEmpty() && rows.stream().noneMatch(r -> r.action() == RowOutcome.Action.INVALID);
    }

    /** Every problem, the file's first, then each row's in row order. */
    public List<ImportProblem> problems() {
        List<ImportProblem> all = new ArrayList<>(fileProblems);
        for (RowOutcome r : rows) {
            all.addAll(r.problems());
        }
        return List.copyOf(all);
    }

    /** How many rows have this action. */
    public int count(RowOutcome.Action action) {
        return (int) rows.stream().filter(r -> r.action() == action).count();
    }

    @Override
    public String toString() {
        return "ImportPreview[rows=" + rows.size() + ", create=" + count(RowOutcome.Action.CREATE) + ", update="
                + count(RowOutcome.Action.UPDATE) + ", unchanged=" + count(RowOutcome.Action.UNCHANGED)
                + ", invalid=" + count(RowOutcome.Action.INVALID) + ", fileProblems=" + fileProblems.size() + "]";
    }
}
