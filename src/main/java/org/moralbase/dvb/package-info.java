/**
 * Deep Value Benchmark (methods §4): the value and shallow-dimension vocabularies, the released prompt items and
 * model result rows as records, the {@link org.moralbase.dvb.DvbImporter} facade, and the trial builder with its
 * confound check (plain Java; parsing lives in {@code dvb.format}). The services store a study's items
 * ({@link org.moralbase.dvb.DvbItems}), assign and score participants' trials under quotas
 * ({@link org.moralbase.dvb.DvbParticipation}, docs/decisions/0006-dvb-quotas.md) and report the DVGR
 * ({@link org.moralbase.dvb.DvbResults}) and the per-item distribution by prompt_id
 * ({@link org.moralbase.dvb.DvbDistribution}). Only items with example pairs can be shown to people
 * ({@link org.moralbase.dvb.DvbItemCounts}); a study without any does not open.
 */
package org.moralbase.dvb;
