/**
 * Bulk scoring: a dataset of any length scored in input order, optionally in parallel, with memory bounded by the
 * batches in flight ({@link id.iga.bulk.BulkScorer}) and by what the heap holds ({@link id.iga.bulk.HeapBudget}), and the words of a progress line for long runs
 * ({@link id.iga.bulk.Progress}).
 */
@ParametersAreNonnullByDefault
package id.iga.bulk;

import javax.annotation.ParametersAreNonnullByDefault;
